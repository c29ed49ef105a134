#include "clitarget.h"

#include "clioutput.h"
#include "projectapi/projectapiclient.h"
#include "projectcommands.h"
#include "transport/hostsession.h"
#include "transport/projectapitransport.h"
#include "transport/transport.h"
#include "transport/transportsettings.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QProcess>

using mtvw::transport::Transport;
using mtvw::transport::TransportSettings;

CliTarget::CliTarget()
    : m_port(QStringLiteral("port"), tr("A serial port to the board."), QStringLiteral("PORT"))
    , m_baud(QStringLiteral("baud"), tr("Baud rate (default 115200)."), QStringLiteral("N"), QStringLiteral("115200"))
    , m_exec(QStringLiteral("exec"), tr("A program that speaks the device side on its stdin and stdout (\"PROGRAM ARGS\")."),
             QStringLiteral("COMMAND"))
{}

CliTarget::~CliTarget() = default;

void CliTarget::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_port, m_baud, m_exec});
}

std::unique_ptr<Transport> CliTarget::open(const QCommandLineParser &parser, const QString &dir, const QString &command,
                                           const QStringList &projectOptions)
{
    if (int(parser.isSet(m_port)) + int(parser.isSet(m_exec)) + int(!dir.isEmpty()) != 1) {
        CliOutput::fail(command,
                        tr("wants one of DIR, --port PORT or --exec \"PROGRAM ARGS\" (see mtvw-cli %1 --help)").arg(command));
        return nullptr;
    }
    if (!dir.isEmpty()) {
        m_client = std::make_unique<mtvw::projectapi::ProjectApiClient>();
        QJsonObject options;
        if (!ProjectCommands().openProject(*m_client, dir, QStringLiteral("open_transport"), projectOptions, &options))
            return nullptr;
        return std::make_unique<mtvw::transport::ProjectApiTransport>(m_client.get(), options, QStringLiteral("project ") + dir);
    }
    TransportSettings s;
    if (parser.isSet(m_port)) {
        s.kind = TransportSettings::Kind::Serial;
        s.port = parser.value(m_port);
        bool ok = false;
        s.baud = parser.value(m_baud).toInt(&ok);
        if (!ok || s.baud <= 0) {
            CliOutput::fail(QStringLiteral("--baud"), tr("wants a positive whole number, got \"%1\"").arg(parser.value(m_baud)));
            return nullptr;
        }
    } else {
        const QStringList words = QProcess::splitCommand(parser.value(m_exec));
        if (words.isEmpty()) {
            CliOutput::fail(QStringLiteral("--exec"), tr("names no program"));
            return nullptr;
        }
        s.kind = TransportSettings::Kind::Subprocess;
        s.program = words.first();
        s.arguments = words.mid(1);
    }
    return std::unique_ptr<Transport>(Transport::create(s));
}

void CliTarget::useProjectTimeouts(Transport *transport, std::function<mtvw::transport::HostSession *()> session)
{
    auto *project = qobject_cast<mtvw::transport::ProjectApiTransport *>(transport);
    if (!project)
        return;
    QObject::connect(project, &Transport::stateChanged, project, [project, session](Transport::State s) {
        mtvw::transport::HostSession *host = session();
        if (s != Transport::State::Open || !host)
            return;
        host->setTimeouts(project->sessionTimeouts());
    });
}
