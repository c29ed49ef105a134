#include "projectapitransport.h"

#include "core/logging.h"
#include "core/tr.h"
#include "projectapi/base85.h"
#include "projectapi/projectapiclient.h"

#include <QTimer>

namespace mtvw::transport {

using projectapi::Base85;

ProjectApiTransport::ProjectApiTransport(projectapi::ProjectApiClient *client, QJsonObject options, QString name, QObject *parent)
    : Transport(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_name(std::move(name))
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &ProjectApiTransport::pump);
    connect(m_client, &projectapi::ProjectApiClient::replied, this, &ProjectApiTransport::handleReplied);
    connect(m_client, &projectapi::ProjectApiClient::failed, this, &ProjectApiTransport::handleFailed);
    auto ended = [this] {
        if (m_state != State::Closed)
            finish(Error(Error::Code::Process, BackendText::tr("the project's server ended")));
    };
    connect(m_client, &projectapi::ProjectApiClient::serverExited, this, ended);
    connect(m_client, &QObject::destroyed, this, ended); // its server with it
}

HostSession::Timeouts ProjectApiTransport::sessionTimeouts() const
{
    const HostSession::Timeouts defaults;
    return {m_timeouts.value(QLatin1String("session_start_retry_timeout_sec")).toDouble(defaults.retrySeconds),
            m_timeouts.value(QLatin1String("session_start_timeout_sec")).toDouble(defaults.startSeconds)};
}

void ProjectApiTransport::open()
{
    if (m_state != State::Closed || !m_client)
        return;
    m_closing = false;
    m_writes.clear();
    m_state = State::Opening;
    emit stateChanged(m_state, m_name);
    auto id = m_client->call(QStringLiteral("open_transport"), {{QStringLiteral("options"), m_options}});
    if (!id) {
        finish(id.error());
        return;
    }
    m_op = Op::Open;
    m_callId = id.value();
}

void ProjectApiTransport::write(const QByteArray &bytes)
{
    if (m_state != State::Open || m_closing)
        return;
    m_writes.enqueue(bytes);
    pump();
}

void ProjectApiTransport::close()
{
    if (m_state == State::Closed)
        return;
    m_closing = true;
    pump();
}

// One call at a time: close, else the next write, else a read.
void ProjectApiTransport::pump()
{
    if (m_op != Op::None || m_state != State::Open || !m_client)
        return;
    if (m_client->isBusy()) { // someone else's call on the shared client: try again shortly
        m_idle->start(kIdleRetryMs);
        return;
    }
    m_idle->stop();
    Result<int> id = 0;
    if (m_closing && m_writes.isEmpty()) { // what was written before close() goes out first
        id = m_client->call(QStringLiteral("close_transport"), {});
        m_op = Op::Close;
    } else if (!m_writes.isEmpty()) {
        m_writing = m_writes.dequeue();
        id = m_client->call(QStringLiteral("write_transport"),
                            {{QStringLiteral("data"), QString::fromLatin1(Base85::encode(m_writing))},
                             {QStringLiteral("timeout_sec"), kWriteTimeoutSec}});
        m_op = Op::Write;
    } else {
        id = m_client->call(QStringLiteral("read_transport"),
                            {{QStringLiteral("n"), m_readSize}, {QStringLiteral("timeout_sec"), kReadTimeoutSec}});
        m_op = Op::Read;
    }
    if (!id) {
        m_op = Op::None;
        finish(id.error());
        return;
    }
    m_callId = id.value();
}

void ProjectApiTransport::handleReplied(int id, const QJsonValue &result)
{
    if (id != m_callId || m_op == Op::None)
        return;
    const Op op = m_op;
    m_op = Op::None;
    switch (op) {
    case Op::Open:
        m_timeouts = result.toObject().value(QLatin1String("timeouts")).toObject();
        m_state = State::Open;
        qCDebug(lcTransport) << "project transport open" << m_name << m_timeouts;
        emit stateChanged(m_state, m_name);
        break;
    case Op::Read: {
        auto bytes = Base85::decode(result.toObject().value(QLatin1String("data")).toString().toLatin1());
        if (!bytes) {
            finish(bytes.error().prefixed(QStringLiteral("read_transport")));
            return;
        }
        if (bytes->isEmpty()) {
            m_idle->start(kIdleRetryMs); // nothing yet, and the server did not wait: do not spin
            return;
        }
        emit bytesArrived(bytes.value(), Transport::nowUs());
        // The next call after this turn of the event loop: a reply just read often makes its
        // reader write (the next request), and that write goes before another read waits.
        m_idle->start(0);
        return;
    }
    case Op::Write: emit bytesWritten(m_writing, Transport::nowUs()); break;
    case Op::Close: finish(std::nullopt); return;
    case Op::None: break;
    }
    pump();
}

void ProjectApiTransport::handleFailed(int id, const Error &error)
{
    if (id != m_callId || m_op == Op::None)
        return;
    const Op op = m_op;
    m_op = Op::None;
    if (op == Op::Read && error.name() == QLatin1String("IoTimeoutError")) {
        pump(); // no data within the timeout: read again
        return;
    }
    if (error.name() == QLatin1String("TransportClosedError") || op == Op::Close) {
        finish(std::nullopt);
        return;
    }
    finish(error);
}

void ProjectApiTransport::finish(const std::optional<Error> &error)
{
    if (m_state == State::Closed)
        return;
    m_idle->stop();
    m_state = State::Closed;
    m_writes.clear();
    if (error)
        emit errorOccurred(*error);
    emit closed();
}

} // namespace mtvw::transport
