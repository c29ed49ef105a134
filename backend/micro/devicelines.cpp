#include "devicelines.h"

namespace mtvw::micro {

void DeviceLines::feed(QByteArrayView bytes, QList<Sample> *samples)
{
    m_pending += bytes;
    qsizetype from = 0;
    for (qsizetype nl; (nl = m_pending.indexOf('\n', from)) >= 0; from = nl + 1) {
        // A line over kMaxLine is dropped whole: its tail never reads as a line of its own.
        const bool whole = !m_discarding && nl - from <= kMaxLine;
        m_discarding = false;
        if (!whole)
            continue;
        const auto s = add(QString::fromUtf8(m_pending.constData() + from, nl - from));
        if (s && samples)
            samples->append(*s);
    }
    m_pending.remove(0, from);
    if (m_pending.size() > kMaxLine) {
        m_pending.clear();
        m_discarding = true;
    }
}

void DeviceLines::finish(QList<Sample> *samples)
{
    if (!m_pending.isEmpty() && !m_discarding) {
        const auto s = add(QString::fromUtf8(m_pending));
        if (s && samples)
            samples->append(*s);
    }
    m_pending.clear();
    m_discarding = false;
}

std::optional<DeviceLines::Sample> DeviceLines::add(const QString &line)
{
    ++m_lines;
    if (m_streaming) {
        if (m_hostSim.runs().size() >= kStreamKeep)
            m_hostSim = HostSimOutput(); // its outputs too: a live program prints them again
        if (m_aotDemo.results().size() >= kStreamKeep)
            m_aotDemo = AotDemoOutput();
        if (m_eembc.times().size() >= kStreamKeep)
            m_eembc = EembcOutput();
    }
    const qsizetype aot = m_aotDemo.results().size();
    if (m_aotDemo.addLine(line)) {
        if (m_aotDemo.results().size() > aot)
            return Sample{m_aotDemo.results().last().ms, QStringLiteral("aot-demo")};
        return std::nullopt;
    }
    const qsizetype eembc = m_eembc.times().size();
    if (m_eembc.addLine(line)) {
        if (m_eembc.times().size() > eembc)
            return Sample{m_eembc.times().last(), QStringLiteral("eembc")};
        return std::nullopt;
    }
    const qsizetype runs = m_hostSim.runs().size();
    m_hostSim.addLine(line);
    if (m_hostSim.runs().size() > runs)
        return Sample{m_hostSim.runs().last().ms, QStringLiteral("host-sim")};
    return std::nullopt;
}

QPair<QList<double>, QString> DeviceLines::times() const
{
    if (!m_hostSim.runTimes().isEmpty())
        return {m_hostSim.runTimes(), QStringLiteral("host-sim")};
    if (!m_aotDemo.times().isEmpty())
        return {m_aotDemo.times(), QStringLiteral("aot-demo")};
    if (!m_eembc.times().isEmpty())
        return {m_eembc.times(), QStringLiteral("eembc")};
    return {{}, {}};
}

} // namespace mtvw::micro
