#pragma once

#include "transport.h"

#include <QThread>

#include <atomic>

namespace mtvw::transport {

class TransportWorker;

// A transport whose worker runs on a QThread of its own (QGroundControl's SerialLink and
// SerialWorker): calls here are queued to the worker, the worker's signals are queued back.
// Destroying it closes the worker and lets the thread finish without waiting for it here.
class ThreadedTransport : public Transport
{
    Q_OBJECT

public:
    ThreadedTransport(TransportWorker *worker, QString name, QObject *parent = nullptr);
    ~ThreadedTransport() override;

    void open() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    bool canRelease() const override;
    void setMaxInFlight(qint64 bytes) override;
    void release(const QString &why) override;
    void reacquire() override;
    State state() const override { return m_state; }
    QString name() const override { return m_name; }

private:
    QThread *m_thread;
    TransportWorker *m_worker;
    QString m_name;
    State m_state = State::Closed;
};

} // namespace mtvw::transport
