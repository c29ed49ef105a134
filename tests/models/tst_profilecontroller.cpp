#include "../modelfunctions.h"
#include "../testsupport.h"
#include "liveconnection.h"
#include "profilecontroller.h"
#include "profilemodel.h"
#include "timingstatsmodel.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using Step = ProfileController::Step;
using Inputs = ProfileController::Inputs;

namespace {

constexpr int kBoardMs = 180000; // generate, build (host C compiler) and flash, on a loaded machine
// Repeats per figure: enough for a median that a busy machine's preempted repeat does not move.
constexpr int kRepeat = 15;

QString message(const QSignalSpy &errors)
{
    return errors.isEmpty() ? QString() : errors.last().first().value<mtvw::Error>().message();
}

// mtvw-cli with these arguments; its standard output, empty when it failed.
QByteArray cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MTVW_CLI), args);
    if (!p.waitForFinished(kBoardMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << "mtvw-cli" << args << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

// The output checksums host-sim's standalone program prints for zeros (its default inputs).
QStringList standaloneChecksums(const QString &archive, const QString &dir)
{
    const QString templ = QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim");
    for (const QStringList &args : {QStringList{QStringLiteral("project"), QStringLiteral("generate"), templ, archive, dir},
                                    QStringList{QStringLiteral("project"), QStringLiteral("build"), dir},
                                    QStringList{QStringLiteral("project"), QStringLiteral("flash"), dir}})
        if (cli(args).isEmpty())
            return {};
    static const QRegularExpression line(QStringLiteral("output \\S+: \\S+ checksum=0x([0-9a-f]+)"));
    QStringList out;
    for (auto it = line.globalMatch(QString::fromUtf8(cli({QStringLiteral("project"), QStringLiteral("run"), dir})));
         it.hasNext();)
        out << it.next().captured(1);
    return out;
}

// The median of figures, as the test works it out: the middle one, or the mean of the two there.
double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? -1 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

bool running(const QString &program)
{
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), program});
    pgrep.waitForFinished(5000);
    return !pgrep.readAllStandardOutput().trimmed().isEmpty();
}

} // namespace

// The Profile pane's controller end to end with the real host-sim template: a host-driven
// project of the archive generated, built and flashed, a session on the live connection, an
// inference and a profile over TVM RPC, each checked against what the test works out itself.
class TestProfileController : public QObject
{
    Q_OBJECT
private slots:
    void runsInfersAndProfilesOnHostSim_data();
    void runsInfersAndProfilesOnHostSim();
    void stoppingMidProfileEndsTheProgram();
    void withoutABoardItSaysWhy();
};

void TestProfileController::runsInfersAndProfilesOnHostSim_data()
{
    QTest::addColumn<QString>("archive");
    QTest::newRow("graph corpus archive") << testsupport::corpusDir() +
                                                 QStringLiteral("/guberti-arduino/v4_graph_yes_no_nrf5340.tar");
    QTest::newRow("example (AOT)") << testsupport::exampleArchive();
}

void TestProfileController::runsInfersAndProfilesOnHostSim()
{
    QFETCH(QString, archive);
    if (!QFileInfo::exists(archive))
        QSKIP(qPrintable(testsupport::absent(archive)));
    LiveConnection connection;
    ProfileController c(&connection);
    QSignalSpy steps(&c, &ProfileController::stepChanged);
    QSignalSpy errors(&c, &ProfileController::errorOccurred);
    c.setArchive(nullptr, archive);
    QTRY_VERIFY_WITH_TIMEOUT(c.isReady() || !errors.isEmpty(), 20000);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));

    c.runOnHostSim();
    QTRY_VERIFY_WITH_TIMEOUT(c.step() == Step::Connected || c.step() == Step::Failed, kBoardMs);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    QList<Step> order;
    for (const auto &s : std::as_const(steps))
        order << s.first().value<Step>();
    QCOMPARE(order,
             (QList<Step>{Step::Preparing, Step::Generating, Step::Building, Step::Flashing, Step::Connecting, Step::Connected}));
    QCOMPARE(c.maxPacketBytes(), 2037); // the host CRT's 2048 less the session's header (spec 4.4.7)
    QVERIFY2(c.limitsText().contains(QLocale().toString(2037)), qPrintable(c.limitsText()));
    // The session rides on the live connection: the panes watching it see both directions.
    QVERIFY(connection.isConnected());
    QTRY_VERIFY(connection.bytesFromHost() > 0 && connection.bytesFromDevice() > 0);

    // Zeros give the outputs host-sim's standalone program gives (it infers on zeros too).
    QTemporaryDir work;
    const QStringList expected = standaloneChecksums(archive, work.filePath(QStringLiteral("standalone")));
    QVERIFY(!expected.isEmpty());
    QSignalSpy inferred(&c, &ProfileController::inferred);
    c.infer({});
    QTRY_VERIFY_WITH_TIMEOUT(!inferred.isEmpty() || !errors.isEmpty(), 30000);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    QCOMPARE(c.step(), Step::Connected);
    QStringList got;
    qint64 outputBytes = 0;
    for (const auto &o : c.outputs()) {
        got << QString::number(testsupport::fnv1a(o.data), 16).rightJustified(8, QLatin1Char('0'));
        outputBytes += o.data.size();
    }
    QCOMPARE(got, expected);
    const QString lines = c.outputLines().join(QLatin1Char('\n'));
    for (const QString &sum : std::as_const(expected))
        QVERIFY2(lines.contains(QStringLiteral("checksum 0x") + sum), qPrintable(lines));
    QVERIFY2(lines.contains(QLatin1String("top 3")) || outputBytes < 3, qPrintable(lines));

    // The same inputs from a file; a file of the wrong size is refused and the session goes on.
    const QString zeros = work.filePath(QStringLiteral("zeros.bin"));
    qint64 inputBytes = 0;
    {
        // The device's own input sizes, asked through the controller's first run: the file of
        // every input concatenated has their sum; one byte more is wrong.
        const QString wrong = work.filePath(QStringLiteral("wrong.bin"));
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1, '\0'));
        f.close();
        c.infer({Inputs::Kind::File, 0, wrong});
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 30000);
        const QRegularExpression take(QStringLiteral("inputs take (\\d+)"));
        const auto m = take.match(message(errors));
        QVERIFY2(m.hasMatch(), qPrintable(message(errors)));
        inputBytes = m.captured(1).toLongLong();
        QCOMPARE(c.step(), Step::Connected);
        errors.clear();
    }
    QFile z(zeros);
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.write(QByteArray(inputBytes, '\0'));
    z.close();
    inferred.clear();
    c.infer({Inputs::Kind::File, 0, zeros});
    QTRY_VERIFY_WITH_TIMEOUT(!inferred.isEmpty() || !errors.isEmpty(), 30000);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    QCOMPARE(QString::number(testsupport::fnv1a(c.outputs().first().data), 16).rightJustified(8, QLatin1Char('0')),
             expected.first());

    // Every operator function the model calls (the test reads them from the raw graph JSON or
    // the AOT main function's C), each with a figure per repeat.
    const QSet<QString> functions = testsupport::operatorFunctionsOf(QDir(c.projectDir()).filePath(QStringLiteral("model")));
    QVERIFY(!functions.isEmpty());
    QSignalSpy profiled(&c, &ProfileController::profiled);
    QSignalSpy progress(&c, &ProfileController::progressed);
    c.profile(kRepeat, 1);
    QCOMPARE(c.step(), Step::Profiling);
    QTRY_VERIFY_WITH_TIMEOUT(!profiled.isEmpty() || !errors.isEmpty(), 60000);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    QCOMPARE(c.step(), Step::Connected);
    QVERIFY(progress.size() >= functions.size());
    const ProfileModel *model = c.model();
    QSet<QString> timed;
    double shares = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString f = model->operatorAt(r).function;
        QVERIFY2(!timed.contains(f), qPrintable(f));
        timed.insert(f);
        const auto &t = model->timingAt(r);
        QVERIFY2(t && t->error.isEmpty(), qPrintable(f + QStringLiteral(": ") + (t ? t->error : QString())));
        QCOMPARE(t->seconds.size(), kRepeat);
        for (double s : t->seconds)
            QVERIFY2(s > 0, qPrintable(f));
        QVERIFY(model->shareAt(r) > 0);
        shares += model->shareAt(r);
        QVERIFY(model->index(r, ProfileModel::CodeColumn).data(ProfileModel::SortRole).toLongLong() > 0);
    }
    QCOMPARE(timed, functions);
    QCOMPARE(c.modelTiming().seconds.size(), kRepeat);
    QCOMPARE(c.modelStats()->index(TimingStatsModel::CountRow, 0).data(TimingStatsModel::ValueRole).toInt(), kRepeat);
    QVERIFY(c.modelStats()->index(TimingStatsModel::MedianRow, 0).data(TimingStatsModel::ValueRole).toDouble() > 0);
    // Each share is the operator's median × its calls per run of the model's median, worked out
    // here from the figures themselves. (Whether the shares add up to 100 % depends on how busy
    // the machine is and on the packed wrapper's overhead of an operator called alone, so that
    // is not held to.)
    const double whole = medianOf(c.modelTiming().seconds);
    QVERIFY(whole > 0);
    for (int r = 0; r < model->rowCount(); ++r) {
        const double expected = 100.0 * medianOf(model->timingAt(r)->seconds) * model->operatorAt(r).callsPerRun / whole;
        QVERIFY2(
            qAbs(model->shareAt(r) - expected) <= 1e-9 * qMax(1.0, expected),
            qPrintable(QStringLiteral("%1: %2 != %3").arg(model->operatorAt(r).function).arg(model->shareAt(r)).arg(expected)));
    }
    qInfo("the model's median %.3f µs; its operators' shares add up to %.0f %%", whole * 1e6, shares);

    // Sorted by share, the largest comes first.
    c.proxy()->sort(ProfileModel::ShareColumn, Qt::DescendingOrder);
    for (int r = 1; r < c.proxy()->rowCount(); ++r)
        QVERIFY(c.proxy()->index(r - 1, ProfileModel::ShareColumn).data(ProfileModel::SortRole).toDouble() >=
                c.proxy()->index(r, ProfileModel::ShareColumn).data(ProfileModel::SortRole).toDouble());

    const QString program = QDir(c.projectDir()).filePath(QStringLiteral("installed/model_runner"));
    QVERIFY(running(program));
    c.stop();
    QCOMPARE(c.step(), Step::Idle);
    QVERIFY(!connection.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(!running(program), 20000);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
}

void TestProfileController::stoppingMidProfileEndsTheProgram()
{
    LiveConnection connection;
    auto c = std::make_unique<ProfileController>(&connection);
    QSignalSpy errors(c.get(), &ProfileController::errorOccurred);
    c->setArchive(nullptr, testsupport::exampleArchive());
    c->runOnHostSim();
    QTRY_VERIFY_WITH_TIMEOUT(c->step() == Step::Connected || c->step() == Step::Failed, kBoardMs);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    QTRY_VERIFY(c->isReady());
    const QString program = QDir(c->projectDir()).filePath(QStringLiteral("installed/model_runner"));
    QSignalSpy progress(c.get(), &ProfileController::progressed);
    // Long measurements: the device is busy in the first one when the stop comes.
    c->profile(1, 5'000'000);
    QTRY_VERIFY(!progress.isEmpty());
    c->stop();
    QCOMPARE(c->step(), Step::Idle);
    QVERIFY(!c->model()->timingAt(0));
    QTRY_VERIFY_WITH_TIMEOUT(!running(program), 20000);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    // Another archive: the simulated board of this one goes.
    c->runOnHostSim();
    QTRY_VERIFY_WITH_TIMEOUT(c->step() == Step::Connected || c->step() == Step::Failed, kBoardMs);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    const QString before = QDir(c->projectDir()).filePath(QStringLiteral("installed/model_runner"));
    c->setArchive(nullptr, testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QCOMPARE(c->step(), Step::Idle);
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isConnected() && !running(before), 20000);
    QTRY_VERIFY(c->isReady());
    // Again, and then the controller goes while the profile runs.
    c->runOnHostSim();
    QTRY_VERIFY_WITH_TIMEOUT(c->step() == Step::Connected || c->step() == Step::Failed, kBoardMs);
    QVERIFY2(errors.isEmpty(), qPrintable(message(errors)));
    const QString again = QDir(c->projectDir()).filePath(QStringLiteral("installed/model_runner"));
    progress.clear();
    c->profile(1, 5'000'000);
    QTRY_VERIFY(!progress.isEmpty());
    c.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isConnected() && !running(again), 20000);
}

void TestProfileController::withoutABoardItSaysWhy()
{
    LiveConnection connection;
    ProfileController c(&connection);
    QSignalSpy errors(&c, &ProfileController::errorOccurred);
    QVERIFY(!c.canUseLiveConnection());
    c.useLiveConnection();
    QCOMPARE(errors.size(), 1);
    QVERIFY(message(errors).contains(QLatin1String("Monitor")));
    QCOMPARE(c.step(), Step::Failed);
    c.runOnHostSim(); // no archive
    QCOMPARE(errors.size(), 2);
    QCOMPARE(c.step(), Step::Failed);
    c.setArchive(nullptr, QStringLiteral("/nonexistent/model.tar"));
    QTRY_COMPARE(errors.size(), 3);
    QVERIFY(message(errors).contains(QLatin1String("/nonexistent/model.tar")));
    c.runOnHostSim();
    QCOMPARE(errors.size(), 4);
    QVERIFY(message(errors).contains(QLatin1String("/nonexistent/model.tar")));
    c.infer({});
    c.profile(1, 1);
    QCOMPARE(errors.size(), 6); // no session for either
    QCOMPARE(c.step(), Step::Failed);
}

QTEST_GUILESS_MAIN(TestProfileController)
#include "tst_profilecontroller.moc"
