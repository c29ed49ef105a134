#pragma once

#include "core/result.h"
#include "micro/rpcvalue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace mtvw::micro {

// TVM RPC packets (spec 4.4) as the host sends them, and the device's replies read back. A CRT
// device hangs on a request it cannot decode (4.4.8), so every request is checked here before
// it exists: only the type codes a CRT reads, the argument lists its syscalls check, and sizes
// that fit in one packet.
class RpcPacket
{
public:
    enum Code : qint32 {
        Shutdown = 1,
        InitServer = 2,
        CallFunc = 3,
        Return = 4,
        Exception = 5,
        CopyFromRemote = 6,
        CopyToRemote = 7,
        CopyAck = 8,
        GetGlobalFunc = 9,
        FreeHandle = 10,
        DevSetDevice = 11,
        DevGetAttr = 12,
        DevAllocData = 13,
        DevFreeData = 14,
        DevStreamSync = 15,
        CopyAmongRemote = 16,
        DevAllocDataWithScope = 17,
    };
    static constexpr int kMaxArgs = 1024;
    static constexpr int kMaxDims = 32;

    struct Reply
    {
        qint32 code = 0;
        QList<RpcValue> values; // Return: the packed values
        QByteArray data;        // CopyAck: the bytes
        QString exception;      // Exception: the device's message
    };

    // Requests; an error says what a CRT device would not take, and why.
    static Result<QByteArray> callFunc(quint64 function, const QList<RpcValue> &args);
    static Result<QByteArray> syscall(qint32 code, const QList<RpcValue> &args);
    static Result<QByteArray> getGlobalFunc(const QByteArray &name);
    static Result<QByteArray> copyToRemote(const RpcTensor &to, QByteArrayView data);
    static Result<QByteArray> copyFromRemote(const RpcTensor &from, quint64 nbytes);
    static QByteArray shutdown(); // the device's server stops; no reply

    // Whether a request fits a device whose tvm.rpc.server.GetCRTMaxPacketSize is maxPacket:
    // the bytes after the length field may be at most that many (spec 4.4.7).
    static Result<void> fits(QByteArrayView packet, qint64 maxPacket);
    // What a copy's packet carries besides its data, for a tensor of ndim dimensions.
    static qint64 copyOverhead(int ndim) { return 44 + 8 * qint64(ndim); }

    static Result<Reply> parseReply(QByteArrayView packet);
    static qint32 codeOf(QByteArrayView packet); // -1 when shorter than a header
};

} // namespace mtvw::micro
