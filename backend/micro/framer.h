#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mtvw::micro {

// microTVM's framing, sending side (spec 4.1): FF FD, the payload's length (u32 LE), the
// payload, and a CRC-16 of those escaped bytes (u16 LE); inside length, payload and CRC every FF
// is sent twice. A fresh framer sends one bare FE first (the receiver's resynchronisation point).
class Framer
{
public:
    static constexpr quint8 kEscape = 0xFF;
    static constexpr quint8 kStart = 0xFD;
    static constexpr quint8 kNop = 0xFE;

    // The wire bytes of one packet.
    QByteArray frame(QByteArrayView payload);
    // The next packet starts with the bare FE again (as after a reset or a write error).
    void reset() { m_started = false; }

private:
    bool m_started = false;
};

} // namespace mtvw::micro
