#pragma once

#include "core/result.h"
#include "dtype.h"
#include "paramsfile.h"

#include <QByteArrayView>
#include <QList>

#include <atomic>
#include <limits>

namespace mtvw::mlf {

// How TensorStats::compute works: bins, chunk size, and a flag to cancel it.
struct TensorStatsOptions
{
    int bins = 64;
    qint64 chunkBytes = 4 * 1024 * 1024;
    const std::atomic<bool> *cancel = nullptr; // set to true to stop early (Error::Code::Cancelled)
};

// Summary statistics and a histogram of one tensor's values. The data (little-endian, as in a
// .params file) is walked in chunks, twice (statistics, then the histogram), so a large tensor
// is never held in memory whole. NaN and ±Inf are counted and left out of everything else.
class TensorStats
{
public:
    using Options = TensorStatsOptions;

    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    qint64 count = 0;  // elements
    qint64 finite = 0; // elements that are neither NaN nor ±Inf
    qint64 zeros = 0;
    qint64 nans = 0;
    qint64 infs = 0;
    double min = kNaN; // NaN when no element is finite
    double max = kNaN;
    double mean = kNaN;
    double stddev = kNaN; // population standard deviation
    bool isFloat = false;
    // histogram[i] counts values in [histLow + i × w, histLow + (i + 1) × w), w = binWidth(); the last
    // bin includes histHigh. Integer types get whole-number bins centred on the values.
    QList<qint64> histogram;
    double histLow = 0;
    double histHigh = 0;

    double binWidth() const;

    static bool supports(const DType &dtype);
    static Result<TensorStats> compute(QByteArrayView data, const DType &dtype, const Options &options = {});
    // Reads the tensor's data through read (a ParamsFile range reader) chunk by chunk.
    static Result<TensorStats> compute(const ParamsFile::RangeReader &read, const ParamsFile::Tensor &tensor,
                                       const Options &options = {});
};

} // namespace mtvw::mlf
