#include "backgroundjob.h"
#include "micro/timingcomparison.h"
#include "micro/timingstats.h"
#include "timingcontroller.h"
#include "timinghistogram.h"
#include "timingpane.h"
#include "timingplot.h"
#include "timingstatsmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

using mtvw::Direction;
using mtvw::micro::TimingComparison;
using mtvw::micro::TimingStats;

namespace {

// Host-sim run lines for these values (printed to 4 decimals) as chunks a board would send,
// stamped from `startUs` on; ms gets the milliseconds as the test reads its own text.
LiveChunks runChunks(const QList<double> &values, qint64 startUs, QList<double> *ms, QList<qint64> *times = nullptr)
{
    LiveChunks chunks;
    for (int i = 0; i < values.size(); ++i) {
        const QByteArray text = QByteArray::number(values[i], 'f', 4);
        const qint64 t = startUs + i * 10'000;
        chunks.append({Direction::FromDevice, t,
                       "run " + QByteArray::number(i + 1) + '/' + QByteArray::number(values.size()) + " default: " + text +
                           " ms checksum=0x1\n"});
        ms->append(text.toDouble());
        if (times)
            times->append(t);
    }
    return chunks;
}

QList<double> noisy(quint32 seed, int n, double centre, double spread)
{
    QRandomGenerator gen(seed);
    QList<double> out;
    for (int i = 0; i < n; ++i)
        out << centre + (gen.generateDouble() - 0.5) * spread;
    return out;
}

QString shown(const QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

// Every figure of the statistics table whole: each column at least as wide as its widest
// figure and its header, and all of them inside the viewport (no scrolling sideways).
bool figuresWhole(QTableView *table, QString *why)
{
    const QAbstractItemView *view = table; // where the size hints are public
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        const int wanted = std::max(view->sizeHintForColumn(c), table->horizontalHeader()->sectionSizeHint(c));
        if (table->columnWidth(c) < wanted) {
            *why = QStringLiteral("column %1: %2 < %3").arg(c).arg(table->columnWidth(c)).arg(wanted);
            return false;
        }
    }
    const int last = table->model()->columnCount() - 1;
    const int right = table->columnViewportPosition(last) + table->columnWidth(last);
    if (right > table->viewport()->width() || table->horizontalScrollBar()->maximum() > 0) {
        *why = QStringLiteral("columns end at %1, the viewport at %2").arg(right).arg(table->viewport()->width());
        return false;
    }
    return true;
}

} // namespace

class TestTimingPane : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { BackgroundJobBase::waitForAbandoned(); }
    void showsStatisticsAndOutliers();
    void pauseHoldsTheViewAndLosesNothing();
    void hoverReadout();
    void wheelAndDrag();
    void compareView();
    void fitsADock();
};

// What the pane shows is what TimingStats says of the samples the test fed: every figure, the
// outliers by number with the rule that flagged them.
void TestTimingPane::showsStatisticsAndOutliers()
{
    TimingController controller(nullptr);
    TimingPane pane(&controller);
    pane.resize(1366, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(!pane.exportAction()->isEnabled());
    QVERIFY(!pane.keepAction()->isEnabled());

    QList<double> values = noisy(3, 120, 2.0, 0.1);
    values[0] = 9.0;  // a cold first run
    values[57] = 6.5; // a hiccup
    QList<double> ms;
    const LiveChunks chunks = runChunks(values, 1'000'000, &ms);
    controller.feedChunks(chunks.mid(0, 60));
    controller.feedChunks(chunks.mid(60));
    const TimingStats s = TimingStats::compute(ms);
    QVERIFY(s.outliers.contains(0) && s.outliers.contains(57));
    const QAbstractItemModel *m = pane.statsTable()->model();
    QTRY_COMPARE(m->index(TimingStatsModel::CountRow, 0).data(TimingStatsModel::ValueRole).toDouble(), double(ms.size()));
    QTRY_VERIFY(!controller.isAnalysing());
    const QLocale locale;
    const std::pair<int, double> figures[] = {{TimingStatsModel::MinRow, s.min},   {TimingStatsModel::MedianRow, s.median},
                                              {TimingStatsModel::MeanRow, s.mean}, {TimingStatsModel::P95Row, s.p95},
                                              {TimingStatsModel::MaxRow, s.max},   {TimingStatsModel::StddevRow, s.stddev},
                                              {TimingStatsModel::MadRow, s.mad}};
    for (const auto &[row, value] : figures) {
        QCOMPARE(m->index(row, 0).data(TimingStatsModel::ValueRole).toDouble(), value);
        QVERIFY2(shown(m, row, 0).contains(locale.toString(value, 'g', 5)), qPrintable(shown(m, row, 0)));
    }
    QCOMPARE(shown(m, TimingStatsModel::OutliersRow, 0), locale.toString(s.outliers.size()));
    QCOMPARE(pane.outlierList()->count(), s.outliers.size());
    const QString outliers = pane.outliersText();
    QVERIFY2(outliers.contains(TimingStats::rule()), qPrintable(outliers));
    for (int i : s.outliers)
        QVERIFY2(outliers.contains(QStringLiteral("#%1: %2 ms").arg(locale.toString(i + 1), locale.toString(ms[i], 'g', 6))),
                 qPrintable(outliers));
    QCOMPARE(pane.plot()->outliers(), (QList<qint64>{s.outliers.begin(), s.outliers.end()}));
    // The histogram holds every sample, inside its bins or counted beyond them.
    int binned = pane.histogram()->histogram().outsideB;
    for (int n : pane.histogram()->histogram().b)
        binned += n;
    QCOMPARE(binned, ms.size());
    QVERIFY(pane.statusText().contains(locale.toString(ms.size())));
    QVERIFY(pane.exportAction()->isEnabled());
    QVERIFY(pane.verdictText().isEmpty()); // nothing to compare with
    // Clicking an outlier shows it.
    pane.outlierList()->setCurrentRow(1);
    emit pane.outlierList()->itemClicked(pane.outlierList()->item(1));
    const qint64 shownSample = pane.outlierList()->item(1)->data(Qt::UserRole).toLongLong();
    QVERIFY(pane.plot()->isPaused());
    QVERIFY(pane.plot()->viewStart() <= shownSample && shownSample <= pane.plot()->viewEnd());
}

// Paused, the view stays where it was while samples keep coming, and every sample is kept;
// resuming jumps to the newest.
void TestTimingPane::pauseHoldsTheViewAndLosesNothing()
{
    TimingController controller(nullptr);
    TimingPane pane(&controller);
    pane.resize(1000, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QList<double> ms;
    const LiveChunks chunks = runChunks(noisy(9, 3000, 1.0, 0.2), 0, &ms);
    controller.feedChunks(chunks.mid(0, 1000));
    TimingPlot *plot = pane.plot();
    QVERIFY(!plot->isPaused());
    QCOMPARE(plot->viewEnd(), 999.0); // following: everything so far
    pane.pauseAction()->trigger();
    QVERIFY(plot->isPaused());
    QCOMPARE(pane.pauseAction()->text(), TimingPane::tr("Resume"));
    const double start = plot->viewStart(), end = plot->viewEnd();
    for (qsizetype i = 1000; i < chunks.size(); i += 200) {
        controller.feedChunks(chunks.mid(i, 200));
        QCOMPARE(plot->viewStart(), start);
        QCOMPARE(plot->viewEnd(), end);
    }
    QTRY_VERIFY(!controller.isAnalysing());
    QCOMPARE(plot->viewStart(), start);
    QCOMPARE(plot->viewEnd(), end);
    QCOMPARE(controller.live().values(), ms);
    QCOMPARE(controller.analysis().b.count, ms.size());
    pane.pauseAction()->trigger();
    QVERIFY(!plot->isPaused());
    QCOMPARE(plot->viewEnd(), double(ms.size() - 1));
    QCOMPARE(pane.pauseAction()->text(), TimingPane::tr("Pause"));
}

// Hovering reads out the sample under the cursor: its number, milliseconds and arrival time.
void TestTimingPane::hoverReadout()
{
    TimingController controller(nullptr);
    TimingPane pane(&controller);
    pane.resize(1200, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QList<double> ms;
    QList<qint64> times;
    const QList<double> values{1.0, 1.5, 1.2, 3.0, 1.1, 1.3, 1.4, 1.25, 1.35, 1.15, 1.45, 1.05};
    controller.feedChunks(runChunks(values, 5'000'000, &ms, &times));
    TimingPlot *plot = pane.plot();
    QTRY_VERIFY(!controller.isAnalysing());
    const QLocale locale;
    const TimingStats stats = TimingStats::compute(ms);
    QVERIFY(stats.outliers.contains(3) && !stats.outliers.contains(2) && !stats.outliers.contains(7));
    for (int k : {2, 7, 3}) {
        // An outlier lies beyond the automatic range, marked at the edge: point at that edge.
        QPoint at = plot->pointFor(k, ms[k]).toPoint();
        at.setY(std::clamp(at.y(), plot->plotArea().top() + 2, plot->plotArea().bottom() - 2));
        QTest::mouseMove(plot, at);
        QTRY_COMPARE(plot->hoverSample(), qint64(k));
        const QString text = plot->readoutText();
        QVERIFY2(text.contains(QStringLiteral("#%1").arg(k + 1)), qPrintable(text));
        QVERIFY2(text.contains(locale.toString(ms[k], 'g', 6) + QStringLiteral(" ms")), qPrintable(text));
        QVERIFY2(text.contains(locale.toString(double(times[k] - times[0]) / 1e6, 'f', 3) + QStringLiteral(" s")),
                 qPrintable(text));
        QCOMPARE(text.contains(TimingPlot::tr(" (outlier)")), stats.outliers.contains(k));
    }
    plot->hoverAt(QPoint(2, 2)); // off the plot: nothing
    QVERIFY(plot->readoutText().isEmpty());
    QCOMPARE(plot->hoverSample(), -1);
}

void TestTimingPane::wheelAndDrag()
{
    TimingController controller(nullptr);
    TimingPane pane(&controller);
    pane.resize(1200, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QList<double> ms;
    controller.feedChunks(runChunks(noisy(4, 2000, 5.0, 1.0), 0, &ms));
    TimingPlot *plot = pane.plot();
    const QPoint centre = plot->plotArea().center();
    const double span = plot->viewEnd() - plot->viewStart();
    QWheelEvent in(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                   false);
    QApplication::sendEvent(plot, &in);
    QVERIFY(plot->viewEnd() - plot->viewStart() < span);
    QCOMPARE(plot->viewEnd(), double(ms.size() - 1)); // following: the newest stays at the edge
    QVERIFY(plot->isYAutomatic());
    const double yLo = plot->yMin(), yHi = plot->yMax();
    QWheelEvent yZoom(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &yZoom);
    QVERIFY(!plot->isYAutomatic());
    QVERIFY(plot->yMax() - plot->yMin() < yHi - yLo);
    // Dragging pans back in time, and pauses.
    const double before = plot->viewStart();
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseMove(plot, centre + QPoint(200, 0));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, centre + QPoint(200, 0));
    QVERIFY(plot->isPaused());
    QVERIFY(pane.pauseAction()->isChecked());
    QVERIFY(plot->viewStart() < before);
    // A double click shows everything and follows again.
    QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, centre);
    QVERIFY(!plot->isPaused());
    QVERIFY(plot->isYAutomatic());
    QCOMPARE(plot->viewStart(), 0.0);
    QCOMPARE(plot->viewEnd(), double(ms.size() - 1));
}

// A kept run as A, the next as B: side by side, with the difference and the verdict by the rule.
void TestTimingPane::compareView()
{
    TimingController controller(nullptr);
    TimingPane pane(&controller);
    pane.resize(1366, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QList<double> msA, msB, msC;
    controller.feedChunks(runChunks(noisy(1, 300, 3.0, 0.3), 0, &msA));
    pane.keepAction()->trigger();
    QVERIFY(pane.dropReferenceAction()->isVisible());
    QList<double> slower;
    for (double v : noisy(2, 300, 3.0, 0.3))
        slower << v * 1.2;
    controller.feedChunks(runChunks(slower, 0, &msB));
    QTRY_VERIFY(!pane.verdictText().isEmpty());
    QTRY_VERIFY(!controller.isAnalysing());
    const TimingComparison expected = TimingComparison::compute(msA, msB);
    QCOMPARE(expected.verdict, TimingComparison::Verdict::ExceedsNoise);
    const QAbstractItemModel *m = pane.statsTable()->model();
    QCOMPARE(m->columnCount(), 3);
    QCOMPARE(m->index(TimingStatsModel::MedianRow, TimingStatsModel::AColumn).data(TimingStatsModel::ValueRole).toDouble(),
             TimingStats::compute(msA).median);
    QCOMPARE(m->index(TimingStatsModel::MedianRow, TimingStatsModel::BColumn).data(TimingStatsModel::ValueRole).toDouble(),
             TimingStats::compute(msB).median);
    QCOMPARE(
        m->index(TimingStatsModel::MedianRow, TimingStatsModel::DifferenceColumn).data(TimingStatsModel::ValueRole).toDouble(),
        TimingStats::compute(msB).median - TimingStats::compute(msA).median);
    QVERIFY2(pane.verdictText().contains(QLatin1String("exceeds the noise")), qPrintable(pane.verdictText()));
    QVERIFY2(pane.verdictText().contains(QLocale().toString(expected.differencePercent, 'g', 3)), qPrintable(pane.verdictText()));
    QVERIFY(pane.ruleText().contains(TimingComparison::rule()));
    QVERIFY(!pane.histogram()->histogram().a.isEmpty());
    QVERIFY(!pane.histogram()->histogram().b.isEmpty());
    QVERIFY(pane.statusText().contains(QLatin1String("A (")));
    // In a dock as wide as the right one on a 1366 x 768 screen, every figure whole.
    pane.resize(680, 470);
    QString why;
    QTRY_VERIFY2(figuresWhole(pane.statsTable(), &why), qPrintable(why));

    // The same distribution again, kept B as the new A: within the noise.
    pane.keepAction()->trigger();
    QList<double> same = msB;
    std::reverse(same.begin(), same.end());
    controller.feedChunks(runChunks(same, 0, &msC));
    QTRY_VERIFY(pane.verdictText().contains(QLatin1String("within the noise")));
    QCOMPARE(TimingComparison::compute(msB, msC).verdict, TimingComparison::Verdict::WithinNoise);
    pane.dropReferenceAction()->trigger();
    QTRY_VERIFY(!controller.isAnalysing());
    QVERIFY(pane.verdictText().isEmpty());
    QCOMPARE(m->columnCount(), 1);
}

// In a dock of a 1366 x 768 screen: across the bottom (wide and low: the plot beside the
// histogram and the statistics), or on the right (the plot over them).
void TestTimingPane::fitsADock()
{
    TimingController controller(nullptr);
    TimingPane pane(&controller);
    QVERIFY2(pane.minimumSizeHint().height() <= 450, qPrintable(QString::number(pane.minimumSizeHint().height())));
    QVERIFY2(pane.minimumSizeHint().width() <= 1366, qPrintable(QString::number(pane.minimumSizeHint().width())));
    pane.resize(1366, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // The plot over the whole width, the histogram and the statistics under it.
    QTableView *table = pane.statsTable();
    QList<double> ms;
    controller.feedChunks(runChunks(noisy(1, 50, 1, 0.1), 0, &ms));
    QTRY_VERIFY(!controller.isAnalysing());
    for (const QSize size : {QSize(1366, 340), QSize(1366, 450), QSize(680, 450), QSize(680, 500)}) {
        pane.resize(size);
        QTest::qWait(0);
        const QString at = QStringLiteral(" at %1 x %2").arg(size.width()).arg(size.height());
        const QPoint plotAt = pane.plot()->mapTo(&pane, QPoint(0, 0));
        if (size.width() >= 2 * size.height()) {
            QVERIFY2(pane.plot()->width() >= size.width() * 2 / 5, qPrintable(QString::number(pane.plot()->width()) + at));
            QVERIFY2(pane.plot()->height() >= size.height() - 80, qPrintable(QString::number(pane.plot()->height()) + at));
            QVERIFY(pane.histogram()->mapTo(&pane, QPoint(0, 0)).x() >= plotAt.x() + pane.plot()->width());
            QVERIFY(pane.tabs()->mapTo(&pane, QPoint(0, 0)).x() >= plotAt.x() + pane.plot()->width());
        } else {
            QVERIFY2(pane.plot()->width() >= size.width() - 20, qPrintable(QString::number(pane.plot()->width()) + at));
            QVERIFY2(pane.plot()->height() >= 160, qPrintable(QString::number(pane.plot()->height()) + at));
            QVERIFY(pane.histogram()->mapTo(&pane, QPoint(0, 0)).y() >= plotAt.y() + pane.plot()->height());
            QVERIFY(pane.tabs()->mapTo(&pane, QPoint(0, 0)).y() >= plotAt.y() + pane.plot()->height());
        }
        QVERIFY(pane.histogram()->width() >= 180);
        // Every statistics row fits without scrolling, every figure whole.
        const int last =
            table->rowViewportPosition(TimingStatsModel::RowCount - 1) + table->rowHeight(TimingStatsModel::RowCount - 1);
        QVERIFY2(last <= table->viewport()->height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(last).arg(table->viewport()->height()) + at));
        QString why;
        QVERIFY2(figuresWhole(table, &why), qPrintable(why + at));
    }
}

QTEST_MAIN(TestTimingPane)
#include "tst_timingpane.moc"
