#include "rpcclient.h"

#include "core/logging.h"
#include "core/tr.h"
#include "hostsession.h"
#include "transport.h"

#include <QTimer>

namespace mtvw::transport {

using micro::RpcPacket;
using micro::RpcTensor;
using micro::RpcValue;

namespace {

QString codeName(qint32 code)
{
    switch (code) {
    case RpcPacket::CallFunc: return QStringLiteral("CallFunc");
    case RpcPacket::CopyToRemote: return QStringLiteral("CopyToRemote");
    case RpcPacket::CopyFromRemote: return QStringLiteral("CopyFromRemote");
    case RpcPacket::GetGlobalFunc: return QStringLiteral("GetGlobalFunc");
    case RpcPacket::FreeHandle: return QStringLiteral("FreeHandle");
    case RpcPacket::DevAllocData: return QStringLiteral("DevAllocData");
    case RpcPacket::DevFreeData: return QStringLiteral("DevFreeData");
    case RpcPacket::DevAllocDataWithScope: return QStringLiteral("DevAllocDataWithScope");
    case RpcPacket::Shutdown: return QStringLiteral("Shutdown");
    default: return QStringLiteral("code %1").arg(code);
    }
}

} // namespace

RpcClient::RpcClient(HostSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RpcClient::handleTimeout);
    connect(session, &HostSession::normalReceived, this, &RpcClient::handleNormal);
    connect(session, &HostSession::ended, this, [this](const Error &why) { breakWith(why); });
}

RpcClient::~RpcClient()
{
    // Every caller hears of its request, even from a client that goes away mid-chain.
    if (pending() > 0)
        breakWith(Error(Error::Code::Io, BackendText::tr("the RPC client is gone")));
}

void RpcClient::request(Result<QByteArray> packet, Done<Reply> done)
{
    if (!packet) { // refused before it existed: the device never sees it
        done(packet.error());
        return;
    }
    if (m_broken) {
        done(*m_broken);
        return;
    }
    if (m_maxPacket > 0) {
        if (auto fits = RpcPacket::fits(packet.value(), m_maxPacket); !fits) {
            done(fits.error());
            return;
        }
    }
    m_queue.enqueue(Pending{packet.value(), std::move(done)});
    if (!m_current.done)
        sendNext();
}

void RpcClient::sendNext()
{
    if (m_current.done || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    const qint32 code = RpcPacket::codeOf(m_current.packet);
    if (auto sent = m_session->sendNormal(m_current.packet); !sent) {
        Pending failed = std::exchange(m_current, Pending{});
        failed.done(sent.error());
        sendNext();
        return;
    }
    qCDebug(lcTransport) << "rpc request" << codeName(code) << m_current.packet.size() << "bytes";
    m_sentUs = Transport::nowUs();
    emit requestSent(m_current.packet);
    if (code == RpcPacket::Shutdown) { // no reply comes
        Pending done = std::exchange(m_current, Pending{});
        done.done(Reply{});
        sendNext();
        return;
    }
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
}

void RpcClient::handleNormal(const QByteArray &packet)
{
    if (!m_current.done) {
        qCWarning(lcTransport) << "rpc reply without a request:" << packet.size() << "bytes";
        return;
    }
    m_timer->stop();
    emit replyReceived(packet, Transport::nowUs() - m_sentUs);
    Pending done = std::exchange(m_current, Pending{});
    auto reply = RpcPacket::parseReply(packet);
    done.done(reply);
    sendNext();
}

void RpcClient::handleTimeout()
{
    const qint32 code = RpcPacket::codeOf(m_current.packet);
    breakWith(Error(Error::Code::Timeout, BackendText::tr("no reply to %1 within %2 s; the device may have hung (a CRT device "
                                                          "hangs on a request it cannot decode)")
                                              .arg(codeName(code))
                                              .arg(m_timeoutMs / 1000.0)));
}

void RpcClient::breakWith(const Error &why)
{
    if (m_broken)
        return;
    qCWarning(lcTransport) << "rpc client ends:" << why.message();
    m_broken = why;
    m_timer->stop();
    QList<Pending> all;
    if (m_current.done)
        all << std::exchange(m_current, Pending{});
    while (!m_queue.isEmpty())
        all << m_queue.dequeue();
    for (Pending &p : all)
        p.done(why);
}

void RpcClient::getGlobalFunc(const QByteArray &name, Done<quint64> done)
{
    if (const auto known = m_globals.constFind(name); known != m_globals.constEnd()) {
        done(*known);
        return;
    }
    request(RpcPacket::getGlobalFunc(name), [this, name, done = std::move(done)](Result<Reply> r) {
        if (!r)
            return done(r.error());
        if (r.value().code == RpcPacket::Exception)
            return done(Error(Error::Code::Remote, r.value().exception));
        const auto &v = r.value().values;
        if (v.size() != 1 || v.first().type != RpcValue::Handle)
            return done(Error(Error::Code::Protocol,
                              BackendText::tr("GetGlobalFunc(%1) answered no handle").arg(QString::fromUtf8(name))));
        if (v.first().u == 0)
            return done(Error(Error::Code::NotFound,
                              BackendText::tr("the device has no global function %1").arg(QString::fromUtf8(name))));
        m_globals.insert(name, v.first().u);
        done(v.first().u);
    });
}

void RpcClient::callFunc(quint64 function, const QList<RpcValue> &args, Done<QList<RpcValue>> done)
{
    request(RpcPacket::callFunc(function, args), [done = std::move(done)](Result<Reply> r) {
        if (!r)
            return done(r.error());
        if (r.value().code == RpcPacket::Exception)
            return done(Error(Error::Code::Remote, r.value().exception));
        const auto &v = r.value().values;
        if (r.value().code != RpcPacket::Return || v.size() < 2 || v.first().type != RpcValue::Int)
            return done(Error(Error::Code::Protocol, BackendText::tr("a CallFunc reply that is not [type code, value]")));
        done(v);
    });
}

void RpcClient::systemLibrary(Done<quint64> done)
{
    getGlobalFunc("runtime.SystemLib", [this, done = std::move(done)](Result<quint64> lib) {
        if (!lib)
            return done(lib.error());
        callFunc(lib.value(), {}, [done](Result<QList<micro::RpcValue>> mod) {
            if (!mod)
                return done(mod.error());
            done(mod.value().last().u);
        });
    });
}

void RpcClient::syscall(qint32 code, const QList<RpcValue> &args, Done<RpcValue> done)
{
    request(RpcPacket::syscall(code, args), [code, done = std::move(done)](Result<Reply> r) {
        if (!r)
            return done(r.error());
        if (r.value().code == RpcPacket::Exception)
            return done(Error(Error::Code::Remote, r.value().exception));
        if (r.value().values.size() != 1)
            return done(
                Error(Error::Code::Protocol,
                      BackendText::tr("%1 answered %2 values, not one").arg(codeName(code)).arg(r.value().values.size())));
        done(r.value().values.first());
    });
}

void RpcClient::maxPacketSize(Done<qint64> done)
{
    if (m_maxPacket > 0) {
        done(m_maxPacket);
        return;
    }
    getGlobalFunc("tvm.rpc.server.GetCRTMaxPacketSize", [this, done = std::move(done)](Result<quint64> h) {
        if (!h)
            return done(h.error());
        callFunc(h.value(), {}, [this, done](Result<QList<RpcValue>> v) {
            if (!v)
                return done(v.error());
            const RpcValue &size = v.value().last();
            if (size.type != RpcValue::Int || size.i < 64)
                return done(Error(Error::Code::Protocol, BackendText::tr("the device's packet size is %1").arg(size.describe())));
            m_maxPacket = size.i;
            done(m_maxPacket);
        });
    });
}

void RpcClient::copyToRemote(const RpcTensor &to, const QByteArray &data, Done<bool> done)
{
    maxPacketSize([this, to, data, done = std::move(done)](Result<qint64> max) {
        if (!max)
            return done(max.error());
        const qint64 block = max.value() - RpcPacket::copyOverhead(int(to.shape.size()));
        if (block <= 0)
            return done(Error(Error::Code::LimitExceeded,
                              BackendText::tr("a %1-dimensional tensor does not fit the device's packets").arg(to.shape.size())));
        copyChunkTo(to, data, 0, block, done);
    });
}

void RpcClient::copyChunkTo(RpcTensor to, QByteArray data, qint64 from, qint64 block, Done<bool> done)
{
    RpcTensor chunk = to;
    chunk.byteOffset = to.byteOffset + quint64(from);
    const qint64 n = std::min<qint64>(block, data.size() - from);
    request(RpcPacket::copyToRemote(chunk, QByteArrayView(data).sliced(from, n)),
            [this, to, data, from, n, block, done = std::move(done)](Result<Reply> r) {
                if (!r)
                    return done(r.error());
                if (r.value().code == RpcPacket::Exception)
                    return done(Error(Error::Code::Remote, r.value().exception));
                if (from + n >= data.size())
                    return done(true);
                copyChunkTo(to, data, from + n, block, done);
            });
}

void RpcClient::copyFromRemote(const RpcTensor &from, qint64 nbytes, Done<QByteArray> done)
{
    maxPacketSize([this, from, nbytes, done = std::move(done)](Result<qint64> max) {
        if (!max)
            return done(max.error());
        const qint64 block = max.value() - RpcPacket::copyOverhead(int(from.shape.size()));
        if (block <= 0)
            return done(
                Error(Error::Code::LimitExceeded,
                      BackendText::tr("a %1-dimensional tensor does not fit the device's packets").arg(from.shape.size())));
        copyChunkFrom(from, nbytes, {}, block, done);
    });
}

void RpcClient::copyChunkFrom(RpcTensor from, qint64 nbytes, QByteArray got, qint64 block, Done<QByteArray> done)
{
    RpcTensor chunk = from;
    chunk.byteOffset = from.byteOffset + quint64(got.size());
    const qint64 n = std::min<qint64>(block, nbytes - got.size());
    request(RpcPacket::copyFromRemote(chunk, quint64(n)), [this, from, nbytes, got, n, block,
                                                           done = std::move(done)](Result<Reply> r) mutable {
        if (!r)
            return done(r.error());
        if (r.value().code == RpcPacket::Exception)
            return done(Error(Error::Code::Remote, r.value().exception));
        if (r.value().code != RpcPacket::CopyAck || r.value().data.size() != n)
            return done(Error(Error::Code::Protocol,
                              BackendText::tr("CopyFromRemote asked %1 bytes and got %2").arg(n).arg(r.value().data.size())));
        got += r.value().data;
        if (got.size() >= nbytes)
            return done(got);
        copyChunkFrom(from, nbytes, got, block, done);
    });
}

} // namespace mtvw::transport
