#include "../testsupport.h"
#include "liveconnection.h"
#include "profilecontroller.h"
#include "profilemodel.h"
#include "profilepane.h"
#include "timingstatsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using Step = ProfileController::Step;

// The Profile pane's widgets follow its controller: what can be clicked at each step, the session
// line, the outputs, the progress and the table; an operator's row asks for its own function.
class TestProfilePane : public QObject
{
    Q_OBJECT
private slots:
    void rowsAskForTheirFunction();
    void widgetsFollowASession();
};

void TestProfilePane::rowsAskForTheirFunction()
{
    LiveConnection connection;
    ProfileController controller(&connection);
    ProfilePane pane(&controller);
    pane.resize(1200, 330);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // No archive: nothing to run, no connection to use, nothing to stop.
    QVERIFY(!pane.hostSimButton()->isEnabled());
    QVERIFY(!pane.liveButton()->isEnabled());
    QVERIFY(!pane.stopButton()->isEnabled());
    QVERIFY(!pane.inferButton()->isEnabled());
    QVERIFY(!pane.profileButton()->isEnabled());
    QCOMPARE(pane.stepLabel()->text(), controller.stepText());
    QVERIFY(!pane.limitsLabel()->isVisible());

    controller.setArchive(nullptr, testsupport::exampleArchive());
    QTRY_VERIFY(controller.isReady());
    QVERIFY(pane.hostSimButton()->isEnabled());
    QVERIFY(!pane.profileButton()->isEnabled());    // no session yet
    QCOMPARE(pane.table()->model()->rowCount(), 3); // the example's dense, dense and softmax

    // Sorted by code bytes, largest first, through the header as a user would.
    pane.table()->sortByColumn(ProfileModel::CodeColumn, Qt::DescendingOrder);
    const QAbstractItemModel *shown = pane.table()->model();
    QSignalSpy asked(&pane, &ProfilePane::operatorActivated);
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QModelIndex cell = shown->index(r, ProfileModel::FunctionColumn);
        const QRect rect = pane.table()->visualRect(cell);
        // A view takes a double click on the item its press was on.
        QTest::mousePress(pane.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(pane.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(asked.size(), r + 1);
        const int source = controller.proxy()->mapToSource(cell).row();
        QCOMPARE(asked.last().at(0).toString(), controller.model()->operatorAt(source).module);
        QCOMPARE(asked.last().at(1).toString(), controller.model()->operatorAt(source).function);
        if (r > 0)
            QVERIFY(shown->index(r, ProfileModel::CodeColumn).data(ProfileModel::SortRole).toLongLong() <=
                    shown->index(r - 1, ProfileModel::CodeColumn).data(ProfileModel::SortRole).toLongLong());
    }
    // Show code asks for the current row's.
    pane.table()->setCurrentIndex(shown->index(1, 0));
    QVERIFY(pane.showCodeAction()->isEnabled());
    pane.showCodeAction()->trigger();
    QCOMPARE(asked.last().at(1).toString(), shown->index(1, 0).data(ProfileModel::FunctionRole).toString());

    // An error is shown until the next start.
    controller.useLiveConnection();
    QVERIFY(pane.errorLabel()->isVisible());
    QVERIFY(pane.errorLabel()->text().contains(QLatin1String("live connection")));
}

void TestProfilePane::widgetsFollowASession()
{
    LiveConnection connection;
    ProfileController controller(&connection);
    ProfilePane pane(&controller);
    pane.resize(1200, 330);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    controller.setArchive(nullptr, testsupport::exampleArchive());
    QTRY_VERIFY(controller.isReady());

    // While the board is made, only Stop.
    QSignalSpy steps(&controller, &ProfileController::stepChanged);
    QList<bool> runWhileBusy, stopWhileBusy;
    connect(&controller, &ProfileController::stepChanged, this, [&](Step s) {
        if (controller.isBusy() && s != Step::Inferring && s != Step::Profiling) {
            runWhileBusy << pane.hostSimButton()->isEnabled();
            stopWhileBusy << pane.stopButton()->isEnabled();
        }
    });
    QTest::mouseClick(pane.hostSimButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.step() == Step::Connected || controller.step() == Step::Failed, 180000);
    QCOMPARE(controller.step(), Step::Connected);
    QVERIFY(!runWhileBusy.isEmpty());
    QVERIFY(!runWhileBusy.contains(true));
    QVERIFY(!stopWhileBusy.contains(false));
    QCOMPARE(pane.stepLabel()->text(), controller.stepText());
    QVERIFY(pane.limitsLabel()->isVisible());
    QCOMPARE(pane.limitsLabel()->text(), controller.limitsText());
    QVERIFY(pane.inferButton()->isEnabled());
    QVERIFY(pane.profileButton()->isEnabled());
    QVERIFY(pane.stopButton()->isEnabled());
    QVERIFY(pane.liveButton()->isEnabled()); // the live connection is the simulated board's now

    // Random inputs of a seed: the outputs appear, the same seed gives the same text.
    pane.fillBox()->setCurrentIndex(pane.fillBox()->findData(int(ProfileController::Inputs::Kind::Random)));
    QVERIFY(pane.seedBox()->isEnabled());
    pane.seedBox()->setValue(7);
    QSignalSpy inferred(&controller, &ProfileController::inferred);
    QTest::mouseClick(pane.inferButton(), Qt::LeftButton);
    QVERIFY(!pane.inferButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(inferred.size(), 1, 30000);
    const QString first = pane.outputsView()->toPlainText();
    QVERIFY2(first.contains(QLatin1String("checksum 0x")), qPrintable(first));
    QCOMPARE(first, controller.outputLines().join(QLatin1Char('\n')));
    QTest::mouseClick(pane.inferButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(inferred.size(), 2, 30000);
    QCOMPARE(pane.outputsView()->toPlainText().section(QLatin1Char('\n'), 0, -2), first.section(QLatin1Char('\n'), 0, -2));

    // A profile: its progress while it runs, then every row's share and the model's statistics.
    pane.repeatBox()->setValue(4);
    QSignalSpy profiled(&controller, &ProfileController::profiled);
    QTest::mouseClick(pane.profileButton(), Qt::LeftButton);
    QCOMPARE(controller.step(), Step::Profiling);
    QVERIFY(pane.progressBar()->isVisible());
    QVERIFY(!pane.profileButton()->isEnabled() && !pane.inferButton()->isEnabled() && !pane.hostSimButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(profiled.size(), 1, 60000);
    QVERIFY(!pane.progressBar()->isVisible());
    const QAbstractItemModel *shown = pane.table()->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        QVERIFY(shown->index(r, ProfileModel::ShareColumn).data().toString().endsWith(QLatin1String("%")));
        QVERIFY(shown->index(r, ProfileModel::ShareColumn).data(ProfileModel::ShareRole).toDouble() > 0);
        QCOMPARE(shown->index(r, ProfileModel::StatusColumn).data().toString(), ProfileModel::tr("ok"));
    }
    QCOMPARE(pane.statsTable()->model()->index(TimingStatsModel::CountRow, 0).data().toString(), QStringLiteral("4"));

    QTest::mouseClick(pane.stopButton(), Qt::LeftButton);
    QCOMPARE(controller.step(), Step::Idle);
    QVERIFY(!pane.stopButton()->isEnabled());
    QVERIFY(!pane.inferButton()->isEnabled());
    QVERIFY(pane.hostSimButton()->isEnabled());
    QVERIFY(!pane.limitsLabel()->isVisible());
    QTRY_VERIFY(!pane.liveButton()->isEnabled()); // the board's connection went with it
}

QTEST_MAIN(TestProfilePane)
#include "tst_profilepane.moc"
