#include "../testsupport.h"
#include "archivetreemodel.h"
#include "mainwindow.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensTheExample();
    void badArchiveKeepsTheWindowWorking();
};

void TestMainWindow::opensTheExample()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    QVERIFY(w.currentArchive());
    QVERIFY(w.treeModel()->rowCount() >= 3); // codegen, parameters, src, metadata.json
    QVERIFY(w.treeModel()->indexForPath(QStringLiteral("metadata.json")).isValid());
    QVERIFY(w.windowTitle().contains(QLatin1String("tinydense.tar")));
}

void TestMainWindow::badArchiveKeepsTheWindowWorking()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy errors(&w, &MainWindow::errorOccurred);
    w.openArchive(testsupport::fixture(QStringLiteral("hostile_dotdot.tar")));
    QVERIFY(errors.wait(10000));
    QVERIFY(errors.first().first().toString().contains(QLatin1String("..")));
    QTRY_VERIFY(w.findChild<QMessageBox *>() != nullptr);
    w.findChild<QMessageBox *>()->close();
    // Still usable: a good archive opens afterwards.
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    QVERIFY(w.treeModel()->rowCount() > 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
