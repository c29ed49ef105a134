#include "session.h"

#include "core/tr.h"
#include "sessionmessage.h"

namespace mtvw::micro {

QByteArray Session::initialize(quint8 nonce)
{
    m_nonce = nonce;
    m_sessionId = 0;
    m_state = State::NoSession;
    return SessionMessage::encode(0, SessionMessage::TerminateSession);
}

QByteArray Session::startSession()
{
    m_nonce = SessionMessage::nextNonce(m_nonce);
    m_sessionId = m_nonce;
    m_state = State::StartSent;
    return SessionMessage::encode(m_sessionId, SessionMessage::StartSessionInit, QByteArrayView("\x01", 1));
}

QByteArray Session::reply(quint8 initiatorNonce)
{
    m_nonce = SessionMessage::nextNonce(m_nonce);
    m_sessionId = quint16(initiatorNonce | (m_nonce << 8));
    m_state = State::Established;
    return SessionMessage::encode(m_sessionId, SessionMessage::StartSessionReply, QByteArrayView("\x01", 1));
}

void Session::receive(QByteArrayView payload, QList<Event> &events, QList<QByteArray> &replies)
{
    using mtvw::BackendText;
    auto parsed = SessionMessage::parse(payload);
    if (!parsed) {
        events.append({Event::Kind::Ignored, {}, parsed.error().message()});
        return;
    }
    const SessionMessage &m = parsed.value();
    const bool versionOk = m.body.size() == 1 && quint8(m.body[0]) == SessionMessage::kVersion;
    switch (m.type) {
    case SessionMessage::StartSessionInit:
        if (m.initiatorNonce() == 0 || !versionOk) {
            events.append({Event::Kind::Ignored, {}, BackendText::tr("a StartSessionInit without a nonce or version 1")});
            return;
        }
        if (m_state == State::StartSent) {
            // Both sides started: the lower initiator nonce wins.
            if (m.initiatorNonce() > m_nonce) {
                events.append({Event::Kind::Ignored, {}, BackendText::tr("both sides started a session; ours wins")});
                return;
            }
            if (m.initiatorNonce() == m_nonce) {
                replies.append(startSession());
                return;
            }
        }
        replies.append(reply(m.initiatorNonce()));
        events.append({Event::Kind::Established, {}, {}});
        return;
    case SessionMessage::StartSessionReply:
        if (m.responderNonce() == 0) {
            events.append({Event::Kind::Ignored, {}, BackendText::tr("a StartSessionReply with responder nonce 0")});
            return;
        }
        if (m_state == State::Established) {
            m_state = State::Reset;
            events.append({Event::Kind::Terminated, {}, BackendText::tr("a StartSessionReply inside the session reset it")});
            return;
        }
        if (m_state != State::StartSent || m.initiatorNonce() != m_nonce || !versionOk) {
            events.append({Event::Kind::Ignored,
                           {},
                           BackendText::tr("a StartSessionReply for nonce 0x%1, not ours")
                               .arg(m.initiatorNonce(), 2, 16, QLatin1Char('0'))});
            return;
        }
        m_sessionId = m.sessionId;
        m_state = State::Established;
        events.append({Event::Kind::Established, {}, {}});
        return;
    case SessionMessage::TerminateSession:
        if (m_state == State::Established) {
            m_state = State::NoSession;
            events.append({Event::Kind::Terminated, {}, BackendText::tr("the other side ended the session")});
        }
        return;
    case SessionMessage::Log:
        if (m.sessionId == 0 || m.sessionId == m_sessionId)
            events.append({Event::Kind::Log, m.body, {}});
        return;
    default:
        if (m.type == SessionMessage::Normal && m_state == State::Established && m.sessionId == m_sessionId)
            events.append({Event::Kind::Normal, m.body, {}});
        else if (!SessionMessage::isKnownType(m.type))
            events.append(
                {Event::Kind::Ignored, {}, BackendText::tr("unknown message type 0x%1").arg(m.type, 2, 16, QLatin1Char('0'))});
        else
            events.append(
                {Event::Kind::Ignored, {}, BackendText::tr("%1 outside our session").arg(SessionMessage::typeName(m.type))});
        return;
    }
}

Result<QByteArray> Session::normal(QByteArrayView body) const
{
    if (m_state != State::Established)
        return Error(Error::Code::Protocol, BackendText::tr("no session is established: a Normal message would be dropped"));
    return SessionMessage::encode(m_sessionId, SessionMessage::Normal, body);
}

QByteArray Session::log(QByteArrayView text) const
{
    return SessionMessage::encode(0, SessionMessage::Log, text);
}

} // namespace mtvw::micro
