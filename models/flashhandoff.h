#pragma once

#include <QObject>
#include <QPointer>

class LiveConnection;
class ProjectController;

// The serial monitor and a flash share one port: while the project flashes, the live connection
// lets go of its serial port, and when the flash is over (done or failed) it takes the same board
// back (LiveConnection::reacquire), saying each step in the monitor's log. A connection that is
// not a serial port is left alone.
class FlashHandoff : public QObject
{
    Q_OBJECT

public:
    FlashHandoff(ProjectController *project, LiveConnection *connection, QObject *parent = nullptr);

private:
    void handleBusy(bool busy);
    void handleFinished(const QString &method, bool ok);

    ProjectController *m_project;
    QPointer<LiveConnection> m_connection;
    bool m_holding = false; // released by us for this flash
};
