#pragma once

#include <QList>
#include <QString>

namespace mtvw::micro {

// The Zephyr AOT standalone demo's console text (spec 4.5): "wakeup" after "init%", "ready"
// after anything else, "result:<index>:<ms>" per inference (the argmax of the float output and
// the milliseconds tvmgen_default_run took), "Error: <n>" and "TVMPlatformAbort: <code>" before a
// reboot. NUL bytes (the firmware sends one after each reply) are dropped.
class AotDemoOutput
{
public:
    struct Result
    {
        int index = 0;
        double ms = 0;
    };
    static constexpr qsizetype kMaxRecords = 1 << 16;

    // True when the line was the demo's.
    bool addLine(const QString &line);
    const QList<Result> &results() const { return m_results; }
    QList<double> times() const;
    int wakeups() const { return m_wakeups; }
    const QStringList &errors() const { return m_errors; } // "Error: 3", "TVMPlatformAbort: 0000beef"

private:
    QList<Result> m_results;
    QStringList m_errors;
    int m_wakeups = 0;
};

} // namespace mtvw::micro
