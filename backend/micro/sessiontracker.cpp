#include "sessiontracker.h"

#include "core/tr.h"

namespace mtvw::micro {

namespace {

QString hex(unsigned v, int width)
{
    return QStringLiteral("0x%1").arg(v, width, 16, QLatin1Char('0'));
}

} // namespace

SessionTracker::Verdict SessionTracker::observe(const SessionMessage &m, bool fromHost)
{
    using mtvw::BackendText;
    Verdict v;
    switch (m.type) {
    case SessionMessage::StartSessionInit:
        if (m.initiatorNonce() == 0 || m.body.size() != 1) {
            v.problem = BackendText::tr("a StartSessionInit needs a non-zero nonce and a 1-byte version; ignored");
            return v;
        }
        if (quint8(m.body[0]) != SessionMessage::kVersion)
            v.problem = BackendText::tr("session version %1, not 1: the other side ignores it").arg(quint8(m.body[0]));
        m_state = State::Starting;
        m_initNonce = m.initiatorNonce();
        m_initFromHost = fromHost;
        v.note = BackendText::tr("starts a session with nonce %1").arg(hex(m_initNonce, 2));
        return v;
    case SessionMessage::StartSessionReply:
        if (m.responderNonce() == 0) {
            v.problem = BackendText::tr("a reply with responder nonce 0 is discarded");
            return v;
        }
        if (m_state == State::Established) {
            m_state = State::None;
            v.problem = BackendText::tr("a StartSessionReply inside session %1 drops the session").arg(hex(m_sessionId, 4));
            return v;
        }
        if (m_state != State::Starting || m_initFromHost == fromHost) {
            v.problem = BackendText::tr("a StartSessionReply that answers no StartSessionInit; ignored");
            return v;
        }
        if (m.initiatorNonce() != m_initNonce) {
            v.problem = BackendText::tr("the reply names nonce %1, but the StartSessionInit sent %2: not accepted")
                            .arg(hex(m.initiatorNonce(), 2), hex(m_initNonce, 2));
            return v;
        }
        if (m.body.size() != 1 || quint8(m.body[0]) != SessionMessage::kVersion) {
            v.problem = BackendText::tr("a StartSessionReply without version 1: not accepted");
            return v;
        }
        m_state = State::Established;
        m_sessionId = m.sessionId;
        v.note = BackendText::tr("session %1 established").arg(hex(m_sessionId, 4));
        return v;
    case SessionMessage::TerminateSession:
        if (m_state == State::Established) {
            v.note =
                fromHost
                    ? BackendText::tr("the host ends session %1").arg(hex(m_sessionId, 4))
                    : BackendText::tr("the device ends session %1: it rebooted, or its server stopped").arg(hex(m_sessionId, 4));
            if (!fromHost)
                v.problem = BackendText::tr("the device terminated the session (a reboot?)");
        } else {
            v.note = fromHost ? BackendText::tr("the host resets: no session") : BackendText::tr("the device starts: no session");
            // A start the other side made stays pending: a device announces its boot and may
            // still answer a StartSessionInit that crossed the announcement on the wire.
            if (m_state == State::Starting && m_initFromHost != fromHost)
                return v;
        }
        m_state = State::None;
        m_sessionId = 0;
        return v;
    case SessionMessage::Log:
        if (m.sessionId != 0 && (m_state != State::Established || m.sessionId != m_sessionId)) {
            v.delivered = false;
            v.problem = BackendText::tr("a Log message with session id %1 is dropped (Log uses 0)").arg(hex(m.sessionId, 4));
        }
        return v;
    default:
        if (m_state != State::Established) {
            v.delivered = false;
            v.problem = BackendText::tr("%1 outside a session: the receiver does not deliver it (TVM's CRT then stops "
                                        "reading, spec 4.2)")
                            .arg(SessionMessage::typeName(m.type));
        } else if (m.sessionId != m_sessionId) {
            v.delivered = false;
            v.problem = BackendText::tr("%1 with session id %2, but the session is %3: not delivered")
                            .arg(SessionMessage::typeName(m.type), hex(m.sessionId, 4), hex(m_sessionId, 4));
        } else if (!SessionMessage::isKnownType(m.type)) {
            v.problem = BackendText::tr("unknown message type %1").arg(hex(m.type, 2));
        }
        return v;
    }
}

} // namespace mtvw::micro
