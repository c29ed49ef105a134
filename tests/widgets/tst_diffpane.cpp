#include "../testsupport.h"
#include "core/bytetext.h"
#include "diffcontroller.h"
#include "diffmodel.h"
#include "diffpane.h"
#include "mlf/memorymap.h"

#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace mtvw::mlf;

using testsupport::openArchive;

class TestDiffPane : public QObject
{
    Q_OBJECT
private slots:
    void comparesTwoArchives();
    void badArchiveShowsError();
    void doubleClickShowsOperator();
};

void TestDiffPane::comparesTwoArchives()
{
    const auto a = openArchive(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    QVERIFY(a);
    DiffPane pane;
    pane.resize(900, 600);
    pane.show();
    pane.setArchive(a);
    QSignalSpy ready(pane.controller(), &DiffController::ready);
    pane.compareWith(testsupport::fixture(QStringLiteral("v7_bigparams.tar")));
    QTRY_COMPARE(ready.size(), 1);
    const ArchiveDiff::ModuleDiff *m = pane.controller()->currentModule();
    QVERIFY(m);
    // Only changed rows by default, largest change first.
    int changedFunctions = 0;
    for (const ArchiveDiff::FunctionRow &f : m->functions)
        changedFunctions += f.change != ArchiveDiff::Change::Same;
    QCOMPARE(pane.functionsTable()->model()->rowCount(), changedFunctions);
    QCOMPARE(pane.paramsTable()->model()->rowCount(), m->params.size());
    QVERIFY(pane.functionsTable()->model()->rowCount() > 0);
    // The totals line carries the engine's RAM estimates of A and B.
    const MemoryMap mapB = MemoryMap::compute(*pane.controller()->archiveB(), pane.controller()->archiveB()->modules().first());
    QVERIFY(pane.totalsLabel()->isVisible());
    QVERIFY2(pane.totalsLabel()->text().contains(ByteText::size(mapB.ramBytes)), qPrintable(pane.totalsLabel()->text()));
    QVERIFY(!pane.messageLabel()->isVisible());
}

void TestDiffPane::badArchiveShowsError()
{
    DiffPane pane;
    pane.show();
    pane.setArchive(openArchive(testsupport::exampleArchive()));
    QSignalSpy errors(pane.controller(), &DiffController::errorOccurred);
    pane.compareWith(testsupport::fixture(QStringLiteral("hostile_notarchive.tar")));
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY(pane.messageLabel()->isVisible());
    QVERIFY2(pane.messageLabel()->text().contains(QStringLiteral("hostile_notarchive.tar")),
             qPrintable(pane.messageLabel()->text()));
    QCOMPARE(pane.functionsTable()->model()->rowCount(), 0);
    QVERIFY(!pane.totalsLabel()->isVisible());
}

void TestDiffPane::doubleClickShowsOperator()
{
    DiffPane pane;
    pane.show();
    pane.setArchive(openArchive(testsupport::fixture(QStringLiteral("v7_graph.tar"))));
    QSignalSpy ready(pane.controller(), &DiffController::ready);
    pane.compareWith(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    QTRY_COMPARE(ready.size(), 1);
    QSignalSpy activated(&pane, &DiffPane::operatorActivated);
    QAbstractItemModel *model = pane.functionsTable()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(DiffModel::ChangeRole).toInt() != int(ArchiveDiff::Change::Changed))
            continue;
        emit pane.functionsTable()->doubleClicked(model->index(r, DiffModel::CodeDeltaColumn));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), pane.controller()->currentModule()->moduleA);
        QCOMPARE(activated.first().at(1).toString(), model->index(r, 0).data().toString());
        return;
    }
    QFAIL("no changed function between the fixtures");
}

QTEST_MAIN(TestDiffPane)
#include "tst_diffpane.moc"
