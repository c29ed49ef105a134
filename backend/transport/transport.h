#pragma once

#include "core/error.h"
#include "transportsettings.h"

#include <QByteArray>
#include <QObject>

namespace mtvw::transport {

// One connection to a board, whatever carries it: open, write, close; bytes arrive as signals
// with the monotonic time they were read. Implementations do their I/O on a worker thread of
// their own (ThreadedTransport) or on the caller's event loop; either way every signal arrives
// on the thread that created the transport, and no call blocks.
class Transport : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed,
        Opening,
        Open,
        Waiting, // the device went away; waiting for it to return (serial)
    };
    Q_ENUM(State)

    using QObject::QObject;
    // A transport of the settings' kind, not yet open.
    static Transport *create(const TransportSettings &settings, QObject *parent = nullptr);

    virtual void open() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    virtual void close() = 0;
    virtual State state() const = 0;
    virtual QString name() const = 0; // as a capture names the interface
    // How many bytes the reader wants next (a framed session: what its unframer needs); a hint
    // for transports that read on request (the Project API's read_transport).
    virtual void setReadSize(qint64 bytes) { Q_UNUSED(bytes); }
    // At most this many bytes read but not yet delivered to this thread (threaded transports).
    virtual void setMaxInFlight(qint64 bytes) { Q_UNUSED(bytes); }
    // Lets go of the port for someone else (a flash tool) and takes the same device back on
    // reacquire(), waiting for it as for a device that went away; only serial ports can.
    virtual bool canRelease() const { return false; }
    virtual void release(const QString &why) { Q_UNUSED(why); }
    virtual void reacquire() {}

    // Microseconds on the wall clock, as captures stamp bytes.
    static qint64 nowUs();

signals:
    void bytesArrived(const QByteArray &bytes, qint64 timeUs);
    void bytesWritten(const QByteArray &bytes, qint64 timeUs);
    void stateChanged(mtvw::transport::Transport::State state, const QString &detail);
    void errorOccurred(const mtvw::Error &error);
    // For good: closed by the caller, the program ended, the replay is over, or the device did
    // not come back in time.
    void closed();
};

} // namespace mtvw::transport
