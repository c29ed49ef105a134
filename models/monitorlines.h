#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// The serial monitor's history: lines with when they came and whose they are, packed in blocks
// of kBlockLines (one byte array and one small index each), so a million lines cost their text
// and 16 bytes each. A copy is a cheap snapshot (the blocks are shared) that a background job can
// read while the live one grows. Lines are numbered from the first ever kept (seq); the oldest
// go a whole block at a time.
class MonitorLines
{
public:
    enum class Kind : quint8 { Device, Host, Notice };
    static constexpr qsizetype kBlockLines = 8192;
    static constexpr qsizetype kMaxLine = 4096; // longer lines are split

    struct Line
    {
        qint64 timeUs = 0;
        Kind kind = Kind::Device;
        QByteArrayView bytes; // valid while the snapshot it came from lives
    };

    qint64 firstSeq() const { return m_firstSeq; }
    qint64 endSeq() const { return m_firstSeq + m_count; }
    qint64 size() const { return m_count; }
    qint64 bytes() const { return m_bytes; }
    Line line(qint64 seq) const;
    void append(Kind kind, qint64 timeUs, QByteArrayView bytes);
    // How many lines trim(cap) would drop: whole blocks, while more than cap lines remain.
    qint64 overBy(qint64 cap) const;
    void trim(qint64 cap);
    void clear();

private:
    struct Ref
    {
        qint64 timeUs;
        quint32 offset;
        quint32 lengthAndKind; // length << 2 | kind
    };
    struct Block
    {
        QByteArray data;
        QList<Ref> refs;
    };
    QList<Block> m_blocks;
    qint64 m_firstSeq = 0;
    qint64 m_count = 0;
    qint64 m_bytes = 0;
};
