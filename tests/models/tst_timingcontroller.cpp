#include "backgroundjob.h"
#include "liveconnection.h"
#include "micro/timingcomparison.h"
#include "micro/timingstats.h"
#include "timingcontroller.h"
#include "timingstatsmodel.h"
#include "transport/capturewriter.h"
#include "transport/transportsettings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using mtvw::Direction;
using mtvw::micro::TimingComparison;
using mtvw::micro::TimingStats;

namespace {

// A host-sim run line and the milliseconds it says, as the test reads its own text.
struct Line
{
    QByteArray text;
    double ms;
};

Line runLine(int i, int of, double value)
{
    const QByteArray ms = QByteArray::number(value, 'f', 4);
    return {"run " + QByteArray::number(i) + '/' + QByteArray::number(of) + " default: " + ms + " ms checksum=0x1234abcd\n",
            ms.toDouble()};
}

double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Values around `centre` with a spread (sum of uniforms: roughly normal), from a fixed seed.
QList<double> noisy(quint32 seed, int n, double centre, double spread)
{
    QRandomGenerator gen(seed);
    QList<double> out;
    for (int i = 0; i < n; ++i) {
        double s = 0;
        for (int k = 0; k < 4; ++k)
            s += gen.generateDouble() - 0.5;
        out << centre + s * spread;
    }
    return out;
}

// U of B counted pair by pair (B larger: 1, equal: 1/2): the definition, not the rank formula.
double bruteForceU(const QList<double> &a, const QList<double> &b)
{
    double u = 0;
    for (double y : b)
        for (double x : a)
            u += y > x ? 1.0 : y == x ? 0.5 : 0.0;
    return u;
}

bool writeCapture(const QString &path, const QList<std::pair<qint64, QByteArray>> &deviceChunks, const QByteArray &hostNoise = {})
{
    mtvw::transport::CaptureWriter w;
    if (!w.open(path) || !w.addInterface(QStringLiteral("test")))
        return false;
    if (!hostNoise.isEmpty() && !w.write(0, Direction::FromHost, deviceChunks.value(0).first, hostNoise))
        return false;
    for (const auto &[time, bytes] : deviceChunks)
        if (!w.write(0, Direction::FromDevice, time, bytes))
            return false;
    w.close();
    return true;
}

// CSV rows of a file: fields split at commas, the header first.
QList<QList<QByteArray>> csvRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QList<QByteArray>> rows;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.isEmpty())
            rows << line.split(',');
    return rows;
}

} // namespace

class TestTimingController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void samplesFromTextInPieces();
    void longLinesAndHostBytesIgnored();
    void moreRunsThanOneParserKeeps();
    void resetOnConnect();
    void boundedSeries();
    void comparisonRule();
    void comparisonRankSum();
    void comparisonKnownValues();
    void statsAndComparisonOfRuns();
    void fileLoading_data();
    void fileLoading();
    void fileErrors();
    void exportCsv();
    void statsModel();

private:
    QTemporaryDir m_dir;
};

void TestTimingController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the live connection's captures go to a test folder
    QVERIFY(m_dir.isValid());
}

void TestTimingController::cleanupTestCase()
{
    BackgroundJobBase::waitForAbandoned();
}

// Device text cut in pieces of any size, in batches: each run line is a sample with the time of
// the piece that ended it; one seriesChanged per batch that brought samples.
void TestTimingController::samplesFromTextInPieces()
{
    QByteArray text = "booting\r\nsome banner\n";
    QList<double> expectedMs;
    QList<qint64> lineEnds; // byte offsets of each run line's newline
    QRandomGenerator gen(7);
    for (int i = 1; i <= 300; ++i) {
        const Line l = runLine(i, 300, 0.1 + gen.generateDouble() * 0.05);
        text += l.text;
        lineEnds << text.size() - 1;
        expectedMs << l.ms;
        if (i % 50 == 0)
            text += "output default/output: float32[4] checksum=0x1 = 0.1 0.7 0.05 0.15\n";
    }
    LiveChunks all;
    QList<qint64> expectedTimes;
    qint64 offset = 0, time = 1'700'000'000'000'000;
    while (offset < text.size()) {
        const qint64 n = std::min<qint64>(gen.bounded(1, 97), text.size() - offset);
        time += 137;
        all.append(LiveChunk{Direction::FromDevice, time, text.mid(offset, n)});
        for (qint64 end : lineEnds)
            if (end >= offset && end < offset + n)
                expectedTimes << time;
        offset += n;
    }
    TimingController c(nullptr);
    QSignalSpy changed(&c, &TimingController::seriesChanged);
    int batches = 0;
    for (qsizetype i = 0; i < all.size(); i += 25, ++batches)
        c.feedChunks(all.mid(i, 25));
    QCOMPARE(c.live().values(), expectedMs);
    QCOMPARE(c.live().times(), expectedTimes);
    QCOMPARE(c.live().protocol, QStringLiteral("host-sim"));
    QVERIFY(changed.size() <= batches);
    QVERIFY(changed.size() > 0);
    QCOMPARE(c.current().size(), expectedMs.size());
    QCOMPARE(c.live().seconds(1), double(expectedTimes[1] - expectedTimes[0]) / 1e6);
    // The statistics come off the GUI thread, as TimingStats computes them from these samples.
    QTRY_VERIFY(!c.isAnalysing());
    const TimingStats s = TimingStats::compute(expectedMs);
    QVERIFY(c.analysis().hasB);
    QVERIFY(!c.analysis().hasA);
    QCOMPARE(c.analysis().b.count, s.count);
    QCOMPARE(c.analysis().b.median, s.median);
    QCOMPARE(c.analysis().b.p95, s.p95);
    QCOMPARE(c.analysis().b.mad, s.mad);
    int binned = 0;
    for (int n : c.analysis().histogram.b)
        binned += n;
    QCOMPARE(binned + c.analysis().histogram.outsideB, expectedMs.size());
}

void TestTimingController::longLinesAndHostBytesIgnored()
{
    TimingController c(nullptr);
    LiveChunks chunks;
    chunks.append({Direction::FromHost, 1, runLine(1, 2, 9.0).text}); // what the host sent is not a timing
    chunks.append({Direction::FromDevice, 2, QByteArray(3000, 'x')});
    chunks.append({Direction::FromDevice, 3, runLine(7, 9, 5.0).text}); // ends the overlong line: dropped with it
    chunks.append({Direction::FromDevice, 4, runLine(2, 2, 3.25).text});
    c.feedChunks(chunks);
    QCOMPARE(c.live().values(), QList<double>{3.25});
    QCOMPARE(c.live().times(), QList<qint64>{4});
}

// HostSimOutput keeps a bounded record of runs (kMaxRecords); the live series must not stop there.
void TestTimingController::moreRunsThanOneParserKeeps()
{
    const int n = int(mtvw::micro::HostSimOutput::kMaxRecords) + 5000;
    QByteArray text;
    QList<double> expected;
    for (int i = 1; i <= n; ++i) {
        const Line l = runLine(i, n, 1.0 + (i % 100) * 0.001);
        text += l.text;
        expected << l.ms;
    }
    TimingController c(nullptr);
    for (qsizetype at = 0; at < text.size(); at += 100000)
        c.feedChunks({LiveChunk{Direction::FromDevice, at, text.mid(at, 100000)}});
    QCOMPARE(c.live().size(), expected.size());
    QCOMPARE(c.live().values(), expected);
}

// Through a real live connection replaying two captures: the second connection starts the
// series over; the last line, without its newline, counts when the connection ends.
void TestTimingController::resetOnConnect()
{
    const QString first = m_dir.filePath(QStringLiteral("first.pcapng"));
    const QString second = m_dir.filePath(QStringLiteral("second.pcapng"));
    QByteArray one;
    QList<double> firstMs, secondMs;
    for (int i = 1; i <= 5; ++i) {
        const Line l = runLine(i, 5, 2.0 + i);
        one += l.text;
        firstMs << l.ms;
    }
    QByteArray two;
    for (int i = 1; i <= 3; ++i) {
        const Line l = runLine(i, 3, 7.5 + i);
        two += l.text;
        secondMs << l.ms;
    }
    two.chop(1); // the last line unended
    QVERIFY(writeCapture(first, {{100, one.left(40)}, {200, one.mid(40)}}));
    QVERIFY(writeCapture(second, {{300, two}}));

    LiveConnection connection;
    TimingController c(&connection);
    QSignalSpy ended(&connection, &LiveConnection::disconnected);
    mtvw::transport::TransportSettings s;
    s.kind = mtvw::transport::TransportSettings::Kind::Replay;
    s.file = first;
    connection.open(s);
    QTRY_COMPARE(c.live().values(), firstMs);
    QCOMPARE(c.connectionName(), s.describe());
    c.keepAsReference(); // A stays over a new connection
    QTRY_VERIFY(ended.size() >= 1);
    s.file = second;
    connection.open(s);
    QTRY_COMPARE(c.live().values(), secondMs);
    QCOMPARE(c.reference().values(), firstMs);
    QCOMPARE(c.connectionName(), s.describe());
    QVERIFY(!c.isShowingFile());
}

void TestTimingController::boundedSeries()
{
    TimingSeries s(100);
    for (int i = 0; i < 250; ++i)
        s.append(i * 0.5, 1000 + i);
    QVERIFY(s.size() <= 100);
    QCOMPARE(s.end(), 250);
    QCOMPARE(s.first(), 250 - s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        QCOMPARE(s.ms(i), double(s.first() + i) * 0.5); // sample number k is the k-th appended
        QCOMPARE(s.timeUs(i), 1000 + s.first() + i);
    }
    QCOMPARE(s.startUs(), 1000); // times count from the first arrival, forgotten or not
}

// The rule on series the test makes: the same distribution is within the noise, a shift of 20 %
// exceeds it; a shift too small to matter, or too few samples, does not.
void TestTimingController::comparisonRule()
{
    const QList<double> a = noisy(1, 400, 10.0, 1.0);
    QList<double> shuffled = a;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(3));
    TimingComparison same = TimingComparison::compute(a, shuffled);
    QCOMPARE(same.verdict, TimingComparison::Verdict::WithinNoise);
    QCOMPARE(same.differenceMs, 0.0);
    QVERIFY(same.p > 0.9);

    const QList<double> other = noisy(2, 400, 10.0, 1.0); // the same distribution, other draws
    const TimingComparison drawn = TimingComparison::compute(a, other);
    QCOMPARE(drawn.verdict, TimingComparison::Verdict::WithinNoise);
    QCOMPARE(drawn.differenceMs, medianOf(other) - medianOf(a));

    QList<double> slower, faster;
    for (double v : a) {
        slower << v * 1.2;
        faster << v * 0.8;
    }
    const TimingComparison up = TimingComparison::compute(a, slower);
    QCOMPARE(up.verdict, TimingComparison::Verdict::ExceedsNoise);
    QVERIFY(up.exceedsNoise());
    QVERIFY(up.p < TimingComparison::kAlpha);
    QVERIFY(up.z > 0);
    QCOMPARE(up.medianA, medianOf(a));
    QCOMPARE(up.medianB, medianOf(slower));
    QVERIFY(std::abs(up.differencePercent - 20.0) < 1e-9);
    const TimingComparison down = TimingComparison::compute(a, faster);
    QCOMPARE(down.verdict, TimingComparison::Verdict::ExceedsNoise);
    QVERIFY(down.differenceMs < 0);
    QVERIFY(down.z < 0);

    // 0.5 %, with so many quiet samples that the test alone would call it real: below the
    // minimum difference, so within the noise.
    const QList<double> quiet = noisy(4, 20000, 10.0, 0.05);
    QList<double> nudged;
    for (double v : quiet)
        nudged << v * 1.005;
    const TimingComparison tiny = TimingComparison::compute(quiet, nudged);
    QVERIFY(tiny.p < TimingComparison::kAlpha);
    QCOMPARE(tiny.verdict, TimingComparison::Verdict::WithinNoise);

    // 20 % apart in the medians, but so few and so spread that the test cannot tell them apart.
    const QList<double> fewA{1, 9, 3, 14, 6, 11, 2, 12, 8, 5}, fewB{1.5, 12, 4, 16, 7, 13, 2, 15, 9, 6};
    const TimingComparison unsure = TimingComparison::compute(fewA, fewB);
    QVERIFY(std::abs(unsure.differencePercent) >= 10);
    QVERIFY(unsure.p >= TimingComparison::kAlpha);
    QCOMPARE(unsure.verdict, TimingComparison::Verdict::WithinNoise);

    const TimingComparison tooFew = TimingComparison::compute({1, 2, 3}, {10, 20, 30});
    QCOMPARE(tooFew.verdict, TimingComparison::Verdict::TooFew);
    QVERIFY(!TimingComparison::rule().isEmpty());
}

// z and p of the normal approximation, from the textbook formulas computed here: U's mean
// n1·n2/2, its variance n1·n2/12·((n+1) − Σ(t³−t)/(n(n−1))) over the tie groups t, a continuity
// correction of ½, and the two-sided p = erfc(|z|/√2).
void TestTimingController::comparisonKnownValues()
{
    const QList<QPair<QList<double>, QList<double>>> cases = {
        {{1, 2, 3, 4, 5, 6, 7, 8}, {9, 10, 11, 12, 13, 14, 15, 16}},                  // apart: U = 64
        {{1, 1, 2, 2, 3, 3, 4, 4, 5}, {2, 2, 3, 3, 4, 4, 5, 5, 6, 6}},                // ties across the runs
        {{10, 11, 12, 13, 14, 15, 16, 17}, {10.5, 11, 12.5, 13, 14.5, 15, 16.5, 17}}, // close
    };
    for (const auto &[a, b] : cases) {
        double u = 0;
        for (double y : b)
            for (double x : a)
                u += y > x ? 1.0 : y == x ? 0.5 : 0.0;
        QList<double> all = a + b;
        std::sort(all.begin(), all.end());
        double ties = 0;
        for (qsizetype i = 0; i < all.size();) {
            qsizetype j = i;
            while (j < all.size() && all[j] == all[i])
                ++j;
            const double t = double(j - i);
            ties += t * t * t - t;
            i = j;
        }
        const double n1 = double(a.size()), n2 = double(b.size()), n = n1 + n2;
        const double mean = n1 * n2 / 2;
        const double sd = std::sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))));
        const double z = (u - mean > 0 ? 1 : -1) * std::max(0.0, std::abs(u - mean) - 0.5) / sd;
        const double p = std::erfc(std::abs(z) / std::sqrt(2.0));
        const auto c = mtvw::micro::TimingComparison::compute(a, b);
        QCOMPARE(c.u, u);
        QVERIFY2(std::abs(c.z - z) < 1e-9, qPrintable(QStringLiteral("z %1, want %2").arg(c.z).arg(z)));
        QVERIFY2(std::abs(c.p - p) < 1e-9, qPrintable(QStringLiteral("p %1, want %2").arg(c.p).arg(p)));
    }
}

// U against its definition, with ties (timers tick in steps, so equal times are common).
void TestTimingController::comparisonRankSum()
{
    QList<double> a, b;
    QRandomGenerator gen(11);
    for (int i = 0; i < 37; ++i)
        a << double(gen.bounded(20)) * 0.25;
    for (int i = 0; i < 29; ++i)
        b << double(gen.bounded(24)) * 0.25;
    const TimingComparison c = TimingComparison::compute(a, b);
    QCOMPARE(c.u, bruteForceU(a, b));
    QCOMPARE(c.countA, 37);
    QCOMPARE(c.countB, 29);
    // Exchanging the sides mirrors U (the pairs B wins become the pairs A wins) and z.
    const TimingComparison mirrored = TimingComparison::compute(b, a);
    QCOMPARE(mirrored.u, 37.0 * 29.0 - c.u);
    QVERIFY(std::abs(mirrored.z + c.z) < 1e-12);
    QVERIFY(std::abs(mirrored.p - c.p) < 1e-12);
}

// Keep a run as A, then a slower run comes live as B: the analysis compares them.
void TestTimingController::statsAndComparisonOfRuns()
{
    TimingController c(nullptr);
    const QList<double> runA = noisy(21, 200, 4.0, 0.2);
    QByteArray text;
    QList<double> msA;
    for (int i = 0; i < runA.size(); ++i) {
        const Line l = runLine(i + 1, 200, runA[i]);
        text += l.text;
        msA << l.ms;
    }
    c.feedChunks({LiveChunk{Direction::FromDevice, 1, text}});
    QSignalSpy changed(&c, &TimingController::seriesChanged);
    c.keepAsReference();
    QCOMPARE(changed.size(), 1);
    QVERIFY(c.hasReference());
    QCOMPARE(c.reference().values(), msA);
    QVERIFY(c.live().isEmpty());
    text.clear();
    QList<double> msB;
    for (int i = 0; i < runA.size(); ++i) {
        const Line l = runLine(i + 1, 200, runA[(i * 7) % runA.size()] * 1.2);
        text += l.text;
        msB << l.ms;
    }
    c.feedChunks({LiveChunk{Direction::FromDevice, 2, text}});
    QTRY_VERIFY(!c.isAnalysing());
    const TimingController::Analysis &a = c.analysis();
    QVERIFY(a.compared);
    QCOMPARE(a.a.median, TimingStats::compute(msA).median);
    QCOMPARE(a.b.median, TimingStats::compute(msB).median);
    QCOMPARE(a.comparison.differenceMs, medianOf(msB) - medianOf(msA));
    QCOMPARE(a.comparison.verdict, TimingComparison::Verdict::ExceedsNoise);
    QCOMPARE(a.histogram.a.size(), a.histogram.b.size());

    c.clearReference();
    QTRY_VERIFY(!c.isAnalysing());
    QVERIFY(!c.analysis().compared);
    QCOMPARE(c.analysis().b.count, msB.size());
    c.clear();
    QVERIFY(c.live().isEmpty());
    QTRY_VERIFY(!c.isAnalysing());
    QVERIFY(!c.analysis().hasB);
}

void TestTimingController::fileLoading_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("capture") << QStringLiteral("capture");
    QTest::newRow("text log") << QStringLiteral("text");
    QTest::newRow("cli csv") << QStringLiteral("csv");
    QTest::newRow("plain csv") << QStringLiteral("plain");
}

// A file as B: a capture (with the times the device's bytes came), a device log, a CSV as
// `mtvw-cli timing --csv` writes it, a CSV of one number a line.
void TestTimingController::fileLoading()
{
    QFETCH(QString, kind);
    QList<double> ms;
    QList<qint64> times;
    QString path;
    QByteArray text;
    QList<std::pair<qint64, QByteArray>> chunks;
    for (int i = 1; i <= 40; ++i) {
        const Line l = runLine(i, 40, 0.5 + (i % 7) * 0.01);
        ms << l.ms;
        text += l.text;
        chunks.append({5'000'000 + i * 1000, l.text.left(10)});
        chunks.append({5'000'000 + i * 1000 + 500, l.text.mid(10)});
        times << 5'000'000 + i * 1000 + 500;
    }
    if (kind == QLatin1String("capture")) {
        path = m_dir.filePath(QStringLiteral("b.pcapng"));
        QVERIFY(writeCapture(path, chunks, runLine(1, 1, 99).text));
    } else {
        QByteArray content = text;
        path = m_dir.filePath(
            QStringLiteral("b-%1.%2").arg(kind, kind == QLatin1String("text") ? QStringLiteral("log") : QStringLiteral("csv")));
        if (kind == QLatin1String("csv")) {
            content = "run,ms,outlier\n";
            for (int i = 0; i < ms.size(); ++i)
                content += QByteArray::number(i + 1) + ',' + QByteArray::number(ms[i], 'g', 15) + ",0\n";
        } else if (kind == QLatin1String("plain")) {
            content.clear();
            for (double v : ms)
                content += QByteArray::number(v, 'g', 15) + '\n';
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        times = QList<qint64>(ms.size(), -1);
    }
    TimingController c(nullptr);
    QSignalSpy loaded(&c, &TimingController::fileLoaded);
    QSignalSpy failed(&c, &TimingController::errorOccurred);
    c.feedChunks({LiveChunk{Direction::FromDevice, 1, runLine(1, 1, 3).text}}); // the live series meanwhile
    c.loadFile(path);
    QVERIFY(c.isLoading());
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(failed.size(), 0);
    QVERIFY(c.isShowingFile());
    QCOMPARE(c.current().values(), ms);
    QCOMPARE(c.current().times(), times);
    QCOMPARE(c.live().size(), 1);
    QTRY_VERIFY(!c.isAnalysing());
    QCOMPARE(c.analysis().b.median, TimingStats::compute(ms).median);
    c.showLive();
    QCOMPARE(c.current().size(), 1);
}

void TestTimingController::fileErrors()
{
    TimingController c(nullptr);
    QSignalSpy failed(&c, &TimingController::errorOccurred);
    c.loadFile(m_dir.filePath(QStringLiteral("missing.pcapng")));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.last().first().value<mtvw::Error>().message().contains(QLatin1String("missing.pcapng")));

    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("index,ms\n1,0.5\n2,fast\n");
    }
    c.loadFile(bad);
    QTRY_COMPARE(failed.size(), 2);
    const QString message = failed.last().first().value<mtvw::Error>().message();
    QVERIFY2(message.contains(QLatin1String("line 3")) && message.contains(QLatin1String("fast")), qPrintable(message));

    const QString none = m_dir.filePath(QStringLiteral("none.log"));
    {
        QFile f(none);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\nworld\n");
    }
    c.loadFile(none);
    QTRY_COMPARE(failed.size(), 3);
    QVERIFY(failed.last().first().value<mtvw::Error>().message().contains(QLatin1String("no timings")));
    QVERIFY(!c.isShowingFile());
}

// B as CSV, read back: every sample's number, milliseconds (exactly) and seconds since the first.
void TestTimingController::exportCsv()
{
    TimingController c(nullptr);
    LiveChunks chunks;
    QList<double> ms;
    QList<qint64> times;
    QRandomGenerator gen(5);
    for (int i = 1; i <= 500; ++i) {
        const Line l = runLine(i, 500, gen.generateDouble() * 100);
        const qint64 t = 1'700'000'000'000'000 + i * 12345;
        chunks.append({Direction::FromDevice, t, l.text});
        ms << l.ms;
        times << t;
    }
    c.feedChunks(chunks);
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy done(&c, &TimingController::exported);
    c.exportCsv(path);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().at(1).toLongLong(), 500);
    const auto rows = csvRows(path);
    QCOMPARE(rows.size(), 501);
    QCOMPARE(rows[0], (QList<QByteArray>{"index", "ms", "time_s"}));
    for (int i = 0; i < 500; ++i) {
        QCOMPARE(rows[i + 1].size(), 3);
        QCOMPARE(rows[i + 1][0].toInt(), i + 1);
        QCOMPARE(rows[i + 1][1].toDouble(), ms[i]);
        QVERIFY(std::abs(rows[i + 1][2].toDouble() - double(times[i] - times[0]) / 1e6) < 1e-6);
    }
    // Read back as B: the same timings.
    QSignalSpy loaded(&c, &TimingController::fileLoaded);
    c.loadFile(path);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(c.current().values(), ms);

    // Without arrival times (a text log) there is no time column.
    const QString log = m_dir.filePath(QStringLiteral("plain.log"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(runLine(1, 2, 1.5).text + runLine(2, 2, 2.5).text);
    }
    c.loadFile(log);
    QTRY_COMPARE(loaded.size(), 2);
    const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
    c.exportCsv(plain);
    QTRY_COMPARE(done.size(), 2);
    QCOMPARE(csvRows(plain), (QList<QList<QByteArray>>{{"index", "ms"}, {"1", "1.5"}, {"2", "2.5"}}));

    QSignalSpy failed(&c, &TimingController::errorOccurred);
    c.exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")));
    QTRY_COMPARE(failed.size(), 1);
}

void TestTimingController::statsModel()
{
    TimingStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 1);
    TimingController::Analysis a;
    const QList<double> b{1, 2, 3, 4, 100};
    a.hasB = true;
    a.b = TimingStats::compute(b);
    model.setAnalysis(a, {}, QStringLiteral("live"));
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.index(TimingStatsModel::MedianRow, 0).data(TimingStatsModel::ValueRole).toDouble(), 3.0);
    QCOMPARE(model.index(TimingStatsModel::CountRow, 0).data(TimingStatsModel::ValueRole).toDouble(), 5.0);
    const QList<double> ref{1, 1, 2, 2, 2};
    a.hasA = true;
    a.a = TimingStats::compute(ref);
    a.compared = true;
    model.setAnalysis(a, QStringLiteral("kept"), QStringLiteral("live"));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(TimingStatsModel::MedianRow, TimingStatsModel::AColumn).data(TimingStatsModel::ValueRole).toDouble(),
             2.0);
    QCOMPARE(
        model.index(TimingStatsModel::MedianRow, TimingStatsModel::DifferenceColumn).data(TimingStatsModel::ValueRole).toDouble(),
        1.0);
    QVERIFY(model.index(TimingStatsModel::MedianRow, TimingStatsModel::DifferenceColumn)
                .data()
                .toString()
                .startsWith(QLatin1Char('+')));
    model.setAnalysis(TimingController::Analysis(), {}, {});
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("–"));
}

QTEST_GUILESS_MAIN(TestTimingController)
#include "tst_timingcontroller.moc"
