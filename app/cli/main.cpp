#include "cliapp.h"
#include "projectapi/servergroups.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Ctrl+C or a kill ends the Project API servers this command started, not only the command.
    mtvw::projectapi::ServerGroups::killOnTerminationSignals();
    QCoreApplication::setApplicationName(QStringLiteral("mtvw-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTVW_VERSION));
    CliApp cli;
    return cli.run(app.arguments().mid(1));
}
