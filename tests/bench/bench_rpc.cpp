// Host-driven RPC benchmark, on host-sim's host-driven device through its project's own
// transport (the Project API's read_transport/write_transport): the round trip of an empty
// CallFunc (median, p99) next to a raw echo of a message of the same size through the same pipes
// (the fake server's loopback transport) in the same run; CopyToRemote of 1 MB against the echo
// of 1 MB; and the time evaluator's bookkeeping per repeat (its round trip over repeat × number
// calls, less the calls' own time). Prints figures; asserts nothing.
// usage: bench_rpc MTVW_CLI

#include "micro/rpcpacket.h"
#include "projectapi/projectapiclient.h"
#include "transport/hostsession.h"
#include "transport/projectapitransport.h"
#include "transport/rpcclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace mtvw;
using namespace mtvw::micro;
using namespace mtvw::transport;

namespace {

bool waitFor(const std::function<bool()> &ready, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!ready() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10); // a benchmark may spin
    return ready();
}

template<typename T, typename Start>
Result<T> await(Start start)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out = std::move(r); });
    waitFor([&out] { return out.has_value(); });
    return out ? *out : Result<T>(Error(Error::Code::Timeout, QStringLiteral("no answer")));
}

QPair<double, double> medianP99(QList<double> us)
{
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[std::min<qsizetype>(us.size() - 1, us.size() * 99 / 100)]};
}

bool cli(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(300000);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s\n", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString mtvwCli = app.arguments().value(1);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("driven"));
    const QString templ = QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim");
    if (!cli(mtvwCli, {QStringLiteral("project"), QStringLiteral("generate"), templ,
                       QStringLiteral(MTVW_SOURCE_DIR "/resources/example/tinydense.tar"), project, QStringLiteral("-o"),
                       QStringLiteral("project_type=host_driven")}) ||
        !cli(mtvwCli, {QStringLiteral("project"), QStringLiteral("build"), project}) ||
        !cli(mtvwCli, {QStringLiteral("project"), QStringLiteral("flash"), project})) {
        std::printf("could not make the host-driven project\n");
        return 1;
    }
    constexpr int kCalls = 1000;

    // The device: an empty CallFunc (runtime.SystemLib()), 1 MB copied to it, the time evaluator.
    QList<double> callUs;
    double copyMBps = 0, perRepeatUs = 0;
    int callBytes = 0;
    {
        projectapi::ProjectApiClient client;
        if (!client.start({project}).ok())
            return 1;
        ProjectApiTransport t(&client, {}, QStringLiteral("project"));
        HostSession session(&t, {0.5, 10});
        RpcClient rpc(&session);
        bool up = false;
        QObject::connect(&session, &HostSession::established, [&up] { up = true; });
        QObject::connect(&t, &Transport::stateChanged, [&](Transport::State s) {
            if (s == Transport::State::Open)
                session.start();
        });
        t.open();
        if (!waitFor([&up] { return up; })) {
            std::printf("no session with the device\n");
            return 1;
        }
        const auto lib = await<quint64>([&](auto done) { rpc.getGlobalFunc("runtime.SystemLib", done); });
        if (!lib)
            return 1;
        callBytes = int(RpcPacket::callFunc(lib.value(), {}).value().size());
        // Each call made from the reply of the one before, as a client chains them.
        {
            QElapsedTimer c;
            bool failed = false;
            std::function<void()> next = [&] {
                c.start();
                rpc.callFunc(lib.value(), {}, [&](Result<QList<RpcValue>> r) {
                    callUs << double(c.nsecsElapsed()) / 1e3;
                    failed = failed || !r;
                    if (!failed && callUs.size() < kCalls)
                        next();
                });
            };
            next();
            waitFor([&] { return failed || callUs.size() == kCalls; }, 600000);
            if (failed)
                return 1;
        }
        RpcTensor big;
        big.code = 1;
        big.shape = {1 << 20};
        const auto p = await<RpcValue>([&](auto done) {
            rpc.syscall(RpcPacket::DevAllocDataWithScope, {RpcValue::dlTensor(big), RpcValue::null()}, done);
        });
        if (p) {
            big.data = p.value().u;
            QElapsedTimer c;
            c.start();
            if (await<bool>([&](auto done) { rpc.copyToRemote(big, QByteArray(1 << 20, '\x5a'), done); }))
                copyMBps = double(1 << 20) / 1e6 / (double(c.nsecsElapsed()) / 1e9);
        } else {
            std::printf("the device could not hold 1 MB: %s\n", qPrintable(p.error().message()));
        }
        // The time evaluator on the system library's first operator: repeat 20 × number 1; its
        // round trip less the measured calls, per repeat.
        const auto mgf = await<quint64>([&](auto done) { rpc.getGlobalFunc("tvm.rpc.server.ModuleGetFunction", done); });
        const auto sys = await<QList<RpcValue>>([&](auto done) { rpc.callFunc(lib.value(), {}, done); });
        const auto eval = await<quint64>([&](auto done) { rpc.getGlobalFunc("runtime.RPCTimeEvaluator", done); });
        if (mgf && sys && eval) {
            const quint64 syslib = sys.value().last().u;
            QList<RpcValue> args{RpcValue::module(syslib), RpcValue::str("tvmgen_default_fused_nn_softmax")};
            constexpr int kRepeat = 20;
            for (qint64 v : {1, 0, 1, kRepeat, 0, 100, 0, 1, 0})
                args << RpcValue::integer(v);
            args << RpcValue::str("");
            const auto timer = await<QList<RpcValue>>([&](auto done) { rpc.callFunc(eval.value(), args, done); });
            RpcTensor in, out;
            in.code = out.code = 2;
            in.bits = out.bits = 32;
            in.shape = out.shape = {1, 4};
            const auto a = await<RpcValue>([&](auto done) {
                rpc.syscall(RpcPacket::DevAllocDataWithScope, {RpcValue::dlTensor(in), RpcValue::null()}, done);
            });
            const auto b = await<RpcValue>([&](auto done) {
                rpc.syscall(RpcPacket::DevAllocDataWithScope, {RpcValue::dlTensor(out), RpcValue::null()}, done);
            });
            if (timer && a && b) {
                in.data = a.value().u;
                out.data = b.value().u;
                // Made from an empty call's reply, as a chained client makes it (not behind an idle read).
                QElapsedTimer c;
                double roundUs = 0;
                const auto timed = await<QList<RpcValue>>([&](auto done) {
                    rpc.callFunc(lib.value(), {}, [&, done](Result<QList<RpcValue>>) {
                        c.start();
                        rpc.callFunc(timer.value().last().u, {RpcValue::dlTensor(in), RpcValue::dlTensor(out)},
                                     [&, done](Result<QList<RpcValue>> r) {
                                         roundUs = double(c.nsecsElapsed()) / 1e3;
                                         done(r);
                                     });
                    });
                });
                if (timed && timed.value().last().bytes.size() == kRepeat * 8) {
                    double measuredUs = 0;
                    for (int r = 0; r < kRepeat; ++r)
                        measuredUs += qFromLittleEndian<double>(timed.value().last().bytes.constData() + 8 * r) * 1e6;
                    const auto [median, p99] = medianP99(callUs);
                    Q_UNUSED(p99);
                    // The warm-up call is one more; the packet's own round trip is an empty call's.
                    perRepeatUs = (roundUs - median - measuredUs * (kRepeat + 1) / kRepeat) / kRepeat;
                } else {
                    std::printf("time evaluator: %s\n", timed ? "an unexpected reply" : qPrintable(timed.error().message()));
                }
            }
        }
        t.close();
        waitFor([&t] { return t.state() == Transport::State::Closed; }, 10000);
    }

    // The reference: the same pipes, a loopback transport (tests/data/fakeserver.py echo).
    QList<double> echoUs;
    double echoMBps = 0;
    {
        const QString echoDir = dir.filePath(QStringLiteral("echo"));
        QDir().mkpath(echoDir);
        QFile f(QDir(echoDir).filePath(QStringLiteral("microtvm_api_server.py")));
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("import os, sys\nos.execv(sys.executable, [sys.executable, '%1', 'echo'] + sys.argv[1:])\n")
                    .arg(QStringLiteral(MTVW_SOURCE_DIR "/tests/data/fakeserver.py"))
                    .toUtf8());
        f.close();
        projectapi::ProjectApiClient client;
        if (!client.start({echoDir}).ok())
            return 1;
        ProjectApiTransport t(&client, {}, QStringLiteral("echo"));
        qint64 got = 0;
        QObject::connect(&t, &Transport::bytesArrived, [&got](const QByteArray &b) { got += b.size(); });
        t.open();
        waitFor([&t] { return t.state() == Transport::State::Open; });
        const QByteArray message(callBytes + 3 + 10, 'm'); // the framed call's size: session header, framing
        {
            // Each message written when the one before came back, as the calls were made.
            QElapsedTimer c;
            qint64 want = 0;
            auto conn = QObject::connect(&t, &Transport::bytesArrived, [&] {
                if (got < want)
                    return;
                echoUs << double(c.nsecsElapsed()) / 1e3;
                if (echoUs.size() < kCalls) {
                    want = got + message.size();
                    c.start();
                    t.write(message);
                }
            });
            want = got + message.size();
            c.start();
            t.write(message);
            waitFor([&] { return echoUs.size() == kCalls; }, 600000);
            QObject::disconnect(conn);
            if (echoUs.size() < kCalls)
                return 1;
        }
        const qint64 want = got + (1 << 20);
        QElapsedTimer c;
        c.start();
        for (int k = 0; k < 16; ++k) // in pieces of 64 KiB, as reads are sized
            t.write(QByteArray(1 << 16, 'e'));
        if (waitFor([&] { return got >= want; }))
            echoMBps = double(1 << 20) / 1e6 / (double(c.nsecsElapsed()) / 1e9);
        t.close();
    }
    const auto [callMedian, callP99] = medianP99(callUs);
    const auto [echoMedian, echoP99] = medianP99(echoUs);
    std::printf("empty CallFunc round trip over host-sim's project transport: median %.0f us, p99 %.0f us (%d calls)\n",
                callMedian, callP99, kCalls);
    std::printf("raw echo of %d bytes through the same pipes: median %.0f us, p99 %.0f us; ratio %.2f (goal <= 2)\n",
                callBytes + 13, echoMedian, echoP99, callMedian / echoMedian);
    std::printf("CopyToRemote of 1 MB: %.2f MB/s; echo of 1 MB: %.2f MB/s; ratio %.2f (goal >= 0.5)\n", copyMBps, echoMBps,
                echoMBps > 0 ? copyMBps / echoMBps : 0.0);
    std::printf("time evaluator bookkeeping: %.1f us per repeat (its round trip less the calls it measured and one empty "
                "call's round trip)\n",
                perRepeatUs);
    return 0;
}
