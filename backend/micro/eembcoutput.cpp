#include "eembcoutput.h"

#include <QRegularExpression>

namespace mtvw::micro {

bool EembcOutput::addLine(const QString &raw)
{
    const QString line = raw.trimmed();
    static const QRegularExpression lap(QStringLiteral("^m-lap-us-(\\d+)$"));
    static const QRegularExpression name(QStringLiteral("^m-name-(.+)$"));
    static const QRegularExpression mode(QStringLiteral("^m-timestamp-mode-(\\w+)$"));
    static const QRegularExpression results(QStringLiteral("^m-results-\\[(.*)\\]$"));
    static const QRegularExpression error(QStringLiteral("^e-\\[(.*)\\]$"));
    if (line == QLatin1String("m-ready") || line == QLatin1String("m-init-done")) {
        m_ready = true;
        return true;
    }
    if (const auto m = lap.match(line); m.hasMatch()) {
        if (m_laps.size() < kMaxRecords)
            m_laps << m.captured(1).toLongLong();
        return true;
    }
    if (const auto m = results.match(line); m.hasMatch()) {
        QList<double> values;
        for (const QString &v : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << v.trimmed().toDouble();
        if (m_results.size() < kMaxRecords)
            m_results << values;
        return true;
    }
    if (const auto m = mode.match(line); m.hasMatch()) {
        m_mode = m.captured(1);
        return true;
    }
    if (const auto m = name.match(line); m.hasMatch()) {
        m_name = m.captured(1);
        return true;
    }
    if (const auto m = error.match(line); m.hasMatch()) {
        if (m_errors.size() < kMaxRecords)
            m_errors << m.captured(1);
        return true;
    }
    return false;
}

QList<double> EembcOutput::times() const
{
    QList<double> ms;
    for (qsizetype i = 0; i + 1 < m_laps.size(); i += 2)
        ms << double(m_laps[i + 1] - m_laps[i]) / 1000.0;
    return ms;
}

} // namespace mtvw::micro
