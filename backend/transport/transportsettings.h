#pragma once

#include <QString>
#include <QStringList>

namespace mtvw::transport {

// How to reach a board, captured on the caller's thread; a transport reads it once, when it
// opens.
struct TransportSettings
{
    enum class Kind { Serial, Subprocess, Replay };
    Kind kind = Kind::Serial;

    // Serial: the port (/dev/ttyACM0), its line settings, and the lines the host drives.
    QString port;
    qint32 baud = 115200;
    int dataBits = 8;
    char parity = 'N'; // N, E, O, S, M
    int stopBits = 1;  // 1, 2 (3: one and a half)
    bool hardwareFlow = false;
    bool dtr = true;
    bool rts = true;
    // A port that vanishes (unplugged, or re-enumerated by a flash) is waited for this long and
    // reopened when the same device returns (same serial number, or same VID:PID and location).
    int reattachMs = 30000;

    // Subprocess: a program that speaks the device side on its stdin and stdout.
    QString program;
    QStringList arguments;

    // Replay: a capture, delivered at its recorded pace or as fast as possible.
    QString file;
    bool realtime = false;
    // For watching rather than talking: the host's recorded bytes come too (as bytesWritten),
    // and both directions carry the times the capture recorded instead of now.
    bool replayAsRecorded = false;

    QString describe() const; // "serial /dev/ttyACM0 115200 8N1", as captures name the interface
};

} // namespace mtvw::transport
