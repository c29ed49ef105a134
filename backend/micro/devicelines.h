#pragma once

#include "micro/aotdemooutput.h"
#include "micro/eembcoutput.h"
#include "micro/hostsimoutput.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QPair>
#include <optional>

namespace mtvw::micro {

// A device's text, line by line, read by every text protocol the workbench knows (host-sim,
// the AOT demo, EEMBC); the timings come from whichever recognised them. Bytes come in any
// pieces; a line longer than kMaxLine is dropped.
class DeviceLines
{
public:
    static constexpr qsizetype kMaxLine = 1024;

    // One inference time a line completed, and the protocol that gave it.
    struct Sample
    {
        double ms = 0;
        QString protocol; // "host-sim", "aot-demo", "eembc"
    };

    // Complete lines are read; add() is called for each and the samples they completed are
    // appended to samples (when given).
    void feed(QByteArrayView bytes, QList<Sample> *samples = nullptr);
    void finish(QList<Sample> *samples = nullptr); // the last line, without its newline
    std::optional<Sample> add(const QString &line);
    // Live and endless: each parser forgets what it read before once it holds kStreamKeep
    // records (between two lines), so samples keep coming past the parsers' caps; hostSim() and
    // the others then hold only the recent past, and times() is not the whole series.
    static constexpr qsizetype kStreamKeep = 1 << 14;
    void setStreaming(bool streaming) { m_streaming = streaming; }

    qint64 lines() const { return m_lines; }
    // The samples so far and the name of the protocol they came from.
    QPair<QList<double>, QString> times() const;

    const HostSimOutput &hostSim() const { return m_hostSim; }
    const AotDemoOutput &aotDemo() const { return m_aotDemo; }
    const EembcOutput &eembc() const { return m_eembc; }

private:
    HostSimOutput m_hostSim;
    AotDemoOutput m_aotDemo;
    EembcOutput m_eembc;
    qint64 m_lines = 0;
    bool m_streaming = false;
    bool m_discarding = false; // inside a line over kMaxLine, until its newline
    QByteArray m_pending;
};

} // namespace mtvw::micro
