#pragma once

#include <QList>
#include <QString>

namespace mtvw::micro {

// Statistics of repeated timings (milliseconds): the figures a benchmark report gives, and the
// samples a robust rule flags as outliers. The rule is the modified z-score of Iglewicz and
// Hoaglin: |x - median| / (1.4826 * MAD) > 3.5, where MAD is the median absolute deviation, and
// the sample at least 10 % away from the median (jitter is not an outlier); a
// cold first run, or a clock glitch of 230584247 s among 30 ms samples, stands out without
// dragging the median along as it drags the mean.
struct TimingStats
{
    int count = 0;
    double min = 0, median = 0, mean = 0, p95 = 0, max = 0, stddev = 0;
    double mad = 0;      // median absolute deviation
    QList<int> outliers; // indexes into the samples, in order
    static constexpr double kThreshold = 3.5;
    static constexpr double kMinShare = 0.1; // and at least 10 % away from the median

    static TimingStats compute(const QList<double> &samples);
    static QString rule(); // the rule in words, to show beside the outliers
};

} // namespace mtvw::micro
