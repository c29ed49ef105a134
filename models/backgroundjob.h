#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

// What a job's work function gets, in its worker thread: whether it was cancelled (also as an
// atomic flag for the backend's loops) and a way to report progress.
class JobContext
{
public:
    JobContext(std::shared_ptr<std::atomic<bool>> cancel, std::function<void(qint64, qint64)> progress)
        : m_cancel(std::move(cancel))
        , m_progress(std::move(progress))
    {}
    bool isCancelled() const { return m_cancel->load(std::memory_order_relaxed); }
    const std::atomic<bool> *cancelFlag() const { return m_cancel.get(); }
    // Reports done of total (any unit); it reaches progressChanged() as a percentage, throttled by Qt.
    void setProgress(qint64 done, qint64 total) const { m_progress(done, total); }
    // The backend's callback form: reports progress, answers whether to go on.
    std::function<bool(qint64, qint64)> progressCallback() const
    {
        return [this](qint64 done, qint64 total) {
            setProgress(done, total);
            return !isCancelled();
        };
    }

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::function<void(qint64, qint64)> m_progress;
};

// The non-template half of BackgroundJob: its signals, and the futures still running after their
// owner let go of them, which application shutdown waits for (nothing else ever waits).
class BackgroundJobBase : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJobBase(QObject *parent = nullptr);
    bool isRunning() const { return m_running; }
    // Waits for every job abandoned by a cancel or a destroyed owner. Runs once, as the
    // application object is destroyed; call it earlier where threads must be idle (a test's end).
    static void waitForAbandoned();

signals:
    void runningChanged(bool running);
    void progressChanged(int percent);

protected:
    static void abandon(QFuture<void> future);
    void setRunning(bool running);

private:
    bool m_running = false;
};

// One background job of a controller, for one purpose: runs a function off the GUI thread and
// hands its result to a callback on the owner's thread. Starting again supersedes the job still
// running: the older one is cancelled and its watcher is deleted, so its result cannot arrive —
// stale results are impossible by construction. The destructor cancels and does not wait.
template<typename T>
class BackgroundJob final : public BackgroundJobBase
{
public:
    using Work = std::function<T(const JobContext &)>;
    using Done = std::function<void(T)>;

    explicit BackgroundJob(QObject *parent = nullptr)
        : BackgroundJobBase(parent)
    {}
    ~BackgroundJob() override { release(); }

    // Runs work on pool (the global one by default); done(result) runs here unless superseded or
    // cancelled first. work must not touch the owner: capture what it needs by value.
    void start(Work work, Done done, QThreadPool *pool = nullptr)
    {
        release();
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        m_cancel = cancel;
        m_watcher = new QFutureWatcher<T>(this);
        QFutureWatcher<T> *watcher = m_watcher;
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
            if (watcher == m_watcher)
                emit progressChanged(value);
        });
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
            if (watcher != m_watcher)
                return;
            QFuture<T> future = watcher->future();
            m_watcher = nullptr;
            m_cancel.reset();
            watcher->deleteLater();
            setRunning(false);
            if (future.resultCount() > 0)
                done(future.takeResult());
        });
        auto body = [work = std::move(work), cancel](QPromise<T> &promise) {
            promise.setProgressRange(0, 100);
            const JobContext context(cancel, [&promise](qint64 d, qint64 t) {
                if (t > 0)
                    promise.setProgressValue(int(std::clamp<qint64>(d * 100 / t, 0, 100)));
            });
            T value = work(context);
            if (!cancel->load())
                promise.addResult(std::move(value));
        };
        QFuture<T> future = pool ? QtConcurrent::run(pool, std::move(body)) : QtConcurrent::run(std::move(body));
        watcher->setFuture(future);
        setRunning(true);
    }

    // Cancels the running job (if any); its result is dropped. No wait.
    void cancel()
    {
        if (!m_watcher)
            return;
        release();
        setRunning(false);
    }

private:
    void release()
    {
        if (!m_watcher)
            return;
        m_cancel->store(true);
        QFuture<T> future = m_watcher->future();
        future.cancel();
        delete m_watcher; // with it go its connections: nothing of this run reaches the owner
        m_watcher = nullptr;
        m_cancel.reset();
        abandon(QFuture<void>(future));
    }

    QFutureWatcher<T> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
