#pragma once

#include <QByteArrayView>

namespace mtvw::micro {

// CRC-16/CCITT-FALSE (polynomial 0x1021, most significant bit first, initial value 0xFFFF, no
// final XOR), the checksum of microTVM's framing: "123456789" gives 0x29B1.
class Crc16
{
public:
    static constexpr quint16 kInitial = 0xFFFF;
    static quint16 update(quint16 crc, QByteArrayView bytes);
    static quint16 update(quint16 crc, quint8 byte);
    static quint16 of(QByteArrayView bytes) { return update(kInitial, bytes); }
};

} // namespace mtvw::micro
