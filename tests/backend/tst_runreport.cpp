#include "micro/hostsimoutput.h"
#include "micro/runreport.h"
#include "micro/timingstats.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace mtvw::micro;

class TestRunReport : public QObject
{
    Q_OBJECT
private slots:
    void statsOfKnownSamples();
    void outliersByTheMedianRule();
    void hostSimLines();
    void reportNamesTheClassAndTheColdRun();
};

// Figures worked out by hand for 1..10: median 5.5, mean 5.5, sample sd sqrt(82.5/9), p95 by
// nearest rank (ceil(9.5) = 10th value) 10, MAD median(|x - 5.5|) = 2.5.
void TestRunReport::statsOfKnownSamples()
{
    QList<double> v;
    for (int i = 10; i >= 1; --i)
        v << i;
    const TimingStats s = TimingStats::compute(v);
    QCOMPARE(s.count, 10);
    QCOMPARE(s.min, 1.0);
    QCOMPARE(s.max, 10.0);
    QCOMPARE(s.median, 5.5);
    QCOMPARE(s.mean, 5.5);
    QCOMPARE(s.p95, 10.0);
    QVERIFY(std::abs(s.stddev - std::sqrt(82.5 / 9)) < 1e-12);
    QCOMPARE(s.mad, 2.5);
    QVERIFY(s.outliers.isEmpty());
    QCOMPARE(TimingStats::compute({}).count, 0);
}

void TestRunReport::outliersByTheMedianRule()
{
    // apache/tvm#12538: a 230584247 s reading among 30 ms runs; the mean is ruined, the median not.
    QList<double> v{30.1, 29.8, 30.0, 230584247000.0, 30.3, 29.9, 30.2};
    TimingStats s = TimingStats::compute(v);
    QCOMPARE(s.outliers, QList<int>{3});
    QCOMPARE(s.median, 30.1);
    // A cold first run 80 times the rest.
    s = TimingStats::compute({8.0, 0.1, 0.1, 0.1, 0.1});
    QCOMPARE(s.outliers, QList<int>{0});
    QCOMPARE(s.mad, 0.0); // most equal: what differs by 10 % or more stands out
    // Tight samples with a few per cent of jitter: no outlier, however small the MAD.
    QVERIFY(TimingStats::compute({4.0, 3.99, 4.01, 4.376, 3.95, 4.0}).outliers.isEmpty());
    // Not a number: never a sample, always named.
    s = TimingStats::compute({1.0, std::numeric_limits<double>::quiet_NaN(), 1.1, 0.9});
    QCOMPARE(s.count, 3);
    QCOMPARE(s.outliers, QList<int>{1});
    QVERIFY(TimingStats::rule().contains(QLatin1String("3.5")));
}

void TestRunReport::hostSimLines()
{
    HostSimOutput out;
    out.addLine(QStringLiteral("hostsim: 1 module(s), 2 run(s), fill=zeros seed=0"));
    out.addLine(QStringLiteral("run 1/2 default: 0.5000 ms checksum=0x0000abcd"));
    out.addLine(QStringLiteral("run 2/2 default: 0.1250 ms checksum=0x0000abcd"));
    out.addLine(QStringLiteral("output default/output: int8[4] checksum=0x12ab34cd = -128 -121 112 112"));
    out.addLine(QStringLiteral("output default/probs: float32[1000] checksum=0x00000001 = 0.1 0.9 ... (998 more)"));
    out.addLine(QStringLiteral("output broken"));
    QCOMPARE(out.runs().size(), 2);
    QCOMPARE(out.runTimes(QStringLiteral("default")), (QList<double>{0.5, 0.125}));
    QCOMPARE(out.outputs().size(), 2);
    const HostSimOutput::Tensor &t = out.outputs().first();
    QCOMPARE(t.dtype, QStringLiteral("int8"));
    QCOMPARE(t.count, 4);
    QCOMPARE(t.values, (QList<double>{-128, -121, 112, 112}));
    const auto top = t.top(3);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top[0].first, 2); // ties keep the lower index first
    QCOMPARE(top[1].first, 3);
    QCOMPARE(top[2].first, 1);
    QCOMPARE(out.outputs()[1].values.size(), 2);
    QCOMPARE(out.outputs()[1].count, 1000);
}

void TestRunReport::reportNamesTheClassAndTheColdRun()
{
    HostSimOutput out;
    out.addLine(QStringLiteral("output default/output: int8[4] checksum=0x1 = -128 -121 -120 112"));
    const QList<double> times{8.0, 0.1, 0.1, 0.1};
    for (int i = 0; i < times.size(); ++i)
        out.addLine(QStringLiteral("run %1/4 default: %2 ms checksum=0x1").arg(i + 1).arg(times[i]));
    const QStringList lines = runReport(out, 3, QLocale::c());
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QLatin1String("default/output int8[4]: largest at index 3; top 3: 3 (112), 2 (-120), 1 (-121)")),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QLatin1String("default: 4 run(s): median 0.1 ms")), qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QStringLiteral("run 1: 8 ms (80× the median)")), qPrintable(lines[2]));
    QVERIFY(lines[2].contains(QLatin1String("cold")));
}

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
