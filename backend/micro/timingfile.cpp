#include "timingfile.h"

#include "core/tr.h"
#include "micro/wiredecoder.h"
#include "transport/capturereader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <climits>
#include <cmath>

namespace mtvw::micro {

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelError(const QString &path)
{
    return Error(Error::Code::Cancelled, BackendText::tr("%1: reading was cancelled").arg(path));
}

QList<QByteArray> fields(QByteArrayView line)
{
    QList<QByteArray> out;
    for (const QByteArray &f : line.toByteArray().split(','))
        out << f.trimmed();
    return out;
}

} // namespace

Result<void> TimingFile::readDeviceOutput(const QString &path, DeviceLines &device, const SampleSink &sink,
                                          const std::atomic<bool> *cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, f.errorString());
    auto add = [&](const QString &line, qint64 timeUs) {
        const auto s = device.add(line);
        if (s && sink)
            sink(*s, timeUs);
    };
    if (!transport::CaptureReader::isPcapng(f.peek(4))) {
        for (QByteArray line; !(line = f.readLine(WireDecoder::kMaxTextLine)).isEmpty();) {
            if (cancelled(cancel))
                return cancelError(path);
            add(QString::fromUtf8(line), -1);
        }
        return {};
    }
    f.close();
    // A capture: what the device said as text, and the log messages of a framed session.
    WireDecoder decoder;
    QList<WireRecord> records;
    auto take = [&] {
        for (const WireRecord &r : std::as_const(records))
            if ((r.layer == WireRecord::Layer::Text && r.direction == Direction::FromDevice) || r.type == QLatin1String("Log"))
                add(r.summary, r.timeUs);
        records.clear();
    };
    bool stopped = false;
    const auto read = transport::CaptureReader::readFile(path, [&](const transport::CaptureChunk &c) {
        if (stopped || (stopped = cancelled(cancel)))
            return;
        decoder.feed(c.direction, c.bytes, c.timeUs, records);
        take();
    });
    if (stopped)
        return cancelError(path);
    decoder.finish(records);
    take();
    return read;
}

Result<TimingFile::Series> TimingFile::read(const QString &path, const std::atomic<bool> *cancel)
{
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, f.errorString()).prefixed(path);
        const QByteArray first = f.readLine(kMaxLine);
        if (isCsvHeader(first) || (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 &&
                                   !transport::CaptureReader::isPcapng(first.left(4))))
            return readCsv(path, cancel);
    }
    DeviceLines device;
    // Each protocol's times, kept apart: the series is the one DeviceLines::times() names.
    QHash<QString, QList<qint64>> times;
    const auto done = readDeviceOutput(
        path, device, [&times](const DeviceLines::Sample &s, qint64 timeUs) { times[s.protocol] << timeUs; }, cancel);
    if (!done && done.error().code() == Error::Code::Cancelled)
        return done.error();
    Series out;
    out.lines = device.lines();
    std::tie(out.ms, out.protocol) = device.times();
    if (out.ms.isEmpty()) {
        if (!done)
            return done.error().prefixed(path);
        return Error(Error::Code::NotFound,
                     BackendText::tr("%1: no timings in %n line(s) of device output (host-sim run lines, AOT demo "
                                     "result lines or EEMBC laps)",
                                     nullptr, int(qMin<qint64>(out.lines, INT_MAX)))
                         .arg(path));
    }
    out.timeUs = times.value(out.protocol);
    if (out.timeUs.size() != out.ms.size()) // never expected: every sample was seen once
        out.timeUs = QList<qint64>(out.ms.size(), -1);
    if (!done)
        out.warning = done.error().message();
    return out;
}

bool TimingFile::isCsvHeader(QByteArrayView firstLine)
{
    const QList<QByteArray> names = fields(firstLine.toByteArray().toLower());
    return names.size() >= 2 && names.contains("ms");
}

Result<TimingFile::Series> TimingFile::readCsv(const QString &path, const std::atomic<bool> *cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, f.errorString()).prefixed(path);
    Series out;
    out.protocol = QStringLiteral("csv");
    qsizetype msColumn = 0, timeColumn = -1;
    double timeScale = 1e6; // the time column's unit in microseconds
    const QLocale c = QLocale::c();
    qint64 lineNumber = 0;
    while (!f.atEnd()) {
        if (cancelled(cancel))
            return cancelError(path);
        QByteArray line = f.readLine(kMaxLine);
        ++lineNumber;
        if (!line.endsWith('\n') && !f.atEnd())
            return Error(Error::Code::LimitExceeded,
                         BackendText::tr("%1, line %2: longer than %3 bytes").arg(path).arg(lineNumber).arg(kMaxLine - 1));
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> row = fields(line);
        if (lineNumber == 1 && isCsvHeader(line)) {
            const QList<QByteArray> names = fields(line.toLower());
            msColumn = names.indexOf("ms");
            for (const auto &[name, scale] : {std::pair{"time_s", 1e6}, {"time", 1e6}, {"time_ms", 1e3}, {"time_us", 1.0}}) {
                if (const qsizetype at = names.indexOf(name); at >= 0) {
                    timeColumn = at;
                    timeScale = scale;
                    break;
                }
            }
            continue;
        }
        bool ok = false;
        const double ms = msColumn < row.size() ? c.toDouble(QString::fromLatin1(row[msColumn]), &ok) : 0;
        if (!ok || !std::isfinite(ms))
            return Error(Error::Code::Malformed,
                         BackendText::tr("%1, line %2: \"%3\" is not a number of milliseconds")
                             .arg(path)
                             .arg(lineNumber)
                             .arg(QString::fromUtf8(msColumn < row.size() ? row[msColumn] : line.left(40))));
        if (out.ms.size() >= kMaxSamples)
            return Error(Error::Code::LimitExceeded, BackendText::tr("%1: more than %2 timings").arg(path).arg(kMaxSamples));
        qint64 timeUs = -1;
        if (timeColumn >= 0 && timeColumn < row.size()) {
            bool timeOk = false;
            const double t = c.toDouble(QString::fromLatin1(row[timeColumn]), &timeOk);
            // A time out of any clock's range (inf, nan, 1e300) is no time, never an overflow.
            if (timeOk && std::isfinite(t) && std::abs(t * timeScale) < 1e15)
                timeUs = qint64(std::llround(t * timeScale));
        }
        out.ms << ms;
        out.timeUs << timeUs;
    }
    out.lines = lineNumber;
    if (out.ms.isEmpty())
        return Error(Error::Code::NotFound, BackendText::tr("%1: no timings in the CSV file").arg(path));
    return out;
}

} // namespace mtvw::micro
