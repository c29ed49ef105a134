#include "backgroundjob.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>

namespace {

struct Abandoned
{
    QMutex mutex;
    QList<QFuture<void>> futures;
};

Abandoned &abandoned()
{
    static Abandoned a;
    return a;
}

void waitAtShutdown()
{
    BackgroundJobBase::waitForAbandoned();
}

} // namespace

BackgroundJobBase::BackgroundJobBase(QObject *parent)
    : QObject(parent)
{
    static const bool registered = [] {
        qAddPostRoutine(waitAtShutdown);
        return true;
    }();
    Q_UNUSED(registered);
}

void BackgroundJobBase::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void BackgroundJobBase::abandon(QFuture<void> future)
{
    Abandoned &a = abandoned();
    const QMutexLocker lock(&a.mutex);
    a.futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    if (!future.isFinished())
        a.futures << std::move(future);
}

void BackgroundJobBase::waitForAbandoned()
{
    Abandoned &a = abandoned();
    QList<QFuture<void>> futures;
    {
        const QMutexLocker lock(&a.mutex);
        futures.swap(a.futures);
    }
    for (QFuture<void> &f : futures)
        f.waitForFinished();
}
