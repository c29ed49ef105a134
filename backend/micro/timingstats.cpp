#include "timingstats.h"

#include "core/tr.h"

#include <algorithm>
#include <cmath>

namespace mtvw::micro {

namespace {

double medianOf(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The nearest-rank percentile (p in 0..100) of sorted values.
double percentile(const QList<double> &sorted, double p)
{
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

} // namespace

TimingStats TimingStats::compute(const QList<double> &samples)
{
    TimingStats s;
    QList<double> finite;
    for (double x : samples)
        if (std::isfinite(x))
            finite << x;
    s.count = int(finite.size());
    if (finite.isEmpty())
        return s;
    QList<double> sorted = finite;
    std::sort(sorted.begin(), sorted.end());
    s.min = sorted.first();
    s.max = sorted.last();
    s.median = medianOf(sorted);
    s.p95 = percentile(sorted, 95);
    double sum = 0;
    for (double x : finite)
        sum += x;
    s.mean = sum / double(finite.size());
    double squares = 0;
    for (double x : finite)
        squares += (x - s.mean) * (x - s.mean);
    s.stddev = finite.size() > 1 ? std::sqrt(squares / double(finite.size() - 1)) : 0;
    QList<double> deviations;
    for (double x : finite)
        deviations << std::abs(x - s.median);
    s.mad = medianOf(deviations);
    for (qsizetype i = 0, k = 0; i < samples.size(); ++i) {
        if (!std::isfinite(samples[i])) {
            s.outliers << int(i); // not a number at all: never a usable sample
            continue;
        }
        ++k;
        // Far out by the robust rule, and far enough to matter (jitter of a few per cent is not
        // an outlier, however tight the other samples are).
        const double deviation = std::abs(samples[i] - s.median);
        if (deviation > kThreshold * 1.4826 * s.mad && deviation > kMinShare * std::abs(s.median))
            s.outliers << int(i);
    }
    return s;
}

QString TimingStats::rule()
{
    return mtvw::BackendText::tr("more than %1 robust standard deviations (1.4826 × the median absolute "
                                 "deviation) and %2 % from the median")
        .arg(kThreshold)
        .arg(kMinShare * 100);
}

} // namespace mtvw::micro
