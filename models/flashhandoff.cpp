#include "flashhandoff.h"

#include "liveconnection.h"
#include "projectcontroller.h"

FlashHandoff::FlashHandoff(ProjectController *project, LiveConnection *connection, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_connection(connection)
{
    connect(project, &ProjectController::busyChanged, this, &FlashHandoff::handleBusy);
    connect(project, &ProjectController::finished, this, &FlashHandoff::handleFinished);
}

void FlashHandoff::handleBusy(bool busy)
{
    if (!busy || m_project->busyMethod() != QLatin1String("flash") || !m_connection || !m_connection->canRelease())
        return;
    m_holding = true;
    m_connection->release(tr("the project is flashing the board"));
}

void FlashHandoff::handleFinished(const QString &method, bool ok)
{
    if (method != QLatin1String("flash") || !m_holding)
        return;
    m_holding = false;
    if (!m_connection)
        return;
    m_connection->announce(ok ? tr("Flash done; taking the board back") : tr("Flash failed; taking the board back"));
    m_connection->reacquire();
}
