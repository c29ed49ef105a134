#include "projectapiclient.h"

#include "core/tr.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <unistd.h>

namespace mtvw::projectapi {

namespace {

QString errorNameFor(int code, const QString &message)
{
    switch (code) {
    case -32000:
        for (const char *named : {"TransportClosedError", "IoTimeoutError", "UnsupportedTVMVersionError"})
            if (message == QLatin1String(named))
                return message;
        return QStringLiteral("ServerError");
    case -32700: return QStringLiteral("ParseError");
    case -32600: return QStringLiteral("InvalidRequest");
    case -32601: return QStringLiteral("MethodNotFound");
    case -32602: return QStringLiteral("InvalidParams");
    case -32603: return QStringLiteral("InternalError");
    default: return QStringLiteral("JSONRPCError");
    }
}

// The last "SomeError: text" line of a Python traceback: the short cause of a -32000 error.
QString lastExceptionLine(const QString &traceback)
{
    const QStringList lines = traceback.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (!it->startsWith(QLatin1Char(' ')) && it->contains(QLatin1Char(':')))
            return it->trimmed();
    return {};
}

bool setNonBlocking(int fd)
{
    const int flags = fcntl(fd, F_GETFL);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

} // namespace

ProjectApiClient::ProjectApiClient(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const QString method = m_pendingMethod;
        fail(Error(Error::Code::Timeout, BackendText::tr("the Project API server did not answer %1 in time").arg(method))
                 .withName(QStringLiteral("IoTimeoutError")));
        // Its answer may still come and would be taken for the next call's: end the server.
        cancel();
    });
}

ProjectApiClient::~ProjectApiClient()
{
    stop();
}

int ProjectApiClient::defaultTimeoutMs(const QString &method)
{
    if (method == QLatin1String("build") || method == QLatin1String("generate_project"))
        return 30 * 60 * 1000;
    if (method == QLatin1String("flash"))
        return 10 * 60 * 1000;
    if (method == QLatin1String("server_info_query") || method == QLatin1String("open_transport"))
        return 60 * 1000;
    return 30 * 1000; // transport calls add their own timeout_sec
}

bool ProjectApiClient::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<void> ProjectApiClient::start(const Launch &launch)
{
    if (isRunning())
        return Error(Error::Code::Process, BackendText::tr("a Project API server is already running"));
    const QDir dir(launch.projectDir);
    const QString server = dir.absoluteFilePath(QStringLiteral("microtvm_api_server.py"));
    if (!QFileInfo::exists(server))
        return Error(Error::Code::NotFound,
                     BackendText::tr("%1 has no microtvm_api_server.py: it is not a template or project folder")
                         .arg(QDir::toNativeSeparators(dir.absolutePath())))
            .withName(QStringLiteral("ProjectAPIServerNotFoundError"));

    int requests[2] = {-1, -1}; // server reads [0], we write [1]
    int replies[2] = {-1, -1};  // server writes [1], we read [0]
    if (pipe(requests) != 0 || pipe(replies) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        for (int fd : {requests[0], requests[1], replies[0], replies[1]})
            if (fd >= 0)
                ::close(fd);
        return Error(Error::Code::Process, BackendText::tr("cannot create the pipes to the server: %1").arg(why));
    }
    // Our ends must not leak into the server (it would never see EOF); its ends must reach it.
    for (int fd : {requests[1], replies[0]})
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    m_writeFd = requests[1];
    m_readFd = replies[0];
    setNonBlocking(m_writeFd);
    setNonBlocking(m_readFd);

    QStringList args;
    QString program;
    const QString launcher = dir.absoluteFilePath(QStringLiteral("launch_microtvm_api_server.sh"));
    if (QFileInfo(launcher).isExecutable()) {
        program = launcher;
        args << server;
    } else {
        program = launch.python;
        args << server;
    }
    args << QStringLiteral("--read-fd") << QString::number(requests[0]) << QStringLiteral("--write-fd")
         << QString::number(replies[1]);
    if (launch.debug)
        args << QStringLiteral("--debug");

    m_process = new QProcess(this);
    m_process->setWorkingDirectory(dir.absolutePath());
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->setChildProcessModifier([] { setpgid(0, 0); }); // its own group, for cancel
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { handleOutput(false); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { handleOutput(true); });
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { handleProcessFinished(code, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        fail(Error(Error::Code::Process, BackendText::tr("cannot start %1: %2").arg(program, m_process->errorString())));
        closePipes();
    });
    m_stderrTail.clear();
    // QProcess forks inside start(): the server has its ends of the pipes once start() returns,
    // and whether exec worked comes later, as errorOccurred(FailedToStart). Nothing here waits.
    m_process->start();
    ::close(requests[0]);
    ::close(replies[1]);
    if (m_process->state() == QProcess::NotRunning) {
        const QString why = m_process->errorString();
        closePipes();
        m_process->deleteLater();
        m_process = nullptr;
        return Error(Error::Code::Process, BackendText::tr("cannot start %1: %2").arg(program, why));
    }
    m_pid = m_process->processId();
    m_readNotifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ProjectApiClient::handleReadable);
    m_writeNotifier = new QSocketNotifier(m_writeFd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ProjectApiClient::handleWritable);
    return {};
}

Result<int> ProjectApiClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    static const QRegularExpression methodName(QStringLiteral("^[a-zA-Z0-9_]+$"));
    if (!methodName.match(method).hasMatch())
        return Error(Error::Code::Malformed, BackendText::tr("\"%1\" is not a valid method name").arg(method));
    if (m_pendingId != 0)
        return Error(Error::Code::Process,
                     BackendText::tr("the server is still answering %1: one request at a time").arg(m_pendingMethod));
    if (!isRunning() || m_writeFd < 0)
        return exitError(method);
    const int id = m_nextId++;
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("method"), method},
                              {QStringLiteral("params"), params},
                              {QStringLiteral("id"), id}};
    m_writeBuffer += QJsonDocument(request).toJson(QJsonDocument::Compact);
    m_writeBuffer += '\n';
    m_pendingId = id;
    m_pendingMethod = method;
    m_timer->start(timeoutMs >= 0 ? timeoutMs : defaultTimeoutMs(method));
    handleWritable();
    return id;
}

Result<QJsonValue> ProjectApiClient::callAndWait(const QString &method, const QJsonObject &params, int timeoutMs)
{
    // Listen before sending: a server that is gone fails the call inside call() itself.
    const int id = m_nextId;
    std::optional<Result<QJsonValue>> answer;
    QEventLoop loop;
    const auto onReply = connect(this, &ProjectApiClient::replied, &loop, [&](int got, const QJsonValue &result) {
        if (got == id) {
            answer.emplace(result);
            loop.quit();
        }
    });
    const auto onFail = connect(this, &ProjectApiClient::failed, &loop, [&](int got, const Error &error) {
        if (got == id) {
            answer.emplace(error);
            loop.quit();
        }
    });
    auto sent = call(method, params, timeoutMs);
    if (sent && !answer && m_readFd >= 0) {
        // Most answers come within a few milliseconds: wait for them here, without a turn of
        // the event loop; slower ones (a build streaming its log) go through the loop.
        pollfd p{m_readFd, POLLIN, 0};
        if (::poll(&p, 1, kQuickReplyMs) > 0)
            handleReadable();
    }
    if (sent && !answer)
        loop.exec();
    disconnect(onReply);
    disconnect(onFail);
    if (!sent)
        return sent.error();
    return *answer;
}

void ProjectApiClient::handleWritable()
{
    while (!m_writeBuffer.isEmpty() && m_writeFd >= 0) {
        const ssize_t n = ::write(m_writeFd, m_writeBuffer.constData(), size_t(m_writeBuffer.size()));
        if (n > 0) {
            m_writeBuffer.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writeNotifier->setEnabled(true); // the server is not reading yet: wait for room
            return;
        }
        m_writeBuffer.clear();
        fail(exitError(m_pendingMethod)); // EPIPE: the server has gone
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

void ProjectApiClient::handleReadable()
{
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(m_readFd, chunk, sizeof chunk);
        if (n > 0) {
            m_readBuffer.append(chunk, n);
            qsizetype newline;
            while ((newline = m_readBuffer.indexOf('\n')) >= 0) {
                const QByteArray line = m_readBuffer.left(newline);
                m_readBuffer.remove(0, newline + 1);
                handleLine(line);
            }
            if (m_readBuffer.size() > kMaxReplyBytes) {
                m_readBuffer.clear();
                fail(Error(Error::Code::Protocol,
                           BackendText::tr("the Project API server sent a reply line over %1 MB; it was stopped")
                               .arg(kMaxReplyBytes / (1024 * 1024))));
                cancel();
                return;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // EOF: the server closed its reply pipe (it is exiting).
        if (m_readNotifier)
            m_readNotifier->setEnabled(false);
        if (m_pendingId != 0) {
            if (m_process)
                m_process->waitForFinished(2000); // its exit code makes the error clearer
            fail(exitError(m_pendingMethod).withName(QStringLiteral("ConnectionShutdownError")));
        }
        return;
    }
}

void ProjectApiClient::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    auto malformed = [this, &line](const QString &why) {
        fail(Error(Error::Code::Protocol, BackendText::tr("the Project API server sent a malformed reply (%1): %2")
                                              .arg(why, QString::fromUtf8(line.left(200))))
                 .withName(QStringLiteral("MalformedReplyError")));
    };
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : BackendText::tr("not a JSON object"));
    const QJsonObject reply = doc.object();
    if (reply.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0"))
        return malformed(BackendText::tr("\"jsonrpc\" is not \"2.0\""));
    if (m_pendingId == 0)
        return malformed(BackendText::tr("a reply came while no request was waiting"));
    const QJsonValue id = reply.value(QLatin1String("id"));
    const QJsonValue error = reply.value(QLatin1String("error"));
    // An invalid-request error carries a null id; every other reply must carry ours.
    if (!(id.isDouble() && id.toInt() == m_pendingId) && !(id.isNull() && error.isObject())) {
        fail(Error(Error::Code::Protocol,
                   BackendText::tr("the Project API server answered request %1 with the id %2")
                       .arg(m_pendingId)
                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))))
                 .withName(QStringLiteral("MismatchedIdError")));
        return;
    }
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const int code = e.value(QLatin1String("code")).toInt();
        const QString message = e.value(QLatin1String("message")).toString();
        const QString name = errorNameFor(code, message);
        const QString traceback = e.value(QLatin1String("data")).toObject().value(QLatin1String("traceback")).toString();
        QString text;
        if (name == QLatin1String("IoTimeoutError"))
            text = BackendText::tr("%1: the board did not answer in time (IoTimeoutError)").arg(m_pendingMethod);
        else if (name == QLatin1String("TransportClosedError"))
            text = BackendText::tr("%1: the transport is closed (TransportClosedError)").arg(m_pendingMethod);
        else if (name == QLatin1String("UnsupportedTVMVersionError"))
            text = BackendText::tr("%1: the template does not support this TVM version").arg(m_pendingMethod);
        else if (code == -32000) {
            const QString cause = lastExceptionLine(traceback);
            text = cause.isEmpty() || cause == message
                       ? BackendText::tr("%1 failed: %2").arg(m_pendingMethod, message)
                       : BackendText::tr("%1 failed: %2 (%3)").arg(m_pendingMethod, cause, message);
        } else {
            text = BackendText::tr("%1: %2 (JSON-RPC error %3, %4)").arg(m_pendingMethod, message).arg(code).arg(name);
        }
        fail(Error(Error::Code::Remote, text).withName(name).withDetail(traceback));
        return;
    }
    if (!reply.contains(QLatin1String("result")))
        return malformed(BackendText::tr("neither \"result\" nor \"error\""));
    const int done = m_pendingId;
    finishCall();
    emit replied(done, reply.value(QLatin1String("result")));
}

void ProjectApiClient::fail(const Error &error)
{
    if (m_pendingId == 0)
        return;
    const int id = m_pendingId;
    finishCall();
    emit failed(id, error);
}

void ProjectApiClient::finishCall()
{
    m_pendingId = 0;
    m_pendingMethod.clear();
    m_timer->stop();
}

void ProjectApiClient::handleOutput(bool fromStderr)
{
    if (!m_process)
        return;
    QByteArray &buffer = m_outBuffer[fromStderr ? 1 : 0];
    buffer += fromStderr ? m_process->readAllStandardError() : m_process->readAllStandardOutput();
    constexpr qsizetype kMaxLogLine = 64 * 1024;
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0 || buffer.size() > kMaxLogLine) {
        const qsizetype end = newline >= 0 ? newline : kMaxLogLine;
        const QString line = QString::fromUtf8(buffer.left(end)).remove(QLatin1Char('\r'));
        buffer.remove(0, newline >= 0 ? newline + 1 : end);
        if (fromStderr) {
            m_stderrTail << line;
            while (m_stderrTail.size() > kStderrTailLines)
                m_stderrTail.removeFirst();
        }
        emit logLine(fromStderr, line);
    }
}

void ProjectApiClient::handleProcessFinished(int exitCode, int exitStatus)
{
    handleOutput(false);
    handleOutput(true);
    for (int i = 0; i < 2; ++i)
        if (!m_outBuffer[i].isEmpty()) {
            emit logLine(i == 1, QString::fromUtf8(m_outBuffer[i]));
            m_outBuffer[i].clear();
        }
    const bool crashed = exitStatus == QProcess::CrashExit;
    if (m_pendingId != 0)
        fail(exitError(m_pendingMethod));
    closePipes();
    emit serverExited(exitCode, crashed);
}

Error ProjectApiClient::exitError(const QString &what) const
{
    QString state;
    if (!m_process || m_process->state() != QProcess::NotRunning)
        state = BackendText::tr("the Project API server closed its pipe");
    else if (m_process->exitStatus() == QProcess::CrashExit)
        state = BackendText::tr("the Project API server crashed");
    else
        state = BackendText::tr("the Project API server exited with code %1").arg(m_process->exitCode());
    QString text = what.isEmpty() ? state : BackendText::tr("%1 while answering %2").arg(state, what);
    const QString lastLine = m_stderrTail.isEmpty() ? QString() : m_stderrTail.last();
    if (!lastLine.isEmpty())
        text += QStringLiteral(": ") + lastLine;
    return Error(Error::Code::Process, text).withDetail(m_stderrTail.join(QLatin1Char('\n')));
}

void ProjectApiClient::closePipes()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    for (int *fd : {&m_readFd, &m_writeFd})
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
}

void ProjectApiClient::killGroup()
{
    if (m_pid > 0 && isRunning()) {
        ::kill(pid_t(-m_pid), SIGTERM);
        if (!m_process->waitForFinished(1000)) {
            ::kill(pid_t(-m_pid), SIGKILL);
            m_process->waitForFinished(2000);
        }
    }
}

void ProjectApiClient::cancel()
{
    fail(Error(Error::Code::Cancelled, BackendText::tr("%1 was cancelled").arg(m_pendingMethod)));
    killGroup();
    closePipes();
}

void ProjectApiClient::stop()
{
    m_writeBuffer.clear();
    if (m_writeFd >= 0) {
        ::close(m_writeFd); // EOF on its request pipe: the server exits
        m_writeFd = -1;
        delete m_writeNotifier;
        m_writeNotifier = nullptr;
    }
    if (isRunning() && !m_process->waitForFinished(3000))
        killGroup();
    else if (m_pid > 0)
        ::kill(pid_t(-m_pid), SIGKILL); // whatever the server left running in its group
    closePipes();
}

} // namespace mtvw::projectapi
