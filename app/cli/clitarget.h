#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineParser;
namespace mtvw::projectapi {
class ProjectApiClient;
}
namespace mtvw::transport {
class HostSession;
class Transport;
} // namespace mtvw::transport

// The device a command talks to, as the command line names it: a generated project folder (its
// own transport, through its Project API server), --port PORT [--baud N], or --exec "PROGRAM
// ARGS" (a device program on stdin and stdout). Shared by session, rpc, infer and profile.
class CliTarget
{
    Q_DECLARE_TR_FUNCTIONS(CliTarget)

public:
    CliTarget();
    ~CliTarget();

    void addTo(QCommandLineParser &parser) const;
    // The transport of the target named (not yet open); nullptr after printing what was wrong.
    // projectOptions are key=value options for the project's open_transport.
    std::unique_ptr<mtvw::transport::Transport> open(const QCommandLineParser &parser, const QString &dir, const QString &command,
                                                     const QStringList &projectOptions = {});
    // A project's own handshake timeouts, as its open_transport returns them, given to the
    // session (found through `session` when the transport opens); connected before the session's
    // own handler, so the handshake uses them. Nothing for other transports.
    static void useProjectTimeouts(mtvw::transport::Transport *transport,
                                   std::function<mtvw::transport::HostSession *()> session);

private:
    QCommandLineOption m_port, m_baud, m_exec;
    std::unique_ptr<mtvw::projectapi::ProjectApiClient> m_client; // a project's server, while its transport lives
};
