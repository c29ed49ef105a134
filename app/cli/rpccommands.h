#pragma once

#include <QCoreApplication>
#include <QStringList>

// mtvw-cli's host-driven commands over TVM RPC (spec 4.4), on a generated project's own
// transport (DIR), a serial port (--port) or a device program on stdin/stdout (--exec):
//   rpc TARGET call NAME [ARG…]  a function by name (a global one, else the system library's)
//   rpc TARGET list --archive A  the archive's operator functions the device has
//   infer TARGET [--input FILE]  the model once through the device's AOT executor
//   profile TARGET               each operator's and the model's time on the device
// Exit codes: 0 success, 2 error (message on stderr).
class RpcCommands
{
    Q_DECLARE_TR_FUNCTIONS(RpcCommands)

public:
    int rpc(const QStringList &args);
    int infer(const QStringList &args);
    int profile(const QStringList &args);
};
