#include "crc16.h"

#include <array>

namespace mtvw::micro {

namespace {

// table[i]: the CRC register after shifting the byte i through it, eight steps.
constexpr std::array<quint16, 256> makeTable()
{
    std::array<quint16, 256> table{};
    for (int i = 0; i < 256; ++i) {
        quint16 r = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            r = (r & 0x8000) ? quint16((r << 1) ^ 0x1021) : quint16(r << 1);
        table[i] = r;
    }
    return table;
}

constexpr std::array<quint16, 256> kTable = makeTable();

} // namespace

quint16 Crc16::update(quint16 crc, quint8 byte)
{
    return quint16((crc << 8) ^ kTable[((crc >> 8) ^ byte) & 0xFF]);
}

quint16 Crc16::update(quint16 crc, QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    for (qsizetype i = 0, n = bytes.size(); i < n; ++i)
        crc = quint16((crc << 8) ^ kTable[((crc >> 8) ^ p[i]) & 0xFF]);
    return crc;
}

} // namespace mtvw::micro
