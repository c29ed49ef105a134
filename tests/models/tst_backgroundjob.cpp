#include "backgroundjob.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

// The one job type every controller uses: a superseded or cancelled run never delivers, the
// destructor does not wait, progress and the cancel flag reach the work.
class TestBackgroundJob : public QObject
{
    Q_OBJECT
private slots:
    void supersededResultNeverArrives();
    void cancelledResultNeverArrives();
    void destructorDoesNotWait();
    void progressAndRunning();
};

void TestBackgroundJob::supersededResultNeverArrives()
{
    QThreadPool pool; // two threads whatever the machine: the two runs wait for each other
    pool.setMaxThreadCount(2);
    BackgroundJob<int> job;
    QSemaphore firstStarted, releaseFirst, firstDone;
    QList<int> delivered;
    job.start(
        [&](const JobContext &) {
            firstStarted.release();
            releaseFirst.acquire();
            firstDone.release();
            return 1;
        },
        [&](int v) { delivered << v; }, &pool);
    firstStarted.acquire(); // (a run cancelled before it starts is skipped altogether)
    // The second run waits until the first has produced its result: whatever the first would
    // deliver is queued before the second's, so when the second arrives, the first had its chance.
    job.start(
        [&](const JobContext &) {
            releaseFirst.release();
            firstDone.acquire();
            return 2;
        },
        [&](int v) { delivered << v; }, &pool);
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered, QList<int>{2});
    QVERIFY(!job.isRunning());
}

void TestBackgroundJob::cancelledResultNeverArrives()
{
    BackgroundJob<int> job;
    QSemaphore started, release;
    std::atomic<bool> sawCancel = false;
    bool delivered = false;
    job.start(
        [&](const JobContext &context) {
            started.release();
            release.acquire();
            sawCancel = context.isCancelled();
            return 7;
        },
        [&](int) { delivered = true; });
    started.acquire();
    QSignalSpy running(&job, &BackgroundJobBase::runningChanged);
    job.cancel();
    QCOMPARE(running.size(), 1);
    QVERIFY(!job.isRunning());
    release.release();
    // A later run on the same job is delivered; the cancelled one never is.
    bool later = false;
    job.start([](const JobContext &) { return 8; }, [&](int v) { later = v == 8; });
    QTRY_VERIFY(later);
    BackgroundJobBase::waitForAbandoned();
    QVERIFY(sawCancel);
    QVERIFY(!delivered);
}

void TestBackgroundJob::destructorDoesNotWait()
{
    QSemaphore started, release;
    std::atomic<bool> finished = false;
    {
        auto owner = std::make_unique<QObject>();
        auto *job = new BackgroundJob<int>(owner.get());
        job->start(
            [&](const JobContext &) {
                started.release();
                release.acquire();
                finished = true;
                return 0;
            },
            [](int) { QFAIL("a destroyed owner's job delivered"); });
        started.acquire();
        owner.reset(); // returns although the work is blocked: nothing waits for it
        QVERIFY(!finished);
    }
    release.release();
    BackgroundJobBase::waitForAbandoned(); // what application shutdown does
    QVERIFY(finished);
}

void TestBackgroundJob::progressAndRunning()
{
    BackgroundJob<int> job;
    QSignalSpy running(&job, &BackgroundJobBase::runningChanged);
    QList<int> percents;
    std::atomic<bool> guiSaw = false;
    connect(&job, &BackgroundJobBase::progressChanged, this, [&](int percent) {
        percents << percent;
        guiSaw = guiSaw || (percent > 0 && percent < 100);
    });
    int result = -1;
    job.start(
        [&](const JobContext &context) {
            // Qt passes on at most 25 reports a second: report until the GUI thread has one.
            for (int i = 1; i < 100 && !guiSaw; ++i) {
                context.setProgress(i, 100);
                QThread::msleep(10);
            }
            return 42;
        },
        [&](int v) { result = v; });
    QVERIFY(job.isRunning());
    QTRY_COMPARE(result, 42);
    QVERIFY(std::any_of(percents.begin(), percents.end(), [](int p) { return p > 0 && p < 100; }));
    QCOMPARE(running.size(), 2); // true, then false
    QCOMPARE(running.last().at(0).toBool(), false);
}

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
