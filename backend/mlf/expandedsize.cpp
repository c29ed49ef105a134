#include "mlf/expandedsize.h"

#include "core/checkedmath.h"

#include <QFile>

namespace mtvw::mlf {

namespace {

// Enough of the tail for the xz index of any real archive (16 bytes per block record).
constexpr qint64 kTailBytes = 1 << 20;
constexpr qint64 kHeadBytes = 18;

quint32 crc32(const QByteArray &b, qsizetype at, qsizetype n)
{
    quint32 crc = 0xffffffffu;
    for (qsizetype i = at; i < at + n; ++i) {
        crc ^= quint8(b[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

// An xz variable-length integer; false when it runs past the end or past 63 bits.
bool xzVarint(const QByteArray &b, qsizetype &pos, qsizetype end, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 63; shift += 7) {
        if (pos >= end)
            return false;
        const quint8 c = quint8(b[pos++]);
        value |= quint64(c & 0x7f) << shift;
        if (!(c & 0x80))
            return true;
    }
    return false;
}

qint64 xzBound(const QByteArray &tail)
{
    qsizetype end = tail.size();
    while (end >= 4 && tail.mid(end - 4, 4) == QByteArray(4, '\0'))
        end -= 4; // stream padding
    if (end < 12 || tail[end - 2] != 'Y' || tail[end - 1] != 'Z' || crc32(tail, end - 8, 6) != le32(tail, end - 12))
        return -1; // no footer, or the bytes of a file cut short
    const qint64 backward = (qint64(le32(tail, end - 8)) + 1) * 4;
    const qsizetype footer = end - 12;
    if (backward > footer)
        return -1; // the index is not within the bytes read
    qsizetype pos = footer - qsizetype(backward);
    if (tail[pos] != '\0')
        return -1; // not an index indicator
    ++pos;
    quint64 records = 0;
    if (!xzVarint(tail, pos, footer, records))
        return -1;
    qint64 total = 0;
    for (quint64 i = 0; i < records; ++i) {
        quint64 unpadded = 0;
        quint64 uncompressed = 0;
        if (!xzVarint(tail, pos, footer, unpadded) || !xzVarint(tail, pos, footer, uncompressed))
            return -1;
        total = saturatingAdd(total, qint64(uncompressed & 0x7fffffffffffffffULL));
    }
    return total;
}

qint64 zstdBound(const QByteArray &head)
{
    if (head.size() < 6 || !head.startsWith("\x28\xb5\x2f\xfd"))
        return -1;
    const quint8 fhd = quint8(head[4]);
    const int fcsFlag = fhd >> 6;
    const bool singleSegment = (fhd >> 5) & 1;
    static constexpr int kDictBytes[] = {0, 1, 2, 4};
    static constexpr int kFcsBytes[] = {0, 2, 4, 8};
    const int fcsBytes = fcsFlag == 0 ? (singleSegment ? 1 : 0) : kFcsBytes[fcsFlag];
    if (fcsBytes == 0)
        return -1;
    const qsizetype at = 5 + (singleSegment ? 0 : 1) + kDictBytes[fhd & 3];
    if (at + fcsBytes > head.size())
        return -1;
    quint64 v = 0;
    for (int i = fcsBytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(head[at + i]);
    if (fcsBytes == 2)
        v += 256;
    return qint64(v & 0x7fffffffffffffffULL);
}

} // namespace

qint64 expandedSizeFromBytes(const QString &filter, const QByteArray &head, const QByteArray &tail)
{
    if (filter == QLatin1String("xz"))
        return xzBound(tail);
    if (filter == QLatin1String("zstd"))
        return zstdBound(head);
    return -1;
}

qint64 expandedSizeLowerBound(const QString &filter, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = f.read(kHeadBytes);
    const qint64 size = f.size();
    if (!f.seek(std::max<qint64>(0, size - kTailBytes)))
        return -1;
    return expandedSizeFromBytes(filter, head, f.readAll());
}

} // namespace mtvw::mlf
