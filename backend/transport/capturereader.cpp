#include "capturereader.h"

#include "core/tr.h"

#include <QFile>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace mtvw::transport {

namespace {

constexpr quint32 kSectionHeader = 0x0A0D0D0A;
constexpr quint32 kInterface = 1;
constexpr quint32 kSimplePacket = 3;
constexpr quint32 kEnhancedPacket = 6;

Error broken(qint64 offset, const QString &why)
{
    return Error(Error::Code::Corrupt, BackendText::tr("capture broken at byte %1: %2").arg(offset).arg(why));
}

} // namespace

quint32 CaptureReader::u32(const char *p) const
{
    return m_bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
}

quint16 CaptureReader::u16(const char *p) const
{
    return m_bigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
}

bool CaptureReader::isPcapng(QByteArrayView head)
{
    return head.size() >= 4 && qFromLittleEndian<quint32>(head.data()) == kSectionHeader;
}

Result<void> CaptureReader::feed(QByteArrayView bytes, QList<CaptureChunk> &chunks)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        // Every block has at least 12 bytes: type, length and (a section header) its byte order.
        const qsizetype want = m_blockLength ? qsizetype(m_blockLength) : 12;
        const qsizetype take = std::min(want - m_buffer.size(), bytes.size() - at);
        m_buffer.append(bytes.data() + at, take);
        at += take;
        m_position += take;
        if (m_buffer.size() < want)
            continue;
        if (!m_blockLength) {
            const quint32 type = qFromLittleEndian<quint32>(m_buffer.constData()); // the same read either way
            if (type == kSectionHeader) {
                const quint32 magic = qFromLittleEndian<quint32>(m_buffer.constData() + 8);
                if (magic != 0x1A2B3C4D && magic != 0x4D3C2B1A)
                    return broken(m_blockOffset, BackendText::tr("unknown byte-order magic"));
                m_bigEndian = magic == 0x4D3C2B1A;
            } else if (!m_sawSection) {
                return broken(m_blockOffset, BackendText::tr("not a pcapng file (no section header block)"));
            }
            m_blockLength = u32(m_buffer.constData() + 4);
            if (m_blockLength < 12 || m_blockLength % 4 != 0 || m_blockLength > kMaxBlock)
                return broken(m_blockOffset, BackendText::tr("a block of %1 bytes (blocks are 12 to %2 bytes, a multiple of 4)")
                                                 .arg(m_blockLength)
                                                 .arg(kMaxBlock));
            if (m_blockLength > 12)
                continue;
        }
        const qsizetype length = qsizetype(m_blockLength);
        if (u32(m_buffer.constData() + length - 4) != m_blockLength)
            return broken(m_blockOffset, BackendText::tr("the block's two lengths differ"));
        if (auto ok = block(u32(m_buffer.constData()), QByteArrayView(m_buffer).sliced(8, length - 12), chunks); !ok)
            return ok;
        m_buffer.clear();
        m_blockLength = 0;
        m_blockOffset = m_position;
    }
    return {};
}

Result<void> CaptureReader::finish() const
{
    if (!m_buffer.isEmpty())
        return Error(Error::Code::Corrupt, BackendText::tr("the capture stops inside its last block (at byte %1 of %2): "
                                                           "everything before it was read")
                                               .arg(m_blockOffset)
                                               .arg(m_position));
    if (!m_sawSection)
        return Error(Error::Code::Corrupt, BackendText::tr("the capture is empty"));
    return {};
}

Result<void> CaptureReader::block(quint32 type, QByteArrayView body, QList<CaptureChunk> &chunks)
{
    const char *p = body.data();
    const qsizetype n = body.size();
    if (type == kSectionHeader) {
        m_sawSection = true;
        m_interfaces.clear(); // a new section numbers its interfaces afresh
        return {};
    }
    if (!m_sawSection)
        return broken(m_blockOffset, BackendText::tr("a block before the section header"));
    // Options: code, length, value padded to 4; calls f for each.
    auto options = [this, p, n](qsizetype from, const auto &f) {
        while (from + 4 <= n) {
            const quint16 code = u16(p + from), length = u16(p + from + 2);
            if (code == 0 || from + 4 + length > n)
                return;
            f(code, QByteArrayView(p + from + 4, length));
            from += 4 + ((length + 3) & ~3);
        }
    };
    if (type == kInterface) {
        if (n < 8)
            return broken(m_blockOffset, BackendText::tr("an interface block of %1 bytes").arg(n + 12));
        Interface i;
        i.linkType = u16(p);
        options(8, [&i](quint16 code, QByteArrayView v) {
            if (code == 2)
                i.name = QString::fromUtf8(v);
            if (code == 9 && v.size() >= 1) {
                const quint8 r = quint8(v[0]);
                const int exponent = r & 0x7F;
                if (r & 0x80)
                    i.unitsPerSecond = exponent < 62 ? qint64(1) << exponent : 0;
                else
                    i.unitsPerSecond = exponent <= 18 ? qint64(std::pow(10.0, exponent) + 0.5) : 0;
            }
        });
        if (m_interfaces.size() >= 4096)
            return broken(m_blockOffset, BackendText::tr("more than 4096 interfaces"));
        m_interfaces.append(i);
        return {};
    }
    if (type == kEnhancedPacket || type == kSimplePacket) {
        CaptureChunk c;
        c.fileOffset = m_blockOffset;
        qsizetype dataAt = 0;
        quint32 captured = 0;
        if (type == kEnhancedPacket) {
            if (n < 20)
                return broken(m_blockOffset, BackendText::tr("a packet block of %1 bytes").arg(n + 12));
            const quint32 interface = u32(p);
            const quint64 ts = (quint64(u32(p + 4)) << 32) | u32(p + 8);
            captured = u32(p + 12);
            dataAt = 20;
            if (interface >= quint32(m_interfaces.size()))
                return broken(m_blockOffset,
                              BackendText::tr("a packet on interface %1, which was never described").arg(interface));
            c.interface = int(interface);
            const qint64 units = m_interfaces[c.interface].unitsPerSecond;
            // In microseconds; a stamp past what 63 bits hold (year 292277) is taken as unknown.
            const double us = units > 0 ? double(ts) * 1e6 / double(units) : -1;
            c.timeUs = units == 1000000 && ts <= quint64(std::numeric_limits<qint64>::max()) ? qint64(ts)
                       : us >= 0 && us < 9.2e18                                              ? qint64(us)
                                                                                             : -1;
        } else {
            if (n < 4 || m_interfaces.isEmpty())
                return broken(m_blockOffset, BackendText::tr("a simple packet block without an interface"));
            captured = std::min(u32(p), quint32(n - 4)); // the original length: the block pads to 4
            dataAt = 4;
        }
        if (qint64(captured) > n - dataAt)
            return broken(m_blockOffset, BackendText::tr("a packet of %1 bytes in a block of %2").arg(captured).arg(n + 12));
        c.bytes = QByteArray(p + dataAt, captured);
        c.directionKnown = false;
        if (type == kEnhancedPacket)
            options(dataAt + ((qsizetype(captured) + 3) & ~3), [&c, this](quint16 code, QByteArrayView v) {
                if (code == 2 && v.size() == 4) {
                    const quint32 dir = u32(v.data()) & 3;
                    c.directionKnown = dir == 1 || dir == 2;
                    c.direction = dir == 2 ? Direction::FromHost : Direction::FromDevice;
                }
            });
        chunks.append(std::move(c));
    }
    return {}; // other blocks (statistics, name resolution, custom) carry nothing we show
}

Result<void> CaptureReader::readFile(const QString &path, const std::function<void(const CaptureChunk &)> &sink,
                                     CaptureReader *reader)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, BackendText::tr("cannot read %1: %2").arg(path, file.errorString()));
    CaptureReader local;
    CaptureReader &r = reader ? *reader : local;
    QList<CaptureChunk> chunks;
    QByteArray piece;
    while (!(piece = file.read(1 << 20)).isEmpty()) {
        chunks.clear();
        const Result<void> ok = r.feed(piece, chunks);
        for (const CaptureChunk &c : std::as_const(chunks))
            sink(c);
        if (!ok)
            return ok.error().prefixed(path);
    }
    if (auto ok = r.finish(); !ok)
        return ok.error().prefixed(path);
    return {};
}

} // namespace mtvw::transport
