#include "crc16.h"

#include <array>

namespace mtvw::micro {

namespace {

// kTables[0][b]: the CRC register after shifting byte b through it, eight steps. kTables[k][b]:
// the same followed by k zero bytes. A register s fed bytes b0..b7 ends as
// kTables[7][b0 ^ s >> 8] ^ kTables[6][b1 ^ (s & 0xFF)] ^ kTables[5][b2] ^ … ^ kTables[0][b7]
// (the CRC is linear, and feeding bytes equals feeding zeros from the register XORed with
// them), so eight bytes cost eight lookups and no dependency chain between them.
constexpr std::array<std::array<quint16, 256>, 8> makeTables()
{
    std::array<std::array<quint16, 256>, 8> t{};
    for (int i = 0; i < 256; ++i) {
        quint16 r = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            r = (r & 0x8000) ? quint16((r << 1) ^ 0x1021) : quint16(r << 1);
        t[0][i] = r;
    }
    for (int k = 1; k < 8; ++k)
        for (int i = 0; i < 256; ++i)
            t[k][i] = quint16((t[k - 1][i] << 8) ^ t[0][(t[k - 1][i] >> 8) & 0xFF]);
    return t;
}

constexpr auto kTables = makeTables();

} // namespace

quint16 Crc16::update(quint16 crc, quint8 byte)
{
    return quint16((crc << 8) ^ kTables[0][((crc >> 8) ^ byte) & 0xFF]);
}

quint16 Crc16::update(quint16 crc, QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const quint8 *>(bytes.data());
    qsizetype n = bytes.size();
    for (; n >= 8; n -= 8, p += 8)
        crc = quint16(kTables[7][p[0] ^ (crc >> 8)] ^ kTables[6][p[1] ^ (crc & 0xFF)] ^ kTables[5][p[2]] ^ kTables[4][p[3]] ^
                      kTables[3][p[4]] ^ kTables[2][p[5]] ^ kTables[1][p[6]] ^ kTables[0][p[7]]);
    for (; n > 0; --n, ++p)
        crc = quint16((crc << 8) ^ kTables[0][((crc >> 8) ^ *p) & 0xFF]);
    return crc;
}

} // namespace mtvw::micro
