#pragma once

#include <QList>
#include <QString>

namespace mtvw::micro {

// Two series of inference times (milliseconds) side by side: A the reference, B the one compared
// with it. The difference is B's median less A's, in milliseconds and as a share of A's median.
// Whether it exceeds the noise is decided by two conditions, both required:
//   - a two-sided Mann-Whitney U test (rank sum; normal approximation with the correction for
//     ties and for continuity) finds the two series' distributions apart at p < kAlpha, and
//   - the medians differ by at least kMinShare of A's median (a difference the test finds in a
//     million samples, but too small to matter, stays "within the noise").
// With fewer than kMinCount finite samples on either side there are too few to tell.
struct TimingComparison
{
    enum class Verdict { TooFew, WithinNoise, ExceedsNoise };
    static constexpr double kAlpha = 0.01;
    static constexpr double kMinShare = 0.01;
    static constexpr int kMinCount = 8;

    int countA = 0, countB = 0; // finite samples
    double medianA = 0, medianB = 0;
    double differenceMs = 0;      // medianB - medianA
    double differencePercent = 0; // of medianA (0 when medianA is 0)
    double u = 0;                 // Mann-Whitney U of B (pairs where B is larger, ties count half)
    double z = 0;                 // its standard score (positive: B tends to be slower)
    double p = 1;                 // two-sided
    Verdict verdict = Verdict::TooFew;

    bool exceedsNoise() const { return verdict == Verdict::ExceedsNoise; }
    static TimingComparison compute(const QList<double> &a, const QList<double> &b);
    static QString rule(); // the rule in words, to show beside the verdict
};

} // namespace mtvw::micro
