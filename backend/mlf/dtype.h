#pragma once

#include <QString>

namespace mtvw::mlf {

// A TVM data type as written in text ("float32", "int8", "uint1", "bool", "float16x4") or in
// DLPack form (code, bits, lanes).
struct DType
{
    enum Code : int { Int = 0, UInt = 1, Float = 2, Handle = 3, BFloat = 4, Complex = 5 };

    int code = Float;
    int bits = 32;
    int lanes = 1;

    static bool parse(const QString &text, DType *out);
    QString name() const;
    // ceil(elements × bits × lanes / 8), as TVM sizes buffers.
    qint64 bytesFor(qint64 elements) const;
    // Bytes of one element in the .params layout ((bits + 7) / 8, lanes ignored).
    int storageBytes() const { return (bits + 7) / 8; }
};

} // namespace mtvw::mlf
