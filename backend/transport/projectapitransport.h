#pragma once

#include "hostsession.h"
#include "transport.h"

#include <QJsonObject>
#include <QPointer>
#include <QQueue>

class QTimer;

namespace mtvw::projectapi {
class ProjectApiClient;
}

namespace mtvw::transport {

// A project's own transport, through its Project API server (spec 3.5): open_transport, then
// read_transport and write_transport with base85 data, close_transport. It uses the client the
// caller's session owns (one call at a time on the caller's event loop, never blocking): writes
// go before the next read; an IoTimeoutError is "no data yet"; TransportClosedError, or the
// server going away, closes it. Reads ask for as many bytes as setReadSize() says (a framed
// session sets what its unframer needs, as TVM's host does).
class ProjectApiTransport : public Transport
{
    Q_OBJECT

public:
    static constexpr double kReadTimeoutSec = 0.02; // short: a write waits at most this long
    static constexpr int kIdleRetryMs = 10;         // after an empty read, before the next
    static constexpr double kWriteTimeoutSec = 5;   // a write the device does not take in time fails

    ProjectApiTransport(projectapi::ProjectApiClient *client, QJsonObject options, QString name, QObject *parent = nullptr);

    void open() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    State state() const override { return m_state; }
    QString name() const override { return m_name; }
    void setReadSize(qint64 bytes) override { m_readSize = std::clamp<qint64>(bytes, 1, kMaxRead); }

    // What open_transport returned: session_start_retry_timeout_sec, session_start_timeout_sec,
    // session_established_timeout_sec.
    QJsonObject timeouts() const { return m_timeouts; }
    // The same as a host session's handshake timeouts (its defaults where the project says none).
    HostSession::Timeouts sessionTimeouts() const;

    static constexpr qint64 kMaxRead = 65536;

private:
    enum class Op { None, Open, Read, Write, Close };
    void pump();
    void handleReplied(int id, const QJsonValue &result);
    void handleFailed(int id, const mtvw::Error &error);
    void finish(const std::optional<Error> &error);

    QPointer<projectapi::ProjectApiClient> m_client; // the caller's: it may go first
    QJsonObject m_options;
    QString m_name;
    QJsonObject m_timeouts;
    State m_state = State::Closed;
    Op m_op = Op::None;
    int m_callId = 0;
    QQueue<QByteArray> m_writes;
    QByteArray m_writing;
    bool m_closing = false;
    qint64 m_readSize = kMaxRead;
    QTimer *m_idle;
};

} // namespace mtvw::transport
