#include "threadedtransport.h"

#include "core/logging.h"
#include "transportworker.h"

#include <QCoreApplication>
#include <QMutex>

namespace mtvw::transport {

namespace {

// Threads whose transport is gone but which have not finished yet; at exit (after the event
// loop, when nothing else runs) they are given two seconds to end, never before.
QList<QThread *> &leftThreads()
{
    static QList<QThread *> threads;
    return threads;
}
QMutex &leftThreadsLock()
{
    static QMutex lock;
    return lock;
}

void endLeftThreads()
{
    const QMutexLocker locker(&leftThreadsLock());
    for (QThread *t : std::as_const(leftThreads())) {
        // Its queued stop ends it by itself; quit() first could skip that stop.
        if (!t->wait(2000)) {
            t->quit();
            t->wait(1000);
        }
        if (t->isFinished())
            delete t;
    }
    leftThreads().clear();
}

} // namespace

ThreadedTransport::ThreadedTransport(TransportWorker *worker, QString name, QObject *parent)
    : Transport(parent)
    , m_thread(new QThread)
    , m_worker(worker)
    , m_name(std::move(name))
{
    m_thread->setObjectName(QStringLiteral("transport"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &TransportWorker::bytesArrived, this, [this](const QByteArray &bytes, qint64 timeUs) {
        m_worker->delivered(bytes.size()); // before the emit: a slot may delete this transport
        emit bytesArrived(bytes, timeUs);
    });
    connect(m_worker, &TransportWorker::bytesWritten, this, &Transport::bytesWritten);
    connect(m_worker, &TransportWorker::recordedWritten, this, [this](const QByteArray &bytes, qint64 timeUs) {
        m_worker->delivered(bytes.size());
        emit bytesWritten(bytes, timeUs);
    });
    connect(m_worker, &TransportWorker::errorOccurred, this, &Transport::errorOccurred);
    connect(m_worker, &TransportWorker::stateChanged, this, [this](State s, const QString &detail) {
        m_state = s;
        emit stateChanged(s, detail);
    });
    connect(m_worker, &TransportWorker::closed, this, [this] {
        m_state = State::Closed;
        emit closed();
    });
    // The worker and the thread end themselves: the worker is deleted on its thread, then the
    // thread quits and is deleted. Nobody waits; what is still running at exit is ended then.
    static const bool registered = [] {
        qAddPostRoutine(endLeftThreads);
        return true;
    }();
    Q_UNUSED(registered);
    {
        const QMutexLocker locker(&leftThreadsLock());
        leftThreads() << m_thread;
    }
    QThread *thread = m_thread;
    connect(m_thread, &QThread::finished, qApp, [thread] {
        const QMutexLocker locker(&leftThreadsLock());
        if (leftThreads().removeOne(thread))
            thread->deleteLater();
    });
    m_thread->start();
}

ThreadedTransport::~ThreadedTransport()
{
    m_worker->disconnect(this);
    TransportWorker *worker = m_worker;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->stop();
            delete worker;
            thread->quit();
        },
        Qt::QueuedConnection);
}

void ThreadedTransport::open()
{
    qCDebug(lcTransport) << "open" << m_name;
    QMetaObject::invokeMethod(m_worker, &TransportWorker::start, Qt::QueuedConnection);
}

void ThreadedTransport::write(const QByteArray &bytes)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, bytes] { w->write(bytes); }, Qt::QueuedConnection);
}

void ThreadedTransport::close()
{
    qCDebug(lcTransport) << "close" << m_name;
    QMetaObject::invokeMethod(m_worker, &TransportWorker::stop, Qt::QueuedConnection);
}

void ThreadedTransport::setMaxInFlight(qint64 bytes)
{
    m_worker->setMaxInFlight(bytes);
}

bool ThreadedTransport::canRelease() const
{
    return m_worker->canRelease();
}

void ThreadedTransport::release(const QString &why)
{
    qCInfo(lcTransport) << "release" << m_name << why;
    TransportWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, why] { worker->release(why); }, Qt::QueuedConnection);
}

void ThreadedTransport::reacquire()
{
    qCInfo(lcTransport) << "reacquire" << m_name;
    QMetaObject::invokeMethod(m_worker, &TransportWorker::reacquire, Qt::QueuedConnection);
}

} // namespace mtvw::transport
