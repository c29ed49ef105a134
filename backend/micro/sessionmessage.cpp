#include "sessionmessage.h"

#include "core/tr.h"

#include <QtEndian>

namespace mtvw::micro {

Result<SessionMessage> SessionMessage::parse(QByteArrayView payload)
{
    if (payload.size() < kHeaderBytes)
        return Error(Error::Code::Malformed, BackendText::tr("a session message needs a 3-byte header, this one has %n byte(s)",
                                                             nullptr, int(payload.size())));
    SessionMessage m;
    m.sessionId = qFromLittleEndian<quint16>(payload.data());
    m.type = quint8(payload[2]);
    m.body = payload.sliced(kHeaderBytes).toByteArray();
    return m;
}

QByteArray SessionMessage::encode(quint16 sessionId, quint8 type, QByteArrayView body)
{
    QByteArray out(kHeaderBytes, Qt::Uninitialized);
    qToLittleEndian<quint16>(sessionId, out.data());
    out[2] = char(type);
    out.append(body.data(), body.size());
    return out;
}

bool SessionMessage::isKnownType(quint8 type)
{
    return type <= Log || type == Normal;
}

QString SessionMessage::typeName(quint8 type)
{
    switch (type) {
    case StartSessionInit: return QStringLiteral("StartSessionInit");
    case StartSessionReply: return QStringLiteral("StartSessionReply");
    case TerminateSession: return QStringLiteral("TerminateSession");
    case Log: return QStringLiteral("Log");
    case Normal: return QStringLiteral("Normal");
    default: return QStringLiteral("type 0x%1").arg(type, 2, 16, QLatin1Char('0'));
    }
}

quint8 SessionMessage::nextNonce(quint8 nonce)
{
    const unsigned n = unsigned(nonce);
    const quint8 next = quint8((((n << 5) | (n >> 5)) + 1) & 0xFF);
    return next == 0 ? 1 : next;
}

} // namespace mtvw::micro
