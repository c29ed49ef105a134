#include "../testsupport.h"
#include "boardlistmodel.h"
#include "core/bytetext.h"
#include "memorycontroller.h"
#include "memorypane.h"
#include "memorytimelineview.h"
#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace mtvw::mlf;

namespace {

std::shared_ptr<const MlfArchive> open(const QString &path)
{
    auto mlf = MlfArchive::open(path);
    return mlf ? std::shared_ptr<const MlfArchive>(mlf.value()) : nullptr;
}

int barSets(QChart *chart)
{
    int n = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            n += int(bars->count());
    return n;
}

int bars(QChart *chart)
{
    int n = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *series = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : series->barSets())
                n += int(set->count());
    return n;
}

// The largest bar: a single bar's value, or a stacked category's sum.
double largestBar(QChart *chart)
{
    double largest = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *series = qobject_cast<QAbstractBarSeries *>(s)) {
            const bool stacked = series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
            QList<double> sums;
            for (QBarSet *set : series->barSets())
                for (int i = 0; i < set->count(); ++i) {
                    if (sums.size() <= i)
                        sums << 0;
                    sums[i] = stacked ? sums[i] + set->at(i) : std::max(sums[i], set->at(i));
                }
            for (double v : sums)
                largest = std::max(largest, v);
        }
    return largest;
}

// A tick step reads round: 1, 2 or 5 times a power of ten, at least 1.
bool roundStep(double step)
{
    for (double p = 1; p <= 1e12; p *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (std::abs(step - m * p) < 1e-6 * p)
                return true;
    return false;
}

} // namespace

class TestMemoryPane : public QObject
{
    Q_OBJECT
private slots:
    void tablesShowTheMap();
    void paneAndCliAgree_data();
    void paneAndCliAgree();
    void initTestCase();
    void fillsFromExample();
    void graphArchive();
    void poolsAndModules();
    void boardComboDrivesBudget();
    void operatorActivation();
    void exports();
    void clearsAndCodegenOnly();
    void axesHaveRoundTicks_data();
    void axesHaveRoundTicks();

private:
    void prepare(MemoryPane &pane);
    QTemporaryDir m_config;
};

void TestMemoryPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // no board remembered from an earlier run
    QVERIFY(m_config.isValid());
}

void TestMemoryPane::prepare(MemoryPane &pane)
{
    QVERIFY(pane.controller()
                ->loadBoards(QStringLiteral(MTVW_SOURCE_DIR "/resources/boards/boards.json"),
                             m_config.filePath(QStringLiteral("boards.json")))
                .ok());
    pane.resize(1000, 900);
    pane.show();
}

void TestMemoryPane::fillsFromExample()
{
    MemoryPane pane;
    prepare(pane);
    const auto archive = open(testsupport::exampleArchive());
    QVERIFY(archive);
    pane.setArchive(archive);
    const MemoryMap map = MemoryMap::compute(*archive, archive->modules().first());

    // The totals shown are the engine's.
    QVERIFY2(pane.totalsText().contains(ByteText::size(map.ramBytes)), qPrintable(pane.totalsText()));
    QVERIFY(pane.totalsText().contains(ByteText::size(map.flashBytes)));
    QVERIFY(pane.totalsText().contains(map.ramFormula));
    QVERIFY(!pane.summaryText().isEmpty());

    // Split: one bar set per counted part, two categories (RAM, flash).
    QVERIFY(barSets(pane.splitChart()) >= 2);
    // Operators: one bar per operator (the example has fewer than the top N), every one in the table.
    QCOMPARE(bars(pane.operatorChart()), std::min<int>(int(map.operators.size()), MemoryPane::kTopOperators));
    QCOMPARE(pane.operatorTable()->model()->rowCount(), map.operators.size());
    QCOMPARE(pane.poolsTable()->rowCount(), map.pools.size());

    // The layout timeline arrives from the worker thread.
    QTRY_VERIFY(pane.controller()->timelineReady());
    QCOMPARE(pane.timelineView()->timeline().segments.size(), pane.controller()->timeline().segments.size());
    QCOMPARE(pane.timelineView()->timeline().steps.size(), 3);

    // Budget against a board: the summary names the fit with the engine's figures.
    QVERIFY(pane.controller()->selectBoard(QStringLiteral("nucleo_f746zg")));
    QVERIFY(pane.summaryText().startsWith(QStringLiteral("Fits")));
    QVERIFY(pane.summaryText().contains(ByteText::size(map.ramBytes)));
    QVERIFY(pane.summaryText().contains(ByteText::size(256 * 1024 - map.ramBytes))); // what Zephyr leaves the app
    QVERIFY(barSets(pane.splitChart()) >= 3);                                        // + free
    pane.controller()->setBudget(map.ramBytes - 1, -1);
    QVERIFY(pane.summaryText().startsWith(QStringLiteral("Does not fit")));
    QVERIFY(pane.splitChart()->title().contains(QStringLiteral("over")));
}

void TestMemoryPane::graphArchive()
{
    MemoryPane pane;
    prepare(pane);
    const auto archive = open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    pane.setArchive(archive);
    QTRY_VERIFY(pane.controller()->timelineReady());
    pane.tabs()->setCurrentWidget(pane.timelineView()->parentWidget()); // the Layout timeline tab
    const MemoryTimelineView *view = pane.timelineView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->timeline().source, MemoryTimeline::Source::GraphStorage);
    QVERIFY(!view->timeline().isEmpty());
    // Every segment is drawn inside the widget and can be found under its centre (or one on top of it).
    for (int i = 0; i < view->timeline().segments.size(); ++i) {
        const QRectF r = view->segmentRect(i);
        QVERIFY(QRectF(view->rect()).contains(r));
        QVERIFY(view->segmentAt(r.center().toPoint()) >= 0);
    }
    QVERIFY(!pane.grab().isNull());
}

void TestMemoryPane::poolsAndModules()
{
    MemoryPane pane;
    prepare(pane);
    pane.setArchive(open(testsupport::fixture(QStringLiteral("v7_pools.tar"))));
    QCOMPARE(pane.poolsTable()->rowCount(), pane.controller()->map().pools.size());
    QVERIFY(pane.poolsTable()->rowCount() > 0);
    QCOMPARE(pane.poolsTable()->item(0, 0)->text(), pane.controller()->map().pools.first().name);

    const auto two = open(testsupport::fixture(QStringLiteral("v7_two_modules.tar")));
    pane.setArchive(two);
    QComboBox *combo = pane.moduleCombo();
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->isEnabled());
    combo->setCurrentIndex(1);
    QCOMPARE(pane.controller()->module(), two->modules()[1].name);
    const MemoryMap second = MemoryMap::compute(*two, two->modules()[1]);
    QVERIFY(pane.totalsText().contains(ByteText::size(second.ramBytes)));
    QCOMPARE(pane.operatorTable()->model()->rowCount(), second.operators.size());
}

void TestMemoryPane::boardComboDrivesBudget()
{
    MemoryPane pane;
    prepare(pane);
    pane.setArchive(open(testsupport::exampleArchive()));
    QComboBox *board = pane.boardCombo();
    const int row = pane.controller()->boardModel()->rowOf(QStringLiteral("rpipico"));
    QVERIFY(row >= 0);
    board->setCurrentIndex(row);
    QCOMPARE(pane.controller()->currentBoard()->name, QStringLiteral("rpipico"));
    QCOMPARE(pane.controller()->budget().ramBytes, 264 * 1024);
    // Typing sizes switches the combo to Custom.
    pane.controller()->setBudget(8 * 1024, 64 * 1024);
    QCOMPARE(board->currentIndex(), pane.controller()->boardModel()->customRow());
}

void TestMemoryPane::operatorActivation()
{
    MemoryPane pane;
    prepare(pane);
    const auto archive = open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    pane.setArchive(archive);
    QSignalSpy spy(&pane, &MemoryPane::operatorActivated);
    QTableView *table = pane.operatorTable();
    const QModelIndex first = table->model()->index(0, 0);
    emit table->activated(first);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("default"));
    QCOMPARE(spy.at(0).at(1).toString(), first.data(Qt::UserRole).toString());
    QVERIFY(spy.at(0).at(1).toString().startsWith(QStringLiteral("tvmgen_default_")));
    // A click on a workspace box in the timeline asks for its operator too.
    QTRY_VERIFY(pane.controller()->timelineReady());
    const auto &segments = pane.timelineView()->timeline().segments;
    int workspace = -1;
    for (int i = 0; i < segments.size() && workspace < 0; ++i)
        if (segments[i].kind == MemoryTimeline::Kind::Workspace)
            workspace = i;
    QVERIFY(workspace >= 0);
    pane.tabs()->setCurrentWidget(pane.timelineView()->parentWidget()); // the Layout timeline tab
    QTest::mouseClick(pane.timelineView(), Qt::LeftButton, {}, pane.timelineView()->segmentRect(workspace).center().toPoint());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).toString(), segments[workspace].function);
}

void TestMemoryPane::exports()
{
    MemoryPane pane;
    prepare(pane);
    pane.setArchive(open(testsupport::exampleArchive()));
    QTRY_VERIFY(pane.controller()->timelineReady());
    QTemporaryDir dir;
    for (const char *name : {"m.csv", "m.json", "m.png", "m.svg"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const QString error = path.endsWith(QLatin1String(".csv"))    ? pane.exportCsv(path)
                              : path.endsWith(QLatin1String(".json")) ? pane.exportJson(path)
                              : path.endsWith(QLatin1String(".png"))  ? pane.exportPng(path)
                                                                      : pane.exportSvg(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 0, name);
    }
    QFile svg(dir.filePath(QStringLiteral("m.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QImage png(dir.filePath(QStringLiteral("m.png")));
    QVERIFY(!png.isNull());
    QVERIFY(!pane.exportCsv(dir.filePath(QStringLiteral("missing/x.csv"))).isEmpty());
}

void TestMemoryPane::clearsAndCodegenOnly()
{
    MemoryPane pane;
    prepare(pane);
    pane.setArchive(open(testsupport::exampleArchive()));
    pane.setArchive(nullptr);
    QCOMPARE(pane.operatorTable()->model()->rowCount(), 0);
    QCOMPARE(pane.poolsTable()->rowCount(), 0);
    QCOMPARE(barSets(pane.splitChart()), 0);
    QVERIFY(!pane.summaryText().isEmpty());
    QVERIFY(pane.totalsText().isEmpty());

    const QString codegenOnly = testsupport::corpusDir() + QStringLiteral("/octoml-mlperftiny-kws/model-codegen-only.tar");
    if (!QFile::exists(codegenOnly))
        QSKIP("no shared corpus next to the checkout");
    // No metadata, but the header and the C give the workspace and the constants: a lower bound for
    // RAM (the io sizes are unknown) and the constants in flash.
    pane.setArchive(open(codegenOnly));
    QVERIFY2(pane.summaryText().contains(QStringLiteral("at least")), qPrintable(pane.summaryText()));
    QVERIFY(barSets(pane.splitChart()) > 0);
    QVERIFY(pane.weightsTable()->rowCount() > 0);
    QVERIFY(pane.activationsTable()->rowCount() > 0);
    QTRY_VERIFY(pane.controller()->timelineReady());
    QCOMPARE(pane.timelineView()->timeline().source, MemoryTimeline::Source::AotTensors);
}

void TestMemoryPane::axesHaveRoundTicks_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    for (const auto &[name, path] : testsupport::corpusArchives()) // where ../shared is absent, the fixtures alone
        QTest::newRow(qPrintable(name)) << path;
}

// Both charts' value axes start at 0, tick in round steps of a unit the labels name, and reach
// past the largest bar, in at most four intervals.
void TestMemoryPane::axesHaveRoundTicks()
{
    QFETCH(QString, file);
    MemoryPane pane;
    prepare(pane);
    pane.setArchive(open(file));
    for (QChart *chart : {pane.splitChart(), pane.operatorChart()}) {
        if (bars(chart) == 0)
            continue;
        const auto axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(axis->tickCount() >= 2);
        QVERIFY2(axis->tickCount() <= 5, qPrintable(QString::number(axis->tickCount()))); // room for "1000 KiB"
        const double step = axis->max() / (axis->tickCount() - 1);
        QVERIFY2(roundStep(step), qPrintable(QStringLiteral("%1 ticks to %2").arg(axis->tickCount()).arg(axis->max())));
        QVERIFY(axis->max() >= largestBar(chart) - 1e-9);
        QVERIFY2(largestBar(chart) == 0 || axis->max() - step < largestBar(chart),
                 qPrintable(QStringLiteral("%1 ticks to %2, largest %3")
                                .arg(axis->tickCount())
                                .arg(axis->max())
                                .arg(largestBar(chart)))); // no empty interval at the end
        QVERIFY(axis->labelFormat().startsWith(QLatin1String("%.0f ")));
        QVERIFY(QStringList({"B", "KiB", "MiB"}).contains(axis->labelFormat().mid(5)));
    }
    // The operator bars' labels are distinct and keep each name's end (…_cast_1, …_cast_5),
    // cut in the middle when long.
    const auto vertical = pane.operatorChart()->axes(Qt::Vertical);
    if (vertical.isEmpty())
        return;
    auto *names = qobject_cast<QBarCategoryAxis *>(vertical.first());
    QVERIFY(names);
    const QStringList labels = names->categories();
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    const auto archive = open(file);
    const auto &ops = MemoryMap::compute(*archive, archive->modules().first()).operators;
    for (const QString &label : labels) {
        const QString head = label.section(QChar(0x2026), 0, 0);
        const QString tail = label.contains(QChar(0x2026)) ? label.section(QChar(0x2026), 1) : QString();
        const bool found =
            std::any_of(ops.begin(), ops.end(), [&](const auto &op) { return op.name.contains(head) && op.name.endsWith(tail); });
        QVERIFY2(found, qPrintable(label));
    }
}

void TestMemoryPane::tablesShowTheMap()
{
    MemoryPane pane;
    prepare(pane);
    pane.setArchive(open(testsupport::fixture(QStringLiteral("v7_constforms.tar"))));
    const auto &map = pane.controller()->map();
    QCOMPARE(pane.weightsTable()->rowCount(), map.constantsInCode.size());
    qint64 weights = 0;
    for (int row = 0; row < pane.weightsTable()->rowCount(); ++row)
        weights += pane.weightsTable()->item(row, 2)->data(Qt::UserRole).toLongLong();
    QCOMPARE(weights, map.constantsInCodeBytes);
    QCOMPARE(pane.activationsTable()->rowCount(), map.activations.size());
    // The rows held at the peak are marked, and only those.
    int held = 0, expected = 0;
    for (int row = 0; row < pane.activationsTable()->rowCount(); ++row)
        held += pane.activationsTable()->item(row, 5)->text().isEmpty() ? 0 : 1;
    for (const auto &a : map.activations)
        expected += a.liveFrom <= map.peakCall && map.peakCall <= a.liveTo ? 1 : 0;
    QCOMPARE(held, expected);
    QVERIFY(held > 0);
    // The largest first.
    QVERIFY(pane.activationsTable()->item(0, 3)->data(Qt::UserRole).toLongLong() >=
            pane.activationsTable()->item(pane.activationsTable()->rowCount() - 1, 3)->data(Qt::UserRole).toLongLong());
    for (const QString &n : map.notes)
        QVERIFY(pane.findingsText().contains(n));
}

void TestMemoryPane::paneAndCliAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("linked graph") << testsupport::fixture(QStringLiteral("v4_graph_linked.tar"));
    QTest::newRow("constant forms") << testsupport::fixture(QStringLiteral("v7_constforms.tar"));
    QTest::newRow("codegen only") << testsupport::fixture(QStringLiteral("codegen_only_header.tar"));
    if (!QDir(testsupport::corpusDir()).exists())
        return; // the corpus rows need ../shared beside the checkout
    for (const char *f : {"guberti-arduino/v4_graph_person_detection_nrf5340.tar", "octoml-mlperftiny-kws/model-codegen-only.tar",
                          "utoe-riot-mnist/default.tar", "ethosu-compiler13/module.tar"})
        QTest::newRow(f) << QDir(testsupport::corpusDir()).filePath(QString::fromLatin1(f));
}

void TestMemoryPane::paneAndCliAgree()
{
    QFETCH(QString, file);
    QProcess cli;
    cli.start(QStringLiteral(MTVW_CLI), {QStringLiteral("memory"), file, QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    const QJsonObject module =
        QJsonDocument::fromJson(cli.readAllStandardOutput()).object()[QStringLiteral("modules")].toArray().first().toObject();
    const QJsonObject estimate = module[QStringLiteral("estimate")].toObject();
    MemoryPane pane;
    prepare(pane);
    pane.setArchive(open(file));
    // The pane says the same figures as the command line, in its own words.
    QVERIFY2(pane.totalsText().contains(ByteText::size(estimate[QStringLiteral("ram_bytes")].toInteger())),
             qPrintable(pane.totalsText()));
    QVERIFY2(pane.totalsText().contains(ByteText::size(estimate[QStringLiteral("flash_bytes")].toInteger())),
             qPrintable(pane.totalsText()));
    QCOMPARE(pane.weightsTable()->rowCount(), module[QStringLiteral("constants_in_code")].toArray().size());
    QCOMPARE(pane.activationsTable()->rowCount(), module[QStringLiteral("activations")].toArray().size());
}

QTEST_MAIN(TestMemoryPane)
#include "tst_memorypane.moc"
