#include "../testsupport.h"
#include "boardlistmodel.h"
#include "core/bytetext.h"
#include "memorycontroller.h"
#include "mlf/memoryexport.h"
#include "mlf/mlfarchive.h"
#include "operatorworkspacemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw::mlf;

namespace {

QString seedPath()
{
    return QStringLiteral(MTVW_SOURCE_DIR "/resources/boards/boards.json");
}

std::shared_ptr<const MlfArchive> open(const QString &path)
{
    auto mlf = MlfArchive::open(path);
    if (!mlf)
        qWarning("%s", qPrintable(mlf.error().message()));
    return mlf ? std::shared_ptr<const MlfArchive>(mlf.value()) : nullptr;
}

// The bytes live at each step, worked out from the graph alone: an entry is live at step t when
// the node that writes it has run (inputs and parameters: from the start) and some node still
// reads it at t or later, or it is a graph output or a parameter. Per storage id the largest
// live entry counts; an operator's workspace counts during its own step.
QList<qint64> liveBytesFromGraph(const Graph &g, const QHash<QString, qint64> &workspace, const QSet<QString> &params)
{
    QList<int> order; // operator node ids in execution order
    for (const Graph::Node &n : g.nodes)
        if (n.isOperator())
            order << n.id;
    QList<qint64> live;
    for (int t = 0; t < order.size(); ++t) {
        QMap<qint64, qint64> perSid;
        for (const Graph::Node &n : g.nodes) {
            const int written = n.isOperator() ? int(order.indexOf(n.id)) : 0;
            if (written > t)
                continue;
            for (int k = 0; k < n.numOutputs; ++k) {
                bool needed = written == t || (!n.isOperator() && params.contains(n.name));
                for (const Graph::EntryRef &h : g.heads)
                    needed = needed || (h.node == n.id && h.index == k);
                for (int s = t; s < order.size() && !needed; ++s)
                    for (const Graph::EntryRef &in : g.nodes[order[s]].inputs)
                        needed = needed || (in.node == n.id && in.index == k);
                const Graph::Entry *e = g.entry({n.id, k});
                if (needed && e && e->storageId >= 0)
                    perSid[e->storageId] = std::max(perSid.value(e->storageId), e->bytes);
            }
        }
        qint64 sum = workspace.value(g.nodes[order[t]].funcName, 0);
        for (qint64 b : perSid)
            sum += b;
        live << sum;
    }
    return live;
}

} // namespace

class TestMemoryController : public QObject
{
    Q_OBJECT
private slots:
    void totalsMatchEngine_data();
    void totalsMatchEngine();
    void corpusTotals();
    void budgetFit();
    void boards();
    void boardFromTarget_data();
    void boardFromTarget();
    void graphTimelinePeak();
    void aotTimelineFollowsCalls_data();
    void aotTimelineFollowsCalls();
    void noTimelineWithoutOrder();
    void exportsParseBack();
    void operatorModel();
    void clears();
};

void TestMemoryController::totalsMatchEngine_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    for (const char *name :
         {"v1_graph.tar", "v2_aot.tar", "v5_graph.tar", "v5_aot.tar", "v7_graph.tar", "v7_aot.tar", "v7_pools.tar",
          "v7_two_modules.tar", "v7_operator.tar", "v7_llvm.tar", "v7_noparams.tar", "v7_bigparams.tar"})
        QTest::newRow(name) << testsupport::fixture(QString::fromLatin1(name));
}

void TestMemoryController::totalsMatchEngine()
{
    QFETCH(QString, file);
    const auto archive = open(file);
    QVERIFY(archive);
    MemoryController c;
    QSignalSpy changed(&c, &MemoryController::changed);
    c.setArchive(archive);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(c.modules().size(), archive->modules().size());
    for (const MlfArchive::Module &m : archive->modules()) {
        c.setModule(m.name);
        QCOMPARE(c.module(), m.name);
        const MemoryMap expected = MemoryMap::compute(*archive, m);
        const MemoryMap &got = c.map();
        QVERIFY(c.hasMap());
        QCOMPARE(got.workspaceBytes, expected.workspaceBytes);
        QCOMPARE(got.ioBytes, expected.ioBytes);
        QCOMPARE(got.constantsBytes, expected.constantsBytes);
        QCOMPARE(got.paramsBytes, expected.paramsBytes);
        QCOMPARE(got.storageBytes, expected.storageBytes);
        QCOMPARE(got.ramBytes, expected.ramBytes);
        QCOMPARE(got.flashBytes, expected.flashBytes);
        QCOMPARE(got.operators.size(), expected.operators.size());
        QCOMPARE(got.pools.size(), expected.pools.size());
        // The split adds up to the engine's estimates, region by region.
        qint64 ram = 0, flash = 0;
        QSet<QString> keys;
        for (const MemoryController::Part &p : c.split()) {
            keys << p.key;
            if (p.region == MemoryController::Region::Ram)
                ram += p.bytes;
            else if (p.region == MemoryController::Region::Flash)
                flash += p.bytes;
        }
        QCOMPARE(ram, expected.ramBytes);
        QCOMPARE(flash, expected.flashBytes);
        for (const char *key : {"workspace", "io", "constants", "params", "code"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(!c.explanation().isEmpty());
        QTRY_VERIFY(c.timelineReady());
    }
}

void TestMemoryController::corpusTotals()
{
    const QDir corpus(testsupport::corpusDir());
    if (!corpus.exists())
        QSKIP("no shared corpus next to the checkout");
    int seen = 0;
    for (const QFileInfo &dir : corpus.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &tar : QDir(dir.filePath()).entryInfoList({QStringLiteral("*.tar")})) {
            const auto archive = open(tar.filePath());
            QVERIFY2(archive, qPrintable(tar.filePath()));
            MemoryController c;
            c.setArchive(archive);
            for (const MlfArchive::Module &m : archive->modules()) {
                c.setModule(m.name);
                const MemoryMap expected = MemoryMap::compute(*archive, m);
                QCOMPARE(c.map().ramBytes, expected.ramBytes);
                qint64 ram = 0, flash = 0;
                for (const auto &p : c.split()) {
                    ram += p.region == MemoryController::Region::Ram ? p.bytes : 0;
                    flash += p.region == MemoryController::Region::Flash ? p.bytes : 0;
                }
                if (expected.ramKnown || expected.flashKnown) {
                    QCOMPARE(ram, expected.ramBytes);
                    QCOMPARE(flash, expected.flashBytes);
                } else {
                    QVERIFY(c.split().isEmpty());
                }
                QTRY_VERIFY_WITH_TIMEOUT(c.timelineReady(), 20000);
                QVERIFY2(!c.timeline().isEmpty() || !c.timeline().reason.isEmpty(), qPrintable(tar.fileName()));
                ++seen;
            }
        }
    }
    QVERIFY(seen > 0);
}

void TestMemoryController::budgetFit()
{
    MemoryController c;
    QVERIFY(c.loadBoards(seedPath(), QString()).ok());
    c.setArchive(open(testsupport::exampleArchive()));
    const MemoryMap map = c.map();
    QVERIFY(map.ramBytes > 0 && map.flashBytes > 0);

    QVERIFY(!c.fit().ramChecked && !c.fit().flashChecked);
    QVERIFY(c.summary().contains(QStringLiteral("Pick a board")));

    QSignalSpy changed(&c, &MemoryController::changed);
    c.setBudget(map.ramBytes, map.flashBytes); // exactly enough
    QCOMPARE(changed.count(), 1);
    QCOMPARE(c.board(), -1);
    QVERIFY(c.fit().fits());
    QCOMPARE(c.fit().ramHeadroom, 0);
    QVERIFY(c.summary().startsWith(QStringLiteral("Fits")));

    c.setBudget(map.ramBytes - 1, -1); // one byte short, flash not checked
    QVERIFY(!c.fit().fits());
    QVERIFY(!c.fit().ramFits);
    QVERIFY(!c.fit().flashChecked);
    QCOMPARE(c.fit().ramHeadroom, -1);
    QVERIFY(c.summary().startsWith(QStringLiteral("Does not fit")));
    QVERIFY(c.summary().contains(QStringLiteral("over")));

    c.setBudget(-1, map.flashBytes - 1);
    QVERIFY(!c.fit().flashFits);
    QVERIFY(c.fit().ramFits);

    // The chip has 320 KiB; Zephyr's board file gives the application 256 KiB: that is checked.
    QVERIFY(c.selectBoard(QStringLiteral("nucleo_f746zg")));
    QCOMPARE(c.budget().ramBytes, 256 * 1024);
    QCOMPARE(c.budget().flashBytes, 1024 * 1024);
    QCOMPARE(c.currentBoard()->name, QStringLiteral("nucleo_f746zg"));
    QVERIFY(c.fit().fits());
    QCOMPARE(c.fit().ramHeadroom, 256 * 1024 - map.ramBytes);
    QVERIFY(c.hints().join(QLatin1Char(' ')).contains(ByteText::size(320 * 1024)));
    QVERIFY(c.hints().join(QLatin1Char(' ')).contains(QStringLiteral("workspace_size_bytes")));

    // Typing sizes leaves the board: "Custom".
    c.setBudget(100, 2048);
    QCOMPARE(c.board(), -1);
    QVERIFY(!c.currentBoard());
    QVERIFY(!c.fit().fits());
    // Picking the Custom row keeps the typed sizes.
    c.setBoard(c.boardModel()->customRow());
    QCOMPARE(c.budget().ramBytes, 100);
}

void TestMemoryController::boards()
{
    QTemporaryDir dir;
    const QString userPath = dir.filePath(QStringLiteral("cfg/boards.json"));
    MemoryController c;
    QAbstractItemModelTester tester(c.boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(c.loadBoards(seedPath(), userPath).ok());
    const auto seed = BoardCatalogue::load(seedPath());
    QCOMPARE(c.boardModel()->rowCount(), seed->boards().size() + 1); // + Custom
    QVERIFY(c.boardModel()->index(c.boardModel()->customRow(), 0).data(BoardListModel::CustomRole).toBool());
    for (int row = 0; row < seed->boards().size(); ++row) {
        const QModelIndex i = c.boardModel()->index(row, BoardListModel::NameColumn);
        QCOMPARE(i.data(BoardListModel::RamBytesRole).toLongLong(), seed->boards()[row].ramBytes);
        QVERIFY(!i.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!i.data(BoardListModel::UserBoardRole).toBool());
    }

    BoardCatalogue::Board mine;
    mine.name = QStringLiteral("bench board");
    mine.platform = QStringLiteral("custom");
    mine.ramBytes = 96 * 1024;
    mine.flashBytes = 256 * 1024;
    QVERIFY(c.addUserBoard(mine).ok());
    QVERIFY(QFile::exists(userPath));
    QCOMPARE(c.currentBoard()->name, mine.name);
    QCOMPARE(c.budget().ramBytes, mine.ramBytes);
    QVERIFY(c.boardModel()->isUserBoard(c.board()));
    BoardCatalogue::Board clash = mine;
    clash.name = QStringLiteral("nucleo_f746zg");
    QVERIFY(!c.addUserBoard(clash).ok());
    clash.name = QStringLiteral("zero");
    clash.ramBytes = 0;
    QVERIFY(!c.addUserBoard(clash).ok());

    // A second controller (the next start of the program) finds the board and keeps it selected after a reload.
    MemoryController next;
    QVERIFY(next.loadBoards(seedPath(), userPath).ok());
    QVERIFY(next.selectBoard(mine.name));
    QVERIFY(next.loadBoards(seedPath(), userPath).ok());
    QCOMPARE(next.currentBoard()->name, mine.name);
    QVERIFY(next.removeUserBoard(mine.name).ok());
    QCOMPARE(next.board(), -1);
    QCOMPARE(next.budget().ramBytes, mine.ramBytes); // the sizes stay, as typed ones
    QVERIFY(!next.removeUserBoard(mine.name).ok());
    QCOMPARE(BoardCatalogue::load(userPath)->boards().size(), 0);

    // A broken user file is reported; the built-in boards stay usable.
    QFile broken(userPath);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"boards": [{"name": "x"}]})");
    broken.close();
    auto r = c.loadBoards(seedPath(), userPath);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(QStringLiteral("boards[0].platform")));
    QCOMPARE(c.boardModel()->rowCount(), seed->boards().size() + 1);
}

void TestMemoryController::boardFromTarget_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("board"); // empty: the board stays as it was (Custom)
    QTest::addColumn<QString>("key");
    const QString corpus = testsupport::corpusDir();
    const QList<std::tuple<const char *, const char *, const char *>> rows{
        {"guberti-arduino/v5_graph_person_detection_nrf5340.tar", "nrf5340dk_nrf5340_cpuapp", "-model=nrf5340dk"},
        {"guberti-arduino/v5_aot_emotions_spresense.tar", "spresense", "-model=cxd5602gg"},
        {"guberti-arduino/v5_aot_micro_speech_host.tar", "", ""}, // -model=host names no board
        {"ethosu-compiler13/module.tar", "mps3_an547", "-mcpu=cortex-m55"},
        {"utoe-riot-mnist/default.tar", "nucleo_f746zg", "-mcpu=cortex-m7"},
        {"match-riscv-two-modules/restructured.tar", "", ""}};
    for (const auto &[file, board, key] : rows)
        if (QFile::exists(corpus + QLatin1Char('/') + QLatin1String(file)))
            QTest::newRow(file) << corpus + QLatin1Char('/') + QLatin1String(file) << QString::fromLatin1(board)
                                << QString::fromLatin1(key);
    if (!QFile::exists(corpus))
        QSKIP("../shared/corpus is absent: these rows are the corpus's targets");
}

void TestMemoryController::boardFromTarget()
{
    QFETCH(QString, file);
    QFETCH(QString, board);
    QFETCH(QString, key);
    QTemporaryDir dir;
    MemoryController c;
    QVERIFY(c.loadBoards(seedPath(), dir.filePath(QStringLiteral("boards.json"))).ok());
    c.setBudget(64 * 1024, 128 * 1024); // typed sizes before the archive opens
    c.setArchive(open(file));
    if (board.isEmpty()) {
        QCOMPARE(c.board(), -1);
        QCOMPARE(c.budget().ramBytes, 64 * 1024);
        QVERIFY(c.boardChoice().isEmpty());
        return;
    }
    QVERIFY(c.currentBoard());
    QCOMPARE(c.currentBoard()->name, board);
    QCOMPARE(c.budget().ramBytes, c.currentBoard()->budgetRamBytes());
    QVERIFY2(c.boardChoice().contains(key), qPrintable(c.boardChoice()));
    QVERIFY(c.hints().contains(c.boardChoice()));
    // Picking a board by hand drops the explanation.
    c.setBudget(1024, 1024);
    QVERIFY(c.boardChoice().isEmpty());
}

void TestMemoryController::graphTimelinePeak()
{
    const auto archive = open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(archive);
    MemoryController c;
    QSignalSpy timeline(&c, &MemoryController::timelineChanged);
    c.setArchive(archive);
    QTRY_VERIFY(c.timelineReady());
    QVERIFY(timeline.count() >= 2); // cleared, then ready
    const MemoryTimeline &t = c.timeline();
    const MlfArchive::Module &m = archive->modules().first();
    QVERIFY(m.graph);
    QCOMPARE(t.source, MemoryTimeline::Source::GraphStorage);
    QCOMPARE(t.steps.size(), m.graph->operatorCount());

    QHash<QString, qint64> workspace;
    for (const auto &op : c.map().operators)
        workspace.insert(op.name, op.bytes);
    QSet<QString> params;
    for (const auto &p : m.params->tensors)
        params << p.name;
    QVERIFY(!params.isEmpty());
    const QList<qint64> expected = liveBytesFromGraph(*m.graph, workspace, params);
    QCOMPARE(t.liveBytes, expected);
    const qint64 peak = *std::max_element(expected.begin(), expected.end());
    QCOMPARE(t.peakBytes, peak);
    QCOMPARE(t.peakStep, int(expected.indexOf(peak)));

    // Offsets: storage ids one after another; the layout spans the storage plus the largest workspace.
    qint64 largestWorkspace = 0;
    for (const auto &s : t.segments) {
        QVERIFY(s.startStep <= s.endStep);
        QVERIFY(s.endStep < t.steps.size());
        if (s.kind == MemoryTimeline::Kind::Workspace) {
            QCOMPARE(s.offset, m.graph->totalStorageBytes());
            largestWorkspace = std::max(largestWorkspace, s.bytes);
        } else {
            qint64 offset = 0;
            for (auto it = m.graph->storageBytes.constBegin(); it.key() != s.storageId; ++it)
                offset += it.value();
            QCOMPARE(s.offset, offset);
            QVERIFY(s.bytes <= m.graph->storageBytes.value(s.storageId));
        }
    }
    QCOMPARE(t.extentBytes, m.graph->totalStorageBytes() + largestWorkspace);
    // Every entry with a storage id is drawn.
    int entries = 0;
    for (const Graph::Entry &e : m.graph->entries)
        entries += e.storageId >= 0 ? 1 : 0;
    int storageSegments = 0;
    for (const auto &s : t.segments)
        storageSegments += s.kind != MemoryTimeline::Kind::Workspace ? 1 : 0;
    QCOMPARE(storageSegments, entries);
}

void TestMemoryController::aotTimelineFollowsCalls_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("calls");
    QTest::newRow("example") << testsupport::exampleArchive()
                             << QStringList{QStringLiteral("tvmgen_default_fused_nn_dense_add_nn_relu"),
                                            QStringLiteral("tvmgen_default_fused_nn_dense_add"),
                                            QStringLiteral("tvmgen_default_fused_nn_softmax")};
    QTest::newRow("pools") << testsupport::fixture(QStringLiteral("v7_pools.tar"))
                           << QStringList{QStringLiteral("tvmgen_default_fused_nn_dense_add"),
                                          QStringLiteral("tvmgen_default_fused_cast_multiply"),
                                          QStringLiteral("tvmgen_default_fused_nn_relu"),
                                          QStringLiteral("tvmgen_default_fused_nn_dense_add_1"),
                                          QStringLiteral("tvmgen_default_fused_nn_relu"),
                                          QStringLiteral("tvmgen_default_fused_nn_softmax")};
}

void TestMemoryController::aotTimelineFollowsCalls()
{
    QFETCH(QString, file);
    QFETCH(QStringList, calls);
    MemoryController c;
    c.setArchive(open(file));
    QTRY_VERIFY(c.timelineReady());
    const MemoryTimeline &t = c.timeline();
    QCOMPARE(t.source, MemoryTimeline::Source::AotTensors);
    QStringList got;
    for (const auto &s : t.steps)
        got << s.function;
    QCOMPARE(got, calls);
    // The tensors the main function places in the workspace, read here from the C text itself:
    // `void* sid_N_let = (&(global_workspace_var[OFFSET]));`, each drawn at its offset.
    const auto archive = c.archive();
    QMap<QString, qint64> lets;
    static const QRegularExpression let(QStringLiteral("void\\* (sid_\\d+)_let = \\(&\\(\\w+\\[(\\d+)\\]\\)\\);"));
    for (const QString &src : archive->modules().first().sources) {
        auto it = let.globalMatch(QString::fromUtf8(archive->read(src).value()));
        while (it.hasNext()) {
            const auto m = it.next();
            lets.insert(m.captured(1), m.captured(2).toLongLong());
        }
    }
    QVERIFY(!lets.isEmpty());
    QMap<QString, qint64> drawn;
    for (const auto &a : c.map().activations)
        if (lets.contains(a.name))
            drawn.insert(a.name, a.offset);
    QCOMPARE(drawn, lets);
    qint64 peak = 0;
    for (qint64 b : t.liveBytes)
        peak = std::max(peak, b);
    QCOMPARE(t.peakBytes, peak);
    QVERIFY(peak > 0);
    for (const auto &s : t.segments)
        QVERIFY(s.offset >= 0 && s.offset + s.bytes <= t.extentBytes);
}

void TestMemoryController::noTimelineWithoutOrder()
{
    MemoryController c;
    c.setArchive(open(testsupport::fixture(QStringLiteral("v7_operator.tar"))));
    QTRY_VERIFY(c.timelineReady());
    QCOMPARE(c.timeline().source, MemoryTimeline::Source::None);
    QVERIFY(c.timeline().isEmpty());
    QVERIFY(!c.timeline().reason.isEmpty());
}

void TestMemoryController::exportsParseBack()
{
    const auto archive = open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    MemoryController c;
    QVERIFY(c.loadBoards(seedPath(), QString()).ok());
    c.setArchive(archive);
    QVERIFY(c.selectBoard(QStringLiteral("due")));
    QTRY_VERIFY(c.timelineReady());
    const MemoryMap &map = c.map();

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("memory.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("memory.json"));
    QVERIFY(c.exportCsv(csvPath).ok());
    QVERIFY(c.exportJson(jsonPath).ok());
    QVERIFY(!c.exportCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv"))).ok());

    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(csvFile.readAll());
    QCOMPARE(csv, MemoryExport::csv({map}));
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("module,kind,name,bytes"));
    const qsizetype sized =
        std::count_if(map.activations.cbegin(), map.activations.cend(), [](const auto &a) { return a.bytes >= 0; });
    QCOMPARE(lines.size(), 1 + 8 + (map.peakCall >= 0 ? 1 : 0) + map.code.size() + map.operators.size() + map.pools.size() +
                               map.storage.size() + map.constantsInCode.size() + sized);
    QVERIFY(lines.contains(QStringLiteral("default,total,ram_estimate,%1").arg(map.ramBytes)));

    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(jsonFile.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject module = doc[QStringLiteral("modules")][0].toObject();
    QCOMPARE(module[QStringLiteral("module")].toString(), map.module);
    QCOMPARE(module[QStringLiteral("totals")][QStringLiteral("workspace_bytes")].toInteger(), map.workspaceBytes);
    QCOMPARE(module[QStringLiteral("estimate")][QStringLiteral("ram_bytes")].toInteger(), map.ramBytes);
    QCOMPARE(module[QStringLiteral("budget")][QStringLiteral("ram_bytes")].toInteger(), 96 * 1024);
    QCOMPARE(doc[QStringLiteral("fits")].toBool(), c.fit().fits());
    const QJsonObject timeline = module[QStringLiteral("timeline")].toObject();
    QCOMPARE(timeline[QStringLiteral("source")].toString(), QStringLiteral("graph_storage"));
    QCOMPARE(timeline[QStringLiteral("peak_bytes")].toInteger(), c.timeline().peakBytes);
    QCOMPARE(timeline[QStringLiteral("segments")].toArray().size(), c.timeline().segments.size());
    QCOMPARE(timeline[QStringLiteral("steps")].toArray().size(), c.timeline().steps.size());
    // Without the timeline the module object is the CLI's, field for field.
    QJsonObject withoutTimeline = module;
    withoutTimeline.remove(QStringLiteral("timeline"));
    QCOMPARE(withoutTimeline, MemoryExport::moduleObject(map, c.budget()));
}

void TestMemoryController::operatorModel()
{
    MemoryController c;
    QAbstractItemModelTester tester(c.operatorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *name : {"v7_graph.tar", "v7_two_modules.tar", "v7_operator.tar"}) {
        const auto archive = open(testsupport::fixture(QString::fromLatin1(name)));
        c.setArchive(archive);
        for (const QString &module : c.modules()) {
            c.setModule(module);
            const auto &ops = c.map().operators;
            OperatorWorkspaceModel *model = c.operatorModel();
            QCOMPARE(model->rowCount(), ops.size());
            for (int row = 0; row < ops.size(); ++row) {
                const QModelIndex i = model->index(row, OperatorWorkspaceModel::NameColumn);
                QCOMPARE(i.data(OperatorWorkspaceModel::FunctionRole).toString(), ops[row].name);
                QCOMPARE(i.data(OperatorWorkspaceModel::BytesRole).toLongLong(), ops[row].bytes);
                const double share = i.data(OperatorWorkspaceModel::ShareRole).toDouble();
                if (model->total() > 0)
                    QCOMPARE(share, double(ops[row].bytes) / double(model->total()));
            }
        }
    }
    c.setArchive(open(testsupport::fixture(QStringLiteral("v7_graph.tar"))));
    QCOMPARE(c.operatorModel()->total(), c.map().workspaceBytes);
}

void TestMemoryController::clears()
{
    MemoryController c;
    c.setArchive(open(testsupport::exampleArchive()));
    QVERIFY(c.hasMap());
    QVERIFY(c.operatorModel()->rowCount() > 0);
    c.setArchive(nullptr);
    QVERIFY(!c.hasMap());
    QVERIFY(c.modules().isEmpty());
    QCOMPARE(c.operatorModel()->rowCount(), 0);
    QVERIFY(c.split().isEmpty());
    QVERIFY(!c.summary().isEmpty());
    QVERIFY(c.timeline().isEmpty());
    // Exports of nothing are still well-formed.
    QCOMPARE(c.csv(), QStringLiteral("module,kind,name,bytes\n"));
    QVERIFY(QJsonDocument::fromJson(c.json()).isObject());
    // A quick change of archive drops the older layout.
    c.setArchive(open(testsupport::fixture(QStringLiteral("v7_graph.tar"))));
    c.setArchive(open(testsupport::exampleArchive()));
    QTRY_VERIFY(c.timelineReady());
    QCOMPARE(c.timeline().source, MemoryTimeline::Source::AotTensors);
}

QTEST_GUILESS_MAIN(TestMemoryController)
#include "tst_memorycontroller.moc"
