#pragma once

#include "sessionmessage.h"

#include <QString>

namespace mtvw::micro {

// Follows a microTVM session from the outside, both directions at once (spec 4.2): which
// session is up, and what each side's receiver would make of every message: a reply with the
// wrong nonce, a Normal message outside the session or with a stale id, a device that reboots.
class SessionTracker
{
public:
    enum class State { None, Starting, Established };
    struct Verdict
    {
        QString note;          // what the message did ("session 0x8543 established")
        QString problem;       // what was wrong with it (empty when nothing)
        bool delivered = true; // whether the receiver passes it on (Normal, Log)
    };

    Verdict observe(const SessionMessage &message, bool fromHost);
    State state() const { return m_state; }
    quint16 sessionId() const { return m_sessionId; }

private:
    State m_state = State::None;
    quint16 m_sessionId = 0;
    quint8 m_initNonce = 0;
    bool m_initFromHost = true;
};

} // namespace mtvw::micro
