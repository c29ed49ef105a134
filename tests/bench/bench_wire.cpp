// Wire protocol benchmark. Framing: encode and decode throughput of 64 MiB of payload in packets
// of 1 to 2,048 bytes (the receive buffers of real boards), each next to a memcpy of the same
// bytes in the same run. Decode: `mtvw-cli decode --json` of a 100 MB capture of a framed RPC
// session in serial-sized pieces, wall time and peak memory, next to `cat` reading the same file;
// and `mtvw-cli monitor --capture` on a socat pty fed as fast as it goes, every byte counted.
// Prints figures; asserts nothing.

#include "../socatpair.h"
#include "core/direction.h"
#include "micro/framer.h"
#include "micro/sessionmessage.h"
#include "micro/unframer.h"
#include "transport/capturereader.h"
#include "transport/capturewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace mtvw;
using namespace mtvw::micro;

namespace {

double mbPerSecond(qint64 bytes, qint64 ns)
{
    return double(bytes) / 1e6 / (double(ns) / 1e9);
}

// Wall seconds and peak RSS (MB, from /usr/bin/time) of a program, its output discarded.
std::pair<double, double> runMeasured(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("/usr/bin/time"),
            QStringList{QStringLiteral("-f"), QStringLiteral("rss %M")} + QStringList{program} + args);
    p.waitForFinished(-1);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const qsizetype at = err.lastIndexOf(QLatin1String("rss "));
    return {seconds, at < 0 ? -1.0 : err.mid(at + 4).trimmed().toDouble() / 1024.0};
}

// A capture of `megabytes`: a session, then RPC traffic (copies of up to 2 KiB and small calls)
// in the pieces a serial port delivers (1..512 bytes), host and device in turn. Returns the
// number of messages.
qint64 writeCapture(const QString &path, qint64 megabytes, QRandomGenerator &gen)
{
    transport::CaptureWriter w;
    if (!w.open(path) || !w.addInterface(QStringLiteral("bench")))
        return -1;
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
    const QByteArray reply = QByteArray::fromHex("0c000000000000000400000001000000040000");
    while (QFileInfo(path).size() < megabytes * 1'000'000) {
        // CopyToRemote: DLTensor (no type code) + nbytes + data; the device answers void.
        QByteArray rpc;
        const int n = int(gen.bounded(16, 1985));
        auto put = [&rpc](auto v) { rpc.append(reinterpret_cast<const char *>(&v), sizeof v); };
        put(quint64(0)); // packet_nbytes, set below
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
        const quint64 length = quint64(rpc.size() - 8);
        std::memcpy(rpc.data(), &length, 8);
        send(Direction::FromHost, host.frame(SessionMessage::encode(0x8543, SessionMessage::Normal, rpc)));
        send(Direction::FromDevice,
             device.frame(SessionMessage::encode(0x8543, SessionMessage::Normal, reply + QByteArray(1, '\0'))));
        messages += 2;
    }
    return messages;
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
    // Decoding is streamed: a capture four times as large takes about four times as long and
    // the same memory.
    QTemporaryDir dir;
    for (qint64 mb : {25, 100}) {
        const QString path = dir.filePath(QStringLiteral("c%1.pcapng").arg(mb));
        const qint64 messages = writeCapture(path, mb, gen);
        if (messages < 0) {
            fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        const double size = double(QFileInfo(path).size()) / 1e6;
        const auto [catSeconds, catRss] = runMeasured(QStringLiteral("cat"), {path});
        const auto [seconds, rss] = runMeasured(cli, {QStringLiteral("decode"), path, QStringLiteral("--json")});
        printf("decode --json of a %.0f MB capture (%lld messages): %.2f s, peak %.0f MB RSS; cat: %.2f s, %.0f MB (%.0f x its "
               "time)\n",
               size, qlonglong(messages), seconds, rss, catSeconds, catRss, seconds / std::max(catSeconds, 1e-3));
    }
    // A pty "board" streaming as fast as socat carries it, through monitor --capture: the rate,
    // and every byte counted in the capture.
    const QString port = dir.filePath(QStringLiteral("board")), peer = dir.filePath(QStringLiteral("peer"));
    testsupport::SocatPair socat(port, peer);
    const QString capture = dir.filePath(QStringLiteral("monitor.pcapng"));
    QProcess monitor;
    monitor.setStandardOutputFile(QProcess::nullDevice());
    monitor.start(cli, {QStringLiteral("monitor"), port, QStringLiteral("--capture"), capture});
    monitor.waitForStarted();
    while (!QFileInfo::exists(capture))
        QThread::msleep(10); // the monitor has opened the port once its capture exists
    constexpr qint64 kStream = 64 << 20;
    QElapsedTimer clock;
    clock.start();
    QProcess sender;
    sender.start(QStringLiteral("python3"), {QStringLiteral(MTVW_SOURCE_DIR "/tests/data/ptypeer.py"), peer,
                                             QStringLiteral("--send"), QString::number(kStream)});
    sender.waitForReadyRead(10000); // "ready"
    qint64 got = 0;
    QByteArray captured;
    while (clock.elapsed() < 120000) {
        // Count what the capture holds so far (its blocks are written as the bytes arrive).
        captured.clear();
        static_cast<void>(
            transport::CaptureReader::readFile(capture, [&captured](const transport::CaptureChunk &c) { captured += c.bytes; }));
        got = captured.size();
        if (got >= kStream)
            break;
        QThread::msleep(50);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    qint64 wrong = 0;
    for (qint64 i = 0; i < captured.size(); ++i)
        wrong += quint8(captured[i]) != quint8((i * 7) % 251);
    printf("monitor --capture on a socat pty: %.1f MiB in %.2f s = %.1f MB/s; %lld of %lld bytes captured, %lld wrong\n",
           double(got) / 1048576.0, seconds, double(got) / 1e6 / seconds, qlonglong(got), qlonglong(kStream), qlonglong(wrong));
    for (QProcess *p : {&sender, &monitor}) {
        p->kill();
        p->waitForFinished(5000);
    }
    return 0;
}
