#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mtvw::micro {

// One message of microTVM's session layer (spec 4.2): the framed payload's 3-byte header
// (session id u16 LE: the initiator's nonce low, the responder's high; the message type) and
// its body.
struct SessionMessage
{
    enum Type : quint8 {
        StartSessionInit = 0x00,
        StartSessionReply = 0x01,
        TerminateSession = 0x02,
        Log = 0x03,
        Normal = 0x10,
    };
    static constexpr quint8 kVersion = 0x01;
    static constexpr int kHeaderBytes = 3;

    quint16 sessionId = 0;
    quint8 type = 0;
    QByteArray body;

    quint8 initiatorNonce() const { return quint8(sessionId & 0xFF); }
    quint8 responderNonce() const { return quint8(sessionId >> 8); }

    static Result<SessionMessage> parse(QByteArrayView payload);
    static QByteArray encode(quint16 sessionId, quint8 type, QByteArrayView body = {});
    static QString typeName(quint8 type); // "StartSessionInit", …; "type 0x42" when unknown
    static bool isKnownType(quint8 type);
    // The next nonce, as both sides regenerate theirs: rotate by 5, add 1, never 0.
    static quint8 nextNonce(quint8 nonce);
};

} // namespace mtvw::micro
