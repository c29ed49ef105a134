#include "hostsimoutput.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mtvw::micro {

QList<QPair<int, double>> HostSimOutput::Tensor::top(int k) const
{
    QList<QPair<int, double>> ranked;
    for (qsizetype i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i])) // "nan" is no rank (and would break the ordering)
            ranked << qMakePair(int(i), values[i]);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return ranked.mid(0, std::max(0, k));
}

void HostSimOutput::addLine(const QString &rawLine)
{
    const QString line = rawLine.left(kMaxLineChars).trimmed();
    static const QRegularExpression tensor(
        QStringLiteral("^output ([^/ ]+)/(\\S+): ([A-Za-z0-9_]+)\\[(\\d+)\\](?: checksum=0x[0-9a-fA-F]+ =(.*))?$"));
    static const QRegularExpression run(QStringLiteral("^run (\\d+)/(\\d+) (\\S+): ([0-9.eE+-]+) ms\\b"));
    if (const auto m = tensor.match(line); m.hasMatch()) {
        Tensor t;
        t.module = m.captured(1);
        t.name = m.captured(2);
        t.dtype = m.captured(3);
        t.count = m.captured(4).toLongLong();
        const QStringList words = m.captured(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString key = t.module + QLatin1Char('/') + t.name;
        const auto known = m_outputIndex.constFind(key);
        if (known != m_outputIndex.constEnd())
            m_totalValues -= m_outputs[*known].values.size();
        else if (m_outputs.size() >= kMaxRecords)
            return;
        for (const QString &w : words) {
            bool ok = false;
            const double v = w.toDouble(&ok);
            if (!ok || t.values.size() >= kMaxValues || m_totalValues >= kMaxTotalValues)
                break; // "... (N more)", a hex value of an exotic dtype, or enough kept
            t.values << v;
            ++m_totalValues;
        }
        if (known != m_outputIndex.constEnd()) {
            m_outputs[*known] = t; // the last printed counts
        } else {
            m_outputIndex.insert(key, m_outputs.size());
            m_outputs << t;
        }
        return;
    }
    if (const auto m = run.match(line); m.hasMatch() && m_runs.size() < kMaxRecords) {
        bool ok = false;
        const double ms = m.captured(4).toDouble(&ok);
        if (ok)
            m_runs << Run{m.captured(3), m.captured(1).toInt(), m.captured(2).toInt(), ms};
    }
}

QList<double> HostSimOutput::runTimes(const QString &module) const
{
    QList<double> out;
    for (const Run &r : m_runs)
        if (module.isEmpty() || r.module == module)
            out << r.ms;
    return out;
}

} // namespace mtvw::micro
