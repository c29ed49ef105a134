#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace mtvw::micro {

// One side of microTVM's session layer (spec 4.2), as a pure state machine: it makes the
// payloads to frame and send, and turns received payloads into events. The host initialises and
// starts a session; the device side answers (both are here: the tests play the device).
class Session
{
public:
    enum class State { Reset, NoSession, StartSent, Established };
    struct Event
    {
        enum class Kind {
            Established, // a session is up (id in sessionId())
            Terminated,  // the other side ended the session (a device: it rebooted)
            Log,         // text from the other side (any time)
            Normal,      // a message of the session: one RPC packet
            Ignored,     // not for us: note says why
        };
        Kind kind = Kind::Ignored;
        QByteArray body;
        QString note;
    };

    // Sends TerminateSession and forgets any session (so a device announces each boot).
    QByteArray initialize(quint8 nonce);
    // The host starts a session: a new nonce, then StartSessionInit.
    QByteArray startSession();
    // A received payload: events, and the payloads to send back (a device's StartSessionReply).
    void receive(QByteArrayView payload, QList<Event> &events, QList<QByteArray> &replies);
    // A Normal message of the current session; an error outside one.
    Result<QByteArray> normal(QByteArrayView body) const;
    QByteArray log(QByteArrayView text) const; // Log: session id 0, any time

    State state() const { return m_state; }
    quint16 sessionId() const { return m_sessionId; }
    quint8 nonce() const { return m_nonce; }

private:
    QByteArray reply(quint8 initiatorNonce);

    State m_state = State::Reset;
    quint8 m_nonce = 0;
    quint16 m_sessionId = 0;
};

} // namespace mtvw::micro
