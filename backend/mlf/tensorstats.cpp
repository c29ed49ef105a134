#include "tensorstats.h"

#include "core/tr.h"

#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstring>
#include <functional>

namespace mtvw::mlf {

namespace {

constexpr qint64 kBlock = 4096; // elements decoded at a time

using Decoder = void (*)(const uchar *src, qint64 n, double *dst);
using Chunker = std::function<Result<QByteArrayView>(qint64 offset, qint64 length)>;

template<typename T>
void decodeInt(const uchar *src, qint64 n, double *dst)
{
    for (qint64 i = 0; i < n; ++i)
        dst[i] = double(qFromLittleEndian<T>(src + i * qint64(sizeof(T))));
}

void decodeFloat32(const uchar *src, qint64 n, double *dst)
{
    for (qint64 i = 0; i < n; ++i)
        dst[i] = double(std::bit_cast<float>(qFromLittleEndian<quint32>(src + 4 * i)));
}

void decodeFloat64(const uchar *src, qint64 n, double *dst)
{
    for (qint64 i = 0; i < n; ++i)
        dst[i] = std::bit_cast<double>(qFromLittleEndian<quint64>(src + 8 * i));
}

double halfToDouble(quint16 h)
{
    const int exponent = (h >> 10) & 0x1f;
    const int mantissa = h & 0x3ff;
    double v;
    if (exponent == 0)
        v = std::ldexp(double(mantissa), -24); // subnormal
    else if (exponent == 31)
        v = mantissa ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        v = std::ldexp(double(mantissa | 0x400), exponent - 25);
    return (h & 0x8000) ? -v : v;
}

void decodeFloat16(const uchar *src, qint64 n, double *dst)
{
    for (qint64 i = 0; i < n; ++i)
        dst[i] = halfToDouble(qFromLittleEndian<quint16>(src + 2 * i));
}

void decodeBFloat16(const uchar *src, qint64 n, double *dst)
{
    for (qint64 i = 0; i < n; ++i)
        dst[i] = double(std::bit_cast<float>(quint32(qFromLittleEndian<quint16>(src + 2 * i)) << 16));
}

Decoder decoderFor(const DType &d)
{
    switch (d.code) {
    case DType::Int:
        switch (d.bits) {
        case 8: return decodeInt<qint8>;
        case 16: return decodeInt<qint16>;
        case 32: return decodeInt<qint32>;
        case 64: return decodeInt<qint64>;
        }
        break;
    case DType::UInt:
        switch (d.bits) {
        case 1: // bool: one byte per element
        case 8: return decodeInt<quint8>;
        case 16: return decodeInt<quint16>;
        case 32: return decodeInt<quint32>;
        case 64: return decodeInt<quint64>;
        }
        break;
    case DType::Float:
        switch (d.bits) {
        case 16: return decodeFloat16;
        case 32: return decodeFloat32;
        case 64: return decodeFloat64;
        }
        break;
    case DType::BFloat:
        if (d.bits == 16)
            return decodeBFloat16;
        break;
    }
    return nullptr;
}

bool cancelled(const TensorStats::Options &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

Error cancelError()
{
    return Error(Error::Code::Cancelled, mtvw::BackendText::tr("the statistics were cancelled"));
}

// Calls visit(values, n) for each decoded block of the data; stops early on cancel.
template<typename Visit>
Result<void> walk(qint64 bytes, int elementBytes, Decoder decode, const TensorStats::Options &o, const Chunker &chunk,
                  Visit visit)
{
    const qint64 chunkBytes = std::max<qint64>(elementBytes, o.chunkBytes / elementBytes * elementBytes);
    double values[kBlock];
    for (qint64 offset = 0; offset < bytes; offset += chunkBytes) {
        MTVW_TRY(data, chunk(offset, std::min(chunkBytes, bytes - offset)));
        const qint64 n = data.size() / elementBytes;
        const auto *src = reinterpret_cast<const uchar *>(data.data());
        for (qint64 i = 0; i < n; i += kBlock) {
            if (cancelled(o))
                return cancelError();
            const qint64 m = std::min(kBlock, n - i);
            decode(src + i * elementBytes, m, values);
            visit(values, m);
        }
    }
    return {};
}

Result<TensorStats> run(qint64 bytes, const DType &dtype, const TensorStats::Options &o, const Chunker &chunk)
{
    const Decoder decode = decoderFor(dtype);
    if (!decode)
        return Error(Error::Code::Unsupported,
                     mtvw::BackendText::tr("statistics of %1 tensors are not supported").arg(dtype.name()));
    const int elementBytes = dtype.storageBytes();
    if (bytes < 0 || bytes % elementBytes != 0)
        return Error(Error::Code::Malformed,
                     mtvw::BackendText::tr("%1 bytes is not a whole number of %2 elements").arg(bytes).arg(dtype.name()));
    TensorStats s;
    s.isFloat = dtype.code == DType::Float || dtype.code == DType::BFloat;
    s.count = bytes / elementBytes;

    // Pass 1: counts, extremes, and mean/variance per block merged pairwise (Chan et al.).
    double mean = 0, m2 = 0;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    auto statsPass = [&](double *v, qint64 n) {
        qint64 k = 0;
        for (qint64 i = 0; i < n; ++i) {
            const double x = v[i];
            if (std::isnan(x)) {
                ++s.nans;
            } else if (std::isinf(x)) {
                ++s.infs;
            } else {
                s.zeros += x == 0 ? 1 : 0;
                lo = std::min(lo, x);
                hi = std::max(hi, x);
                v[k++] = x; // keep the finite values in front for the block's moments
            }
        }
        if (k == 0)
            return;
        double sum = 0;
        for (qint64 i = 0; i < k; ++i)
            sum += v[i];
        const double blockMean = sum / double(k);
        double blockM2 = 0;
        for (qint64 i = 0; i < k; ++i)
            blockM2 += (v[i] - blockMean) * (v[i] - blockMean);
        const double na = double(s.finite), nb = double(k), total = na + nb;
        const double delta = blockMean - mean;
        mean += delta * nb / total;
        m2 += blockM2 + delta * delta * na * nb / total;
        s.finite += k;
    };
    if (auto r = walk(bytes, elementBytes, decode, o, chunk, statsPass); !r)
        return r.error();
    if (s.finite == 0)
        return s;
    s.min = lo;
    s.max = hi;
    s.mean = mean;
    s.stddev = std::sqrt(m2 / double(s.finite));

    // Bins: floats split [min, max] evenly; integers get equal whole-number bins.
    const int wanted = std::max(1, o.bins);
    double width;
    int bins;
    if (s.isFloat) {
        bins = lo == hi ? 1 : wanted;
        width = lo == hi ? 1 : (hi - lo) / bins;
        s.histLow = lo;
        s.histHigh = hi;
    } else {
        const double range = hi - lo + 1;
        width = std::ceil(range / wanted);
        bins = int(std::ceil(range / width));
        s.histLow = lo - 0.5;
        s.histHigh = s.histLow + bins * width;
    }
    s.histogram.fill(0, bins);

    // Pass 2: the histogram.
    qint64 *counts = s.histogram.data();
    auto histPass = [&](const double *v, qint64 n) {
        for (qint64 i = 0; i < n; ++i) {
            const double x = v[i];
            if (!std::isfinite(x))
                continue;
            const double pos = s.isFloat ? (x - lo) / width : std::floor((x - lo) / width);
            counts[std::clamp(qint64(pos), qint64(0), qint64(bins - 1))]++;
        }
    };
    if (auto r = walk(bytes, elementBytes, decode, o, chunk, histPass); !r)
        return r.error();
    return s;
}

} // namespace

double TensorStats::binWidth() const
{
    return histogram.isEmpty() ? 0 : (histHigh - histLow) / double(histogram.size());
}

bool TensorStats::supports(const DType &dtype)
{
    return decoderFor(dtype) != nullptr;
}

Result<TensorStats> TensorStats::compute(QByteArrayView data, const DType &dtype, const Options &options)
{
    const Chunker chunk = [data](qint64 offset, qint64 length) -> Result<QByteArrayView> { return data.sliced(offset, length); };
    return run(data.size(), dtype, options, chunk);
}

Result<TensorStats> TensorStats::compute(const ParamsFile::RangeReader &read, const ParamsFile::Tensor &tensor,
                                         const Options &options)
{
    // The last chunk read is kept, so a tensor that fits into one chunk is read once for both passes.
    QByteArray buffer;
    qint64 bufferOffset = -1;
    const Chunker chunk = [&](qint64 offset, qint64 length) -> Result<QByteArrayView> {
        if (offset != bufferOffset || buffer.size() != length) {
            buffer.clear(); // release the old chunk before reading the next
            MTVW_TRY(data, read(tensor.dataOffset + offset, length));
            if (data.size() != length)
                return Error(Error::Code::Corrupt,
                             mtvw::BackendText::tr("the data of tensor \"%1\" is truncated").arg(tensor.name));
            buffer = std::move(data);
            bufferOffset = offset;
        }
        return QByteArrayView(buffer);
    };
    auto r = run(tensor.dataBytes, tensor.dtype, options, chunk);
    if (!r)
        return r.error().code() == Error::Code::Cancelled ? r.error() : r.error().prefixed(tensor.name);
    return r;
}

} // namespace mtvw::mlf
