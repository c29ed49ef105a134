// The host's RPC client on a real session: the spec's 5.3 transcript driven through the
// client's own calls against a device written apart in Python (tests/data/crtpeer.py, which
// checks every host block byte for byte and answers as the real CRT did); what a CRT cannot
// decode refused before anything is sent; a device that stops answering gives the timeout and
// ends the client; a device that reboots ends it too.
#include "../crtpeer.h"
#include "../wiretranscript.h"
#include "micro/rpcpacket.h"
#include "transport/hostsession.h"
#include "transport/rpcclient.h"
#include "transport/transport.h"
#include "transport/transportsettings.h"

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include <memory>
#include <optional>

using namespace mtvw;
using namespace mtvw::micro;
using namespace mtvw::transport;

class TestRpcClient : public QObject
{
    Q_OBJECT
private slots:
    void transcriptThroughTheClient();
    void refusedBeforeSending();
    void aSilentDeviceTimesOut();
    void aRebootEndsTheClient();
};

namespace {

const QString kPeer = testsupport::crtPeerScript();

std::unique_ptr<Transport> device(const QStringList &args)
{
    return testsupport::crtPeer(args);
}

// Runs one asynchronous call of the client and waits for its answer.
template<typename T, typename Start>
std::optional<Result<T>> await(Start start, int timeoutMs = 10000)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out = std::move(r); });
    QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

RpcTensor int8x4(quint64 data)
{
    RpcTensor t;
    t.data = data;
    t.shape = {4};
    return t;
}

// The data the transcript's host copied, from its CopyToRemote request (the packet's last 4 bytes).
QByteArray copied(const QList<testsupport::TranscriptBlock> &blocks, const QString &label)
{
    for (const auto &b : blocks)
        if (!b.wire && b.request && b.label == label)
            return b.bytes.right(4);
    return {};
}

} // namespace

void TestRpcClient::transcriptThroughTheClient()
{
    const auto blocks = testsupport::sessionTranscript();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    auto t = device({QStringLiteral("--transcript"), testsupport::specFile()});
    QByteArray peerSaid;
    HostSession host(t.get(), {0, 0});
    RpcClient rpc(&host);
    QSignalSpy established(&host, &HostSession::established);
    QSignalSpy deviceErrors(t.get(), &Transport::errorOccurred); // the peer exits 1 on a block unlike the transcript's
    t->open();
    host.start(0x5A);
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);

    const auto systemLib = await<quint64>([&](auto done) { rpc.getGlobalFunc("runtime.SystemLib", done); });
    QVERIFY(systemLib && systemLib->ok());
    const auto module = await<QList<RpcValue>>([&](auto done) { rpc.callFunc(systemLib->value(), {}, done); });
    QVERIFY(module && module->ok());
    QCOMPARE(module->value().first().i, qint64(RpcValue::Module)); // "it is a module"
    const quint64 syslib = module->value().last().u;
    const auto getFunction = await<quint64>([&](auto done) { rpc.getGlobalFunc("tvm.rpc.server.ModuleGetFunction", done); });
    QVERIFY(getFunction && getFunction->ok());
    const auto add = await<QList<RpcValue>>([&](auto done) {
        rpc.callFunc(getFunction->value(), {RpcValue::module(syslib), RpcValue::str("add"), RpcValue::integer(1)}, done);
    });
    QVERIFY(add && add->ok());
    QCOMPARE(add->value().first().i, qint64(RpcValue::Function));
    const quint64 addHandle = add->value().last().u;
    const auto max = await<qint64>([&](auto done) { rpc.maxPacketSize(done); });
    QVERIFY(max && max->ok());
    QCOMPARE(max->value(), qint64(2048 - 11)); // TVM_CRT_MAX_PACKET_SIZE_BYTES - 11 (spec 4.4.7)
    QList<quint64> pointers;
    for (int i = 0; i < 3; ++i) {
        const auto p = await<RpcValue>([&](auto done) {
            rpc.syscall(RpcPacket::DevAllocDataWithScope, {RpcValue::dlTensor(int8x4(0)), RpcValue::null()}, done);
        });
        QVERIFY(p && p->ok());
        pointers << p->value().u;
    }
    const RpcTensor a = int8x4(pointers[0]), b = int8x4(pointers[1]), c = int8x4(pointers[2]);
    const QByteArray dataA = copied(blocks, QStringLiteral("CopyToRemote A")),
                     dataB = copied(blocks, QStringLiteral("CopyToRemote B"));
    QCOMPARE(dataA.size(), 4);
    for (const auto &[tensor, data] : {std::pair{a, dataA}, std::pair{b, dataB}}) {
        const auto sent = await<bool>([&](auto done) { rpc.copyToRemote(tensor, data, done); });
        QVERIFY(sent && sent->ok());
    }
    const auto ran = await<QList<RpcValue>>([&](auto done) {
        rpc.callFunc(addHandle, {RpcValue::dlTensor(a), RpcValue::dlTensor(b), RpcValue::dlTensor(c)}, done);
    });
    QVERIFY(ran && ran->ok());
    QCOMPARE(ran->value().first().i, qint64(RpcValue::Null)); // returned nothing
    const auto sum = await<QByteArray>([&](auto done) { rpc.copyFromRemote(c, 4, done); });
    QVERIFY(sum && sum->ok());
    for (int i = 0; i < 4; ++i) // C = A + B, int8
        QCOMPARE(qint8(sum->value()[i]), qint8(qint8(dataA[i]) + qint8(dataB[i])));

    const auto evaluator = await<quint64>([&](auto done) { rpc.getGlobalFunc("runtime.RPCTimeEvaluator", done); });
    QVERIFY(evaluator && evaluator->ok());
    QList<RpcValue> args{RpcValue::module(syslib), RpcValue::str("add")};
    for (qint64 v : {1, 0, 1, 3, 0, 100, 0, 1, 0}) // device 1/0, number 1, repeat 3, min_repeat_ms 0, …
        args << RpcValue::integer(v);
    args << RpcValue::str("");
    const auto timer = await<QList<RpcValue>>([&](auto done) { rpc.callFunc(evaluator->value(), args, done); });
    QVERIFY(timer && timer->ok());
    const auto timed = await<QList<RpcValue>>([&](auto done) {
        rpc.callFunc(timer->value().last().u, {RpcValue::dlTensor(a), RpcValue::dlTensor(b), RpcValue::dlTensor(c)}, done);
    });
    QVERIFY(timed && timed->ok());
    const QByteArray seconds = timed->value().last().bytes;
    QCOMPARE(seconds.size(), 3 * 8); // one double per repeat
    for (int r = 0; r < 3; ++r)
        QCOMPARE(qFromLittleEndian<double>(seconds.constData() + 8 * r), 0.00125); // the stub's 1.25 ms

    const auto missing = await<quint64>([&](auto done) { rpc.getGlobalFunc("no.such.func", done); });
    QVERIFY(missing && !missing->ok());
    QVERIFY2(missing->error().message().contains(QLatin1String("no.such.func")), qPrintable(missing->error().message()));
    const auto invalid = await<QList<RpcValue>>([&](auto done) { rpc.callFunc(systemLib->value() + 0x10, {}, done); });
    QVERIFY(invalid && !invalid->ok());
    QVERIFY2(invalid->error().message().startsWith(QLatin1String("invalid function index")),
             qPrintable(invalid->error().message()));
    const auto freed = await<RpcValue>([&](auto done) {
        rpc.syscall(RpcPacket::FreeHandle, {RpcValue::handle(addHandle), RpcValue::integer(RpcValue::Function)}, done);
    });
    QVERIFY(freed && freed->ok());
    const auto dataFreed = await<RpcValue>([&](auto done) {
        rpc.syscall(RpcPacket::DevFreeData, {RpcValue::device(1, 0), RpcValue::handle(c.data)}, done);
    });
    QVERIFY(dataFreed && dataFreed->ok());
    const auto down = await<RpcPacket::Reply>([&](auto done) { rpc.request(RpcPacket::shutdown(), done); });
    QVERIFY(down && down->ok());
    QCOMPARE(rpc.pending(), 0);
    // The device checked every host block against the transcript: it is still there, no error.
    QCOMPARE(t->state(), Transport::State::Open);
    QVERIFY2(deviceErrors.isEmpty(),
             deviceErrors.isEmpty() ? "" : qPrintable(deviceErrors.first().first().value<Error>().message()));
    QSignalSpy closed(t.get(), &Transport::closed);
    t->close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
}

void TestRpcClient::refusedBeforeSending()
{
    auto t = device({});
    HostSession host(t.get(), {0, 0});
    RpcClient rpc(&host);
    QSignalSpy sent(&rpc, &RpcClient::requestSent);
    QSignalSpy established(&host, &HostSession::established);
    t->open();
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    RpcValue ndarray;
    ndarray.type = RpcValue::NDArray;
    const auto refused = await<QList<RpcValue>>([&](auto done) { rpc.callFunc(0x80008000, {ndarray}, done); });
    QVERIFY(refused && !refused->ok());
    QVERIFY(refused->error().message().contains(QLatin1String("NDArray")));
    const auto wrongArgs = await<RpcValue>([&](auto done) { rpc.syscall(RpcPacket::FreeHandle, {RpcValue::handle(1)}, done); });
    QVERIFY(wrongArgs && !wrongArgs->ok());
    QCOMPARE(sent.size(), 0); // nothing reached the device
    QVERIFY(!rpc.isBroken());
}

void TestRpcClient::aSilentDeviceTimesOut()
{
    auto t = device({}); // establishes the session, then answers no Normal message
    HostSession host(t.get(), {0, 0});
    RpcClient rpc(&host);
    rpc.setTimeoutMs(500);
    QSignalSpy established(&host, &HostSession::established);
    t->open();
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    std::optional<Result<quint64>> first, second;
    rpc.getGlobalFunc("runtime.SystemLib", [&first](Result<quint64> r) { first = r; });
    rpc.getGlobalFunc("runtime.RPCTimeEvaluator", [&second](Result<quint64> r) { second = r; }); // queued behind it
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 10000);
    QCOMPARE(first->error().code(), Error::Code::Timeout);
    QVERIFY(first->error().message().contains(QLatin1String("GetGlobalFunc")));
    QCOMPARE(second->error().code(), Error::Code::Timeout); // the queue ends with it
    QVERIFY(rpc.isBroken());
    const auto later = await<quint64>([&](auto done) { rpc.getGlobalFunc("x", done); });
    QVERIFY(later && !later->ok()); // no request after a lost reply

    // A new session on a device that answers: the client works again.
    auto t2 = device({QStringLiteral("--echo")});
    HostSession host2(t2.get(), {0, 0});
    RpcClient rpc2(&host2);
    QSignalSpy established2(&host2, &HostSession::established);
    t2->open();
    host2.start();
    QTRY_COMPARE_WITH_TIMEOUT(established2.size(), 1, 10000);
    const auto echoed = await<RpcPacket::Reply>([&](auto done) { rpc2.request(RpcPacket::getGlobalFunc("a"), done); });
    QVERIFY(echoed.has_value());
    QVERIFY(echoed->ok() || echoed->error().code() != Error::Code::Timeout); // an answer (the echo is no Return)
}

void TestRpcClient::aRebootEndsTheClient()
{
    auto t = device({QStringLiteral("--reboot")});
    HostSession host(t.get(), {0, 0});
    RpcClient rpc(&host);
    QSignalSpy ended(&host, &HostSession::ended);
    t->open();
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    QVERIFY(rpc.isBroken());
    const auto r = await<quint64>([&](auto done) { rpc.getGlobalFunc("runtime.SystemLib", done); });
    QVERIFY(r && !r->ok());
    QVERIFY2(r->error().message().contains(QLatin1String("rebooted")), qPrintable(r->error().message()));
}

QTEST_GUILESS_MAIN(TestRpcClient)
#include "tst_rpcclient.moc"
