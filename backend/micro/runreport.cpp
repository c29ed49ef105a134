#include "runreport.h"

#include "core/tr.h"
#include "micro/timingstats.h"

#include <QHash>

namespace mtvw::micro {

namespace {

QString ms(double v, const QLocale &locale)
{
    return mtvw::BackendText::tr("%1 ms").arg(locale.toString(v, 'g', 4));
}

} // namespace

QStringList timingReport(const QString &what, const QList<double> &times, const QLocale &locale)
{
    QStringList lines;
    const TimingStats s = TimingStats::compute(times);
    lines << mtvw::BackendText::tr("%1: %n run(s): median %2, mean %3, min %4, p95 %5, max %6, sd %7", nullptr, s.count)
                 .arg(what)
                 .arg(ms(s.median, locale), ms(s.mean, locale), ms(s.min, locale), ms(s.p95, locale), ms(s.max, locale),
                      ms(s.stddev, locale));
    if (s.outliers.isEmpty())
        return lines;
    QStringList named;
    for (int i : s.outliers) {
        QString text = mtvw::BackendText::tr("run %1: %2").arg(i + 1).arg(ms(times[i], locale));
        if (s.median > 0)
            text +=
                QLatin1Char(' ') + mtvw::BackendText::tr("(%1× the median)").arg(locale.toString(times[i] / s.median, 'g', 3));
        if (i == 0)
            text += QLatin1Char(' ') + mtvw::BackendText::tr("— the first, cold run (caches, lazy set-up)");
        named << text;
    }
    lines << mtvw::BackendText::tr("  outliers: %1 (%2)").arg(named.join(QStringLiteral("; ")), TimingStats::rule());
    return lines;
}

QString tensorReport(const HostSimOutput::Tensor &t, int topK, const QLocale &locale)
{
    if (t.values.isEmpty())
        return {};
    const auto top = t.top(topK);
    if (top.isEmpty())
        return {};
    QStringList ranked;
    for (const auto &[index, value] : top)
        ranked << mtvw::BackendText::tr("%1 (%2)").arg(index).arg(locale.toString(value, 'g', 6));
    // Only what was printed is known: with a cut list, say so in the headline itself.
    const QString largest = t.values.size() < t.count
                                ? mtvw::BackendText::tr("largest of the first %1 printed (of %2) at index %3")
                                      .arg(t.values.size())
                                      .arg(t.count)
                                      .arg(top.first().first)
                                : mtvw::BackendText::tr("largest at index %1").arg(top.first().first);
    return mtvw::BackendText::tr("%1/%2 %3[%4]: %5; top %6: %7")
        .arg(t.module, t.name, t.dtype)
        .arg(t.count)
        .arg(largest)
        .arg(ranked.size())
        .arg(ranked.join(QStringLiteral(", ")));
}

QStringList runReport(const HostSimOutput &output, int topK, const QLocale &locale)
{
    QStringList lines;
    for (const HostSimOutput::Tensor &t : output.outputs())
        if (const QString line = tensorReport(t, topK, locale); !line.isEmpty())
            lines << line;
    // The runs grouped by module in one pass, modules in the order they first ran.
    QStringList modules;
    QHash<QString, QList<double>> timesOf;
    for (const HostSimOutput::Run &r : output.runs()) {
        auto it = timesOf.find(r.module);
        if (it == timesOf.end()) {
            modules << r.module;
            it = timesOf.insert(r.module, {});
        }
        it->append(r.ms);
    }
    for (const QString &module : modules)
        lines << timingReport(module, timesOf[module], locale);
    return lines;
}

} // namespace mtvw::micro
