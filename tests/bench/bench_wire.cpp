// Wire protocol benchmark. Framing: encode and decode throughput of 64 MiB of payload in packets
// of 1 to 2,048 bytes (the receive buffers of real boards), each next to a memcpy of the same
// bytes in the same run. Decode: `mtvw-cli decode --json` of a 100 MB capture of a framed RPC
// session in serial-sized pieces, wall time and peak memory, next to `cat` reading the same file.
// Prints figures; asserts nothing.

#include "core/direction.h"
#include "micro/framer.h"
#include "micro/sessionmessage.h"
#include "micro/unframer.h"
#include "transport/capturewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstring>

using namespace mtvw;
using namespace mtvw::micro;

namespace {

double mbPerSecond(qint64 bytes, qint64 ns)
{
    return double(bytes) / 1e6 / (double(ns) / 1e9);
}

// Wall seconds and peak RSS (MB) of a program, its output discarded.
std::pair<double, double> runMeasured(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    p.waitForFinished(-1);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far: run the reference first
    return {seconds, double(usage.ru_maxrss) / 1024.0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString cli = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QRandomGenerator gen(42);

    // Payloads: 64 MiB in packets of 1..2048 bytes, random bytes (FF included, so escapes occur).
    QList<QByteArray> payloads;
    qint64 total = 0;
    while (total < (qint64(64) << 20)) {
        QByteArray p(int(gen.bounded(1, 2049)), Qt::Uninitialized);
        for (char &c : p)
            c = char(gen.bounded(256));
        total += p.size();
        payloads << p;
    }
    QByteArray copyTarget(int(total), Qt::Uninitialized);
    QElapsedTimer t;
    t.start();
    qsizetype at = 0;
    for (const QByteArray &p : std::as_const(payloads)) {
        std::memcpy(copyTarget.data() + at, p.constData(), size_t(p.size()));
        at += p.size();
    }
    const qint64 copyNs = t.nsecsElapsed();

    Framer framer;
    QByteArray wire;
    wire.reserve(int(total + total / 64 + payloads.size() * 12));
    t.restart();
    for (const QByteArray &p : std::as_const(payloads))
        wire += framer.frame(p);
    const qint64 encodeNs = t.nsecsElapsed();

    Unframer unframer(4096);
    QList<FrameEvent> events;
    qint64 decoded = 0, packets = 0;
    t.restart();
    for (qsizetype off = 0; off < wire.size(); off += 65536) {
        events.clear();
        unframer.feed(QByteArrayView(wire).sliced(off, std::min<qsizetype>(65536, wire.size() - off)), events);
        for (const FrameEvent &e : std::as_const(events)) {
            decoded += e.payload.size();
            packets += e.kind == FrameEvent::Kind::Packet && e.crcOk;
        }
    }
    const qint64 decodeNs = t.nsecsElapsed();
    printf("framing: %lld packets, %.1f MiB of payload, %.1f MiB on the wire\n", qlonglong(payloads.size()),
           double(total) / 1048576.0, double(wire.size()) / 1048576.0);
    printf("  memcpy reference   %8.0f MB/s\n", mbPerSecond(total, copyNs));
    printf("  encode (Framer)    %8.0f MB/s  (%.2f x memcpy)\n", mbPerSecond(total, encodeNs), double(copyNs) / double(encodeNs));
    printf("  decode (Unframer)  %8.0f MB/s  (%.2f x memcpy; %lld of %lld packets back, %s)\n", mbPerSecond(total, decodeNs),
           double(copyNs) / double(decodeNs), qlonglong(packets), qlonglong(payloads.size()),
           decoded == total ? "every byte" : "BYTES MISSING");

    if (cli.isEmpty()) {
        printf("decode: skipped (pass the mtvw-cli path)\n");
        return 0;
    }
    // A 100 MB capture: a session, then RPC traffic (copies of up to 2 KiB and small calls) in
    // the pieces a serial port delivers (1..512 bytes), host and device in turn.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pcapng"));
    transport::CaptureWriter w;
    if (!w.open(path) || !w.addInterface(QStringLiteral("bench"))) {
        fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    Framer host, device;
    qint64 time = 1'700'000'000'000'000;
    auto send = [&](Direction d, const QByteArray &bytes) {
        for (qsizetype off = 0; off < bytes.size();) {
            const qsizetype n = std::min<qsizetype>(gen.bounded(1, 513), bytes.size() - off);
            (void)w.write(0, d, time += 50, QByteArrayView(bytes).sliced(off, n));
            off += n;
        }
    };
    send(Direction::FromHost, host.frame(SessionMessage::encode(0x43, SessionMessage::StartSessionInit, "\x01")));
    send(Direction::FromDevice, device.frame(SessionMessage::encode(0x8543, SessionMessage::StartSessionReply, "\x01")));
    qint64 messages = 2;
    while (QFileInfo(path).size() < 100'000'000) {
        // CopyToRemote: DLTensor (no type code) + nbytes + data; the device answers void.
        QByteArray rpc;
        const int n = int(gen.bounded(16, 1985));
        auto put = [&rpc](auto v) { rpc.append(reinterpret_cast<const char *>(&v), sizeof v); };
        put(qint32(7));
        put(quint64(0x20001400));
        put(qint32(1)), put(qint32(0)), put(qint32(1));
        put(quint8(0)), put(quint8(8)), put(quint16(1));
        put(qint64(n));
        put(quint64(0));
        put(quint64(n));
        QByteArray data(n, Qt::Uninitialized);
        for (char &c : data)
            c = char(gen.bounded(256));
        rpc += data;
        QByteArray packet;
        const quint64 length = quint64(rpc.size());
        packet.append(reinterpret_cast<const char *>(&length), 8);
        packet += rpc;
        send(Direction::FromHost, host.frame(SessionMessage::encode(0x8543, SessionMessage::Normal, packet)));
        const QByteArray reply = QByteArray::fromHex("0c0000000000000004000000010000000400000000");
        send(Direction::FromDevice, device.frame(SessionMessage::encode(0x8543, SessionMessage::Normal, reply.left(20))));
        messages += 2;
    }
    w.close();
    const double mb = double(QFileInfo(path).size()) / 1e6;
    const auto [catSeconds, catRss] = runMeasured(QStringLiteral("cat"), {path});
    const auto [seconds, rss] = runMeasured(cli, {QStringLiteral("decode"), path, QStringLiteral("--json")});
    printf("decode --json of a %.0f MB capture (%lld messages): %.2f s, peak %.0f MB RSS; cat reads it in %.2f s (%.1f x)\n", mb,
           qlonglong(messages), seconds, rss, catSeconds, seconds / std::max(catSeconds, 1e-3));
    return 0;
}
