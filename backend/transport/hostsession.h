#pragma once

#include "core/error.h"
#include "micro/framer.h"
#include "micro/session.h"
#include "micro/unframer.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace mtvw::transport {

class Transport;

// The host's side of a microTVM session over a transport (spec 4.3): TerminateSession and
// StartSessionInit, retried every `retry` seconds with a new nonce until the device replies or
// `start` seconds have passed (0 and 0: wait for ever, as TVM's host CRT template does); then
// Normal messages both ways; the device's Log messages at any time; a device that reboots
// (TerminateSession inside the session) ends it. It does not own the transport.
class HostSession : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        double retrySeconds = 2; // R
        double startSeconds = 5; // S
    };
    // The largest message the device takes (TVM_CRT_MAX_PACKET_SIZE_BYTES: 2048 on the host CRT,
    // 512 on Zephyr, 8192 on Arduino); a larger one is refused before it is sent.
    void setMaxMessageBytes(qint64 bytes) { m_maxMessage = bytes; }
    static constexpr qint64 kReceiveBuffer = 2048; // the host side's, as TVM's MicroTransportChannel has it

    HostSession(Transport *transport, Timeouts timeouts, QObject *parent = nullptr);
    ~HostSession() override;

    // The timeouts a project's open_transport returned, before the handshake starts.
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    // Starts the handshake once the transport is open (now, if it already is).
    void start(quint8 nonce = 0); // 0: a random one
    Result<void> sendNormal(const QByteArray &rpcPacket);
    bool isEstablished() const { return m_session.state() == micro::Session::State::Established; }
    quint16 sessionId() const { return m_session.sessionId(); }
    int attempts() const { return m_attempts; }

signals:
    void established(quint16 sessionId);
    void logReceived(const QString &text);
    void normalReceived(const QByteArray &rpcPacket);
    // A framing or session problem the host noticed and passed over (bad CRC, stray bytes, …).
    void problem(const QString &what);
    // The session is over: the device rebooted or ended it, the handshake timed out, or the
    // transport closed.
    void ended(const mtvw::Error &why);

private:
    void handshake();
    void handleBytes(const QByteArray &bytes);
    void handleDeadline();
    void send(const QByteArray &payload);
    void end(const Error &why);

    Transport *m_transport;
    Timeouts m_timeouts;
    micro::Framer m_framer;
    micro::Unframer m_unframer{kReceiveBuffer};
    micro::Session m_session;
    QTimer *m_deadline;
    QElapsedTimer m_clock;
    qint64 m_deadlineMs = 0;
    quint8 m_firstNonce = 0;
    int m_attempts = 0;
    bool m_started = false;
    bool m_over = false;
    qint64 m_maxMessage = kReceiveBuffer;
};

} // namespace mtvw::transport
