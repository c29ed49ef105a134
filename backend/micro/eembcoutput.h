#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mtvw::micro {

// The EEMBC / MLPerf Tiny runner protocol's replies (spec 4.5): "m-ready", "m-init-done",
// "m-name-<dut>-[<name>]", "m-timestamp-mode-performance", "m-lap-us-<microseconds>" (the timer
// read at the start and at the end of a timed run: a run's time is the gap of the pair that
// comes before its m-results or m-ready line, so output that starts mid-run or a lost line
// costs one run, not every later pair; the 32-bit counter's wrap is undone),
// "m-results-[<f>,<f>,…]", "e-[<error>]". Lines end in CR LF.
class EembcOutput
{
public:
    static constexpr qsizetype kMaxRecords = 1 << 16;

    bool addLine(const QString &line); // true when the line was the protocol's
    QString name() const { return m_name; }
    QString mode() const { return m_mode; }
    const QList<qint64> &laps() const { return m_laps; }
    // Each timed run's milliseconds: the gaps between the laps of each start/end pair.
    QList<double> times() const { return m_times; }
    const QList<QList<double>> &results() const { return m_results; }
    const QStringList &errors() const { return m_errors; }
    bool isReady() const { return m_ready; }

private:
    QString m_name, m_mode;
    QList<qint64> m_laps;
    QList<qint64> m_open; // the laps of the run in progress
    QList<double> m_times;
    void closeRun();
    QList<QList<double>> m_results;
    QStringList m_errors;
    bool m_ready = false;
};

} // namespace mtvw::micro
