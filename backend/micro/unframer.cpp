#include "unframer.h"

#include "crc16.h"
#include "framer.h"

#include <cstring>

namespace mtvw::micro {

Unframer::Unframer(qint64 maxPayload)
    : m_maxPayload(maxPayload)
{}

void Unframer::reset()
{
    m_state = State::FindStart;
    m_escaped = false;
    m_fieldBytes = 0;
    m_payload.clear();
    m_skipped.clear();
    m_skippedOnlyNops = true;
}

qint64 Unframer::bytesNeeded() const
{
    switch (m_state) {
    case State::FindStart: return 1;
    case State::Length: return 4 - m_fieldBytes;
    case State::Payload: return std::max<qint64>(1, m_length - m_payload.size());
    case State::Crc: return 2 - m_fieldBytes;
    }
    return 1;
}

void Unframer::startPacket(qint64 at)
{
    static const char start[2] = {char(Framer::kEscape), char(Framer::kStart)};
    m_state = State::Length;
    m_escaped = false;
    m_packetBegin = at;
    m_crc = Crc16::of(QByteArrayView(start, 2));
    m_fieldBytes = 0;
    m_length = -1;
    m_payload.clear();
}

void Unframer::endPacket(QList<FrameEvent> &events, qint64 end)
{
    FrameEvent e;
    e.kind = FrameEvent::Kind::Packet;
    e.begin = m_packetBegin;
    e.end = end;
    e.declaredLength = m_length;
    e.crcReceived = quint16(m_field[0] | (m_field[1] << 8));
    e.crcComputed = m_crc;
    e.crcOk = e.crcReceived == e.crcComputed;
    e.payload = std::move(m_payload);
    m_payload = QByteArray();
    events.append(std::move(e));
    m_state = State::FindStart;
    m_skippedBegin = end;
}

void Unframer::fail(QList<FrameEvent> &events, FrameEvent::Error error, qint64 end, quint8 byte)
{
    FrameEvent e;
    e.kind = FrameEvent::Kind::Error;
    e.begin = m_packetBegin;
    e.end = end;
    e.declaredLength = m_length;
    e.error = error;
    e.escapedByte = byte;
    events.append(std::move(e));
    m_payload.clear();
    m_state = State::FindStart;
    m_escaped = false;
    m_skippedBegin = end;
}

void Unframer::flushSkipped(QList<FrameEvent> &events)
{
    if (!m_skipped.isEmpty() && !m_skippedOnlyNops) {
        FrameEvent e;
        e.kind = FrameEvent::Kind::Skipped;
        e.begin = m_skippedBegin;
        e.end = m_skippedBegin + m_skipped.size();
        e.skipped = std::move(m_skipped);
        events.append(std::move(e));
    }
    m_skippedBegin += m_skipped.size();
    m_skipped.clear();
    m_skippedOnlyNops = true;
}

void Unframer::skip(quint8 byte, qint64 at, QList<FrameEvent> &events)
{
    // Nops (FE) and other bytes go in separate runs: a run of nops alone is not reported.
    if (!m_skipped.isEmpty() && (byte == Framer::kNop) != m_skippedOnlyNops)
        flushSkipped(events);
    if (m_skipped.isEmpty())
        m_skippedBegin = at;
    m_skipped.append(char(byte));
    m_skippedOnlyNops = m_skippedOnlyNops && byte == Framer::kNop;
    if (m_skipped.size() >= kMaxSkippedRun)
        flushSkipped(events);
}

void Unframer::feed(QByteArrayView bytes, QList<FrameEvent> &events)
{
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const qint64 at = m_position + i;
        // The fast path: plain payload bytes up to the next FF, appended and summed at once.
        if (m_state == State::Payload && !m_escaped) {
            const qsizetype want = qsizetype(std::min<qint64>(m_length - m_payload.size(), n - i));
            const void *ff = std::memchr(p + i, 0xFF, size_t(want));
            const qsizetype run = ff ? static_cast<const quint8 *>(ff) - (p + i) : want;
            if (run > 0) {
                m_payload.append(reinterpret_cast<const char *>(p + i), run);
                m_crc = Crc16::update(m_crc, QByteArrayView(p + i, run));
                i += run;
                if (m_payload.size() == m_length) {
                    m_state = State::Crc;
                    m_fieldBytes = 0;
                }
                continue;
            }
        }
        // The fast path between packets: bytes that are neither FF nor FE go in the run at once.
        if (m_state == State::FindStart && !m_escaped) {
            const qsizetype limit = std::min(n, i + (kMaxSkippedRun - m_skipped.size()));
            qsizetype j = i;
            while (j < limit && p[j] < Framer::kNop)
                ++j;
            if (j > i) {
                if (!m_skipped.isEmpty() && m_skippedOnlyNops)
                    flushSkipped(events);
                if (m_skipped.isEmpty())
                    m_skippedBegin = at;
                m_skipped.append(reinterpret_cast<const char *>(p + i), j - i);
                m_skippedOnlyNops = false;
                i = j;
                if (m_skipped.size() >= kMaxSkippedRun)
                    flushSkipped(events);
                continue;
            }
        }
        const quint8 b = p[i++];
        if (m_state == State::FindStart) {
            if (m_escaped) {
                m_escaped = false;
                if (b == Framer::kStart) {
                    // The FF before it was held back from the skipped run: it is the packet's.
                    flushSkipped(events);
                    startPacket(m_escapeAt);
                    continue;
                }
                skip(Framer::kEscape, m_escapeAt, events);
            }
            if (b == Framer::kEscape) {
                m_escaped = true;
                m_escapeAt = at;
            } else {
                skip(b, at, events);
            }
            continue;
        }
        // Inside a packet.
        if (m_state != State::Crc)
            m_crc = Crc16::update(m_crc, b);
        if (!m_escaped && b == Framer::kEscape) {
            m_escaped = true;
            m_escapeAt = at;
            continue;
        }
        if (m_escaped) {
            m_escaped = false;
            if (b == Framer::kNop)
                continue;
            if (b == Framer::kStart) {
                fail(events, FrameEvent::Error::ShortPacket, m_escapeAt);
                startPacket(m_escapeAt);
                continue;
            }
            if (b != Framer::kEscape) {
                fail(events, FrameEvent::Error::InvalidEscape, at + 1, b);
                continue;
            }
        }
        // b is one unescaped byte of the length, the payload or the CRC.
        switch (m_state) {
        case State::Length:
            m_field[m_fieldBytes++] = b;
            if (m_fieldBytes == 4) {
                m_length = qint64(m_field[0]) | qint64(m_field[1]) << 8 | qint64(m_field[2]) << 16 | qint64(m_field[3]) << 24;
                m_fieldBytes = 0;
                if (m_length > m_maxPayload) {
                    fail(events, FrameEvent::Error::TooLong, at + 1);
                    continue;
                }
                m_payload.reserve(qsizetype(m_length));
                m_state = m_length == 0 ? State::Crc : State::Payload;
            }
            break;
        case State::Payload:
            m_payload.append(char(b));
            if (m_payload.size() == m_length) {
                m_state = State::Crc;
                m_fieldBytes = 0;
            }
            break;
        case State::Crc:
            m_field[m_fieldBytes++] = b;
            if (m_fieldBytes == 2)
                endPacket(events, at + 1);
            break;
        case State::FindStart: break;
        }
    }
    m_position += n;
    if (m_state == State::FindStart)
        flushSkipped(events); // text between packets shows as it comes, not at the next packet
}

void Unframer::finish(QList<FrameEvent> &events)
{
    if (m_state != State::FindStart) {
        fail(events, FrameEvent::Error::Incomplete, m_position);
        return;
    }
    if (m_escaped) {
        m_escaped = false;
        skip(Framer::kEscape, m_escapeAt, events);
    }
    flushSkipped(events);
}

} // namespace mtvw::micro
