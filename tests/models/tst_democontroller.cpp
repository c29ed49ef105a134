#include "../testsupport.h"
#include "democontroller.h"
#include "liveconnection.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// The one-click demo end to end through its controller: the real host-sim template generates,
// builds (host C compiler), flashes and runs the example archive, and the live connection
// carries the program's text.
class TestDemoController : public QObject
{
    Q_OBJECT
private slots:
    void exampleRunsOnASimulatedBoard();
    void aMissingArchiveIsNamed();
};

void TestDemoController::exampleRunsOnASimulatedBoard()
{
    LiveConnection connection;
    QByteArray text; // the device's bytes, as the panes get them
    connect(&connection, &LiveConnection::chunksArrived, this, [&text](const LiveChunks &chunks) {
        for (const LiveChunk &c : chunks)
            if (c.direction == mtvw::Direction::FromDevice)
                text += c.bytes;
    });
    DemoController demo(&connection);
    QSignalSpy steps(&demo, &DemoController::stepChanged);
    QSignalSpy errors(&demo, &DemoController::errorOccurred);
    demo.start(testsupport::exampleArchive());
    QTRY_VERIFY_WITH_TIMEOUT(demo.step() == DemoController::Step::Running || !errors.isEmpty(), 180000);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().value<mtvw::Error>().message()));
    QList<DemoController::Step> order;
    for (const auto &s : std::as_const(steps))
        order << s.first().value<DemoController::Step>();
    QCOMPARE(order, (QList<DemoController::Step>{DemoController::Step::Starting, DemoController::Step::Generating,
                                                 DemoController::Step::Building, DemoController::Step::Flashing,
                                                 DemoController::Step::Running}));
    QVERIFY(QFileInfo::exists(QDir(demo.projectDir()).filePath(QStringLiteral("installed/model_runner"))));

    // It infers continuously: many runs, and the outputs printed along the way.
    QTRY_VERIFY_WITH_TIMEOUT(demo.inferences() >= 3 * DemoController::kPrintEvery && !demo.topClass().isEmpty(), 60000);
    QVERIFY(demo.latestMs() > 0);
    QVERIFY(demo.inferencesPerSecond() > 0);
    QVERIFY(connection.isConnected());
    // The readout agrees with the program's own text, read here: the run lines it counted and
    // the largest value of the last output line.
    const QString all = QString::fromUtf8(text);
    const qsizetype runs = all.count(QRegularExpression(QStringLiteral("(^|\n)run \\d+/")));
    QVERIFY2(runs >= demo.inferences() - 0 && demo.inferences() > 0,
             qPrintable(QStringLiteral("%1 runs, readout %2").arg(runs).arg(demo.inferences())));
    const qsizetype at = all.lastIndexOf(QLatin1String("output default/output:"));
    QVERIFY(at >= 0);
    const QString line = all.mid(at, all.indexOf(QLatin1Char('\n'), at) - at);
    const QStringList values = line.section(QLatin1Char('='), -1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int best = 0;
    for (int i = 1; i < values.size(); ++i)
        if (values[i].toDouble() > values[best].toDouble())
            best = i;
    QCOMPARE(demo.topIndex(), best);

    demo.stop();
    QCOMPARE(demo.step(), DemoController::Step::Stopped);
    QVERIFY(!connection.isConnected());
    // The program is ended with the transport: nothing of it is left running.
    const QString program = QDir(demo.projectDir()).filePath(QStringLiteral("installed/model_runner"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QProcess pgrep;
            pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), program});
            pgrep.waitForFinished(5000);
            return pgrep.readAllStandardOutput().trimmed().isEmpty();
        }(),
        20000);
}

void TestDemoController::aMissingArchiveIsNamed()
{
    LiveConnection connection;
    DemoController demo(&connection);
    QSignalSpy errors(&demo, &DemoController::errorOccurred);
    demo.start(QStringLiteral("/nonexistent/model.tar"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().value<mtvw::Error>().message().contains(QLatin1String("/nonexistent/model.tar")));
    QCOMPARE(demo.step(), DemoController::Step::Failed);
    demo.setTemplateDir(QStringLiteral("/nonexistent/template"));
    demo.start(testsupport::exampleArchive());
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 20000);
    QCOMPARE(demo.step(), DemoController::Step::Failed);
}

QTEST_GUILESS_MAIN(TestDemoController)
#include "tst_democontroller.moc"
