#include "../testsupport.h"
#include "projectcontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

// The Project pane's controller never makes the GUI thread wait: Cancel, Refresh and destroying
// it mid-probe return at once even when the server ignores SIGTERM; the server is still ended.
class TestAsyncCore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cancelWithAServerThatIgnoresSigterm();
    void folderChosenAfterCancelStays();
    void refreshCancelAndDestroyDuringAProbe();
    void folderAddedDuringARefreshIsQueued();
};

namespace {

constexpr int kMaxStallMs = 50;

// Measures the longest gap between turns of the event loop while it lives.
class StallWatch
{
public:
    StallWatch()
    {
        m_clock.start();
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

QString fakeServer(const QString &dir, const QString &mode)
{
    return testsupport::fakeServerProject(dir, mode);
}

qint64 serverPid(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("server.pid")));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0;
}

} // namespace

void TestAsyncCore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mtvw-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_asynccore"));
    QSettings().clear();
}

void TestAsyncCore::cancelWithAServerThatIgnoresSigterm()
{
    QTemporaryDir dir;
    const QString folder = fakeServer(dir.path(), QStringLiteral("ignoreterm"));
    ProjectController c;
    c.setFolder(folder);
    QTRY_VERIFY_WITH_TIMEOUT(c.info().has_value(), 20000);
    const qint64 pid = serverPid(folder);
    QVERIFY(pid > 0);
    QSignalSpy finished(&c, &ProjectController::finished);
    QSignalSpy errors(&c, &ProjectController::errorOccurred);
    c.build(); // never answered
    QVERIFY(c.isBusy());
    StallWatch watch;
    QElapsedTimer clock;
    clock.start();
    c.cancel();
    QVERIFY2(clock.elapsed() < kMaxStallMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.first().at(1).value<mtvw::Error>().code(), mtvw::Error::Code::Cancelled);
    // SIGTERM is ignored: the reaper's SIGKILL ends it, on a timer.
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 15000);
    // A fresh server serves the folder again.
    QTRY_VERIFY_WITH_TIMEOUT(c.info().has_value() && serverPid(folder) != pid, 20000);
    QVERIFY2(watch.longestMs() < kMaxStallMs, qPrintable(QStringLiteral("longest stall %1 ms").arg(watch.longestMs())));
    // Switching away from a busy-free but stubborn server does not wait either.
    const qint64 second = serverPid(folder);
    clock.restart();
    c.setFolder(folder);
    QVERIFY2(clock.elapsed() < kMaxStallMs, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(processGone(second), 15000);
    qInfo("longest GUI-thread stall through Cancel and a folder switch: %lld ms", watch.longestMs());
    QVERIFY2(watch.longestMs() < kMaxStallMs, qPrintable(QStringLiteral("longest stall %1 ms").arg(watch.longestMs())));
}

// Cancel reopens the folder it cancelled in, later; a folder chosen meanwhile is not undone.
void TestAsyncCore::folderChosenAfterCancelStays()
{
    QTemporaryDir dirA, dirB;
    const QString a = fakeServer(dirA.path(), QStringLiteral("ignoreterm"));
    const QString b = fakeServer(dirB.path(), QStringLiteral("ignoreterm"));
    ProjectController c;
    c.setFolder(a);
    QTRY_VERIFY_WITH_TIMEOUT(c.info().has_value(), 20000);
    c.build(); // never answered
    QVERIFY(c.isBusy());
    c.cancel();
    QVERIFY(!c.isBusy());
    c.setFolder(b);
    QCoreApplication::sendPostedEvents(); // the reopening Cancel queued has run now
    QCOMPARE(c.folder(), QDir(b).absolutePath());
    QTRY_VERIFY_WITH_TIMEOUT(c.info().has_value() && serverPid(b) > 0, 20000);
    QCOMPARE(c.folder(), QDir(b).absolutePath());
}

void TestAsyncCore::refreshCancelAndDestroyDuringAProbe()
{
    // A repository whose server sits one level further down, in template_project/ (found two
    // levels down), and never answers server_info_query.
    QTemporaryDir root;
    const QString repo = QDir(root.path()).filePath(QStringLiteral("repo"));
    const QString folder = fakeServer(QDir(repo).filePath(QStringLiteral("template_project")), QStringLiteral("hanginfo"));
    QDir().mkpath(QDir(root.path()).filePath(QStringLiteral("empty")));
    QSettings().setValue(QStringLiteral("projects/userFolders"), QStringList{root.path()});

    auto c = std::make_unique<ProjectController>();
    c->refreshTemplates();
    QTRY_VERIFY_WITH_TIMEOUT(serverPid(folder) > 0, 20000);
    const qint64 first = serverPid(folder);
    const auto &templates = c->templates();
    const auto it = std::find_if(templates.begin(), templates.end(),
                                 [&](const ProjectController::Template &t) { return t.path == QDir(folder).canonicalPath(); });
    QVERIFY(it != templates.end());
    QVERIFY(it->probing);
    QCOMPARE(it->origin, QStringLiteral("added"));
    const auto &skipped = c->skippedFolders();
    QVERIFY(std::any_of(skipped.begin(), skipped.end(), [](const ProjectController::SkippedFolder &s) {
        return s.path.endsWith(QLatin1String("/empty")) && !s.reason.isEmpty();
    }));

    StallWatch watch;
    QElapsedTimer clock;
    clock.start();
    c->cancelRefresh();
    QVERIFY2(clock.elapsed() < kMaxStallMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!c->isRefreshing());
    QTRY_VERIFY_WITH_TIMEOUT(processGone(first), 15000);

    // Again, and this time the controller goes away (the window closes) in the middle.
    QFile::remove(QDir(folder).filePath(QStringLiteral("server.pid")));
    c->refreshTemplates();
    QTRY_VERIFY_WITH_TIMEOUT(serverPid(folder) > 0, 20000);
    const qint64 second = serverPid(folder);
    clock.restart();
    c.reset();
    QVERIFY2(clock.elapsed() < kMaxStallMs, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(processGone(second), 15000);
    qInfo("longest GUI-thread stall through Refresh, its cancel and the controller's end: %lld ms", watch.longestMs());
    QVERIFY2(watch.longestMs() < kMaxStallMs, qPrintable(QStringLiteral("longest stall %1 ms").arg(watch.longestMs())));
    QSettings().remove(QStringLiteral("projects/userFolders"));
}

void TestAsyncCore::folderAddedDuringARefreshIsQueued()
{
    QTemporaryDir added;
    const QString folder = fakeServer(added.path(), QStringLiteral("ok"));
    ProjectController c;
    c.refreshTemplates();
    QVERIFY(c.isRefreshing());
    c.addUserFolder(folder); // during the refresh: queued, not dropped
    QTRY_VERIFY_WITH_TIMEOUT(!c.isRefreshing() && std::any_of(c.templates().begin(), c.templates().end(),
                                                              [&](const ProjectController::Template &t) {
                                                                  return t.path == QDir(folder).canonicalPath() &&
                                                                         t.platform == QLatin1String("fake");
                                                              }),
                             60000);
    QSettings().remove(QStringLiteral("projects/userFolders"));
}

QTEST_GUILESS_MAIN(TestAsyncCore)
#include "tst_asynccore.moc"
