#include "aotdemooutput.h"

#include <QRegularExpression>
#include <QStringList>

namespace mtvw::micro {

bool AotDemoOutput::addLine(const QString &raw)
{
    const QString line = QString(raw).remove(QChar(0)).trimmed();
    static const QRegularExpression result(QStringLiteral("^result:(\\d+):(\\d+(?:\\.\\d+)?)$"));
    static const QRegularExpression failure(QStringLiteral("^(Error: -?\\d+|TVMPlatformAbort: [0-9a-fA-Fx]+)$"));
    if (line.contains(QLatin1String("wakeup"))) { // TVM's own host looks for the word anywhere
        ++m_wakeups;
        return true;
    }
    if (line == QLatin1String("ready"))
        return true;
    if (const auto m = result.match(line); m.hasMatch()) {
        if (m_results.size() < kMaxRecords)
            m_results << Result{m.captured(1).toInt(), m.captured(2).toDouble()};
        return true;
    }
    if (const auto m = failure.match(line); m.hasMatch()) {
        if (m_errors.size() < kMaxRecords)
            m_errors << m.captured(1);
        return true;
    }
    return false;
}

QList<double> AotDemoOutput::times() const
{
    QList<double> ms;
    for (const Result &r : m_results)
        ms << r.ms;
    return ms;
}

} // namespace mtvw::micro
