#include "rpcvalue.h"

#include "micro/dtypetext.h"

#include <algorithm>
#include <limits>

namespace mtvw::micro {

qint64 RpcTensor::elements() const
{
    qint64 n = 1;
    for (qint64 d : shape) {
        if (d < 0 || (d != 0 && n > std::numeric_limits<qint64>::max() / d))
            return -1;
        n *= d;
    }
    return n;
}

qint64 RpcTensor::bytes() const
{
    const qint64 n = elements();
    const qint64 perElement = qint64(bits) * std::max<qint64>(lanes, 1);
    if (perElement == 0)
        return -1; // a dtype of no bits (from a device's reply): no size
    if (n < 0 || (n != 0 && n > std::numeric_limits<qint64>::max() / perElement))
        return -1;
    return (n * perElement + 7) / 8;
}

RpcValue RpcValue::integer(qint64 v)
{
    RpcValue r;
    r.type = Int;
    r.i = v;
    return r;
}

RpcValue RpcValue::real(double v)
{
    RpcValue r;
    r.type = Float;
    r.f = v;
    return r;
}

RpcValue RpcValue::handle(quint64 v)
{
    RpcValue r;
    r.type = Handle;
    r.u = v;
    return r;
}

RpcValue RpcValue::module(quint64 v)
{
    RpcValue r;
    r.type = Module;
    r.u = v;
    return r;
}

RpcValue RpcValue::function(quint64 v)
{
    RpcValue r;
    r.type = Function;
    r.u = v;
    return r;
}

RpcValue RpcValue::null()
{
    return RpcValue{};
}

RpcValue RpcValue::str(const QByteArray &text)
{
    RpcValue r;
    r.type = Str;
    r.bytes = text;
    return r;
}

RpcValue RpcValue::blob(const QByteArray &data)
{
    RpcValue r;
    r.type = Bytes;
    r.bytes = data;
    return r;
}

RpcValue RpcValue::device(qint32 type, qint32 id)
{
    RpcValue r;
    r.type = Device;
    r.i = type;
    r.j = id;
    return r;
}

RpcValue RpcValue::dtype(quint8 code, quint8 bits, quint16 lanes)
{
    RpcValue r;
    r.type = DataType;
    r.i = code;
    r.j = bits;
    r.lanes = lanes;
    return r;
}

RpcValue RpcValue::dlTensor(const RpcTensor &t)
{
    RpcValue r;
    r.type = Tensor;
    r.tensor = t;
    return r;
}

QString RpcValue::describe() const
{
    auto hex = [](quint64 v) { return QStringLiteral("0x") + QString::number(v, 16); };
    switch (type) {
    case Int: return QStringLiteral("int %1").arg(i);
    case UInt: return QStringLiteral("uint %1").arg(quint64(i));
    case Bool: return i ? QStringLiteral("true") : QStringLiteral("false");
    case Float: return QStringLiteral("float %1").arg(f, 0, 'g', 10);
    case Handle: return QStringLiteral("handle ") + hex(u);
    case Module: return QStringLiteral("module ") + hex(u);
    case Function: return QStringLiteral("function ") + hex(u);
    case Object: return QStringLiteral("object ") + hex(u);
    case Null: return QStringLiteral("null");
    case DataType: return QStringLiteral("dtype ") + dtypeText(quint8(i), quint8(j), quint16(lanes));
    case Device: return QStringLiteral("device (%1, %2)").arg(i).arg(j);
    case Str: return QStringLiteral("str \"%1\"").arg(QString::fromUtf8(bytes.left(200)));
    case Bytes: return QStringLiteral("bytes[%1]").arg(bytes.size());
    case Tensor: {
        QStringList dims;
        for (qint64 d : tensor.shape)
            dims << QString::number(d);
        return QStringLiteral("tensor %1[%2] @%3")
            .arg(dtypeText(tensor.code, tensor.bits, tensor.lanes), dims.join(QStringLiteral(", ")), hex(tensor.data));
    }
    default: return QStringLiteral("type %1").arg(type);
    }
}

} // namespace mtvw::micro
