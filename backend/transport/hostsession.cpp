#include "hostsession.h"

#include "core/logging.h"
#include "core/tr.h"
#include "transport.h"

#include <QRandomGenerator>
#include <QTimer>

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
        if (s == Transport::State::Open && m_started && m_attempts == 0)
            handshake();
    });
    connect(m_transport, &Transport::closed, this,
            [this] { end(Error(Error::Code::Io, BackendText::tr("the transport closed"))); });
}

HostSession::~HostSession() = default;

void HostSession::start(quint8 nonce)
{
    m_started = true;
    m_firstNonce = nonce;
    m_clock.start();
    if (m_transport->state() == Transport::State::Open)
        handshake();
}

void HostSession::handshake()
{
    // A fresh nonce each attempt (the first one as asked, else random and never 0).
    quint8 nonce = m_attempts == 0 && m_firstNonce ? m_firstNonce : quint8(QRandomGenerator::global()->bounded(1, 256));
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
    m_deadline->start(int(std::max<qint64>(0, m_deadlineMs - m_clock.elapsed())));
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
    if (payload->size() > kReceiveBuffer * 64)
        return Error(Error::Code::LimitExceeded,
                     BackendText::tr("a message of %1 bytes is over any device's receive buffer").arg(payload->size()));
    send(payload.value());
    return {};
}

void HostSession::handleBytes(const QByteArray &bytes)
{
    QList<FrameEvent> frames;
    m_unframer.feed(bytes, frames);
    m_transport->setReadSize(m_unframer.bytesNeeded()); // what the next read should ask for, as TVM's host does
    for (const FrameEvent &f : std::as_const(frames)) {
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
    emit ended(why);
}

} // namespace mtvw::transport
