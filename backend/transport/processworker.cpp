#include "processworker.h"

#include "core/logging.h"
#include "core/tr.h"

#include <QProcess>
#include <QTimer>

namespace mtvw::transport {

ProcessWorker::ProcessWorker(TransportSettings settings)
    : m_settings(std::move(settings))
{}

ProcessWorker::~ProcessWorker()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // on the worker's thread, after SIGKILL
    }
}

void ProcessWorker::start()
{
    if (m_process)
        return;
    emit stateChanged(Transport::State::Opening, m_settings.describe());
    m_process = new QProcess(this);
    connect(m_process, &QProcess::started, this, [this] { emit stateChanged(Transport::State::Open, m_settings.describe()); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray bytes = m_process->readAllStandardOutput();
        if (!bytes.isEmpty())
            deliver(bytes, Transport::nowUs());
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 4096)
            m_stderr = m_stderr.right(4096);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            emit errorOccurred(Error(Error::Code::Process,
                                     BackendText::tr("%1 did not start: %2").arg(m_settings.program, m_process->errorString())));
            if (!m_closedSent) {
                m_closedSent = true;
                emit closed();
            }
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QByteArray rest = m_process->readAllStandardOutput();
        if (!rest.isEmpty())
            deliver(rest, Transport::nowUs());
        qCDebug(lcTransport) << m_settings.program << "ended" << code << status;
        if (!m_stopping && (status != QProcess::NormalExit || code != 0)) {
            const QString tail = QString::fromUtf8(m_stderr).trimmed().section(QLatin1Char('\n'), -3);
            emit errorOccurred(
                Error(Error::Code::Process, status != QProcess::NormalExit
                                                ? BackendText::tr("%1 crashed").arg(m_settings.program)
                                                : BackendText::tr("%1 exited with code %2").arg(m_settings.program).arg(code))
                    .withDetail(tail));
        }
        if (!m_closedSent) {
            m_closedSent = true;
            emit closed();
        }
    });
    m_process->start(m_settings.program, m_settings.arguments);
}

void ProcessWorker::write(const QByteArray &bytes)
{
    if (!m_process || m_process->state() != QProcess::Running)
        return;
    m_process->write(bytes);
    emit bytesWritten(bytes, Transport::nowUs());
}

void ProcessWorker::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        if (!m_closedSent) {
            m_closedSent = true;
            emit closed();
        }
        return;
    }
    m_stopping = true;
    m_process->closeWriteChannel(); // a device program ends on end of input
    QTimer::singleShot(kGraceMs, m_process, [p = m_process] {
        p->terminate();
        QTimer::singleShot(kGraceMs, p, [p] { p->kill(); });
    });
}

} // namespace mtvw::transport
