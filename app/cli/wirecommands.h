#pragma once

#include <QCoreApplication>
#include <QStringList>

// mtvw-cli's commands on what a board says: decode (a capture, or a raw byte file of one
// direction, message by message). Exit codes: 0 success, 2 error (message on stderr).
class WireCommands
{
    Q_DECLARE_TR_FUNCTIONS(WireCommands)

public:
    int decode(const QStringList &args);
};
