#include "../testsupport.h"
#include "mlf/mlfarchive.h"
#include "operatorscontroller.h"
#include "operatorsmodel.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mtvw::mlf;

using testsupport::openArchive;

class TestOperatorsController : public QObject
{
    Q_OBJECT
private slots:
    void indexesOffThread();
    void filter();
    void onlyWithWorkspace();
    void selectionShowsCFunction_data();
    void selectionShowsCFunction();
    void tirWhenPresent();
    void graphNodeSummary();
    void selectByNameClearsHidingFilter();
    void selectWhileIndexingCodegenOnly();
    void clearArchive();
};

void TestOperatorsController::indexesOffThread()
{
    const auto archive = openArchive(testsupport::exampleArchive());
    QVERIFY(archive);
    OperatorsController c;
    QSignalSpy indexing(&c, &OperatorsController::indexingChanged);
    c.setArchive(archive);
    QCOMPARE(c.model()->rowCount(), 3); // metadata rows come at once
    QTRY_VERIFY(!c.isIndexing());
    QVERIFY(c.model()->isSourceIndexReady());
    QCOMPARE(indexing.size(), 2);
    QVERIFY(c.model()->index(0, OperatorsModel::CodeColumn).data(OperatorsModel::SortRole).toLongLong() > 0);
}

void TestOperatorsController::filter()
{
    const auto archive = openArchive(testsupport::fixture(QStringLiteral("v7_two_modules.tar")));
    QVERIFY(archive);
    OperatorsController c;
    c.setArchive(archive);
    QTRY_VERIFY(!c.isIndexing());
    const int all = c.model()->rowCount();
    QVERIFY(all > 1);
    QCOMPARE(c.proxy()->rowCount(), all);

    const QString needle = c.model()->row(0).shortName.mid(0, 8).toUpper();
    c.setFilterText(needle);
    QCOMPARE(c.filterText(), needle);
    int expected = 0;
    for (int r = 0; r < all; ++r) {
        const OperatorsModel::Row &row = c.model()->row(r);
        expected += row.function.contains(needle, Qt::CaseInsensitive) || row.module.contains(needle, Qt::CaseInsensitive);
    }
    QVERIFY(expected > 0);
    QCOMPARE(c.proxy()->rowCount(), expected);
    for (int r = 0; r < c.proxy()->rowCount(); ++r)
        QVERIFY(c.proxy()->index(r, 0).data(OperatorsModel::FunctionNameRole).toString().contains(needle, Qt::CaseInsensitive));

    // By module name: every operator of the second module.
    const QString second = archive->modules().last().name;
    c.setFilterText(second);
    QCOMPARE(c.proxy()->rowCount(), archive->operators(archive->modules().last()).size());

    c.setFilterText(QStringLiteral("no such operator"));
    QCOMPARE(c.proxy()->rowCount(), 0);
    c.setFilterText({});
    QCOMPARE(c.proxy()->rowCount(), all);
}

void TestOperatorsController::onlyWithWorkspace()
{
    const auto archive = openArchive(testsupport::exampleArchive());
    QVERIFY(archive);
    OperatorsController c;
    c.setArchive(archive);
    int expected = 0;
    for (const MlfArchive::Operator &op : archive->operators(archive->modules().first()))
        expected += op.workspaceBytes > 0;
    c.setOnlyWithWorkspace(true);
    QVERIFY(c.onlyWithWorkspace());
    QCOMPARE(c.proxy()->rowCount(), expected);
    c.setOnlyWithWorkspace(false);
    QCOMPARE(c.proxy()->rowCount(), c.model()->rowCount());
}

void TestOperatorsController::selectionShowsCFunction_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("operator style") << testsupport::fixture(QStringLiteral("v7_operator.tar"));
}

void TestOperatorsController::selectionShowsCFunction()
{
    QFETCH(QString, file);
    const auto archive = openArchive(file);
    QVERIFY(archive);
    OperatorsController c;
    c.setArchive(archive);
    QSignalSpy selection(&c, &OperatorsController::selectionChanged);
    QSignalSpy ready(&c, &OperatorsController::detailsReady);
    QSignalSpy errors(&c, &OperatorsController::errorOccurred);
    c.select(c.proxy()->index(0, 0));
    QCOMPARE(selection.size(), 1);
    const QString function = c.currentFunction();
    QCOMPARE(function, c.model()->row(0).function);
    QCOMPARE(c.currentIndex(), c.proxy()->index(0, 0));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(errors.size(), 0);

    const OperatorsController::Details &d = c.details();
    QCOMPARE(d.function, function);
    const MlfArchive::Links links = archive->links(*archive->module(d.module), function);
    QVERIFY(links.cFunction);
    QCOMPARE(d.cFile, links.cFunction->file);
    QCOMPARE(d.cStartLine, links.cFunction->startLine);
    QVERIFY2(d.cText.contains(function + QLatin1Char('(')), qPrintable(d.cText));
    QCOMPARE(d.cText.count(QLatin1Char('\n')) + 1, links.cFunction->endLine - links.cFunction->startLine + 1);
    QVERIFY(d.cText.trimmed().endsWith(QLatin1Char('}')));
    QVERIFY(!d.memory.isEmpty());

    // Selecting the same row again changes nothing.
    c.select(c.proxy()->index(0, 3));
    QCOMPARE(selection.size(), 1);
}

void TestOperatorsController::tirWhenPresent()
{
    const auto archive = openArchive(testsupport::fixture(QStringLiteral("v7_operator.tar")));
    QVERIFY(archive);
    const MlfArchive::Module &m = archive->modules().first();
    QVERIFY(!m.tirFunctions.isEmpty());
    OperatorsController c;
    c.setArchive(archive);
    QSignalSpy ready(&c, &OperatorsController::detailsReady);
    const QString function = m.tirFunctions.first().name;
    QVERIFY(c.select(m.name, function));
    QTRY_COMPARE(ready.size(), 1);
    const OperatorsController::Details &d = c.details();
    QCOMPARE(d.tirFile, m.tirFunctions.first().file);
    QVERIFY2(d.tirText.contains(function), qPrintable(d.tirText));
    QCOMPARE(d.tirText.count(QLatin1Char('\n')) + 1, d.tirEndLine - d.tirStartLine + 1);
    // Operator style: the buffers are the memory facts.
    const Metadata::OperatorFunction &fn = m.meta.operatorFunctions.first();
    int buffers = 0;
    for (const OperatorsController::Fact &f : d.memory)
        buffers += f.key.contains(fn.params.first().name);
    QVERIFY(buffers > 0);
}

void TestOperatorsController::graphNodeSummary()
{
    const auto archive = openArchive(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(archive);
    const MlfArchive::Module &m = archive->modules().first();
    OperatorsController c;
    c.setArchive(archive);
    QSignalSpy ready(&c, &OperatorsController::detailsReady);
    MlfArchive::Operator op;
    for (const MlfArchive::Operator &o : archive->operators(m))
        if (!o.graphNodes.isEmpty())
            op = o;
    QVERIFY(!op.name.isEmpty());
    QVERIFY(c.select(m.name, op.name));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(c.details().graphNodes.size(), op.graphNodes.size());
    const Graph::Node &node = m.graph->nodes.at(op.graphNodes.first());
    QCOMPARE(c.details().graphNodes.first().title, node.name);
    int inputs = 0;
    for (const OperatorsController::Fact &f : c.details().graphNodes.first().facts)
        inputs += f.key.startsWith(QLatin1String("Input"));
    QCOMPARE(inputs, node.inputs.size());
}

void TestOperatorsController::selectByNameClearsHidingFilter()
{
    const auto archive = openArchive(testsupport::exampleArchive());
    QVERIFY(archive);
    OperatorsController c;
    c.setArchive(archive);
    const OperatorsModel::Row row = c.model()->row(1);
    c.setFilterText(QStringLiteral("no such operator"));
    QVERIFY(c.select(row.module, row.shortName)); // by the short name, as other panes may pass it
    QCOMPARE(c.currentFunction(), row.function);
    QVERIFY(c.filterText().isEmpty());
    QVERIFY(c.currentIndex().isValid());
    QCOMPARE(c.currentIndex().data(OperatorsModel::FunctionNameRole).toString(), row.function);
    QVERIFY(!c.select(row.module, QStringLiteral("no_such_function")));
}

void TestOperatorsController::selectWhileIndexingCodegenOnly()
{
    const QString file = testsupport::corpusDir() + QStringLiteral("/octoml-mlperftiny-kws/model-codegen-only.tar");
    if (!QFileInfo::exists(file))
        QSKIP("the shared corpus (../shared/corpus) is absent");
    const auto archive = openArchive(file);
    QVERIFY(archive);
    QVERIFY(!archive->hasMetadata());
    const MlfArchive::Module &m = archive->modules().first();
    // Asked before the index is there: selected once the rows exist.
    OperatorsController c;
    QSignalSpy ready(&c, &OperatorsController::detailsReady);
    c.setArchive(archive);
    const QList<MlfArchive::Operator> ops = archive->operators(m);
    QVERIFY(!ops.isEmpty());
    c.select(m.name, ops.last().name);
    QTRY_VERIFY(!c.isIndexing());
    QCOMPARE(c.model()->rowCount(), ops.size());
    QCOMPARE(c.currentFunction(), ops.last().name);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(c.details().cText.contains(ops.last().name));
}

void TestOperatorsController::clearArchive()
{
    const auto archive = openArchive(testsupport::exampleArchive());
    QVERIFY(archive);
    OperatorsController c;
    c.setArchive(archive);
    c.select(c.proxy()->index(0, 0));
    QSignalSpy selection(&c, &OperatorsController::selectionChanged);
    c.setArchive(nullptr);
    QCOMPARE(selection.size(), 1);
    QVERIFY(c.currentFunction().isEmpty());
    QCOMPARE(c.model()->rowCount(), 0);
    QVERIFY(!c.isIndexing());
    QVERIFY(!c.details().isValid());
}

QTEST_GUILESS_MAIN(TestOperatorsController)
#include "tst_operatorscontroller.moc"
