#include "framer.h"

#include "crc16.h"

#include <QtEndian>

namespace mtvw::micro {

namespace {

// Appends bytes with every FF doubled; returns the CRC over what was appended.
quint16 appendEscaped(QByteArray &out, QByteArrayView bytes, quint16 crc)
{
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    while (p < end) {
        const char *ff = static_cast<const char *>(memchr(p, 0xFF, size_t(end - p)));
        const char *runEnd = ff ? ff + 1 : end;
        out.append(p, runEnd - p);
        crc = Crc16::update(crc, QByteArrayView(p, runEnd - p));
        if (ff) {
            out.append(char(Framer::kEscape));
            crc = Crc16::update(crc, Framer::kEscape);
        }
        p = runEnd;
    }
    return crc;
}

} // namespace

QByteArray Framer::frame(QByteArrayView payload)
{
    QByteArray out;
    out.reserve(payload.size() + payload.size() / 64 + 16);
    if (!m_started) {
        out.append(char(kNop));
        m_started = true;
    }
    const char start[2] = {char(kEscape), char(kStart)};
    out.append(start, 2);
    quint16 crc = Crc16::of(QByteArrayView(start, 2));
    char length[4];
    qToLittleEndian<quint32>(quint32(payload.size()), length);
    crc = appendEscaped(out, QByteArrayView(length, 4), crc);
    crc = appendEscaped(out, payload, crc);
    char crcBytes[2];
    qToLittleEndian<quint16>(crc, crcBytes);
    appendEscaped(out, QByteArrayView(crcBytes, 2), 0);
    return out;
}

} // namespace mtvw::micro
