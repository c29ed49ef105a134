#include "../aotmaincalls.h"
#include "../testsupport.h"
#include "mlf/mlfarchive.h"
#include "operatorsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mtvw::mlf;

namespace {

QString corpusCodegenOnly()
{
    return testsupport::corpusDir() + QStringLiteral("/octoml-mlperftiny-kws/model-codegen-only.tar");
}

qsizetype engineOperatorCount(const MlfArchive &archive)
{
    qsizetype n = 0;
    for (const MlfArchive::Module &m : archive.modules())
        n += archive.operators(m).size();
    return n;
}

} // namespace

class TestOperatorsModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsMatchEngine_data();
    void rowsMatchEngine();
    void graphShapes();
    void operatorStyleShapes();
    void codeFilledLater_data();
    void codeFilledLater();
    void sortsNumerically();
    void shortNames();
    void executionOrder_data();
    void executionOrder();
};

void TestOperatorsModel::rowsMatchEngine_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("v4 graph") << testsupport::fixture(QStringLiteral("v4_graph.tar"));
    QTest::newRow("operator style") << testsupport::fixture(QStringLiteral("v7_operator.tar"));
    QTest::newRow("two modules") << testsupport::fixture(QStringLiteral("v7_two_modules.tar"));
    QTest::newRow("codegen-only corpus") << corpusCodegenOnly();
}

void TestOperatorsModel::rowsMatchEngine()
{
    QFETCH(QString, file);
    if (file.startsWith(testsupport::corpusDir()) && !QFileInfo::exists(file))
        QSKIP("the shared corpus (../shared/corpus) is absent");
    auto archive = MlfArchive::open(file);
    QVERIFY2(archive.ok(), qPrintable(archive.ok() ? QString() : archive.error().message()));
    const std::shared_ptr<const MlfArchive> a = archive.value();

    OperatorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArchive(a);
    QVERIFY(engineOperatorCount(*a) > 0);
    QCOMPARE(model.rowCount(), engineOperatorCount(*a));

    for (int r = 0; r < model.rowCount(); ++r) {
        const QString module = model.index(r, 0).data(OperatorsModel::ModuleNameRole).toString();
        const QString function = model.index(r, 0).data(OperatorsModel::FunctionNameRole).toString();
        const MlfArchive::Module *m = a->module(module);
        QVERIFY(m);
        const MlfArchive::Links links = a->links(*m, function);
        QCOMPARE(model.index(r, OperatorsModel::WorkspaceColumn).data(OperatorsModel::SortRole).toLongLong(),
                 links.workspaceBytes);
        if (links.cFunction) {
            QCOMPARE(model.index(r, OperatorsModel::CodeColumn).data(OperatorsModel::SortRole).toLongLong(),
                     links.cFunction->bytes());
            QCOMPARE(model.index(r, OperatorsModel::LinesColumn).data(OperatorsModel::SortRole).toInt(),
                     links.cFunction->endLine - links.cFunction->startLine + 1);
            QCOMPARE(model.index(r, 0).data(OperatorsModel::FileRole).toString(), links.cFunction->file);
            QCOMPARE(model.index(r, 0).data(OperatorsModel::LineRole).toInt(), links.cFunction->startLine);
        } else {
            QCOMPARE(model.index(r, OperatorsModel::CodeColumn).data(OperatorsModel::SortRole).toLongLong(), -1);
        }
        QCOMPARE(model.row(r).nodes.size(), links.graphNodes.size());
        QVERIFY(!model.index(r, OperatorsModel::FunctionColumn).data().toString().isEmpty());
    }
    // Most operators of a real archive have their C definition.
    int withCode = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        withCode += model.row(r).codeBytes > 0;
    QVERIFY(withCode > 0);

    model.setArchive({});
    QCOMPARE(model.rowCount(), 0);
}

void TestOperatorsModel::graphShapes()
{
    auto archive = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(archive.ok());
    const MlfArchive &a = *archive.value();
    OperatorsModel model;
    model.setArchive(archive.value());
    const MlfArchive::Module &m = a.modules().first();
    QVERIFY(m.graph);
    int checked = 0;
    for (const MlfArchive::Operator &op : a.operators(m)) {
        if (op.graphNodes.isEmpty())
            continue;
        const int r = model.rowOf(m.name, op.name);
        QVERIFY(r >= 0);
        const Graph::Node &node = m.graph->nodes.at(op.graphNodes.first());
        QVERIFY(model.row(r).nodes.contains(node.name));
        const Graph::Entry *out = m.graph->entry({node.id, 0});
        QVERIFY(out);
        const QString outputs = model.index(r, OperatorsModel::OutputsColumn).data().toString();
        QVERIFY2(outputs.startsWith(out->dtype + QLatin1Char('[')), qPrintable(outputs));
        const QString inputs = model.index(r, OperatorsModel::InputsColumn).data().toString();
        QCOMPARE(inputs.split(QStringLiteral(" | ")).first().count(QLatin1Char('[')), node.inputs.size());
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestOperatorsModel::operatorStyleShapes()
{
    auto archive = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_operator.tar")));
    QVERIFY(archive.ok());
    const MlfArchive &a = *archive.value();
    OperatorsModel model;
    model.setArchive(archive.value());
    const MlfArchive::Module &m = a.modules().first();
    QVERIFY(!m.meta.operatorFunctions.isEmpty());
    for (const Metadata::OperatorFunction &fn : m.meta.operatorFunctions) {
        const int r = model.rowOf(m.name, fn.name);
        QVERIFY(r >= 0);
        QVERIFY(!fn.params.isEmpty());
        const QString outputs = model.index(r, OperatorsModel::OutputsColumn).data().toString();
        QVERIFY2(outputs.startsWith(fn.params.last().dtype + QLatin1Char('[')), qPrintable(outputs));
        const QString inputs = model.index(r, OperatorsModel::InputsColumn).data().toString();
        QCOMPARE(inputs.count(QLatin1Char('[')), fn.params.size() - 1);
    }
}

void TestOperatorsModel::codeFilledLater_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("codegen-only corpus") << corpusCodegenOnly();
}

void TestOperatorsModel::codeFilledLater()
{
    QFETCH(QString, file);
    if (file.startsWith(testsupport::corpusDir()) && !QFileInfo::exists(file))
        QSKIP("the shared corpus (../shared/corpus) is absent");
    auto archive = MlfArchive::open(file);
    QVERIFY(archive.ok());
    const std::shared_ptr<const MlfArchive> a = archive.value();
    OperatorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArchive(a, false);
    QVERIFY(!model.isSourceIndexReady());
    if (a->hasMetadata()) {
        QCOMPARE(model.rowCount(), engineOperatorCount(*a));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, OperatorsModel::CodeColumn).data(OperatorsModel::SortRole).toLongLong(), -1);
    } else {
        QCOMPARE(model.rowCount(), 0); // the operators come from the C function index
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    a->sourceIndex();
    model.setSourceIndexReady();
    QVERIFY(model.isSourceIndexReady());
    QCOMPARE(changed.size() + reset.size(), 1);
    QCOMPARE(model.rowCount(), engineOperatorCount(*a));
    int withCode = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        withCode += model.index(r, OperatorsModel::CodeColumn).data(OperatorsModel::SortRole).toLongLong() > 0;
    QVERIFY(withCode > 0);
}

void TestOperatorsModel::sortsNumerically()
{
    auto archive = MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(archive.ok());
    OperatorsModel model;
    model.setArchive(archive.value());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OperatorsModel::SortRole);
    for (int column : {int(OperatorsModel::WorkspaceColumn), int(OperatorsModel::CodeColumn), int(OperatorsModel::LinesColumn)}) {
        proxy.sort(column, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, column).data(OperatorsModel::SortRole).toLongLong() >=
                    proxy.index(r, column).data(OperatorsModel::SortRole).toLongLong());
    }
}

void TestOperatorsModel::executionOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("aot") << testsupport::exampleArchive();
    const QString person = testsupport::corpusDir() + QStringLiteral("/guberti-arduino/v5_graph_person_detection_nrf5340.tar");
    if (QFile::exists(person))
        QTest::newRow("person detection") << person;
}

// The "#" column is the order the model runs its operators, read here from the raw files: the
// graph JSON's operator nodes in order, or the calls in the AOT main function's C text.
void TestOperatorsModel::executionOrder()
{
    QFETCH(QString, file);
    auto archive = MlfArchive::open(file);
    QVERIFY(archive.ok());
    const MlfArchive &a = *archive.value();
    const MlfArchive::Module &m = a.modules().first();
    QHash<QString, QList<int>> expected;
    QHash<QString, QString> writes; // AOT: function -> the buffer its first call writes
    int place = 0;
    if (!m.graphEntry.isEmpty()) {
        const QJsonObject graph = QJsonDocument::fromJson(a.archive().read(m.graphEntry).value()).object();
        for (const QJsonValue n : graph.value(QLatin1String("nodes")).toArray())
            if (n[QLatin1String("op")].toString() == QLatin1String("tvm_op"))
                expected[n[QLatin1String("attrs")][QLatin1String("func_name")].toString()] << ++place;
    } else {
        // AOT: the output column names the buffer each call writes, its last buffer argument in
        // the C text (TVM's _let and _buffer_var suffixes are not part of the name).
        for (const testsupport::MainCall &c : testsupport::aotMainCalls(a, m)) {
            expected[c.function] << ++place;
            QString last = c.buffers().value(c.buffers().size() - 1);
            last.remove(QRegularExpression(QStringLiteral("(_let|_buffer_var)$")));
            if (!writes.contains(c.function))
                writes.insert(c.function, last);
        }
    }
    QVERIFY(place > 0);
    OperatorsModel model;
    model.setArchive(archive.value(), true);
    int rowsWithPlaces = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.row(r).calls, expected.value(model.row(r).function));
        rowsWithPlaces += !model.row(r).calls.isEmpty();
        if (writes.contains(model.row(r).function))
            QVERIFY2(model.row(r).outputs.startsWith(writes.value(model.row(r).function) + QStringLiteral(" (")),
                     qPrintable(model.row(r).function + QStringLiteral(": ") + model.row(r).outputs));
    }
    QCOMPARE(rowsWithPlaces, expected.size());
    // Sorted by the column, the first row runs first.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OperatorsModel::SortRole);
    proxy.sort(OperatorsModel::OrderColumn);
    QCOMPARE(proxy.index(0, OperatorsModel::OrderColumn).data().toString(), QStringLiteral("1"));
}

void TestOperatorsModel::shortNames()
{
    QCOMPARE(OperatorsModel::shortName(QStringLiteral("tvmgen_default_fused_nn_dense"), QStringLiteral("default")),
             QStringLiteral("fused_nn_dense"));
    QCOMPARE(OperatorsModel::shortName(QStringLiteral("add"), QStringLiteral("ops")), QStringLiteral("add"));
    QCOMPARE(OperatorsModel::shortName(QStringLiteral("tvmgen_second_x"), QStringLiteral("default")),
             QStringLiteral("tvmgen_second_x"));
}

QTEST_GUILESS_MAIN(TestOperatorsModel)
#include "tst_operatorsmodel.moc"
