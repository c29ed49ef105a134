#include "hostsession.h"

#include "core/logging.h"
#include "core/tr.h"
#include "transport.h"

#include <QPointer>
#include <QRandomGenerator>

#include <QTimer>
#include <limits>

namespace mtvw::transport {

using micro::FrameEvent;
using micro::Session;

HostSession::HostSession(Transport *transport, Timeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_timeouts(timeouts)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &HostSession::handleDeadline);
    connect(m_transport, &Transport::bytesArrived, this, &HostSession::handleBytes);
    connect(m_transport, &Transport::stateChanged, this, [this](Transport::State s) {
        if (m_over || !m_started)
            return;
        // A port that went away while the session was up: the board reset (a native USB port
        // re-enumerates; its boot TerminateSession was sent while the port was gone).
        if (s == Transport::State::Waiting && isEstablished()) {
            end(Error(Error::Code::Remote, BackendText::tr("the device's port went away: it reset")));
            return;
        }
        if (s == Transport::State::Open && !isEstablished())
            handshake(); // opened now, or back before the handshake completed
    });
    connect(m_transport, &Transport::closed, this,
            [this] { end(Error(Error::Code::Io, BackendText::tr("the transport closed"))); });
}

HostSession::~HostSession() = default;

void HostSession::start(quint8 nonce)
{
    m_started = true;
    m_firstNonce = nonce;
    if (m_transport->state() == Transport::State::Open)
        handshake();
}

void HostSession::handshake()
{
    // A fresh nonce each attempt (the first one as asked, else random and never 0).
    quint8 nonce = m_attempts == 0 && m_firstNonce ? m_firstNonce : quint8(QRandomGenerator::global()->bounded(1, 256));
    if (m_attempts == 0)
        m_clock.start(); // R and S count from the open transport, as TVM's host counts them
    ++m_attempts;
    qCDebug(lcTransport) << "session handshake, attempt" << m_attempts;
    send(m_session.initialize(nonce));
    send(m_session.startSession());
    const qint64 retryMs = qint64(m_timeouts.retrySeconds * 1000), startMs = qint64(m_timeouts.startSeconds * 1000);
    if (retryMs == 0 && startMs == 0)
        return; // wait for ever
    if (m_attempts == 1)
        m_deadlineMs = retryMs > 0 ? retryMs : startMs;
    else
        m_deadlineMs += retryMs;
    m_deadline->start(int(std::clamp<qint64>(m_deadlineMs - m_clock.elapsed(), 0, std::numeric_limits<int>::max())));
}

void HostSession::handleDeadline()
{
    if (isEstablished() || m_over)
        return;
    const qint64 startMs = qint64(m_timeouts.startSeconds * 1000);
    if (startMs != 0 && m_deadlineMs >= startMs) {
        end(Error(Error::Code::Timeout,
                  BackendText::tr("session start handshake failed after %1 s (%n attempt(s))", nullptr, m_attempts)
                      .arg(m_timeouts.startSeconds)));
        return;
    }
    handshake();
}

void HostSession::send(const QByteArray &payload)
{
    m_transport->write(m_framer.frame(payload));
}

Result<void> HostSession::sendNormal(const QByteArray &rpcPacket)
{
    auto payload = m_session.normal(rpcPacket);
    if (!payload)
        return payload.error();
    if (payload->size() > m_maxMessage)
        return Error(Error::Code::LimitExceeded,
                     BackendText::tr("a message of %1 bytes is over the device's %2-byte receive buffer (it would drop it, and a "
                                     "Zephyr board reboots)")
                         .arg(payload->size())
                         .arg(m_maxMessage));
    send(payload.value());
    return {};
}

void HostSession::handleBytes(const QByteArray &bytes)
{
    if (m_over)
        return;
    const QPointer<HostSession> self(this); // a slot may delete us while we emit
    QList<FrameEvent> frames;
    m_unframer.feed(bytes, frames);
    // At least what completes the unframer's step (TVM's host asks for exactly that, a call per
    // field); up to the receive buffer, since a read returns only what is there: one read then
    // takes a whole reply.
    m_transport->setReadSize(std::max(m_unframer.bytesNeeded(), kReceiveBuffer));
    for (const FrameEvent &f : std::as_const(frames)) {
        if (!self || m_over)
            return;
        if (f.kind == FrameEvent::Kind::Skipped) {
            emit problem(BackendText::tr("%n byte(s) outside any packet", nullptr, int(f.skipped.size())));
            continue;
        }
        if (f.kind == FrameEvent::Kind::Error) {
            emit problem(
                BackendText::tr("framing error 0x%1 at byte %2").arg(int(f.error), 3, 16, QLatin1Char('0')).arg(f.begin));
            continue;
        }
        if (!f.crcOk) {
            emit problem(BackendText::tr("a packet with a bad CRC at byte %1, dropped").arg(f.begin));
            continue;
        }
        QList<Session::Event> events;
        QList<QByteArray> replies;
        const bool wasEstablished = isEstablished();
        m_session.receive(f.payload, events, replies);
        for (const QByteArray &r : std::as_const(replies))
            send(r);
        for (const Session::Event &e : std::as_const(events)) {
            if (!self || m_over)
                return;
            switch (e.kind) {
            case Session::Event::Kind::Established:
                m_deadline->stop();
                qCInfo(lcTransport) << "session established" << Qt::hex << m_session.sessionId();
                emit established(m_session.sessionId());
                break;
            case Session::Event::Kind::Terminated:
                if (wasEstablished)
                    end(Error(Error::Code::Remote, BackendText::tr("the device ended the session (it rebooted?)")));
                break;
            case Session::Event::Kind::Log: emit logReceived(QString::fromUtf8(e.body.left(1023))); break;
            case Session::Event::Kind::Normal: emit normalReceived(e.body); break;
            case Session::Event::Kind::Ignored: emit problem(e.note); break;
            }
        }
    }
}

void HostSession::end(const Error &why)
{
    if (m_over)
        return;
    m_over = true;
    m_deadline->stop();
    m_session.initialize(0); // no session any more: nothing late completes one
    emit ended(why);
}

} // namespace mtvw::transport
