#include "../socatpair.h"
#include "../testsupport.h"
#include "projectapi/projectapiclient.h"
#include "transport/capturereader.h"
#include "transport/capturewriter.h"
#include "transport/hostsession.h"
#include "transport/projectapitransport.h"
#include "transport/transport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace mtvw;
using namespace mtvw::transport;

namespace {

const QString kPeer = QStringLiteral(MTVW_SOURCE_DIR "/tests/data/ptypeer.py");
const QString kDevice = QStringLiteral(MTVW_SOURCE_DIR "/tests/data/echodevice.py");

// A socat pty pair with a Python peer (tests/data/ptypeer.py) on the far end, ready once it says so.
class PtyPair
{
public:
    PtyPair(const QString &port, const QString &peer, const QStringList &peerArgs = {})
        : m_pair(port, peer)
    {
        m_python.start(QStringLiteral("python3"), QStringList{kPeer, peer} + peerArgs);
        while (!m_ready && m_python.waitForReadyRead(10000))
            m_ready = m_python.readLine().startsWith("ready");
    }
    ~PtyPair() { end(); }
    bool ok() const { return m_ready && m_pair.ok(); }
    void end()
    {
        if (m_python.state() != QProcess::NotRunning) {
            m_python.kill();
            m_python.waitForFinished(5000);
        }
        m_pair.end();
    }

private:
    testsupport::SocatPair m_pair;
    QProcess m_python;
    bool m_ready = false;
};

TransportSettings serial(const QString &port)
{
    TransportSettings s;
    s.kind = TransportSettings::Kind::Serial;
    s.port = port;
    s.baud = 115200;
    return s;
}

QByteArray received(const QSignalSpy &spy)
{
    QByteArray all;
    for (const QList<QVariant> &args : spy)
        all += args.first().toByteArray();
    return all;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void conformance_data();
    void conformance();
    void deviceProgramThatFails();
    void serialUnplugAndReplug();
    void releasedWhileAwayTakesNoOtherTerminal();
    void replayKeepsThePace();
    void stalledReceiverKeepsMemoryBounded();
    void projectTransportCarriesASession();
    void captureSurvivesKill();

private:
    QTemporaryDir m_dir;
};

void TestTransport::initTestCase()
{
    for (const char *program : {"socat", "python3"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 is missing: ./dev.sh setup installs it (packages.txt)").arg(QString::fromLatin1(program))));
}

void TestTransport::conformance_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("serial (socat pty)") << int(TransportSettings::Kind::Serial);
    QTest::newRow("subprocess") << int(TransportSettings::Kind::Subprocess);
    QTest::newRow("replay") << int(TransportSettings::Kind::Replay);
    QTest::newRow("project api (echo server)") << -1;
}

// One suite for every transport: it opens, says it is open, carries bytes both ways (a replay
// delivers what its capture recorded from the device, byte for byte), reports what it wrote,
// and closes once, for good.
void TestTransport::conformance()
{
    QFETCH(int, kind);
    TransportSettings s;
    std::unique_ptr<PtyPair> pty;
    std::unique_ptr<projectapi::ProjectApiClient> client;
    std::unique_ptr<Transport> t;
    QByteArray expected; // what the far end sends back for "ping\n" (or replays)
    const QByteArray ping = "ping\n" + QByteArray("\xff\xfd\x00\x01", 4);
    if (kind == -1) { // a project's server, a loopback (tests/data/fakeserver.py echo)
        const QString dir = testsupport::fakeServerProject(m_dir.filePath(QStringLiteral("echo")), QStringLiteral("echo"));
        client = std::make_unique<projectapi::ProjectApiClient>();
        QVERIFY(client->start({dir}).ok());
        t = std::make_unique<ProjectApiTransport>(client.get(), QJsonObject{}, QStringLiteral("project ") + dir);
        expected = ping;
    } else {
        switch (TransportSettings::Kind(kind)) {
        case TransportSettings::Kind::Serial:
            pty = std::make_unique<PtyPair>(m_dir.filePath(QStringLiteral("conf-port")),
                                            m_dir.filePath(QStringLiteral("conf-peer")));
            QVERIFY(pty->ok());
            s = serial(m_dir.filePath(QStringLiteral("conf-port")));
            expected = ping;
            break;
        case TransportSettings::Kind::Subprocess:
            s.kind = TransportSettings::Kind::Subprocess;
            s.program = QStringLiteral("python3");
            s.arguments = {kDevice};
            expected = "hello\n" + ping;
            break;
        case TransportSettings::Kind::Replay: {
            s.kind = TransportSettings::Kind::Replay;
            s.file = m_dir.filePath(QStringLiteral("conf.pcapng"));
            CaptureWriter w;
            QVERIFY(w.open(s.file).ok());
            QVERIFY(w.addInterface(QStringLiteral("x")).ok());
            QVERIFY(w.write(0, Direction::FromDevice, 10, "hello\n").ok());
            QVERIFY(w.write(0, Direction::FromHost, 20, "not replayed").ok());
            QVERIFY(w.write(0, Direction::FromDevice, 30, ping).ok());
            w.close();
            expected = "hello\n" + ping;
            break;
        }
        }
        t.reset(Transport::create(s));
    }
    QSignalSpy states(t.get(), &Transport::stateChanged);
    QSignalSpy bytes(t.get(), &Transport::bytesArrived);
    QSignalSpy written(t.get(), &Transport::bytesWritten);
    QSignalSpy closed(t.get(), &Transport::closed);
    QSignalSpy errors(t.get(), &Transport::errorOccurred);
    QCOMPARE(t->state(), Transport::State::Closed);
    t->open();
    QTRY_VERIFY_WITH_TIMEOUT(t->state() == Transport::State::Open || !closed.isEmpty(), 10000);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().value<Error>().message()));
    QCOMPARE(states.first().first().value<Transport::State>(), Transport::State::Opening);
    QVERIFY(t->name().contains(kind == int(TransportSettings::Kind::Serial) ? QStringLiteral("115200 8N1") : QString()));
    if (kind == -1 || s.kind != TransportSettings::Kind::Replay) {
        t->write(ping);
        QTRY_COMPARE_WITH_TIMEOUT(received(bytes), expected, 10000);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toByteArray(), ping);
        t->close();
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(received(bytes), expected, 10000); // then it ends by itself
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
    QCOMPARE(t->state(), Transport::State::Closed);
    for (const QList<QVariant> &b : std::as_const(bytes))
        QVERIFY(b.at(1).toLongLong() > 1'600'000'000'000'000); // wall-clock microseconds
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().value<Error>().message()));
}

// A device program that fails says why, with its stderr, and closes.
void TestTransport::deviceProgramThatFails()
{
    TransportSettings s;
    s.kind = TransportSettings::Kind::Subprocess;
    s.program = QStringLiteral("python3");
    s.arguments = {kDevice, QStringLiteral("--fail")};
    std::unique_ptr<Transport> t(Transport::create(s));
    QSignalSpy closed(t.get(), &Transport::closed);
    QSignalSpy errors(t.get(), &Transport::errorOccurred);
    t->open();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
    QCOMPARE(errors.size(), 1);
    const Error e = errors.first().first().value<Error>();
    QVERIFY2(e.message().contains(QLatin1String("exited with code 3")), qPrintable(e.message()));
    QVERIFY2(e.detail().contains(QLatin1String("no board attached")), qPrintable(e.detail()));
    s.program = QStringLiteral("/nonexistent/device");
    std::unique_ptr<Transport> missing(Transport::create(s));
    QSignalSpy missingErrors(missing.get(), &Transport::errorOccurred);
    QSignalSpy missingClosed(missing.get(), &Transport::closed);
    missing->open();
    QTRY_COMPARE_WITH_TIMEOUT(missingClosed.size(), 1, 10000);
    QVERIFY(missingErrors.first().first().value<Error>().message().contains(QLatin1String("did not start")));
}

// A pty "board" unplugged (socat ended) and plugged in again (socat started with the same link
// name) is waited for and reopened; a different port appearing meanwhile is not taken; bytes
// flow again after the return.
void TestTransport::serialUnplugAndReplug()
{
    const QString port = m_dir.filePath(QStringLiteral("board")), peer = m_dir.filePath(QStringLiteral("board-peer"));
    auto pty = std::make_unique<PtyPair>(port, peer);
    QVERIFY(pty->ok());
    TransportSettings s = serial(port);
    s.reattachMs = 20000;
    std::unique_ptr<Transport> t(Transport::create(s));
    QSignalSpy states(t.get(), &Transport::stateChanged);
    QSignalSpy bytes(t.get(), &Transport::bytesArrived);
    QSignalSpy closed(t.get(), &Transport::closed);
    t->open();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Open, 10000);
    t->write("before\n");
    QTRY_COMPARE_WITH_TIMEOUT(received(bytes), QByteArray("before\n"), 10000);

    pty->end(); // unplugged
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Waiting, 10000);
    QVERIFY(closed.isEmpty());
    // Another device appears: not taken.
    PtyPair other(m_dir.filePath(QStringLiteral("other")), m_dir.filePath(QStringLiteral("other-peer")));
    QVERIFY(other.ok());
    const qsizetype statesBefore = states.size();
    QTest::qWait(3 * 100 + 200); // several polls of the port list, to show none of them takes it
    QCOMPARE(t->state(), Transport::State::Waiting);
    QCOMPARE(states.size(), statesBefore);

    pty = std::make_unique<PtyPair>(port, peer); // plugged in again, same name
    QVERIFY(pty->ok());
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Open, 10000);
    bytes.clear();
    t->write("after\n");
    QTRY_COMPARE_WITH_TIMEOUT(received(bytes), QByteArray("after\n"), 10000);
    QVERIFY(closed.isEmpty());
    t->close();
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);

    // Gone for good: the wait ends with an error and the transport closes.
    pty = std::make_unique<PtyPair>(port, peer);
    QVERIFY(pty->ok());
    s.reattachMs = 300;
    std::unique_ptr<Transport> brief(Transport::create(s));
    QSignalSpy briefErrors(brief.get(), &Transport::errorOccurred);
    QSignalSpy briefClosed(brief.get(), &Transport::closed);
    brief->open();
    QTRY_COMPARE_WITH_TIMEOUT(brief->state(), Transport::State::Open, 10000);
    pty->end();
    QTRY_COMPARE_WITH_TIMEOUT(briefClosed.size(), 1, 10000);
    QVERIFY(briefErrors.last().first().value<Error>().message().contains(QLatin1String("did not come back")));
}

// Realtime replay spaces the pieces as recorded (measured against the recorded gap, with the
// event loop's slack; not a fixed sleep), fast replay does not wait.
// A pty board that went away and is then released (a flash starting while it is away) holds
// nothing: the next pseudo-terminal may get its number, and so the old link leads to it, but
// that one is not taken on reacquire; the board's own link made anew is.
void TestTransport::releasedWhileAwayTakesNoOtherTerminal()
{
    const QString port = m_dir.filePath(QStringLiteral("away")), peer = m_dir.filePath(QStringLiteral("away-peer"));
    auto pty = std::make_unique<testsupport::SocatPair>(port, peer);
    QVERIFY(pty->ok());
    TransportSettings s = serial(port);
    s.reattachMs = 20000;
    std::unique_ptr<Transport> t(Transport::create(s));
    QSignalSpy states(t.get(), &Transport::stateChanged);
    t->open();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Open, 10000);
    QVERIFY(t->canRelease());
    const QString target = QFileInfo(port).symLinkTarget();

    pty->end(); // unplugged; its link stays behind
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Waiting, 10000);
    // Other terminals: the kernel gives the lowest free number, so one of them gets the old
    // one while nothing holds it.
    testsupport::SocatPair other(m_dir.filePath(QStringLiteral("away-other")), m_dir.filePath(QStringLiteral("away-other-peer")));
    QVERIFY(other.ok());
    const bool reused = QFileInfo::exists(target);
    qInfo("the board's old terminal %s %s", qPrintable(target), reused ? "went to another pty" : "is free");

    auto saw = [&states](const QString &text) {
        for (const QList<QVariant> &args : states)
            if (args.at(1).toString().contains(text))
                return true;
        return false;
    };
    t->release(QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(saw(QStringLiteral("released")), 10000);
    t->reacquire();
    QTRY_VERIFY_WITH_TIMEOUT(saw(QStringLiteral("waiting up to")), 10000);
    const qsizetype statesBefore = states.size();
    QTest::qWait(3 * 100 + 200); // several polls: none may open the other terminal
    QCOMPARE(t->state(), Transport::State::Waiting);
    QCOMPARE(states.size(), statesBefore);

    pty = std::make_unique<testsupport::SocatPair>(port, peer); // the board's link made anew
    QVERIFY(pty->ok());
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Open, 10000);
    t->close();
}

void TestTransport::replayKeepsThePace()
{
    const QString file = m_dir.filePath(QStringLiteral("pace.pcapng"));
    CaptureWriter w;
    QVERIFY(w.open(file).ok());
    QVERIFY(w.addInterface(QStringLiteral("x")).ok());
    QVERIFY(w.write(0, Direction::FromDevice, 1'000'000, "a").ok());
    QVERIFY(w.write(0, Direction::FromDevice, 1'400'000, "b").ok()); // 400 ms later
    w.close();
    for (bool realtime : {true, false}) {
        TransportSettings s;
        s.kind = TransportSettings::Kind::Replay;
        s.file = file;
        s.realtime = realtime;
        std::unique_ptr<Transport> t(Transport::create(s));
        QSignalSpy bytes(t.get(), &Transport::bytesArrived);
        QSignalSpy closed(t.get(), &Transport::closed);
        t->open();
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
        QCOMPARE(received(bytes), QByteArray("ab"));
        const qint64 gapMs = (bytes[1].at(1).toLongLong() - bytes[0].at(1).toLongLong()) / 1000;
        if (realtime)
            QVERIFY2(gapMs >= 390, qPrintable(QString::number(gapMs)));
        else
            QVERIFY2(gapMs < 390, qPrintable(QString::number(gapMs)));
    }
}

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toLongLong() * 4096;
}

} // namespace

// A receiver that does not take the bytes (its thread busy for a second) while a 128 MiB capture
// replays as fast as it can: the worker stops at its limit instead of queueing everything, and
// once the receiver is back every byte arrives, in order.
void TestTransport::stalledReceiverKeepsMemoryBounded()
{
    const QString file = m_dir.filePath(QStringLiteral("big.pcapng"));
    CaptureWriter w;
    QVERIFY(w.open(file).ok());
    QVERIFY(w.addInterface(QStringLiteral("x")).ok());
    QByteArray piece(CaptureWriter::kMaxChunk, Qt::Uninitialized);
    constexpr int kPieces = 2048; // 128 MiB
    for (int i = 0; i < kPieces; ++i) {
        std::fill(piece.begin(), piece.end(), char(i));
        QVERIFY(w.write(0, Direction::FromDevice, i, piece).ok());
    }
    w.close();
    TransportSettings s;
    s.kind = TransportSettings::Kind::Replay;
    s.file = file;
    std::unique_ptr<Transport> t(Transport::create(s));
    qint64 received = 0, pieces = 0;
    bool inOrder = true;
    connect(t.get(), &Transport::bytesArrived, this, [&](const QByteArray &b) {
        for (qsizetype at = 0; at < b.size(); at += CaptureWriter::kMaxChunk, ++pieces)
            inOrder = inOrder && b[at] == char(pieces);
        received += b.size();
    });
    QSignalSpy closed(t.get(), &Transport::closed);
    const qint64 before = residentBytes();
    t->open();
    QThread::msleep(1000); // the receiver's thread is busy: nothing is taken meanwhile
    const qint64 stalled = residentBytes() - before;
    QVERIFY2(stalled < 48 * 1024 * 1024, qPrintable(QStringLiteral("%1 MB more while stalled").arg(stalled >> 20)));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 60000);
    QCOMPARE(received, qint64(kPieces) * CaptureWriter::kMaxChunk);
    QVERIFY(inOrder);
}

// A framed session over a project's transport (read_transport sized as the unframer asks): the
// echo server hands the host's own StartSessionInit back, which the host's session takes as a
// device starting one with that nonce and answers (both sides started: equal nonces restart).
// What matters here: the framed bytes make the round trip through base85 and the server whole.
void TestTransport::projectTransportCarriesASession()
{
    const QString dir = testsupport::fakeServerProject(m_dir.filePath(QStringLiteral("echo2")), QStringLiteral("echo"));
    projectapi::ProjectApiClient client;
    QVERIFY(client.start({dir}).ok());
    ProjectApiTransport t(&client, QJsonObject{}, QStringLiteral("project"));
    QSignalSpy bytes(&t, &Transport::bytesArrived);
    QSignalSpy written(&t, &Transport::bytesWritten);
    t.open();
    QTRY_COMPARE_WITH_TIMEOUT(t.state(), Transport::State::Open, 10000);
    QCOMPARE(t.timeouts().value(QLatin1String("session_start_timeout_sec")).toInt(), 0);
    HostSession host(&t, {0, 0});
    QSignalSpy problems(&host, &HostSession::problem);
    host.start(0x5A);
    // Every byte the host wrote comes back, in order, whatever the read sizes were.
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty() && received(bytes).size() >= received(written).size(), 10000);
    QCOMPARE(received(bytes).left(received(written).size()), received(written).left(received(bytes).size()));
    t.close();
    QSignalSpy closed(&t, &Transport::closed);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
}

// mtvw-cli monitor --capture, killed with SIGKILL while a peer streams: the capture reads back
// whole up to its last block, holds every byte the monitor printed, and those bytes are the
// peer's sequence from its start.
void TestTransport::captureSurvivesKill()
{
    const QString port = m_dir.filePath(QStringLiteral("kill-port")), peer = m_dir.filePath(QStringLiteral("kill-peer"));
    const QString capture = m_dir.filePath(QStringLiteral("kill.pcapng"));
    PtyPair pty(port, peer, {QStringLiteral("--send"), QStringLiteral("2000000")});
    QVERIFY(pty.ok());
    QProcess monitor;
    monitor.start(QStringLiteral(MTVW_CLI),
                  {QStringLiteral("monitor"), port, QStringLiteral("--hex"), QStringLiteral("--capture"), capture});
    QVERIFY(monitor.waitForStarted());
    QByteArray shown;
    while (shown.count('\n') < 2000 && monitor.waitForReadyRead(10000))
        shown += monitor.readAllStandardOutput();
    QVERIFY2(shown.count('\n') >= 2000, monitor.readAllStandardError().constData());
    ::kill(pid_t(monitor.processId()), SIGKILL);
    QVERIFY(monitor.waitForFinished(10000));
    shown += monitor.readAllStandardOutput();
    QByteArray captured;
    const Result<void> read = CaptureReader::readFile(capture, [&captured](const CaptureChunk &c) { captured += c.bytes; });
    Q_UNUSED(read); // cut inside its last block or not: what came before is read either way
    // Every byte the monitor printed (hex rows of 16) is in the capture.
    qsizetype rows = 0;
    for (const QByteArray &line : shown.split('\n')) {
        if (line.size() < 58)
            continue;
        const qint64 offset = line.left(8).toLongLong(nullptr, 16);
        const QByteArray row = QByteArray::fromHex(line.mid(10, 48).replace(' ', ""));
        QVERIFY2(offset + row.size() <= captured.size(), qPrintable(QString::number(offset)));
        QCOMPARE(captured.mid(offset, row.size()), row);
        ++rows;
    }
    QVERIFY(rows >= 2000);
    for (qsizetype i = 0; i < captured.size(); ++i)
        if (quint8(captured[i]) != quint8((i * 7) % 251))
            QFAIL(qPrintable(QStringLiteral("byte %1 of the capture is not the peer's").arg(i)));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
