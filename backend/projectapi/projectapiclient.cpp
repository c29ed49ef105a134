#include "projectapiclient.h"

#include "core/logging.h"
#include "core/tr.h"
#include "jsonrpccodec.h"
#include "processreaper.h"
#include "servergroups.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <unistd.h>

namespace mtvw::projectapi {

namespace {

bool setNonBlocking(int fd)
{
    const int flags = fcntl(fd, F_GETFL);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

bool isTransportCall(const QString &method)
{
    return method == QLatin1String("read_transport") || method == QLatin1String("write_transport");
}

} // namespace

ProjectApiClient::ProjectApiClient(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_eofTimer(new QTimer(this))
    , m_hangupTimer(new QTimer(this))
{
    m_hangupTimer->setInterval(kHangupCheckMs);
    connect(m_hangupTimer, &QTimer::timeout, this, &ProjectApiClient::checkHangup);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const QString method = m_pendingMethod;
        fail(Error(Error::Code::Timeout, BackendText::tr("the Project API server did not answer %1 in time").arg(method))
                 .withName(QStringLiteral("IoTimeoutError")));
        // Its answer may still come and would be taken for the next call's: end the server.
        release(true);
    });
    m_eofTimer->setSingleShot(true);
    connect(m_eofTimer, &QTimer::timeout, this, [this] {
        // The server closed its reply pipe but did not exit: no answer can come any more.
        fail(exitError(m_pendingMethod).withName(QStringLiteral("ConnectionShutdownError")));
        release(true);
    });
}

ProjectApiClient::~ProjectApiClient()
{
    m_pendingId = 0; // nothing is emitted from here: the receivers may be half destroyed
    release(false);
}

int ProjectApiClient::timeoutFor(const QString &method, const QJsonObject &params)
{
    if (method == QLatin1String("build") || method == QLatin1String("generate_project"))
        return 30 * 60 * 1000;
    if (method == QLatin1String("flash"))
        return 10 * 60 * 1000;
    if (isTransportCall(method)) {
        const QJsonValue seconds = params.value(QLatin1String("timeout_sec"));
        if (seconds.isNull() || seconds.isUndefined())
            return 0; // blocks until the board sends: the caller cancels
        const double ms = std::clamp(seconds.toDouble() * 1000.0, 0.0, 24.0 * 3600 * 1000);
        return int(ms) + kTransportMarginMs;
    }
    return 60 * 1000; // server_info_query, open_transport, close_transport, anything else
}

bool ProjectApiClient::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<void> ProjectApiClient::start(const Launch &launch)
{
    if (isRunning())
        return Error(Error::Code::Process, BackendText::tr("a Project API server is already running"));
    release(false); // a server that exited by itself leaves its pipes and process object behind
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
    m_replies.reset();
    for (LineFramer &f : m_output)
        f.reset();

    const QString launcher = dir.absoluteFilePath(QStringLiteral("launch_microtvm_api_server.sh"));
    const QString program = QFileInfo(launcher).isExecutable() ? launcher : launch.python;
    QStringList args{server, QStringLiteral("--read-fd"), QString::number(requests[0]), QStringLiteral("--write-fd"),
                     QString::number(replies[1])};
    if (launch.debug)
        args << QStringLiteral("--debug");

    m_process = new QProcess(this);
    m_process->setWorkingDirectory(dir.absolutePath());
    m_process->setProgram(program);
    m_process->setArguments(args);
    m_process->setChildProcessModifier([] { setpgid(0, 0); }); // its own group, for ending it whole
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
    ServerGroups::add(m_pid); // an interrupted command line ends it too
    qCDebug(lcProjectApi) << "started server" << m_pid << "in" << dir.absolutePath();
    m_readNotifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ProjectApiClient::handleReadable);
    m_writeNotifier = new QSocketNotifier(m_writeFd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ProjectApiClient::handleWritable);
    return {};
}

Result<int> ProjectApiClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    if (!JsonRpcCodec::isValidMethod(method))
        return Error(Error::Code::Malformed, BackendText::tr("\"%1\" is not a valid method name").arg(method));
    if (m_pendingId != 0)
        return Error(Error::Code::Process,
                     BackendText::tr("the server is still answering %1: one request at a time").arg(m_pendingMethod));
    if (!isRunning() || m_writeFd < 0)
        return exitError(method);
    const int id = m_nextId++;
    m_writeBuffer += JsonRpcCodec::encodeRequest(id, method, params);
    m_pendingId = id;
    m_pendingMethod = method;
    m_blankLines = 0;
    m_callClock.start();
    m_hangupTimer->start();
    const int limit = timeoutMs >= 0 ? timeoutMs : timeoutFor(method, params);
    if (limit > 0)
        m_timer->start(limit);
    qCDebug(isTransportCall(method) ? lcTransport() : lcProjectApi()) << "call" << id << method;
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
    // A reply's receiver may stop or restart this client (never delete it: deleteLater), so the
    // loop ends as soon as the conversation it was reading is over.
    const quint64 conversation = m_conversation;
    while (m_readFd >= 0 && conversation == m_conversation) {
        const ssize_t n = ::read(m_readFd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n <= 0)
            return handleEof();
        if (auto fed = m_replies.feed(QByteArrayView(chunk, n)); !fed) {
            fail(Error(Error::Code::Protocol,
                       BackendText::tr("the Project API server sent a reply line over %1 MB; it was stopped")
                           .arg(kMaxReplyBytes / (1024 * 1024))));
            release(true);
            return;
        }
        while (conversation == m_conversation) {
            auto line = m_replies.takeLine();
            if (!line)
                break;
            handleLine(*line);
        }
    }
}

void ProjectApiClient::handleEof()
{
    // The server closed its reply pipe (it is exiting).
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_pendingId != 0)
        m_eofTimer->start(kExitAfterEofMs); // its exit code, when it comes, makes the error clearer
}

void ProjectApiClient::checkHangup()
{
    // A server that closed its request pipe can never read another request; if it also never
    // answers this one, nothing else would end the wait before the call's (long) timeout.
    if (m_writeFd < 0 || m_pendingId == 0)
        return;
    pollfd p{m_writeFd, POLLOUT, 0};
    if (::poll(&p, 1, 0) > 0 && (p.revents & (POLLERR | POLLHUP))) {
        fail(Error(Error::Code::Process,
                   BackendText::tr("the Project API server closed its request pipe while answering %1 and is stopped")
                       .arg(m_pendingMethod)));
        release(true);
    }
}

void ProjectApiClient::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty()) {
        if (m_pendingId != 0 && ++m_blankLines > kMaxBlankLines) {
            fail(Error(Error::Code::Protocol,
                       BackendText::tr("the Project API server sent %1 empty lines instead of answering %2; it was stopped")
                           .arg(m_blankLines)
                           .arg(m_pendingMethod))
                     .withName(QStringLiteral("MalformedReplyError")));
            release(true);
        }
        return;
    }
    if (m_pendingId == 0) {
        qCWarning(lcProjectApi) << "a reply came while no request was waiting:" << line.left(200);
        return;
    }
    auto reply = JsonRpcCodec::decodeReply(line, m_pendingId);
    if (!reply) {
        qCDebug(lcProjectApi) << "call" << m_pendingId << m_pendingMethod << "failed after" << m_callClock.elapsed()
                              << "ms:" << reply.error().name();
        fail(reply.error());
        return;
    }
    const int done = m_pendingId;
    qCDebug(isTransportCall(m_pendingMethod) ? lcTransport() : lcProjectApi())
        << "call" << done << m_pendingMethod << "answered in" << m_callClock.elapsed() << "ms";
    finishCall();
    emit replied(done, reply.value());
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
    m_eofTimer->stop();
    m_hangupTimer->stop();
}

void ProjectApiClient::emitLogLine(bool fromStderr, const QByteArray &bytes)
{
    const QString line = QString::fromUtf8(bytes);
    if (fromStderr) {
        m_stderrTail << line;
        while (m_stderrTail.size() > kStderrTailLines)
            m_stderrTail.removeFirst();
    }
    emit logLine(fromStderr, line);
}

void ProjectApiClient::handleOutput(bool fromStderr)
{
    if (!m_process)
        return;
    LineFramer &framer = m_output[fromStderr ? 1 : 0];
    (void)framer.feed(fromStderr ? m_process->readAllStandardError() : m_process->readAllStandardOutput());
    while (auto line = framer.takeLine())
        emitLogLine(fromStderr, *line);
}

void ProjectApiClient::handleProcessFinished(int exitCode, int exitStatus)
{
    handleOutput(false);
    handleOutput(true);
    for (int i = 0; i < 2; ++i)
        if (const QByteArray rest = m_output[i].takeRest(); !rest.isEmpty())
            emitLogLine(i == 1, rest);
    const bool crashed = exitStatus == QProcess::CrashExit;
    qCDebug(lcProjectApi) << "server" << m_pid << (crashed ? "crashed" : "exited with") << exitCode;
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
    ++m_conversation;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    for (int *fd : {&m_readFd, &m_writeFd})
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    m_writeBuffer.clear();
}

void ProjectApiClient::release(bool terminate)
{
    closePipes(); // EOF on its request pipe: a well-behaved server exits by itself
    m_timer->stop();
    m_eofTimer->stop();
    m_hangupTimer->stop();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        ProcessReaper::reap(process, m_pid, terminate ? ProcessReaper::Start::Terminate : ProcessReaper::Start::Graceful);
    }
}

void ProjectApiClient::cancel()
{
    fail(Error(Error::Code::Cancelled, BackendText::tr("%1 was cancelled").arg(m_pendingMethod)));
    release(true);
}

void ProjectApiClient::stop()
{
    fail(Error(Error::Code::Cancelled, BackendText::tr("%1 was cancelled: the server was stopped").arg(m_pendingMethod)));
    release(false);
}

} // namespace mtvw::projectapi
