#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mtvw-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTVW_VERSION));
    CliApp cli;
    return cli.run(app.arguments().mid(1));
}
