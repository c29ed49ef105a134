#include "timingseries.h"

#include <algorithm>

TimingSeries::TimingSeries(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 16))
{}

void TimingSeries::append(double ms, qint64 timeUs)
{
    if (m_ms.size() >= m_capacity) {
        // Forget the oldest tenth at once: one move per many appends, not one per sample.
        const qsizetype drop = std::max<qsizetype>(m_capacity / 10, 1);
        m_ms.remove(0, drop);
        m_timeUs.remove(0, drop);
        m_first += drop;
    }
    if (m_startUs < 0 && timeUs >= 0)
        m_startUs = timeUs;
    m_ms.append(ms);
    m_timeUs.append(timeUs);
}

void TimingSeries::assign(QList<double> ms, QList<qint64> timeUs)
{
    clear();
    if (timeUs.size() != ms.size())
        timeUs = QList<qint64>(ms.size(), -1);
    if (ms.size() > m_capacity) {
        const qsizetype drop = ms.size() - m_capacity;
        ms.remove(0, drop);
        timeUs.remove(0, drop);
        m_first = drop;
    }
    m_ms = std::move(ms);
    m_timeUs = std::move(timeUs);
    for (qint64 t : std::as_const(m_timeUs)) {
        if (t >= 0) {
            m_startUs = t;
            break;
        }
    }
}

void TimingSeries::clear()
{
    m_ms.clear();
    m_timeUs.clear();
    m_first = 0;
    m_startUs = -1;
}

double TimingSeries::seconds(qsizetype i) const
{
    const qint64 t = m_timeUs[i];
    if (t < 0 || m_startUs < 0)
        return -1;
    return double(t - m_startUs) / 1e6;
}
