#include "../crtpeer.h"
#include "../socatpair.h"
#include "../testsupport.h"
#include "../wiretranscript.h"
#include "transport/capturewriter.h"
#include "transport/hostsession.h"
#include "transport/transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw;
using namespace mtvw::transport;

namespace {

const QString kPeer = testsupport::crtPeerScript();

std::unique_ptr<Transport> device(const QStringList &args)
{
    return testsupport::crtPeer(args);
}

} // namespace

// The host side of a session (spec 4.3) against a device written apart from the workbench
// (tests/data/crtpeer.py), on a subprocess and on a socat pseudo-terminal.
class TestHostSession : public QObject
{
    Q_OBJECT
private slots:
    void connects();
    void retriesUntilAnswered();
    void startTimesOut();
    void rebootEndsTheSession();
    void normalMessagesBothWays();
    void transcriptThroughAPty();
    void portGoneEndsTheSession();
};

void TestHostSession::connects()
{
    auto t = device({});
    HostSession host(t.get(), {2, 5});
    QSignalSpy established(&host, &HostSession::established);
    QSignalSpy logs(&host, &HostSession::logReceived);
    t->open();
    host.start(0x5A);
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    QCOMPARE(host.attempts(), 1);
    // The device answers the nonce the host sent (0x5A regenerated: 0x43) with its own.
    QCOMPARE(host.sessionId() & 0xFF, 0x43);
    QVERIFY((host.sessionId() >> 8) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!logs.isEmpty(), 10000);
    QCOMPARE(logs.first().first().toString(), QStringLiteral("microTVM Zephyr runtime - running"));
}

// Spec 4.3: the handshake is sent again every R seconds with a new nonce until the device
// answers; measured by attempts, not by time.
void TestHostSession::retriesUntilAnswered()
{
    auto t = device({QStringLiteral("--ignore"), QStringLiteral("2")});
    HostSession host(t.get(), {0.2, 10});
    QSignalSpy established(&host, &HostSession::established);
    t->open();
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    QCOMPARE(host.attempts(), 3);
}

// R = 0.2 s, S = 0.5 s: attempts at 0, 0.2 and 0.4 s, then the start timeout (TVM's wording).
void TestHostSession::startTimesOut()
{
    auto t = device({QStringLiteral("--never")});
    HostSession host(t.get(), {0.2, 0.5});
    QSignalSpy ended(&host, &HostSession::ended);
    QSignalSpy established(&host, &HostSession::established);
    t->open();
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    const Error e = ended.first().first().value<Error>();
    QCOMPARE(e.code(), Error::Code::Timeout);
    QVERIFY2(e.message().contains(QLatin1String("session start handshake failed after 0.5 s")), qPrintable(e.message()));
    QCOMPARE(host.attempts(), 3);
    QVERIFY(established.isEmpty());
}

void TestHostSession::rebootEndsTheSession()
{
    auto t = device({QStringLiteral("--reboot")});
    HostSession host(t.get(), {2, 5});
    QSignalSpy established(&host, &HostSession::established);
    QSignalSpy logs(&host, &HostSession::logReceived);
    QSignalSpy ended(&host, &HostSession::ended);
    t->open();
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    QCOMPARE(established.size(), 1);
    QCOMPARE(ended.first().first().value<Error>().code(), Error::Code::Remote);
    QCOMPARE(logs.last().first().toString(), QStringLiteral("about to reboot"));
    QVERIFY(!host.sendNormal("x").ok()); // no session any more
}

void TestHostSession::normalMessagesBothWays()
{
    auto t = device({QStringLiteral("--echo")});
    HostSession host(t.get(), {2, 5});
    QVERIFY(!host.sendNormal("too early").ok());
    QSignalSpy established(&host, &HostSession::established);
    QSignalSpy normal(&host, &HostSession::normalReceived);
    t->open();
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    const QByteArray packet = QByteArray("\x10\xff\xfd\xfe\x00 rpc", 9);
    QVERIFY(host.sendNormal(packet).ok());
    QTRY_COMPARE_WITH_TIMEOUT(normal.size(), 1, 10000);
    QCOMPARE(normal.first().first().toByteArray(), packet);
}

// The spec's whole transcript (5.3) over a real pseudo-terminal: the Python device checks that
// every host block arrives byte for byte (our framer and session on the wire) and answers with
// the device blocks; every reply the host receives is the transcript's RPC reply. The capture
// of it decodes in mtvw-cli decode and in tshark with the project's dissector.
void TestHostSession::transcriptThroughAPty()
{
    const QList<testsupport::TranscriptBlock> blocks = testsupport::sessionTranscript();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    QTemporaryDir dir;
    const QString port = dir.filePath(QStringLiteral("board")), peerEnd = dir.filePath(QStringLiteral("peer"));
    testsupport::SocatPair socat(port, peerEnd);
    QVERIFY(socat.ok());
    // The host opens its side first, so no byte of the device's boot is lost.
    TransportSettings s;
    s.port = port;
    std::unique_ptr<Transport> t(Transport::create(s));
    const QString capturePath = dir.filePath(QStringLiteral("session.pcapng"));
    CaptureWriter capture;
    QVERIFY(capture.open(capturePath).ok());
    QVERIFY(capture.addInterface(t->name()).ok());
    connect(t.get(), &Transport::bytesArrived, this,
            [&capture](const QByteArray &b, qint64 us) { QVERIFY(capture.write(0, Direction::FromDevice, us, b).ok()); });
    connect(t.get(), &Transport::bytesWritten, this,
            [&capture](const QByteArray &b, qint64 us) { QVERIFY(capture.write(0, Direction::FromHost, us, b).ok()); });
    t->open();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Open, 10000);
    QProcess peer;
    peer.start(QStringLiteral("python3"),
               {kPeer, QStringLiteral("--pty"), peerEnd, QStringLiteral("--transcript"), testsupport::specFile()});
    QVERIFY(peer.waitForStarted());

    HostSession host(t.get(), {0, 0}); // wait for the reply as long as it takes, as the host CRT does
    QSignalSpy established(&host, &HostSession::established);
    QSignalSpy normal(&host, &HostSession::normalReceived);
    QSignalSpy logs(&host, &HostSession::logReceived);
    host.start(0x5A);
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    QCOMPARE(host.sessionId(), quint16(0x8543));
    // Each RPC request of the transcript; its reply, when it has one, is the transcript's.
    int replies = 0;
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        const auto &b = *it;
        if (b.wire || !b.request)
            continue;
        QVERIFY(host.sendNormal(b.bytes).ok());
        // Its reply: the next reply block of the same step (labels repeat: three allocations).
        const auto nextRequest =
            std::find_if(it + 1, blocks.end(), [](const testsupport::TranscriptBlock &r) { return !r.wire && r.request; });
        const auto reply = std::find_if(it + 1, nextRequest, [&b](const testsupport::TranscriptBlock &r) {
            return !r.wire && !r.request && r.label == b.label;
        });
        if (reply == nextRequest)
            continue; // Shutdown: no answer
        QTRY_COMPARE_WITH_TIMEOUT(normal.size(), replies + 1, 10000);
        QCOMPARE(normal.last().first().toByteArray().toHex(' '), reply->bytes.toHex(' '));
        ++replies;
    }
    QVERIFY(replies > 15);
    QCOMPARE(logs.first().first().toString(), QStringLiteral("microTVM Zephyr runtime - running"));
    QByteArray peerSaid;
    QTRY_VERIFY2_WITH_TIMEOUT((peerSaid += peer.readAllStandardError()).contains("transcript played") ||
                                  peer.state() == QProcess::NotRunning,
                              peerSaid.constData(), 10000);
    t->close();
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QProcess::NotRunning, 10000);
    QCOMPARE(peer.exitCode(), 0);
    capture.close();

    // The capture, decoded by mtvw-cli and by tshark with the dissector: every message, none wrong.
    QProcess decode;
    decode.start(QStringLiteral(MTVW_CLI), {QStringLiteral("decode"), capturePath, QStringLiteral("--json")});
    QVERIFY(decode.waitForFinished(30000));
    const QJsonObject doc = QJsonDocument::fromJson(decode.readAllStandardOutput()).object();
    QVERIFY(doc[QStringLiteral("error")].isNull());
    int rpcRecords = 0;
    for (const QJsonValue r : doc[QStringLiteral("records")].toArray()) {
        QVERIFY2(r[QStringLiteral("problem")].isNull(), qPrintable(r[QStringLiteral("problem")].toString()));
        rpcRecords += r[QStringLiteral("layer")] == QLatin1String("rpc");
    }
    QCOMPARE(rpcRecords, replies * 2 + 1); // every request and reply, and the Shutdown
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
        QFAIL("tshark is missing: ./dev.sh setup installs it (packages.txt)");
    QProcess tshark;
    tshark.start(QStringLiteral("tshark"),
                 {QStringLiteral("-X"), QStringLiteral("lua_script:" MTVW_SOURCE_DIR "/resources/wireshark/microtvm.lua"),
                  QStringLiteral("-r"), capturePath, QStringLiteral("-2"), QStringLiteral("-T"), QStringLiteral("fields"),
                  QStringLiteral("-E"), QStringLiteral("occurrence=f"), QStringLiteral("-e"), QStringLiteral("microtvm.rpc.code"),
                  QStringLiteral("-Y"), QStringLiteral("microtvm.rpc.code")});
    QVERIFY(tshark.waitForFinished(60000));
    const QStringList rows = QString::fromUtf8(tshark.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    int dissected = 0;
    for (const QString &row : rows)
        dissected += int(row.count(QLatin1Char(',')) + 1);
    QCOMPARE(dissected, rpcRecords);
}

// A board whose port goes away while the session is up (it reset; a native USB port
// re-enumerates) ends the session: its boot announcement was sent while the port was gone.
void TestHostSession::portGoneEndsTheSession()
{
    QTemporaryDir dir;
    const QString port = dir.filePath(QStringLiteral("board")), peerEnd = dir.filePath(QStringLiteral("peer"));
    testsupport::SocatPair socat(port, peerEnd);
    QVERIFY(socat.ok());
    TransportSettings s;
    s.port = port;
    std::unique_ptr<Transport> t(Transport::create(s));
    t->open();
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), Transport::State::Open, 10000);
    QProcess peer;
    peer.start(QStringLiteral("python3"), {kPeer, QStringLiteral("--pty"), peerEnd});
    QVERIFY(peer.waitForStarted());
    HostSession host(t.get(), {0.5, 10});
    QSignalSpy established(&host, &HostSession::established);
    QSignalSpy ended(&host, &HostSession::ended);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
    peer.kill();
    socat.end(); // unplugged
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    QCOMPARE(ended.first().first().value<Error>().code(), Error::Code::Remote);
    QVERIFY(!host.isEstablished());
    peer.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestHostSession)
#include "tst_hostsession.moc"
