#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace mtvw::micro {

// One thing the unframer found in the byte stream, with where it lies: [begin, end) are offsets
// from the first byte ever fed, so a view can point at the bytes.
struct FrameEvent
{
    enum class Kind {
        Packet,  // a whole packet; crcOk false: its CRC did not match (the receiver drops it)
        Error,   // a packet cut short or broken (error says how); the unframer looks for the next start
        Skipped, // bytes outside any packet (text, noise); bare FE nops are not reported
    };
    // What broke a packet, with the code TVM's CRT unframer returns for it.
    enum class Error : quint16 {
        None = 0,
        ShortPacket = 0x201,   // FF FD inside a packet: a new one starts there
        InvalidEscape = 0x202, // FF followed by anything but FF, FE or FD
        Incomplete = 0x204,    // the stream ended inside the packet
        TooLong = 0x301,       // the length is over the receive buffer (TVM's WriteStream "long write")
    };

    Kind kind = Kind::Packet;
    qint64 begin = 0;
    qint64 end = 0;
    QByteArray payload;         // Packet: the unescaped payload
    qint64 declaredLength = -1; // Packet, Error: the packet's length field, when it was read
    bool crcOk = true;
    quint16 crcReceived = 0;
    quint16 crcComputed = 0;
    Error error = Error::None;
    quint8 escapedByte = 0; // InvalidEscape: the byte after FF
    QByteArray skipped;     // Skipped: the bytes (a run longer than kMaxSkippedRun comes in pieces)
};

// microTVM's framing, receiving side (spec 4.1), as a push decoder: feed() bytes as they come,
// in pieces of any size; events come out in stream order. Payloads longer than maxPayload are
// refused at their length field and never buffered, so memory stays bounded whatever arrives.
class Unframer
{
public:
    static constexpr qsizetype kMaxSkippedRun = 4096;
    explicit Unframer(qint64 maxPayload = 16 * 1024 * 1024);

    void feed(QByteArrayView bytes, QList<FrameEvent> &events);
    // The end of the stream: a packet still open is reported as Incomplete.
    void finish(QList<FrameEvent> &events);
    void reset();

    // How many bytes complete the current step (what TVM's host asks read_transport for).
    qint64 bytesNeeded() const;
    qint64 position() const { return m_position; }
    qint64 maxPayload() const { return m_maxPayload; }

private:
    enum class State { FindStart, Length, Payload, Crc };
    void startPacket(qint64 at);
    void endPacket(QList<FrameEvent> &events, qint64 end);
    void fail(QList<FrameEvent> &events, FrameEvent::Error error, qint64 end, quint8 byte = 0);
    void flushSkipped(QList<FrameEvent> &events);
    void skip(quint8 byte, qint64 at, QList<FrameEvent> &events);

    qint64 m_maxPayload;
    qint64 m_position = 0;
    State m_state = State::FindStart;
    bool m_escaped = false; // an FF was the last byte
    qint64 m_escapeAt = 0;  // where that FF lies
    quint16 m_crc = 0;
    qint64 m_packetBegin = 0;
    quint8 m_field[4] = {};
    int m_fieldBytes = 0;
    qint64 m_length = 0;
    QByteArray m_payload;
    QByteArray m_skipped;
    qint64 m_skippedBegin = 0;
    bool m_skippedOnlyNops = true;
};

} // namespace mtvw::micro
