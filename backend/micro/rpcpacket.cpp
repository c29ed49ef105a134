#include "rpcpacket.h"

#include "core/tr.h"

#include <QtEndian>

#include <cstring>

namespace mtvw::micro {

namespace {

using mtvw::BackendText;

template<typename T>
void put(QByteArray &out, T v)
{
    char b[sizeof(T)];
    qToLittleEndian<T>(v, b);
    out.append(b, sizeof(T));
}

void putTensor(QByteArray &out, const RpcTensor &t)
{
    put<quint64>(out, t.data);
    put<qint32>(out, t.deviceType);
    put<qint32>(out, t.deviceId);
    put<qint32>(out, qint32(t.shape.size()));
    put<quint8>(out, t.code);
    put<quint8>(out, t.bits);
    put<quint16>(out, t.lanes);
    for (qint64 d : t.shape)
        put<qint64>(out, d);
    put<quint64>(out, t.byteOffset);
}

Error refused(const QString &why)
{
    return Error(Error::Code::Malformed, why);
}

Result<void> checkTensor(const RpcTensor &t, const QString &what)
{
    if (t.shape.size() > RpcPacket::kMaxDims)
        return refused(
            BackendText::tr("%1 has %2 dimensions; at most %3 are sent").arg(what).arg(t.shape.size()).arg(RpcPacket::kMaxDims));
    for (qint64 d : t.shape)
        if (d < 0)
            return refused(BackendText::tr("%1 has a negative dimension (%2)").arg(what).arg(d));
    if (t.bits == 0 || t.lanes == 0)
        return refused(BackendText::tr("%1 has no element size (bits %2, lanes %3)").arg(what).arg(t.bits).arg(t.lanes));
    return {};
}

// A packed sequence (spec 4.4.2) of what a CRT reads; anything else is refused by name.
Result<void> putSequence(QByteArray &out, const QList<RpcValue> &args)
{
    if (args.size() > RpcPacket::kMaxArgs)
        return refused(BackendText::tr("%1 arguments; at most %2 are sent").arg(args.size()).arg(RpcPacket::kMaxArgs));
    put<qint32>(out, qint32(args.size()));
    for (const RpcValue &v : args) {
        switch (v.type) {
        case RpcValue::Int:
        case RpcValue::UInt:
        case RpcValue::Float:
        case RpcValue::Handle:
        case RpcValue::Null:
        case RpcValue::DataType:
        case RpcValue::Device:
        case RpcValue::Tensor:
        case RpcValue::Module:
        case RpcValue::Function:
        case RpcValue::Str:
        case RpcValue::Bytes: break;
        case RpcValue::Bool:
            // TVM v0.18 sends bool as 15; a CRT older than that does not know it and hangs.
            return refused(BackendText::tr("a bool (type code 15) hangs a CRT older than v0.18; send it as an int"));
        case RpcValue::NDArray:
            return refused(BackendText::tr("type code 13 (NDArray handle) is not allowed on the wire; send a DLTensor (7)"));
        case RpcValue::Object: return refused(BackendText::tr("an object handle (type code 8) is not something a CRT takes"));
        default: return refused(BackendText::tr("unknown type code %1: a CRT device hangs on it").arg(v.type));
        }
        put<qint32>(out, v.type);
    }
    for (qsizetype k = 0; k < args.size(); ++k) {
        const RpcValue &v = args[k];
        switch (v.type) {
        case RpcValue::Int:
        case RpcValue::UInt: put<qint64>(out, v.i); break;
        case RpcValue::Float: {
            quint64 raw = 0;
            std::memcpy(&raw, &v.f, sizeof raw);
            put<quint64>(out, raw);
            break;
        }
        case RpcValue::Handle:
        case RpcValue::Module:
        case RpcValue::Function: put<quint64>(out, v.u); break;
        case RpcValue::Null: break;
        case RpcValue::DataType:
            put<quint8>(out, quint8(v.i));
            put<quint8>(out, quint8(v.j));
            put<quint16>(out, quint16(v.lanes));
            put<quint32>(out, 0);
            break;
        case RpcValue::Device:
            put<qint32>(out, qint32(v.i));
            put<qint32>(out, v.j);
            break;
        case RpcValue::Tensor:
            if (auto ok = checkTensor(v.tensor, BackendText::tr("argument %1").arg(k)); !ok)
                return ok.error();
            putTensor(out, v.tensor);
            break;
        case RpcValue::Str:
        case RpcValue::Bytes:
            put<quint64>(out, quint64(v.bytes.size()));
            out += v.bytes;
            break;
        default: break;
        }
    }
    return {};
}

QByteArray packet(qint32 code, const QByteArray &body)
{
    QByteArray out;
    out.reserve(12 + body.size());
    put<quint64>(out, quint64(4 + body.size()));
    put<qint32>(out, code);
    out += body;
    return out;
}

// The argument lists the CRT's syscalls check (a failed check hangs it, spec 4.4.8).
Result<void> checkSyscall(qint32 code, const QList<RpcValue> &args)
{
    auto types = [&args] {
        QList<qint32> t;
        for (const RpcValue &v : args)
            t << v.type;
        return t;
    }();
    auto want = [&](std::initializer_list<QList<qint32>> accepted, const char *form) -> Result<void> {
        for (const QList<qint32> &a : accepted)
            if (types == a)
                return {};
        return refused(BackendText::tr("%1 takes %2")
                           .arg(QString::fromLatin1(form).section(QLatin1Char(' '), 0, 0),
                                QString::fromLatin1(form).section(QLatin1Char(' '), 1)));
    };
    using V = RpcValue;
    switch (code) {
    case RpcPacket::GetGlobalFunc: return want({{V::Str}}, "GetGlobalFunc (name: str)");
    case RpcPacket::FreeHandle: return want({{V::Handle, V::Int}}, "FreeHandle (handle, type code: int)");
    case RpcPacket::DevAllocData:
        return want({{V::Device, V::Int, V::Int, V::DataType}}, "DevAllocData (device, bytes: int, alignment: int, dtype)");
    case RpcPacket::DevFreeData: return want({{V::Device, V::Handle}}, "DevFreeData (device, pointer: handle)");
    case RpcPacket::DevStreamSync: return want({{V::Device, V::Handle}, {V::Device, V::Null}}, "DevStreamSync (device, stream)");
    case RpcPacket::DevAllocDataWithScope:
        return want({{V::Tensor, V::Null}, {V::Tensor, V::Str}}, "DevAllocDataWithScope (template tensor, scope: str or null)");
    case RpcPacket::DevSetDevice:
    case RpcPacket::DevGetAttr:
    case RpcPacket::CopyAmongRemote: return {};
    default: return refused(BackendText::tr("syscall code %1 is not one a CRT device answers; it would hang").arg(code));
    }
}

struct Reader
{
    QByteArrayView data;
    qsizetype at = 0;
    bool failed = false;
    template<typename T>
    T get()
    {
        if (failed || data.size() - at < qsizetype(sizeof(T))) {
            failed = true;
            return T(0);
        }
        const T v = qFromLittleEndian<T>(data.data() + at);
        at += sizeof(T);
        return v;
    }
    QByteArray take(quint64 n)
    {
        if (failed || n > quint64(data.size() - at)) {
            failed = true;
            return {};
        }
        const QByteArray v = data.sliced(at, qsizetype(n)).toByteArray();
        at += qsizetype(n);
        return v;
    }
};

bool readTensor(Reader &r, RpcTensor &t)
{
    t.data = r.get<quint64>();
    t.deviceType = r.get<qint32>();
    t.deviceId = r.get<qint32>();
    const qint32 ndim = r.get<qint32>();
    t.code = r.get<quint8>();
    t.bits = r.get<quint8>();
    t.lanes = r.get<quint16>();
    if (r.failed || ndim < 0 || ndim > RpcPacket::kMaxDims)
        return false;
    t.shape.clear();
    for (qint32 d = 0; d < ndim; ++d)
        t.shape << r.get<qint64>();
    t.byteOffset = r.get<quint64>();
    return !r.failed;
}

Result<QList<RpcValue>> readSequence(Reader &r)
{
    const qint32 n = r.get<qint32>();
    if (r.failed || n < 0 || n > RpcPacket::kMaxArgs)
        return Error(Error::Code::Malformed, BackendText::tr("a reply with %1 values").arg(n));
    QList<qint32> codes(n);
    for (qint32 &c : codes)
        c = r.get<qint32>();
    QList<RpcValue> values;
    for (qint32 c : codes) {
        RpcValue v;
        v.type = c;
        switch (c) {
        case RpcValue::Int:
        case RpcValue::UInt:
        case RpcValue::Bool: v.i = r.get<qint64>(); break;
        case RpcValue::Float: {
            const quint64 raw = r.get<quint64>();
            std::memcpy(&v.f, &raw, sizeof raw);
            break;
        }
        case RpcValue::Handle:
        case RpcValue::Module:
        case RpcValue::Function: v.u = r.get<quint64>(); break;
        case RpcValue::Null: break;
        case RpcValue::DataType:
            v.i = r.get<quint8>();
            v.j = r.get<quint8>();
            v.lanes = r.get<quint16>();
            r.get<quint32>();
            break;
        case RpcValue::Device:
            v.i = r.get<qint32>();
            v.j = r.get<qint32>();
            break;
        case RpcValue::Tensor:
            if (!readTensor(r, v.tensor))
                return Error(Error::Code::Malformed, BackendText::tr("a reply's tensor is cut short or has too many dimensions"));
            break;
        case RpcValue::Object:
            v.j = qint32(r.get<quint32>());
            v.u = r.get<quint64>();
            break;
        case RpcValue::Str:
        case RpcValue::Bytes: v.bytes = r.take(r.get<quint64>()); break;
        default: return Error(Error::Code::Malformed, BackendText::tr("a reply value of unknown type code %1").arg(c));
        }
        if (r.failed)
            return Error(Error::Code::Malformed,
                         BackendText::tr("the reply ends at byte %1 inside its values").arg(r.data.size()));
        values << v;
    }
    return values;
}

} // namespace

Result<QByteArray> RpcPacket::callFunc(quint64 function, const QList<RpcValue> &args)
{
    QByteArray body;
    put<quint64>(body, function);
    if (auto ok = putSequence(body, args); !ok)
        return ok.error();
    return packet(CallFunc, body);
}

Result<QByteArray> RpcPacket::syscall(qint32 code, const QList<RpcValue> &args)
{
    if (auto ok = checkSyscall(code, args); !ok)
        return ok.error();
    QByteArray body;
    if (auto ok = putSequence(body, args); !ok)
        return ok.error();
    return packet(code, body);
}

Result<QByteArray> RpcPacket::getGlobalFunc(const QByteArray &name)
{
    return syscall(GetGlobalFunc, {RpcValue::str(name)});
}

Result<QByteArray> RpcPacket::copyToRemote(const RpcTensor &to, QByteArrayView data)
{
    if (auto ok = checkTensor(to, BackendText::tr("the tensor copied to")); !ok)
        return ok.error();
    QByteArray body;
    putTensor(body, to);
    put<quint64>(body, quint64(data.size()));
    body.append(data.data(), data.size());
    return packet(CopyToRemote, body);
}

Result<QByteArray> RpcPacket::copyFromRemote(const RpcTensor &from, quint64 nbytes)
{
    if (auto ok = checkTensor(from, BackendText::tr("the tensor copied from")); !ok)
        return ok.error();
    QByteArray body;
    putTensor(body, from);
    put<quint64>(body, nbytes);
    return packet(CopyFromRemote, body);
}

QByteArray RpcPacket::shutdown()
{
    return packet(Shutdown, {});
}

Result<void> RpcPacket::fits(QByteArrayView packet, qint64 maxPacket)
{
    const qint64 nbytes = packet.size() - 8;
    if (maxPacket > 0 && nbytes > maxPacket)
        return Error(
            Error::Code::LimitExceeded,
            BackendText::tr("the request is %1 bytes; the device takes at most %2 in one packet").arg(nbytes).arg(maxPacket));
    return {};
}

qint32 RpcPacket::codeOf(QByteArrayView packet)
{
    return packet.size() < 12 ? -1 : qFromLittleEndian<qint32>(packet.data() + 8);
}

Result<RpcPacket::Reply> RpcPacket::parseReply(QByteArrayView packet)
{
    Reader r{packet};
    const quint64 nbytes = r.get<quint64>();
    Reply reply;
    reply.code = r.get<qint32>();
    if (r.failed)
        return Error(Error::Code::Malformed,
                     BackendText::tr("a reply of %n byte(s) has no RPC header", nullptr, int(packet.size())));
    if (nbytes != quint64(packet.size() - 8))
        return Error(Error::Code::Malformed,
                     BackendText::tr("the reply says %1 bytes follow its length, but %2 do").arg(nbytes).arg(packet.size() - 8));
    switch (reply.code) {
    case Return: {
        auto values = readSequence(r);
        if (!values)
            return values.error();
        reply.values = values.value();
        break;
    }
    case Exception: {
        auto values = readSequence(r);
        if (!values)
            return values.error();
        reply.exception = values.value().size() == 1 && values.value().first().type == RpcValue::Str
                              ? QString::fromUtf8(values.value().first().bytes)
                              : BackendText::tr("an exception without a message");
        break;
    }
    case CopyAck: reply.data = packet.sliced(12).toByteArray(); break;
    default:
        return Error(Error::Code::Protocol,
                     BackendText::tr("a reply with RPC code %1, not Return, Exception or CopyAck").arg(reply.code));
    }
    return reply;
}

} // namespace mtvw::micro
