#pragma once

#include <QCoreApplication>
#include <QStringList>

// mtvw-cli's commands on what a board says: decode (a capture, or a raw byte file of one
// direction, message by message), ports (the serial ports and the boards they match) and monitor
// (a serial port's text or hex, live, optionally captured) and session (the host's connect
// sequence on a port or a device program, then the device's Log messages). Exit codes: 0 success, 2 error (message on stderr).
class WireCommands
{
    Q_DECLARE_TR_FUNCTIONS(WireCommands)

public:
    int decode(const QStringList &args);
    int ports(const QStringList &args);
    int monitor(const QStringList &args);
    int session(const QStringList &args);
    int timing(const QStringList &args);
};
