#include "timingcontroller.h"

#include "backgroundjob.h"
#include "liveconnection.h"
#include "micro/sessionmessage.h"
#include "micro/timingfile.h"

#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using mtvw::Error;
using mtvw::Result;
using mtvw::micro::DeviceLines;
using mtvw::micro::TimingComparison;
using mtvw::micro::TimingFile;
using mtvw::micro::TimingStats;

namespace {

// A DeviceLines keeps a bounded record of what it read; a fresh one is taken after this many
// samples (between lines, after one that completed a run, so no run is cut in two).
constexpr qsizetype kLinesRenewal = 30000;

// The finite samples that are not outliers, in order (outliers are sorted indexes).
template<typename F>
void forInliers(const QList<double> &v, const QList<int> &outliers, F f)
{
    qsizetype k = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        while (k < outliers.size() && outliers[k] < i)
            ++k;
        if (k < outliers.size() && outliers[k] == i)
            continue;
        if (std::isfinite(v[i]))
            f(v[i]);
    }
}

TimingController::Histogram histogram(const QList<double> &a, const TimingStats &sa, const QList<double> &b,
                                      const TimingStats &sb)
{
    TimingController::Histogram h;
    double lo = INFINITY, hi = -INFINITY;
    auto range = [&](double x) {
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    };
    forInliers(a, sa.outliers, range);
    forInliers(b, sb.outliers, range);
    if (!(lo <= hi))
        return h;
    if (hi - lo <= 0) {
        const double pad = lo != 0 ? std::abs(lo) * 0.05 : 0.5;
        lo -= pad;
        hi += pad;
    }
    const qsizetype n = std::max(a.size(), b.size());
    const int bins = int(std::clamp<double>(std::ceil(std::sqrt(double(n))), 5, TimingController::kMaxBins));
    h.lo = lo;
    h.hi = hi;
    auto count = [&](const QList<double> &v, QList<int> &counts, int &outside) {
        if (v.isEmpty())
            return;
        counts = QList<int>(bins, 0);
        const double width = (hi - lo) / bins;
        for (double x : v) {
            if (!std::isfinite(x) || x < lo || x > hi) {
                ++outside;
                continue;
            }
            counts[std::clamp(int((x - lo) / width), 0, bins - 1)]++;
        }
    };
    count(a, h.a, h.outsideA);
    count(b, h.b, h.outsideB);
    return h;
}

} // namespace

TimingController::TimingController(LiveConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_live(kMaxSamples)
    , m_reference(kMaxSamples)
    , m_file(kMaxSamples)
    , m_analysisJob(new BackgroundJob<Analysis>(this))
    , m_loadJob(new BackgroundJob<Result<Loaded>>(this))
    , m_exportJob(new BackgroundJob<Result<qint64>>(this))
{
    m_analysisTimer.setSingleShot(true);
    connect(&m_analysisTimer, &QTimer::timeout, this, &TimingController::startAnalysis);
    connect(m_loadJob, &BackgroundJobBase::runningChanged, this, &TimingController::loadingChanged);
    if (m_connection) {
        m_live.name = m_connection->description();
        connect(m_connection, &LiveConnection::chunksArrived, this, &TimingController::feedChunks);
        connect(m_connection, &LiveConnection::connected, this, &TimingController::reset);
        connect(m_connection, &LiveConnection::disconnected, this, &TimingController::finishLive);
    }
}

TimingController::~TimingController() = default;

const TimingSeries &TimingController::current() const
{
    return m_showingFile ? m_file : m_live;
}

bool TimingController::isAnalysing() const
{
    return m_dirty || m_analysisJob->isRunning() || m_analysisTimer.isActive();
}

bool TimingController::isLoading() const
{
    return m_loadJob->isRunning();
}

bool TimingController::isExporting() const
{
    return m_exportJob->isRunning();
}

void TimingController::feedChunks(const LiveChunks &chunks)
{
    const qint64 samples = m_live.end(), lines = m_linesSeen;
    for (const LiveChunk &c : chunks)
        if (c.direction == mtvw::Direction::FromDevice)
            takeDevice(c.bytes, c.timeUs);
    if (m_live.end() != samples) {
        if (!m_showingFile)
            scheduleAnalysis();
        emit seriesChanged();
    } else if (m_linesSeen != lines) {
        emit seriesChanged();
    }
}

void TimingController::takeDevice(const QByteArray &bytes, qint64 timeUs)
{
    m_events.clear();
    m_unframer.feed(bytes, m_events);
    for (const mtvw::micro::FrameEvent &e : std::as_const(m_events)) {
        if (e.kind == mtvw::micro::FrameEvent::Kind::Skipped) {
            take(e.skipped, timeUs);
        } else if (e.kind == mtvw::micro::FrameEvent::Kind::Packet && e.crcOk) {
            const auto message = mtvw::micro::SessionMessage::parse(e.payload);
            if (message.ok() && message.value().type == mtvw::micro::SessionMessage::Log) {
                QByteArray text = message.value().body;
                while (text.endsWith('\n') || text.endsWith('\r') || text.endsWith('\0'))
                    text.chop(1);
                addLine(text, timeUs);
            }
        }
    }
}

void TimingController::take(const QByteArray &bytes, qint64 timeUs)
{
    qsizetype from = 0;
    for (qsizetype nl; (nl = bytes.indexOf('\n', from)) >= 0; from = nl + 1) {
        if (m_pending.isEmpty()) {
            addLine(bytes.sliced(from, nl - from), timeUs);
        } else {
            m_pending.append(bytes.constData() + from, nl - from);
            if (m_pending.size() <= DeviceLines::kMaxLine) // a longer line is dropped whole
                addLine(m_pending, timeUs);
            m_pending.clear();
        }
    }
    if (from < bytes.size()) {
        // The rest waits for its newline; past the cap it is only counted, so the line is dropped.
        if (m_pending.size() <= DeviceLines::kMaxLine)
            m_pending.append(bytes.constData() + from, std::min(bytes.size() - from, DeviceLines::kMaxLine + 1));
        m_pendingUs = timeUs;
    }
}

void TimingController::addLine(const QByteArray &line, qint64 timeUs)
{
    if (line.size() > DeviceLines::kMaxLine)
        return;
    ++m_linesSeen;
    const auto sample = m_lines.add(QString::fromUtf8(line));
    if (!sample)
        return;
    m_live.append(sample->ms, timeUs);
    m_live.protocol = sample->protocol;
    if (++m_linesSamples >= kLinesRenewal) {
        m_lines = DeviceLines();
        m_linesSamples = 0;
    }
}

void TimingController::finishLive()
{
    if (m_pending.isEmpty())
        return;
    const qint64 samples = m_live.end();
    const QByteArray last = m_pending;
    m_pending.clear();
    addLine(last, m_pendingUs);
    if (m_live.end() != samples && !m_showingFile)
        scheduleAnalysis();
    emit seriesChanged();
}

void TimingController::reset(const QString &description)
{
    m_lines = DeviceLines();
    m_linesSamples = 0;
    m_unframer.reset();
    m_pending.clear();
    m_linesSeen = 0;
    m_live.clear();
    m_live.name = description;
    m_live.protocol.clear();
    m_showingFile = false;
    m_file.clear();
    structureChanged();
}

void TimingController::keepAsReference()
{
    const TimingSeries &b = current();
    if (b.isEmpty())
        return;
    m_reference = b;
    if (!m_showingFile)
        m_reference.name = b.name.isEmpty() ? tr("kept run") : tr("kept run of %1").arg(b.name);
    m_referenceStatsValid = false;
    if (m_showingFile) {
        m_showingFile = false;
        m_file.clear();
    } else {
        const QString name = m_live.name;
        m_live.clear();
        m_live.name = name;
    }
    structureChanged();
}

void TimingController::clearReference()
{
    m_reference.clear();
    m_referenceStatsValid = false;
    structureChanged();
}

void TimingController::showLive()
{
    if (!m_showingFile)
        return;
    m_showingFile = false;
    m_file.clear();
    structureChanged();
}

void TimingController::clear()
{
    m_loadJob->cancel();
    const QString name = m_live.name;
    m_live.clear();
    m_live.name = name;
    m_reference.clear();
    m_referenceStatsValid = false;
    m_file.clear();
    m_showingFile = false;
    structureChanged();
}

void TimingController::loadFile(const QString &path)
{
    m_loadJob->start(
        [path](const JobContext &context) -> Result<Loaded> {
            auto read = TimingFile::read(path, context.cancelFlag());
            if (!read)
                return read.error();
            Loaded loaded{TimingSeries(kMaxSamples), read->warning};
            loaded.series.assign(std::move(read->ms), std::move(read->timeUs));
            loaded.series.name = QFileInfo(path).fileName();
            loaded.series.protocol = read->protocol;
            return loaded;
        },
        [this, path](Result<Loaded> result) {
            if (!result) {
                emit errorOccurred(result.error());
                return;
            }
            m_file = std::move(result->series);
            m_showingFile = true;
            structureChanged();
            if (!result->warning.isEmpty())
                emit warning(result->warning);
            emit fileLoaded(path, m_file.size());
        });
}

QByteArray TimingController::csvHeader(bool withTimes)
{
    return withTimes ? QByteArrayLiteral("index,ms,time_s\n") : QByteArrayLiteral("index,ms\n");
}

void TimingController::exportCsv(const QString &path)
{
    const TimingSeries &b = current();
    const QList<double> ms = b.values();
    const QList<qint64> times = b.times();
    const qint64 first = b.first(), start = b.startUs();
    m_exportJob->start(
        [=](const JobContext &context) -> Result<qint64> {
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return Error(Error::Code::Io, f.errorString()).prefixed(path);
            const bool withTimes = start >= 0;
            QByteArray out = csvHeader(withTimes);
            for (qsizetype i = 0; i < ms.size(); ++i) {
                out += QByteArray::number(first + i + 1);
                out += ',';
                out += QString::number(ms[i], 'g', QLocale::FloatingPointShortest).toLatin1();
                if (withTimes) {
                    out += ',';
                    if (times[i] >= 0)
                        out += QByteArray::number(double(times[i] - start) / 1e6, 'f', 6);
                }
                out += '\n';
                if (out.size() > 1 << 16 || i + 1 == ms.size()) {
                    if (f.write(out) != out.size())
                        return Error(Error::Code::Io, f.errorString()).prefixed(path);
                    out.clear();
                    context.setProgress(i + 1, ms.size());
                    if (context.isCancelled())
                        return Error(Error::Code::Cancelled, tr("Export cancelled"));
                }
            }
            if (!out.isEmpty() && f.write(out) != out.size())
                return Error(Error::Code::Io, f.errorString()).prefixed(path);
            if (!f.commit())
                return Error(Error::Code::Io, f.errorString()).prefixed(path);
            return qint64(ms.size());
        },
        [this, path](Result<qint64> result) {
            if (!result)
                emit errorOccurred(result.error());
            else
                emit exported(path, *result);
        });
}

void TimingController::structureChanged()
{
    m_analysisJob->cancel();
    m_analysisTimer.stop();
    m_analysis = Analysis();
    m_dirty = true;
    m_analysisTimer.start(0);
    emit seriesChanged();
    emit analysisChanged();
}

void TimingController::scheduleAnalysis()
{
    m_dirty = true;
    if (m_analysisJob->isRunning() || m_analysisTimer.isActive())
        return;
    const qint64 wait = m_sinceAnalysis.isValid() ? kAnalysisMs - m_sinceAnalysis.elapsed() : 0;
    m_analysisTimer.start(int(std::clamp<qint64>(wait, 0, kAnalysisMs)));
}

void TimingController::startAnalysis()
{
    if (m_analysisJob->isRunning())
        return;
    m_dirty = false;
    m_sinceAnalysis.start();
    const TimingSeries &b = current();
    const QList<double> a = m_reference.values(), bv = b.values();
    const qint64 firstA = m_reference.first(), firstB = b.first();
    const bool aValid = m_referenceStatsValid;
    const TimingStats aStats = m_referenceStats;
    m_analysisJob->start(
        [=](const JobContext &) {
            Analysis r;
            r.hasA = !a.isEmpty();
            r.hasB = !bv.isEmpty();
            r.firstA = firstA;
            r.firstB = firstB;
            if (r.hasA)
                r.a = aValid ? aStats : TimingStats::compute(a);
            if (r.hasB)
                r.b = TimingStats::compute(bv);
            if (r.hasA && r.hasB) {
                r.compared = true;
                r.comparison = TimingComparison::compute(a, bv);
            }
            r.histogram = histogram(a, r.a, bv, r.b);
            return r;
        },
        [this](Analysis r) {
            m_analysis = std::move(r);
            if (m_analysis.hasA) {
                m_referenceStats = m_analysis.a;
                m_referenceStatsValid = true;
            }
            emit analysisChanged();
            if (m_dirty)
                scheduleAnalysis();
        });
}
