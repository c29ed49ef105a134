#pragma once

#include "core/error.h"
#include "transport.h"

#include <QObject>

namespace mtvw::transport {

// The I/O half of a ThreadedTransport: it lives on the transport's own thread and creates its
// port, process or timers in start(), after the move, so they belong to that thread.
class TransportWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0; // open
    virtual void write(const QByteArray &bytes) = 0;
    virtual void stop() = 0; // close; emits closed()

signals:
    void bytesArrived(const QByteArray &bytes, qint64 timeUs);
    void bytesWritten(const QByteArray &bytes, qint64 timeUs);
    void stateChanged(mtvw::transport::Transport::State state, const QString &detail);
    void errorOccurred(const mtvw::Error &error);
    void closed();
};

} // namespace mtvw::transport
