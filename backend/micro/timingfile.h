#pragma once

#include "core/result.h"
#include "micro/devicelines.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace mtvw::micro {

// Inference times read from a file, as `mtvw-cli timing` reads them: a capture (.pcapng: the
// device's text lines and the framed session's log messages), a text log of the device's output,
// or a CSV of milliseconds (a header naming an "ms" column, as `timing --csv` and the Timing
// pane's export write; or one number a line in a file named *.csv).
class TimingFile
{
public:
    static constexpr qsizetype kMaxSamples = 1'000'000; // a CSV's rows
    static constexpr qsizetype kMaxLine = 1024;

    struct Series
    {
        QList<double> ms;
        QList<qint64> timeUs; // as long as ms: when each arrived (capture; CSV's time column), else -1
        QString protocol;     // "host-sim", "aot-demo", "eembc", "csv"
        qint64 lines = 0;     // lines read
        QString warning;      // a capture cut off: what came before stands, this says where it broke
    };

    // Called with each sample a line completed and the time of the bytes that completed it
    // (-1 when the file has no times).
    using SampleSink = std::function<void(const DeviceLines::Sample &sample, qint64 timeUs)>;

    // A capture or a text log, line by line through device (the CLI's reading). The error says
    // why the file could not be read, or where a capture broke off (the lines before it stand).
    static Result<void> readDeviceOutput(const QString &path, DeviceLines &device, const SampleSink &sink = {},
                                         const std::atomic<bool> *cancel = nullptr);
    // Any of the three: the samples of the protocol DeviceLines::times() picks, with their times.
    // An error when the file could not be read, was cancelled, or holds no timings.
    static Result<Series> read(const QString &path, const std::atomic<bool> *cancel = nullptr);
    // Whether these are the first bytes of a CSV of timings (its header names an "ms" column).
    static bool isCsvHeader(QByteArrayView firstLine);
    static Result<Series> readCsv(const QString &path, const std::atomic<bool> *cancel = nullptr);
};

} // namespace mtvw::micro
