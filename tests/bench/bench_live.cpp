// Live panes benchmark. (1) One million device lines into the monitor's model: wall time and the
// memory it holds, next to the same lines appended to a QStringList in the same run. (2) A socat
// pty fed as fast as it goes, watched by the Monitor and the Inspector at once (both shown,
// following): the rate reached, the GUI thread's longest stall measured by a 5 ms watchdog timer,
// and every byte counted and checksummed where the panes get them. Prints figures; asserts
// nothing. Run under Xvfb or QT_QPA_PLATFORM=offscreen.

#include "../socatpair.h"
#include "inspectorfilter.h"
#include "inspectormodel.h"
#include "inspectorpane.h"
#include "liveconnection.h"
#include "micro/framer.h"
#include "micro/sessionmessage.h"
#include "monitormodel.h"
#include "monitorpane.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

// Resident memory now, MB (from /proc/self/statm).
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toDouble() * 4096.0 / 1e6 : -1;
}

void linesIntoModel()
{
    constexpr int kLines = 1'000'000;
    QByteArray text;
    text.reserve(kLines * 48);
    for (int i = 0; i < kLines; ++i)
        text += "run " + QByteArray::number(i + 1) + "/1000000 default: 0.012345 ms checksum=0x1234abcd\n";
    // Pieces as a serial port hands them over, in 40 ms batches of 64 KiB pieces.
    LiveChunks batch;
    QList<LiveChunks> batches;
    for (qsizetype at = 0; at < text.size(); at += 65536) {
        batch.append(LiveChunk{mtvw::Direction::FromDevice, 1'700'000'000'000'000 + at, text.mid(at, 65536)});
        if (batch.size() == 16) {
            batches.append(batch);
            batch.clear();
        }
    }
    batches.append(batch);

    const double before = rssMb();
    QElapsedTimer t;
    t.start();
    {
        MonitorModel model(nullptr);
        for (const LiveChunks &b : std::as_const(batches))
            model.addChunks(b);
        const qint64 ns = t.nsecsElapsed();
        const double held = rssMb() - before;
        std::printf("monitor model: %d lines (%.1f MB of text) in %.3f s, holding %.0f MB; %lld rows kept\n", kLines,
                    double(text.size()) / 1e6, double(ns) / 1e9, held, qlonglong(model.rowCount()));
    }
    const double before2 = rssMb();
    t.restart();
    {
        QStringList reference;
        qsizetype from = 0;
        for (qsizetype nl; (nl = text.indexOf('\n', from)) >= 0; from = nl + 1)
            reference.append(QString::fromUtf8(text.constData() + from, nl - from));
        const qint64 ns = t.nsecsElapsed();
        std::printf("reference, the same lines into a QStringList: %.3f s, holding %.0f MB\n", double(ns) / 1e9,
                    rssMb() - before2);
    }
}

// The panes' models alone on the pty benchmark's bytes, in 200 KB batches: their cost per MB.
void modelsAlone()
{
    QByteArray block(200 * 1000, Qt::Uninitialized);
    for (int i = 0; i < block.size(); ++i)
        block[i] = char((i * 7) % 251);
    for (int which = 0; which < 2; ++which) {
        MonitorModel monitor(nullptr);
        InspectorModel inspector(nullptr);
        QElapsedTimer t;
        t.start();
        qint64 worst = 0;
        for (int n = 0; n < 250; ++n) { // 50 MB
            QElapsedTimer one;
            one.start();
            const LiveChunks batch{LiveChunk{mtvw::Direction::FromDevice, 1'700'000'000'000'000 + n, block}};
            if (which == 0)
                monitor.addChunks(batch);
            else
                inspector.addChunks(batch);
            worst = std::max(worst, one.nsecsElapsed());
        }
        std::printf("%s model alone: %.1f ms per MB, worst 200 KB batch %.1f ms\n", which == 0 ? "monitor" : "inspector",
                    double(t.nsecsElapsed()) / 1e6 / 50, double(worst) / 1e6);
    }
    // The same batches through the panes, shown, each batch then painted (a benchmark may spin).
    for (int which = 0; which < 2; ++which) {
        LiveConnection connection;
        MonitorPane monitor(&connection);
        InspectorPane inspector(&connection);
        (which == 0 ? static_cast<QWidget *>(&monitor) : &inspector)->show();
        QElapsedTimer t;
        t.start();
        qint64 worst = 0;
        for (int n = 0; n < 250; ++n) {
            QElapsedTimer one;
            one.start();
            emit connection.chunksArrived({LiveChunk{mtvw::Direction::FromDevice, 1'700'000'000'000'000 + n, block}});
            QCoreApplication::processEvents();
            worst = std::max(worst, one.nsecsElapsed());
        }
        std::printf("both models, %s pane shown: %.1f ms per MB, worst 200 KB batch and paint %.1f ms\n",
                    which == 0 ? "monitor" : "inspector", double(t.nsecsElapsed()) / 1e6 / 50, double(worst) / 1e6);
    }
}

// The Inspector's text filter over a million messages: the GUI thread's time in the call, the
// search off it until the rows are there, next to the same criteria tried on the GUI thread (what
// a synchronous filter costs); and the worst batch of arriving messages during a search next to
// the worst without one (the snapshot's open block copied once).
void inspectorFilter()
{
    using mtvw::micro::SessionMessage;
    constexpr int kRecords = 1'000'000, kBatch = 10'000;
    InspectorModel model(nullptr);
    InspectorFilter filter;
    filter.setSourceModel(&model);
    mtvw::micro::Framer framer;
    int next = 0;
    const auto batch = [&] {
        QByteArray bytes;
        for (int i = 0; i < kBatch; ++i, ++next)
            bytes += framer.frame(SessionMessage::encode(0, SessionMessage::Log, "run " + QByteArray::number(next) + " ok"));
        return LiveChunks{LiveChunk{mtvw::Direction::FromDevice, 1'700'000'000'000'000 + next, bytes}};
    };
    qint64 worstIdle = 0;
    while (next < kRecords) {
        const LiveChunks b = batch();
        QElapsedTimer one;
        one.start();
        model.addChunks(b);
        worstIdle = std::max(worstIdle, one.nsecsElapsed());
    }
    InspectorFilter::Criteria c;
    c.text = QStringLiteral("77");
    QElapsedTimer t;
    t.start();
    int sync = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        sync += c.accepts(model.record(r));
    const qint64 syncNs = t.nsecsElapsed();

    QEventLoop loop;
    QObject::connect(&filter, &InspectorFilter::filterChanged, &loop, &QEventLoop::quit);
    const QList<LiveChunks> during{batch(), batch(), batch()};
    t.restart();
    filter.setText(c.text);
    const qint64 callNs = t.nsecsElapsed();
    qint64 worstSearching = 0;
    for (const LiveChunks &b : during) {
        QElapsedTimer one;
        one.start();
        model.addChunks(b);
        worstSearching = std::max(worstSearching, one.nsecsElapsed());
    }
    loop.exec();
    const qint64 searchNs = t.nsecsElapsed();
    std::printf("inspector filter over %d messages (%d match): the GUI thread %.2f ms in the call, rows there after %.0f ms; "
                "the same criteria on the GUI thread %.0f ms -> ratio %.4f\n",
                kRecords, filter.rowCount(), double(callNs) / 1e6, double(searchNs) / 1e6, double(syncNs) / 1e6,
                double(callNs) / double(syncNs));
    std::printf("inspector: worst batch of %d arriving messages %.1f ms during a search, %.1f ms without one; the "
                "synchronous pass matched %d of the first %d\n",
                kBatch, double(worstSearching) / 1e6, double(worstIdle) / 1e6, sync, kRecords);
}

int streamIntoPanes(qint64 total, qint64 rate)
{
    QTemporaryDir dir;
    const QString port = dir.filePath(QStringLiteral("board")), peerPath = dir.filePath(QStringLiteral("board-peer"));
    testsupport::SocatPair pty(port, peerPath);
    if (!pty.ok()) {
        std::printf("socat did not start\n");
        return 1;
    }
    LiveConnection connection;
    MonitorPane monitor(&connection);
    InspectorPane inspector(&connection);
    monitor.resize(700, 450);
    inspector.resize(700, 450);
    // MTVW_BENCH_PANES=monitor or inspector shows one of them only (to tell their costs apart).
    const QByteArray only = qgetenv("MTVW_BENCH_PANES");
    if (only != "inspector")
        monitor.show();
    if (only != "monitor")
        inspector.show();

    qint64 got = 0;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QElapsedTimer clock;
    qint64 firstNs = -1, lastNs = 0;
    QObject::connect(&connection, &LiveConnection::chunksArrived, [&](const LiveChunks &chunks) {
        for (const LiveChunk &c : chunks)
            if (c.direction == mtvw::Direction::FromDevice) {
                if (firstNs < 0)
                    firstNs = clock.nsecsElapsed();
                got += c.bytes.size();
                hash.addData(c.bytes);
            }
        lastNs = clock.nsecsElapsed();
    });
    // The watchdog: a 5 ms timer; the longest gap between its ticks is the GUI thread's stall.
    qint64 lastTick = 0, longest = 0;
    QTimer watchdog;
    watchdog.setInterval(5);
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick && firstNs >= 0)
            longest = std::max(longest, now - lastTick);
        lastTick = now;
    });

    // What the peer sends: byte i is i * 7 % 251 (tests/data/ptypeer.py).
    QByteArray expected;
    QCryptographicHash want(QCryptographicHash::Sha1);
    for (qint64 sent = 0; sent < total;) {
        QByteArray block(int(std::min<qint64>(total - sent, 1 << 20)), Qt::Uninitialized);
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(((sent + i) * 7) % 251);
        want.addData(block);
        sent += block.size();
    }

    QProcess peer;
    clock.start();
    watchdog.start();
    connection.open([&] {
        mtvw::transport::TransportSettings s;
        s.port = port;
        s.baud = 4000000;
        return s;
    }());
    QTimer::singleShot(500, [&] {
        QStringList args{QStringLiteral(MTVW_SOURCE_DIR "/tests/data/ptypeer.py"), peerPath, QStringLiteral("--send"),
                         QString::number(total)};
        if (rate > 0)
            args << QStringLiteral("--rate") << QString::number(rate);
        peer.start(QStringLiteral("python3"), args);
    });
    QTimer done;
    done.setInterval(50);
    QObject::connect(&done, &QTimer::timeout, [&] {
        if (got >= total || clock.elapsed() > 120000)
            QApplication::quit();
    });
    done.start();
    QApplication::exec();
    watchdog.stop();
    const double seconds = double(lastNs - firstNs) / 1e9;
    std::printf("pty stream into Monitor + Inspector (%s): %.1f MB in %.2f s = %.1f MB/s; GUI thread's longest stall %.1f ms; "
                "%s (%lld of %lld bytes, checksum %s); monitor %lld lines, inspector %d records\n",
                rate > 0 ? qPrintable(QStringLiteral("fed at %1 MB/s").arg(double(rate) / 1e6)) : "fed as fast as it goes",
                double(got) / 1e6, seconds, double(got) / 1e6 / seconds, double(longest) / 1e6,
                got == total && hash.result() == want.result() ? "no byte lost" : "BYTES LOST", qlonglong(got), qlonglong(total),
                hash.result() == want.result() ? "equal" : "differs", qlonglong(monitor.model()->rowCount()),
                inspector.model()->rowCount());
    peer.kill();
    peer.waitForFinished(5000);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("lines")) {
        linesIntoModel();
        modelsAlone();
        inspectorFilter();
        return 0;
    }
    if (args.value(1) == QLatin1String("stream"))
        return streamIntoPanes(args.value(2, QStringLiteral("200000000")).toLongLong(), args.value(3).toLongLong());
    // Each part in a process of its own, so one's memory does not count in the other's.
    for (const QStringList &part :
         {QStringList{QStringLiteral("lines")},
          QStringList{QStringLiteral("stream"), QStringLiteral("100000000"), QStringLiteral("10000000")},
          QStringList{QStringLiteral("stream"), QStringLiteral("200000000")}}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QCoreApplication::applicationFilePath(), part);
        p.waitForFinished(-1);
    }
    return 0;
}
