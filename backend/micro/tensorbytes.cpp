#include "tensorbytes.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace mtvw::micro::TensorBytes {

QByteArray filled(const RpcTensor &t, Fill fill, QRandomGenerator &rng)
{
    QByteArray out(std::max<qint64>(t.bytes(), 0), '\0');
    const int size = t.bits / 8;
    if (fill == Fill::Zeros || size < 1)
        return out;
    const bool ones = fill == Fill::Ones;
    for (qsizetype at = 0; at + size <= out.size(); at += size) {
        char *p = out.data() + at;
        if (t.code == 2 && t.bits == 32)
            qToLittleEndian<float>(ones ? 1.0f : float(rng.generateDouble()), p);
        else if (t.code == 2 && t.bits == 64)
            qToLittleEndian<double>(ones ? 1.0 : rng.generateDouble(), p);
        else if (ones)
            p[0] = 1; // little-endian 1 in any integer width
        else
            for (int b = 0; b < size; ++b)
                p[b] = char(rng.bounded(256));
    }
    return out;
}

bool readable(const RpcTensor &t)
{
    return t.lanes == 1 && (t.bits == 8 || t.bits == 16 || t.bits == 32 || t.bits == 64) && t.code <= 2 &&
           !(t.code == 2 && t.bits < 32);
}

double element(const RpcTensor &t, const QByteArray &data, qint64 i)
{
    const char *p = data.constData() + i * (t.bits / 8);
    switch (t.code) {
    case 2: return t.bits == 32 ? double(qFromLittleEndian<float>(p)) : qFromLittleEndian<double>(p);
    case 1:
        return t.bits == 8    ? double(quint8(*p))
               : t.bits == 16 ? double(qFromLittleEndian<quint16>(p))
               : t.bits == 32 ? double(qFromLittleEndian<quint32>(p))
                              : double(qFromLittleEndian<quint64>(p));
    default:
        return t.bits == 8    ? double(qint8(*p))
               : t.bits == 16 ? double(qFromLittleEndian<qint16>(p))
               : t.bits == 32 ? double(qFromLittleEndian<qint32>(p))
                              : double(qFromLittleEndian<qint64>(p));
    }
}

quint32 fnv1a(QByteArrayView bytes)
{
    quint32 h = 2166136261u;
    for (char c : bytes)
        h = (h ^ quint8(c)) * 16777619u;
    return h;
}

} // namespace mtvw::micro::TensorBytes
