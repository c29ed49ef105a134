#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mtvw::micro {

// The host-sim program's text (resources/templates/host-sim/runtime/hostsim_main.c), line by
// line: the output tensors it prints with their values, and each run's time.
//   output default/output: float32[4] checksum=0x1234abcd = 0.1 0.7 0.05 0.15
//   run 2/3 default: 0.1234 ms checksum=0x1234abcd
// Lines it does not know are ignored; a tensor line cut short keeps the values read.
class HostSimOutput
{
public:
    struct Tensor
    {
        QString module, name, dtype;
        qint64 count = 0;     // elements in the tensor
        QList<double> values; // those printed (the program may print only the first ones)
        // The k largest values as (index, value), largest first; ties keep the lower index.
        QList<QPair<int, double>> top(int k) const;
    };
    struct Run
    {
        QString module;
        int index = 0, of = 0;
        double ms = 0;
    };

    static constexpr qsizetype kMaxLineChars = 1 << 20;
    static constexpr qsizetype kMaxValues = 1 << 16;      // per tensor
    static constexpr qsizetype kMaxTotalValues = 1 << 20; // over all tensors
    static constexpr qsizetype kMaxRecords = 1 << 16;

    void addLine(const QString &line);
    const QList<Tensor> &outputs() const { return m_outputs; } // the last printed per tensor
    const QList<Run> &runs() const { return m_runs; }
    QList<double> runTimes(const QString &module = {}) const;

private:
    QList<Tensor> m_outputs;
    QHash<QString, qsizetype> m_outputIndex; // "module/name" -> index in m_outputs
    qsizetype m_totalValues = 0;
    QList<Run> m_runs;
};

} // namespace mtvw::micro
