#pragma once

#include <QObject>

class QProcess;
class QTimer;

namespace mtvw::projectapi {

// Ends a server process and its whole process group without anyone waiting: the request pipe is
// already closed, so the server has a grace period to exit by itself; then SIGTERM to the group,
// then SIGKILL, each on a timer. Takes ownership of the QProcess and deletes it (and itself) once
// the process has finished, so no QProcess destructor ever blocks. Groups still alive when the
// application object is destroyed get SIGKILL then: nothing outlives the workbench.
class ProcessReaper : public QObject
{
    Q_OBJECT

public:
    enum class Start {
        Graceful,  // the server was asked to exit (EOF on its request pipe): wait, then TERM, KILL
        Terminate, // SIGTERM now, SIGKILL after the grace period
    };
    static constexpr int kGraceMs = 2000;

    // process: running or not, with the group it leads (its pid); it moves to the reaper.
    static void reap(QProcess *process, qint64 group, Start start, int graceMs = kGraceMs);
    // Groups being reaped now.
    static int pending();
    // SIGKILL to every group still being reaped (a signal to the CLI, say).
    static void killAll();
    // killAll(), then the reapers and their processes deleted: runs as the application object
    // is destroyed, so that nothing outlives it and nothing leaks.
    static void finishAll();

private:
    ProcessReaper(QProcess *process, qint64 group, Start start, int graceMs);
    ~ProcessReaper() override;
    void handleTimeout();
    void handleFinished();

    QProcess *m_process;
    qint64 m_group;
    int m_graceMs;
    bool m_terminated = false;
    QTimer *m_timer;
};

} // namespace mtvw::projectapi
