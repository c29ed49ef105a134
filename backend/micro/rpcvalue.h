#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mtvw::micro {

// A DLTensor as TVM RPC sends it (spec 4.4.2): a device address, the device, dtype, shape and
// byte offset; strides are never sent.
struct RpcTensor
{
    quint64 data = 0;
    qint32 deviceType = 1; // CPU
    qint32 deviceId = 0;
    quint8 code = 0; // DLDataTypeCode: 0 int, 1 uint, 2 float
    quint8 bits = 8;
    quint16 lanes = 1;
    QList<qint64> shape;
    quint64 byteOffset = 0;

    qint64 elements() const; // -1 when a dimension is negative or the product overflows
    qint64 bytes() const;    // elements × bits × lanes / 8; -1 as elements()
    bool operator==(const RpcTensor &) const = default;
};

// One value of a packed sequence (spec 4.4.2), by its type code.
struct RpcValue
{
    enum Type : qint32 {
        Int = 0,
        UInt = 1,
        Float = 2,
        Handle = 3,
        Null = 4,
        DataType = 5,
        Device = 6,
        Tensor = 7,
        Object = 8,
        Module = 9,
        Function = 10,
        Str = 11,
        Bytes = 12,
        NDArray = 13, // never on the wire (spec 4.4.2)
        Bool = 15,
    };

    qint32 type = Null;
    qint64 i = 0;     // Int, UInt (its bits), Bool; Device: the type; DataType: code
    quint64 u = 0;    // Handle, Module, Function, Object
    double f = 0;     // Float
    qint32 j = 0;     // Device: the id; DataType: bits; Object: type index
    qint32 lanes = 1; // DataType
    QByteArray bytes; // Str, Bytes
    RpcTensor tensor; // Tensor

    static RpcValue integer(qint64 v);
    static RpcValue real(double v);
    static RpcValue handle(quint64 v);
    static RpcValue module(quint64 v);
    static RpcValue function(quint64 v);
    static RpcValue null();
    static RpcValue str(const QByteArray &text);
    static RpcValue blob(const QByteArray &data);
    static RpcValue device(qint32 type, qint32 id);
    static RpcValue dtype(quint8 code, quint8 bits, quint16 lanes);
    static RpcValue dlTensor(const RpcTensor &t);

    QString describe() const; // "int 3", "str \"add\"", "tensor int8[4] @0x20001400"
};

} // namespace mtvw::micro
