#include "runreport.h"

#include "core/tr.h"
#include "micro/timingstats.h"

namespace mtvw::micro {

namespace {

QString ms(double v, const QLocale &locale)
{
    return mtvw::BackendText::tr("%1 ms").arg(locale.toString(v, 'g', 4));
}

} // namespace

QStringList runReport(const HostSimOutput &output, int topK, const QLocale &locale)
{
    QStringList lines;
    for (const HostSimOutput::Tensor &t : output.outputs()) {
        if (t.values.isEmpty())
            continue;
        QStringList ranked;
        for (const auto &[index, value] : t.top(topK))
            ranked << mtvw::BackendText::tr("%1 (%2)").arg(index).arg(locale.toString(value, 'g', 6));
        QString line = mtvw::BackendText::tr("%1/%2 %3[%4]: largest at index %5; top %6: %7")
                           .arg(t.module, t.name, t.dtype)
                           .arg(t.count)
                           .arg(t.top(1).first().first)
                           .arg(ranked.size())
                           .arg(ranked.join(QStringLiteral(", ")));
        if (t.values.size() < t.count)
            line += QLatin1Char(' ') + mtvw::BackendText::tr("(of the first %1 of its %2 values, the ones the program printed)")
                                           .arg(t.values.size())
                                           .arg(t.count);
        lines << line;
    }
    QStringList modules;
    for (const HostSimOutput::Run &r : output.runs())
        if (!modules.contains(r.module))
            modules << r.module;
    for (const QString &module : modules) {
        const QList<double> times = output.runTimes(module);
        const TimingStats s = TimingStats::compute(times);
        lines << mtvw::BackendText::tr("%1: %2 run(s): median %3, mean %4, min %5, p95 %6, max %7, sd %8")
                     .arg(module)
                     .arg(s.count)
                     .arg(ms(s.median, locale), ms(s.mean, locale), ms(s.min, locale), ms(s.p95, locale), ms(s.max, locale),
                          ms(s.stddev, locale));
        if (s.outliers.isEmpty())
            continue;
        QStringList named;
        for (int i : s.outliers) {
            QString what = mtvw::BackendText::tr("run %1: %2").arg(i + 1).arg(ms(times[i], locale));
            if (s.median > 0)
                what += QLatin1Char(' ') +
                        mtvw::BackendText::tr("(%1× the median)").arg(locale.toString(times[i] / s.median, 'g', 3));
            if (i == 0)
                what += QLatin1Char(' ') + mtvw::BackendText::tr("— the first, cold run (caches, lazy set-up)");
            named << what;
        }
        lines << mtvw::BackendText::tr("  outliers: %1 (%2)").arg(named.join(QStringLiteral("; ")), TimingStats::rule());
    }
    return lines;
}

} // namespace mtvw::micro
