#pragma once

#include "core/error.h"
#include "transport.h"

#include <QObject>

#include <algorithm>
#include <atomic>

namespace mtvw::transport {

// The I/O half of a ThreadedTransport: it lives on the transport's own thread and creates its
// port, process or timers in start(), after the move, so they belong to that thread. Bytes it
// has handed over but the receiver's thread has not yet taken are counted: over kMaxInFlight the
// worker stops reading (a serial port's own buffer, then the line's flow control, holds the
// rest) until delivered() brings the count down, so a stalled receiver never makes memory grow.
class TransportWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxInFlight = 4 * 1024 * 1024;
    // Less in flight for a receiver that must answer quickly (a window: what one turn of its
    // event loop takes in is what it processes before it paints); any thread.
    void setMaxInFlight(qint64 bytes) { m_maxInFlight = std::max<qint64>(bytes, 4096); }
    using QObject::QObject;

    virtual void start() = 0; // open
    virtual void write(const QByteArray &bytes) = 0;
    virtual void stop() = 0;                          // close; emits closed()
    virtual bool canRelease() const { return false; } // constant: read from any thread
    virtual void release(const QString &why) { Q_UNUSED(why); }
    virtual void reacquire() {}

    // From the receiver's thread: n bytes were taken.
    void delivered(qint64 n)
    {
        if (m_inFlight.fetch_sub(n) - n < m_maxInFlight.load() / 2 && m_paused.exchange(false))
            QMetaObject::invokeMethod(this, &TransportWorker::resume, Qt::QueuedConnection);
    }

protected:
    // Hands bytes to the receiver, counted; false (and paused) when too many are still queued.
    bool deliver(const QByteArray &bytes, qint64 timeUs)
    {
        m_inFlight += bytes.size();
        emit bytesArrived(bytes, timeUs);
        return !backlogged();
    }
    // The same for the host's bytes a worker hands over on its own (a replay of a capture).
    bool deliverWritten(const QByteArray &bytes, qint64 timeUs)
    {
        m_inFlight += bytes.size();
        emit recordedWritten(bytes, timeUs);
        return !backlogged();
    }
    bool backlogged()
    {
        if (m_inFlight.load() < m_maxInFlight.load())
            return false;
        m_paused = true;
        return true;
    }
    // Reading may go on (called on the worker's thread after a pause).
    virtual void resume() {}

signals:
    void bytesArrived(const QByteArray &bytes, qint64 timeUs);
    void bytesWritten(const QByteArray &bytes, qint64 timeUs);
    void recordedWritten(const QByteArray &bytes, qint64 timeUs); // counted as in flight, as bytesArrived
    void stateChanged(mtvw::transport::Transport::State state, const QString &detail);
    void errorOccurred(const mtvw::Error &error);
    void closed();

private:
    std::atomic<qint64> m_inFlight{0};
    std::atomic<qint64> m_maxInFlight{kMaxInFlight};
    std::atomic<bool> m_paused{false};
};

} // namespace mtvw::transport
