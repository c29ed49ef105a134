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
        closeRun();
        return true;
    }
    if (const auto m = lap.match(line); m.hasMatch()) {
        const qint64 us = m.captured(1).toLongLong();
        if (m_laps.size() < kMaxRecords)
            m_laps << us;
        if (m_open.size() == 2)
            m_open.removeFirst(); // a start whose run never ended: the newer pair counts
        m_open << us;
        return true;
    }
    if (const auto m = results.match(line); m.hasMatch()) {
        closeRun();
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

void EembcOutput::closeRun()
{
    if (m_open.size() == 2 && m_times.size() < kMaxRecords) {
        qint64 gap = m_open[1] - m_open[0];
        if (gap < 0)
            gap += qint64(1) << 32; // the microsecond counter wrapped
        m_times << double(gap) / 1000.0;
    }
    m_open.clear();
}

} // namespace mtvw::micro
