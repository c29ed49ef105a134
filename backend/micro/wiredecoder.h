#pragma once

#include "core/direction.h"
#include "rpcdecoder.h"
#include "sessiontracker.h"
#include "unframer.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace mtvw::micro {

using mtvw::Direction;

// One message of a connection as a person reads it: when, which way, the innermost layer that
// decoded it, its type, a summary, what was wrong with it, and the bytes it spans in its
// direction's stream.
struct WireRecord
{
    enum class Layer { Text, Framing, Session, Rpc };
    qint64 timeUs = -1; // when the bytes that completed it arrived (microseconds since the epoch)
    Direction direction = Direction::FromDevice;
    Layer layer = Layer::Framing;
    QString type;    // "Log", "StartSessionInit", "CallFunc", "CRC error", "text", …
    QString summary; // one line
    QString problem; // empty when the message is sound
    QStringList details;
    qint64 begin = 0; // [begin, end): offsets in this direction's byte stream
    qint64 end = 0;
    quint16 sessionId = 0;

    static QString layerName(Layer layer);
    static QString directionName(Direction direction); // "device", "host"
};

// Decodes both directions of one connection, framing, session and RPC, as bytes come in any
// pieces; what is not framed is shown as text lines. Pure: it knows no transport or file.
class WireDecoder
{
public:
    static constexpr qsizetype kMaxTextLine = 1024;
    explicit WireDecoder(qint64 maxPayload = 16 * 1024 * 1024);

    void feed(Direction direction, QByteArrayView bytes, qint64 timeUs, QList<WireRecord> &out);
    // The end of the capture: open packets and text lines are reported.
    void finish(QList<WireRecord> &out);
    // The function names the RPC replies so far gave, by handle.
    const QHash<quint64, QString> &names() const { return m_rpc.names(); }

private:
    struct Stream
    {
        explicit Stream(qint64 maxPayload)
            : unframer(maxPayload)
        {}
        Unframer unframer;
        QByteArray line; // text not yet ended by a newline
        qint64 lineBegin = 0;
        qint64 lastTimeUs = -1;
    };
    void handle(Direction direction, Stream &s, const FrameEvent &e, qint64 timeUs, QList<WireRecord> &out);
    void text(Direction direction, Stream &s, const FrameEvent &e, qint64 timeUs, QList<WireRecord> &out);
    void flushLine(Direction direction, Stream &s, qint64 timeUs, QList<WireRecord> &out);
    Stream &stream(Direction d) { return d == Direction::FromHost ? m_host : m_device; }

    Stream m_device, m_host;
    SessionTracker m_session;
    RpcDecoder m_rpc;
    QList<FrameEvent> m_events;
};

} // namespace mtvw::micro
