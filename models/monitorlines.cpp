#include "monitorlines.h"

MonitorLines::Line MonitorLines::line(qint64 seq) const
{
    const qint64 at = seq - m_firstSeq;
    if (at < 0 || at >= m_count)
        return {};
    const Block &b = m_blocks[qsizetype(at / kBlockLines)];
    const Ref &r = b.refs[qsizetype(at % kBlockLines)];
    return Line{r.timeUs, Kind(r.lengthAndKind & 3), QByteArrayView(b.data.constData() + r.offset, r.lengthAndKind >> 2)};
}

void MonitorLines::append(Kind kind, qint64 timeUs, QByteArrayView bytes)
{
    do {
        const QByteArrayView piece = bytes.first(std::min(bytes.size(), kMaxLine));
        bytes = bytes.sliced(piece.size());
        if (m_blocks.isEmpty() || m_blocks.last().refs.size() == kBlockLines) {
            m_blocks.append(Block{});
            m_blocks.last().refs.reserve(kBlockLines);
        }
        Block &b = m_blocks.last();
        b.refs.append(Ref{timeUs, quint32(b.data.size()), quint32(piece.size()) << 2 | quint32(kind)});
        b.data.append(piece.data(), piece.size());
        ++m_count;
        m_bytes += piece.size();
    } while (!bytes.isEmpty());
}

qint64 MonitorLines::overBy(qint64 cap) const
{
    qint64 drop = 0;
    for (const Block &b : m_blocks) {
        if (m_count - drop - b.refs.size() < cap || &b == &m_blocks.last())
            break;
        drop += b.refs.size();
    }
    return drop;
}

void MonitorLines::trim(qint64 cap)
{
    const qint64 drop = overBy(cap);
    qint64 dropped = 0;
    while (dropped < drop) {
        dropped += m_blocks.first().refs.size();
        m_bytes -= m_blocks.first().data.size();
        m_blocks.removeFirst();
    }
    m_firstSeq += dropped;
    m_count -= dropped;
}

void MonitorLines::clear()
{
    m_firstSeq += m_count;
    m_count = 0;
    m_bytes = 0;
    m_blocks.clear();
}
