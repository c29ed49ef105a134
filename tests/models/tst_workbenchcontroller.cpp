#include "../testsupport.h"
#include "workbenchcontroller.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>

class TestWorkbenchController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensAndBecomesCurrent();
    void openingTwiceKeepsOne();
    void badArchiveReportsAndKeepsTheList();
    void severalArchivesAndClose();
    void recentFilesNewestFirst();
};

void TestWorkbenchController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mtvw-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbenchcontroller"));
}

void TestWorkbenchController::init()
{
    WorkbenchController().clearRecentFiles();
}

void TestWorkbenchController::opensAndBecomesCurrent()
{
    WorkbenchController w;
    QSignalSpy current(&w, &WorkbenchController::currentChanged);
    QSignalSpy started(&w, &WorkbenchController::loadingStarted);
    w.open(testsupport::exampleArchive());
    QCOMPARE(started.size(), 1);
    QVERIFY(w.isLoading());
    QVERIFY(current.wait(10000));
    QCOMPARE(w.archives().size(), 1);
    QCOMPARE(w.currentIndex(), 0);
    QVERIFY(w.current());
    QCOMPARE(w.current()->metadata().version, 7);
    QVERIFY(w.currentPath().endsWith(QLatin1String("tinydense.tar")));
    QVERIFY(!w.isLoading());
}

void TestWorkbenchController::openingTwiceKeepsOne()
{
    WorkbenchController w;
    QSignalSpy opened(&w, &WorkbenchController::archiveOpened);
    w.open(testsupport::exampleArchive());
    w.open(testsupport::exampleArchive()); // queued twice: opened once
    QVERIFY(opened.wait(10000));
    // Deterministic, no sleep: every job has ended and whatever it posted has been delivered.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    w.open(testsupport::exampleArchive()); // already open: becomes current, not reopened
    QCOMPARE(opened.size(), 1);
    QCOMPARE(w.archives().size(), 1);
}

void TestWorkbenchController::badArchiveReportsAndKeepsTheList()
{
    WorkbenchController w;
    QSignalSpy errors(&w, &WorkbenchController::errorOccurred);
    QSignalSpy opened(&w, &WorkbenchController::archiveOpened);
    w.open(testsupport::exampleArchive());
    w.open(testsupport::fixture(QStringLiteral("hostile_symlink.tar")));
    QVERIFY(errors.wait(10000));
    QCOMPARE(opened.size(), 1);
    QVERIFY(errors.first().at(0).toString().endsWith(QLatin1String("hostile_symlink.tar")));
    QVERIFY(errors.first().at(1).value<mtvw::Error>().message().contains(QLatin1String("link")));
    QCOMPARE(w.archives().size(), 1);
    QCOMPARE(w.currentIndex(), 0);
    QVERIFY(!w.recentFiles().join(QLatin1Char(' ')).contains(QLatin1String("hostile")));
}

void TestWorkbenchController::severalArchivesAndClose()
{
    WorkbenchController w;
    QSignalSpy opened(&w, &WorkbenchController::archiveOpened);
    w.open(testsupport::exampleArchive());
    w.open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
    QCOMPARE(w.currentIndex(), 1);
    QVERIFY(w.current()->metadata().modules.first().isGraph());
    w.setCurrentIndex(0);
    QVERIFY(w.current()->metadata().modules.first().isAot());
    QSignalSpy current(&w, &WorkbenchController::currentChanged);
    w.close(0);
    QCOMPARE(w.archives().size(), 1);
    QCOMPARE(w.currentIndex(), 0);
    QVERIFY(w.current()->metadata().modules.first().isGraph());
    QCOMPARE(current.size(), 1);
    w.close(0);
    QCOMPARE(w.currentIndex(), -1);
    QVERIFY(!w.current());
}

void TestWorkbenchController::recentFilesNewestFirst()
{
    WorkbenchController w;
    QSignalSpy opened(&w, &WorkbenchController::archiveOpened);
    w.open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    w.open(testsupport::exampleArchive());
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
    const QStringList recent = w.recentFiles();
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.first().endsWith(QLatin1String("tinydense.tar")));
    QVERIFY(recent.last().endsWith(QLatin1String("v7_graph.tar")));
}

QTEST_GUILESS_MAIN(TestWorkbenchController)
#include "tst_workbenchcontroller.moc"
