#pragma once

#include "micro/rpcvalue.h"

#include <QByteArray>
#include <QByteArrayView>

class QRandomGenerator;

namespace mtvw::micro {

// A tensor's bytes as a host gives them to a device and reads them back (little-endian, as TVM
// lays them out): an input filled with zeros, ones or random values, an element read as a number,
// and the checksum the host-sim program prints for an output.
namespace TensorBytes {

enum class Fill {
    Zeros,
    Ones,   // the value 1 of the dtype
    Random, // floats in [0, 1), other types random bytes
};

// t.bytes() bytes filled as `fill` says, random ones drawn from rng in element order.
QByteArray filled(const RpcTensor &t, Fill fill, QRandomGenerator &rng);
// Whether element() reads this dtype: 8, 16, 32 or 64 bits, one lane, int, uint or float of 32
// or 64 bits.
bool readable(const RpcTensor &t);
// Element i of data (t's dtype; the caller keeps i below data.size() / (t.bits / 8)).
double element(const RpcTensor &t, const QByteArray &data, qint64 i);
// 32-bit FNV-1a, host-sim's output checksum (hostsim_main.c).
quint32 fnv1a(QByteArrayView bytes);

} // namespace TensorBytes

} // namespace mtvw::micro
