#include "../testsupport.h"
#include "mlf/mlfarchive.h"
#include "operatorscontroller.h"
#include "operatorsmodel.h"
#include "operatorspane.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QFileInfo>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace mtvw::mlf;
using testsupport::openArchive;

namespace {

qsizetype operatorCount(const MlfArchive &archive)
{
    qsizetype n = 0;
    for (const MlfArchive::Module &m : archive.modules())
        n += archive.operators(m).size();
    return n;
}

} // namespace

class TestOperatorsPane : public QObject
{
    Q_OBJECT
private slots:
    void fillsTable_data();
    void fillsTable();
    void firstOperatorShowsItsCFunction();
    void showOperatorSelectsIt();
    void graphNodeTab();
    void tirTab();
    void doubleClickOpensEntry();
    void darkPalette();
    void clears();
};

void TestOperatorsPane::fillsTable_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("operator style") << testsupport::fixture(QStringLiteral("v7_operator.tar"));
    QTest::newRow("two modules") << testsupport::fixture(QStringLiteral("v7_two_modules.tar"));
    QTest::newRow("codegen-only corpus") << testsupport::corpusDir() +
                                                QStringLiteral("/octoml-mlperftiny-kws/model-codegen-only.tar");
}

void TestOperatorsPane::fillsTable()
{
    QFETCH(QString, file);
    if (file.startsWith(testsupport::corpusDir()) && !QFileInfo::exists(file))
        QSKIP("the shared corpus (../shared/corpus) is absent");
    const auto archive = openArchive(file);
    QVERIFY(archive);
    OperatorsPane pane;
    pane.resize(900, 700);
    pane.show();
    pane.setArchive(archive);
    QTRY_VERIFY(!pane.controller()->isIndexing());
    QCOMPARE(pane.table()->model()->rowCount(), operatorCount(*archive));
    QVERIFY(pane.table()->model()->rowCount() > 0);
    // The "#" column stands first and the table is sorted by it, the arrow showing.
    QHeaderView *header = pane.table()->horizontalHeader();
    QCOMPARE(header->visualIndex(OperatorsModel::OrderColumn), 0);
    QCOMPARE(header->sortIndicatorSection(), int(OperatorsModel::OrderColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
}

void TestOperatorsPane::firstOperatorShowsItsCFunction()
{
    const auto archive = openArchive(testsupport::exampleArchive());
    QVERIFY(archive);
    OperatorsPane pane;
    pane.resize(900, 700);
    pane.show();
    pane.setArchive(archive);
    QTRY_VERIFY(!pane.controller()->isIndexing());
    const QModelIndex first = pane.table()->model()->index(0, 0);
    const QString function = first.data(OperatorsModel::FunctionNameRole).toString();
    pane.table()->setCurrentIndex(first);
    QCOMPARE(pane.controller()->currentFunction(), function);
    QTRY_VERIFY(pane.codeEditor()->text().contains(function + QLatin1Char('(')));
    // The margin shows the file's own line numbers.
    const MlfArchive::Links links = archive->links(archive->modules().first(), function);
    QVERIFY(links.cFunction);
    QCOMPARE(pane.codeEditor()->lines(), links.cFunction->endLine - links.cFunction->startLine + 1);
    QVERIFY(pane.codeEditor()->isReadOnly());
}

void TestOperatorsPane::showOperatorSelectsIt()
{
    const auto archive = openArchive(testsupport::fixture(QStringLiteral("v7_two_modules.tar")));
    QVERIFY(archive);
    OperatorsPane pane;
    pane.show();
    pane.setArchive(archive);
    QTRY_VERIFY(!pane.controller()->isIndexing());
    const OperatorsModel *model = pane.controller()->model();
    const OperatorsModel::Row row = model->row(model->rowCount() - 1);
    pane.showOperator(row.module, row.function);
    QCOMPARE(pane.table()->currentIndex().data(OperatorsModel::FunctionNameRole).toString(), row.function);
    QCOMPARE(pane.table()->currentIndex().data(OperatorsModel::ModuleNameRole).toString(), row.module);
    QTRY_VERIFY(pane.codeEditor()->text().contains(row.function));

    // The short name works too, and a filter hiding the row is cleared.
    const OperatorsModel::Row other = model->row(0);
    pane.controller()->setFilterText(QStringLiteral("zzz no match"));
    pane.showOperator(other.module, other.shortName);
    QCOMPARE(pane.table()->currentIndex().data(OperatorsModel::FunctionNameRole).toString(), other.function);
    QCOMPARE(pane.table()->model()->rowCount(), model->rowCount());
    QTRY_VERIFY(pane.codeEditor()->text().contains(other.function));
}

void TestOperatorsPane::graphNodeTab()
{
    const auto archive = openArchive(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(archive);
    OperatorsPane pane;
    pane.show();
    pane.setArchive(archive);
    const MlfArchive::Module &m = archive->modules().first();
    MlfArchive::Operator op;
    for (const MlfArchive::Operator &o : archive->operators(m))
        if (!o.graphNodes.isEmpty())
            op = o;
    QVERIFY(!op.name.isEmpty());
    pane.showOperator(m.name, op.name);
    QTreeWidget *graph = pane.graphTree();
    QTRY_COMPARE(graph->topLevelItemCount(), op.graphNodes.size());
    QCOMPARE(graph->topLevelItem(0)->text(0), m.graph->nodes.at(op.graphNodes.first()).name);
    QVERIFY(graph->topLevelItem(0)->childCount() > 0);
    QVERIFY(pane.memoryTree()->topLevelItemCount() > 0);
}

void TestOperatorsPane::tirTab()
{
    const auto archive = openArchive(testsupport::fixture(QStringLiteral("v7_operator.tar")));
    QVERIFY(archive);
    OperatorsPane pane;
    pane.show();
    pane.setArchive(archive);
    const MlfArchive::Module &m = archive->modules().first();
    QVERIFY(!m.tirFunctions.isEmpty());
    pane.showOperator(m.name, m.tirFunctions.last().name);
    QTRY_VERIFY(pane.tirView()->toPlainText().contains(m.tirFunctions.last().name));
    QVERIFY(pane.codeEditor()->text().contains(m.tirFunctions.last().name));
}

void TestOperatorsPane::doubleClickOpensEntry()
{
    const auto archive = openArchive(testsupport::exampleArchive());
    QVERIFY(archive);
    OperatorsPane pane;
    pane.show();
    pane.setArchive(archive);
    QTRY_VERIFY(!pane.controller()->isIndexing());
    QSignalSpy opened(&pane, &OperatorsPane::entryActivated);
    const QModelIndex index = pane.table()->model()->index(1, OperatorsModel::LocationColumn);
    emit pane.table()->doubleClicked(index);
    QCOMPARE(opened.size(), 1);
    const QString function = index.data(OperatorsModel::FunctionNameRole).toString();
    const MlfArchive::Links links = archive->links(archive->modules().first(), function);
    QVERIFY(links.cFunction);
    QCOMPARE(opened.first().at(0).toString(), links.cFunction->file);
    QCOMPARE(opened.first().at(1).toInt(), links.cFunction->startLine);
}

void TestOperatorsPane::darkPalette()
{
    OperatorsPane pane;
    QPalette dark = pane.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    pane.setPalette(dark);
    QsciLexer *lexer = pane.codeEditor()->lexer();
    QVERIFY(lexer);
    QCOMPARE(lexer->paper(0), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(lexer->color(0), QColor(0xe0, 0xe0, 0xe0));
    for (int style = 1; style <= 11; ++style) // every C style stays readable on the dark paper
        QVERIFY2(lexer->color(style).lightness() > 110, qPrintable(QString::number(style)));
}

void TestOperatorsPane::clears()
{
    OperatorsPane pane;
    pane.setArchive(openArchive(testsupport::exampleArchive()));
    pane.table()->setCurrentIndex(pane.table()->model()->index(0, 0));
    pane.setArchive(nullptr);
    QCOMPARE(pane.table()->model()->rowCount(), 0);
    QVERIFY(pane.codeEditor()->text().isEmpty());
    QVERIFY(pane.controller()->currentFunction().isEmpty());
}

QTEST_MAIN(TestOperatorsPane)
#include "tst_operatorspane.moc"
