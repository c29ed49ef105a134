#include "../testsupport.h"
#include "diffcontroller.h"
#include "diffmodel.h"
#include "mlf/memorymap.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace mtvw::mlf;

using testsupport::openArchive;

class TestDiffController : public QObject
{
    Q_OBJECT
private slots:
    void opensBOffThread();
    void badArchiveNamesTheFile_data();
    void badArchiveNamesTheFile();
    void modulePairs();
    void newArchiveARecomputes();
    void bBeforeA();
    void cancelDropsTheComparison();
};

void TestDiffController::opensBOffThread()
{
    const auto a = openArchive(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    QVERIFY(a);
    DiffController c;
    QSignalSpy ready(&c, &DiffController::ready);
    QSignalSpy busy(&c, &DiffController::busyChanged);
    QSignalSpy errors(&c, &DiffController::errorOccurred);
    c.setArchiveA(a);
    QCOMPARE(c.nameA(), QStringLiteral("v7_aot.tar"));
    c.compareWith(testsupport::fixture(QStringLiteral("v7_bigparams.tar")));
    QVERIFY(c.isBusy()); // returns at once; the work is on the pool
    QCOMPARE(c.nameB(), QStringLiteral("v7_bigparams.tar"));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(errors.size(), 0);
    QVERIFY(!c.isBusy());
    QCOMPARE(busy.size(), 2);
    QVERIFY(c.hasDiff());
    QVERIFY(c.archiveB());

    const ArchiveDiff expected = ArchiveDiff::compute(*a, *c.archiveB());
    QCOMPARE(c.diff().modules.size(), expected.modules.size());
    QCOMPARE(c.moduleIndex(), 0);
    const ArchiveDiff::ModuleDiff *m = c.currentModule();
    QVERIFY(m);
    QCOMPARE(c.functionsModel()->rowCount(), expected.modules.first().functions.size());
    QCOMPARE(c.paramsModel()->rowCount(), expected.modules.first().params.size());
    // The totals are the engine's memory map figures.
    const MemoryMap mapA = MemoryMap::compute(*a, a->modules().first());
    const MemoryMap mapB = MemoryMap::compute(*c.archiveB(), c.archiveB()->modules().first());
    QCOMPARE(m->a.workspace, mapA.workspaceBytes);
    QCOMPARE(m->b.params, mapB.paramsBytes);
    QCOMPARE(m->b.ram, mapB.ramBytes);
}

void TestDiffController::badArchiveNamesTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("not an archive") << testsupport::fixture(QStringLiteral("hostile_notarchive.tar"));
    QTest::newRow("bad json") << testsupport::fixture(QStringLiteral("hostile_badjson.tar"));
    QTest::newRow("missing") << testsupport::fixture(QStringLiteral("no_such_archive.tar"));
}

void TestDiffController::badArchiveNamesTheFile()
{
    QFETCH(QString, file);
    const auto a = openArchive(testsupport::exampleArchive());
    QVERIFY(a);
    DiffController c;
    c.setArchiveA(a);
    QSignalSpy ready(&c, &DiffController::ready);
    QSignalSpy errors(&c, &DiffController::errorOccurred);
    c.compareWith(file);
    QTRY_COMPARE(errors.size(), 1);
    const QString message = errors.first().first().value<mtvw::Error>().message();
    QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
    QCOMPARE(c.errorString(), message);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!c.isBusy());
    QVERIFY(!c.hasDiff());
    QVERIFY(!c.archiveB());
    QCOMPARE(c.functionsModel()->rowCount(), 0);

    // The controller keeps working: a good B afterwards.
    c.compareWith(testsupport::exampleArchive());
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(c.errorString().isEmpty());
    QVERIFY(c.functionsModel()->rowCount() > 0);
}

void TestDiffController::modulePairs()
{
    const auto a = openArchive(testsupport::fixture(QStringLiteral("v7_two_modules.tar")));
    QVERIFY(a);
    DiffController c;
    QSignalSpy ready(&c, &DiffController::ready);
    c.setArchiveA(a);
    c.compareWith(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(c.modulePairs().size(), c.diff().modules.size());
    QVERIFY(c.modulePairs().size() >= 2);
    QSignalSpy moduleChanged(&c, &DiffController::moduleIndexChanged);
    c.setModuleIndex(1);
    QCOMPARE(moduleChanged.size(), 1);
    QCOMPARE(c.currentModule(), &c.diff().modules.at(1));
    QCOMPARE(c.functionsModel()->rowCount(), c.diff().modules.at(1).functions.size());
    c.setModuleIndex(99); // ignored
    QCOMPARE(c.moduleIndex(), 1);
}

void TestDiffController::newArchiveARecomputes()
{
    DiffController c;
    QSignalSpy ready(&c, &DiffController::ready);
    c.setArchiveA(openArchive(testsupport::fixture(QStringLiteral("v7_aot.tar"))));
    c.compareWith(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QTRY_COMPARE(ready.size(), 1);
    const auto other = openArchive(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    c.setArchiveA(other);
    QVERIFY(!c.hasDiff()); // cleared until the new diff is there
    QTRY_COMPARE(ready.size(), 2);
    for (int r = 0; r < c.functionsModel()->rowCount(); ++r) // same archive on both sides now
        QCOMPARE(c.functionsModel()->index(r, 0).data(DiffModel::AbsDeltaRole).toLongLong(), 0);
    c.setArchiveA(nullptr);
    QVERIFY(!c.hasDiff());
    QCOMPARE(c.functionsModel()->rowCount(), 0);
}

void TestDiffController::bBeforeA()
{
    DiffController c;
    QSignalSpy ready(&c, &DiffController::ready);
    QSignalSpy busy(&c, &DiffController::busyChanged);
    c.compareWith(testsupport::exampleArchive());
    QTRY_COMPARE(busy.size(), 2);
    QVERIFY(c.archiveB());
    QCOMPARE(ready.size(), 0); // nothing to compare with yet
    c.setArchiveA(openArchive(testsupport::fixture(QStringLiteral("v7_aot.tar"))));
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(c.functionsModel()->rowCount() > 0);
}

void TestDiffController::cancelDropsTheComparison()
{
    const auto a = openArchive(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    QVERIFY(a);
    DiffController c;
    c.setArchiveA(a);
    QSignalSpy ready(&c, &DiffController::ready);
    QSignalSpy errors(&c, &DiffController::errorOccurred);
    c.compareWith(testsupport::fixture(QStringLiteral("v7_bigparams.tar")));
    QVERIFY(c.isBusy());
    c.cancel();
    QVERIFY(!c.isBusy());
    QVERIFY(c.nameB().isEmpty());
    // A comparison started afterwards is the only one that arrives: the cancelled one never does.
    c.compareWith(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(c.nameB(), QStringLiteral("v7_graph.tar"));
    QCOMPARE(QFileInfo(c.archiveB()->archive().path()).fileName(), QStringLiteral("v7_graph.tar"));
    QCOMPARE(errors.size(), 0);
}

QTEST_MAIN(TestDiffController)
#include "tst_diffcontroller.moc"
