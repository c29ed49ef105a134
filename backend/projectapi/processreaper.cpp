#include "processreaper.h"

#include "core/logging.h"
#include "servergroups.h"

#include <QCoreApplication>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <csignal>

namespace mtvw::projectapi {

namespace {

struct Groups
{
    QMutex mutex;
    QSet<ProcessReaper *> live;
};

Groups &groups()
{
    static Groups g;
    return g;
}

void signalGroup(qint64 group, int sig)
{
    if (group > 1)
        ::kill(pid_t(-group), sig);
}

} // namespace

void ProcessReaper::reap(QProcess *process, qint64 group, Start start, int graceMs)
{
    if (!process)
        return;
    process->disconnect();
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        signalGroup(group, SIGKILL); // whatever the server left running in its group
        ServerGroups::remove(group);
        process->deleteLater();
        return;
    }
    new ProcessReaper(process, group, start, graceMs); // deletes itself when the process is gone
}

ProcessReaper::ProcessReaper(QProcess *process, qint64 group, Start start, int graceMs)
    : m_process(process)
    , m_group(group)
    , m_graceMs(graceMs)
    , m_timer(new QTimer(this))
{
    static const bool registered = [] {
        qAddPostRoutine(&ProcessReaper::finishAll);
        return true;
    }();
    Q_UNUSED(registered);
    {
        Groups &g = groups();
        const QMutexLocker lock(&g.mutex);
        g.live.insert(this);
    }
    m_process->setParent(this);
    // Output nobody reads any more must not fill the pipes and stall the server's exit.
    connect(m_process, &QProcess::readyReadStandardOutput, m_process, [p = m_process] { p->readAllStandardOutput(); });
    connect(m_process, &QProcess::readyReadStandardError, m_process, [p = m_process] { p->readAllStandardError(); });
    connect(m_process, &QProcess::finished, this, &ProcessReaper::handleFinished);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ProcessReaper::handleTimeout);
    qCDebug(lcProjectApi) << "reaping server group" << group << (start == Start::Graceful ? "gracefully" : "now");
    if (start == Start::Terminate) {
        signalGroup(m_group, SIGTERM);
        m_terminated = true;
    }
    m_timer->start(m_graceMs);
}

ProcessReaper::~ProcessReaper()
{
    ServerGroups::remove(m_group);
    Groups &g = groups();
    const QMutexLocker lock(&g.mutex);
    g.live.remove(this);
}

void ProcessReaper::handleTimeout()
{
    if (!m_terminated) {
        qCDebug(lcProjectApi) << "server group" << m_group << "did not exit: SIGTERM";
        signalGroup(m_group, SIGTERM);
        m_terminated = true;
        m_timer->start(m_graceMs);
        return;
    }
    qCWarning(lcProjectApi) << "server group" << m_group << "ignored SIGTERM: SIGKILL";
    signalGroup(m_group, SIGKILL);
    // QProcess reports finished once the kernel has reaped it; nothing more to time.
}

void ProcessReaper::handleFinished()
{
    signalGroup(m_group, SIGKILL); // the server's children, if it left any behind
    m_timer->stop();
    deleteLater(); // the process is a child: it goes too, finished, so its destructor does not wait
}

int ProcessReaper::pending()
{
    Groups &g = groups();
    const QMutexLocker lock(&g.mutex);
    return int(g.live.size());
}

void ProcessReaper::killAll()
{
    Groups &g = groups();
    const QMutexLocker lock(&g.mutex);
    for (const ProcessReaper *r : std::as_const(g.live))
        signalGroup(r->m_group, SIGKILL);
}

void ProcessReaper::finishAll()
{
    // The application object is going: no event loop will deliver the timers any more.
    killAll();
    QList<ProcessReaper *> left;
    {
        Groups &g = groups();
        const QMutexLocker lock(&g.mutex);
        left = g.live.values();
    }
    // Killed: the kernel ends each at once, and collecting that exit here (the program is
    // ending; nothing waits on the event loop any more) keeps the QProcess destructor from
    // deleting a process it still thinks is running.
    for (ProcessReaper *r : std::as_const(left)) {
        r->m_process->waitForFinished(1000);
        delete r;
    }
}

} // namespace mtvw::projectapi
