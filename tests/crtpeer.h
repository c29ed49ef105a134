#pragma once

// The Python CRT device of the session and RPC tests (tests/data/crtpeer.py), on stdin/stdout.

#include "transport/transport.h"
#include "transport/transportsettings.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace testsupport {

inline QString crtPeerScript()
{
    return QStringLiteral(MTVW_SOURCE_DIR "/tests/data/crtpeer.py");
}

// The device program with these arguments as a subprocess transport, not yet open.
inline std::unique_ptr<mtvw::transport::Transport> crtPeer(const QStringList &args)
{
    mtvw::transport::TransportSettings s;
    s.kind = mtvw::transport::TransportSettings::Kind::Subprocess;
    s.program = QStringLiteral("python3");
    s.arguments = QStringList{crtPeerScript()} + args;
    return std::unique_ptr<mtvw::transport::Transport>(mtvw::transport::Transport::create(s));
}

} // namespace testsupport
