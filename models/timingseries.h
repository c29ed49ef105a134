#pragma once

#include <QList>
#include <QString>

// One series of inference times as the Timing pane shows it: each sample's milliseconds and when
// it arrived (microseconds since the epoch, -1 when unknown), numbered from 0 since the series
// began. A bounded series forgets its oldest samples in blocks; their numbers are not reused,
// so first() is the number of ms[0].
class TimingSeries
{
public:
    explicit TimingSeries(qsizetype capacity = 1'000'000);

    void append(double ms, qint64 timeUs);
    void assign(QList<double> ms, QList<qint64> timeUs);
    void clear();

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return m_ms.size(); }
    bool isEmpty() const { return m_ms.isEmpty(); }
    qint64 first() const { return m_first; }             // the number of the oldest sample held
    qint64 end() const { return m_first + m_ms.size(); } // one past the newest
    qint64 dropped() const { return m_first; }

    // By position in the held samples (0 .. size()-1), not by number.
    double ms(qsizetype i) const { return m_ms[i]; }
    qint64 timeUs(qsizetype i) const { return m_timeUs[i]; }
    const QList<double> &values() const { return m_ms; }
    const QList<qint64> &times() const { return m_timeUs; }
    // Seconds from the series' first arrival to sample i's; negative when either is unknown.
    double seconds(qsizetype i) const;
    qint64 startUs() const { return m_startUs; }
    bool hasTimes() const { return m_startUs >= 0; }

    QString name;     // what the series is: "live", a file's name
    QString protocol; // what reported it

private:
    qsizetype m_capacity;
    QList<double> m_ms;
    QList<qint64> m_timeUs;
    qint64 m_first = 0;
    qint64 m_startUs = -1;
};
