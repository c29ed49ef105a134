#pragma once

#include "core/result.h"
#include "micro/rpcpacket.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <functional>

class QTimer;

namespace mtvw::transport {

class HostSession;

// The host's side of TVM RPC on a microTVM session (spec 4.4): one request in flight, each in
// one Normal message, its reply awaited for at most timeoutMs(); requests are checked before
// they are sent (a CRT device hangs on one it cannot decode) and must fit the device's packet
// size, which copies are chunked by. A reply that does not come ends the client: every later
// request fails until a new session (the device may answer late, and a late reply would be taken
// for the next one's).
class RpcClient : public QObject
{
    Q_OBJECT

public:
    using Reply = micro::RpcPacket::Reply;
    template<typename T>
    using Done = std::function<void(Result<T>)>;
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit RpcClient(HostSession *session, QObject *parent = nullptr);
    ~RpcClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    bool isBroken() const { return m_broken.has_value(); }
    int pending() const { return int(m_queue.size()) + (m_current.done ? 1 : 0); }

    // A raw request (a packet built by RpcPacket); the reply as the device sent it.
    void request(Result<QByteArray> packet, Done<Reply> done);

    // A global function's handle; an error names a function the device does not have (handle 0).
    void getGlobalFunc(const QByteArray &name, Done<quint64> done);
    // The system library's module handle: runtime.SystemLib, called (spec 4.4.5).
    void systemLibrary(Done<quint64> done);
    // A packed function's return: [actual type code, value(s)] (spec 4.4.3); an exception is an error.
    void callFunc(quint64 function, const QList<micro::RpcValue> &args, Done<QList<micro::RpcValue>> done);
    // A syscall's one value.
    void syscall(qint32 code, const QList<micro::RpcValue> &args, Done<micro::RpcValue> done);
    // The device's packet size (tvm.rpc.server.GetCRTMaxPacketSize), asked once.
    void maxPacketSize(Done<qint64> done);
    qint64 knownMaxPacketSize() const { return m_maxPacket; }
    // Copies in chunks of what one packet takes (spec 4.4.7).
    void copyToRemote(const micro::RpcTensor &to, const QByteArray &data, Done<bool> done);
    void copyFromRemote(const micro::RpcTensor &from, qint64 nbytes, Done<QByteArray> done);

signals:
    void requestSent(const QByteArray &packet);
    void replyReceived(const QByteArray &packet, qint64 roundTripUs);

private:
    struct Pending
    {
        QByteArray packet;
        Done<Reply> done;
    };
    void sendNext();
    void handleNormal(const QByteArray &packet);
    void handleTimeout();
    void breakWith(const Error &why);
    void copyChunkTo(micro::RpcTensor to, QByteArray data, qint64 from, qint64 block, Done<bool> done);
    void copyChunkFrom(micro::RpcTensor from, qint64 nbytes, QByteArray got, qint64 block, Done<QByteArray> done);

    HostSession *m_session;
    QQueue<Pending> m_queue;
    Pending m_current;
    QTimer *m_timer;
    qint64 m_sentUs = 0;
    int m_timeoutMs = kDefaultTimeoutMs;
    std::optional<Error> m_broken;
    qint64 m_maxPacket = 0; // 0: not asked yet
    QHash<QByteArray, quint64> m_globals;
};

} // namespace mtvw::transport
