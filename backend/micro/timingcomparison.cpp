#include "timingcomparison.h"

#include "core/tr.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mtvw::micro {

namespace {

std::vector<double> finiteSorted(const QList<double> &v)
{
    std::vector<double> out;
    out.reserve(size_t(v.size()));
    for (double x : v)
        if (std::isfinite(x))
            out.push_back(x);
    std::sort(out.begin(), out.end());
    return out;
}

double medianOfSorted(const std::vector<double> &v)
{
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

TimingComparison TimingComparison::compute(const QList<double> &a, const QList<double> &b)
{
    TimingComparison c;
    const std::vector<double> sa = finiteSorted(a), sb = finiteSorted(b);
    c.countA = int(sa.size());
    c.countB = int(sb.size());
    if (sa.empty() || sb.empty())
        return c;
    c.medianA = medianOfSorted(sa);
    c.medianB = medianOfSorted(sb);
    c.differenceMs = c.medianB - c.medianA;
    c.differencePercent = c.medianA != 0 ? c.differenceMs / std::abs(c.medianA) * 100.0 : 0;

    // Ranks over both sorted series at once, merging them: each run of equal values shares the
    // mean of its ranks; t^3 - t of each run goes into the tie correction.
    const double na = double(sa.size()), nb = double(sb.size()), n = na + nb;
    double rankSumB = 0, ties = 0;
    size_t i = 0, j = 0;
    double rank = 0; // ranks used so far
    while (i < sa.size() || j < sb.size()) {
        const double v = (j >= sb.size() || (i < sa.size() && sa[i] <= sb[j])) ? sa[i] : sb[j];
        size_t ea = i, eb = j;
        while (ea < sa.size() && sa[ea] == v)
            ++ea;
        while (eb < sb.size() && sb[eb] == v)
            ++eb;
        const double t = double((ea - i) + (eb - j));
        const double meanRank = rank + (t + 1) / 2;
        rankSumB += meanRank * double(eb - j);
        ties += t * t * t - t;
        rank += t;
        i = ea;
        j = eb;
    }
    c.u = rankSumB - nb * (nb + 1) / 2;
    const double mean = na * nb / 2;
    const double variance = na * nb / 12 * ((n + 1) - ties / (n * (n - 1)));
    if (variance > 0) {
        const double deviation = std::max(0.0, std::abs(c.u - mean) - 0.5);
        c.z = std::copysign(deviation / std::sqrt(variance), c.u - mean);
        c.p = std::erfc(std::abs(c.z) / std::sqrt(2.0));
    } else {
        c.z = 0;
        c.p = 1; // every value the same: nothing apart
    }
    if (c.countA < kMinCount || c.countB < kMinCount)
        c.verdict = Verdict::TooFew;
    else if (c.p < kAlpha && std::abs(c.differenceMs) >= kMinShare * std::abs(c.medianA))
        c.verdict = Verdict::ExceedsNoise;
    else
        c.verdict = Verdict::WithinNoise;
    return c;
}

QString TimingComparison::rule()
{
    return BackendText::tr("beyond the noise when a two-sided Mann-Whitney U test gives p < %1 and the medians differ by "
                           "at least %2 % of A's median; at least %3 samples on each side")
        .arg(kAlpha)
        .arg(kMinShare * 100)
        .arg(kMinCount);
}

} // namespace mtvw::micro
