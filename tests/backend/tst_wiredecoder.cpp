#include "../wiretranscript.h"
#include "micro/framer.h"
#include "micro/sessionmessage.h"
#include "micro/wiredecoder.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace mtvw::micro;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QString between(const QString &s, const QString &a, const QString &b)
{
    const qsizetype i = s.indexOf(a);
    if (i < 0)
        return {};
    const qsizetype j = s.indexOf(b, i + a.size());
    return s.mid(i + a.size(), j < 0 ? -1 : j - i - a.size());
}

} // namespace

class TestWireDecoder : public QObject
{
    Q_OBJECT
private slots:
    void nonces();
    void sessionVectors();
    void transcript_data();
    void transcript();
    void sessionProblems();
    void rpcProblems_data();
    void rpcProblems();
    void textLines();
};

// Spec 4.2: the sequence from 0x5A, and TVM's golden nonce 0x3C.
void TestWireDecoder::nonces()
{
    QList<int> seq;
    quint8 n = 0x5A;
    for (int i = 0; i < 6; ++i)
        seq << (n = SessionMessage::nextNonce(n));
    QCOMPARE(seq, (QList<int>{0x43, 0x63, 0x64, 0x84, 0x85, 0xA5}));
    QCOMPARE(SessionMessage::nextNonce(0x3C), quint8(0x82));
    QVERIFY(SessionMessage::nextNonce(0xFF) != 0);
}

// Spec 4.2's session vectors, framed by our framer.
void TestWireDecoder::sessionVectors()
{
    Framer device, host;
    QCOMPARE(device.frame(SessionMessage::encode(0, SessionMessage::TerminateSession)),
             hex("fe ff fd 03 00 00 00 00 00 02 66 77"));
    QCOMPARE(device.frame(SessionMessage::encode(0, SessionMessage::Log, "microTVM Zephyr runtime - running")),
             hex("ff fd 24 00 00 00 00 00 03 6d 69 63 72 6f 54 56 4d 20 5a 65 70 68 79 72 20 72 75 6e 74 69 6d 65 "
                 "20 2d 20 72 75 6e 6e 69 6e 67 26 4c"));
    host.frame(SessionMessage::encode(0, SessionMessage::TerminateSession));
    QCOMPARE(host.frame(SessionMessage::encode(0x0043, SessionMessage::StartSessionInit, "\x01")),
             hex("ff fd 04 00 00 00 43 00 00 01 6b 2c"));
    QCOMPARE(device.frame(SessionMessage::encode(0x8543, SessionMessage::StartSessionReply, "\x01")),
             hex("ff fd 04 00 00 00 43 85 01 01 f0 cf"));
    QCOMPARE(host.frame(SessionMessage::encode(0x8543, SessionMessage::Normal, hex("de ad be ef"))),
             hex("ff fd 07 00 00 00 43 85 10 de ad be ef 15 7d"));
    QCOMPARE(device.frame(SessionMessage::encode(0, SessionMessage::Log, "hi")), hex("ff fd 05 00 00 00 00 00 03 68 69 1a 8f"));
    Framer golden;
    golden.frame({});
    QCOMPARE(golden.frame(SessionMessage::encode(SessionMessage::nextNonce(0x3C), SessionMessage::StartSessionInit, "\x01")),
             hex("ff fd 04 00 00 00 82 00 00 01 7b e9"));
    auto m = SessionMessage::parse(hex("43 85 10 de ad"));
    QVERIFY(m.ok());
    QCOMPARE(m->initiatorNonce(), quint8(0x43));
    QCOMPARE(m->responderNonce(), quint8(0x85));
    QCOMPARE(m->type, quint8(SessionMessage::Normal));
    QCOMPARE(m->body, hex("de ad"));
    QVERIFY(!SessionMessage::parse(hex("43 85")).ok());
}

void TestWireDecoder::transcript_data()
{
    QTest::addColumn<int>("pieces"); // 0: each block whole; n: random pieces of 1..n bytes
    QTest::newRow("whole blocks") << 0;
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("random pieces") << 7;
}

// The spec's complete session (5.3), decoded message by message: every name, handle and value
// checked against the transcript's own labels and bytes.
void TestWireDecoder::transcript()
{
    QFETCH(int, pieces);
    const QList<testsupport::TranscriptBlock> blocks = testsupport::sessionTranscript();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    WireDecoder decoder;
    QRandomGenerator gen(11);
    qint64 offset[2] = {0, 0};
    struct Expect
    {
        testsupport::TranscriptBlock block;
        qint64 begin, end;
        QList<WireRecord> records;
        QByteArray rpcPacket; // the "(inside Normal msg)" block of the same step and direction
    };
    QHash<QPair<QString, bool>, QByteArray> packets; // (label, request) -> the RPC packet
    for (const auto &b : blocks)
        if (!b.wire)
            packets.insert({b.label, b.request}, b.bytes);
    QList<Expect> steps;
    for (const auto &b : blocks) {
        if (!b.wire)
            continue;
        Expect e{b, offset[b.fromHost], offset[b.fromHost] + b.bytes.size(), {}, packets.value({b.label, b.fromHost})};
        offset[b.fromHost] += b.bytes.size();
        const Direction d = b.fromHost ? Direction::FromHost : Direction::FromDevice;
        for (qsizetype at = 0; at < b.bytes.size();) {
            const qsizetype n = pieces ? std::min<qsizetype>(1 + gen.bounded(pieces), b.bytes.size() - at) : b.bytes.size();
            decoder.feed(d, QByteArrayView(b.bytes).sliced(at, n), 1000 + steps.size(), e.records);
            at += n;
        }
        steps << e;
    }
    QList<WireRecord> tail;
    decoder.finish(tail);
    QVERIFY(tail.isEmpty());
    QVERIFY(steps.size() > 30);

    int rpcChecked = 0;
    for (const Expect &e : std::as_const(steps)) {
        const QString what = e.block.label + (e.block.fromHost ? QStringLiteral(" (host)") : QStringLiteral(" (device)"));
        if (e.block.bytes.isEmpty()) {
            QVERIFY2(e.records.isEmpty(), qPrintable(what));
            continue;
        }
        QVERIFY2(!e.records.isEmpty(), qPrintable(what));
        for (const WireRecord &r : e.records) {
            QVERIFY2(r.problem.isEmpty(), qPrintable(what + QStringLiteral(": ") + r.problem));
            QCOMPARE(r.direction, e.block.fromHost ? Direction::FromHost : Direction::FromDevice);
            QVERIFY(r.timeUs >= 1000);
        }
        // The records tile the block: the first starts at it (after a leading FE nop), the last ends with it.
        QCOMPARE(e.records.first().begin, e.begin + (e.block.bytes.startsWith('\xfe') ? 1 : 0));
        QCOMPARE(e.records.last().end, e.end);
        const WireRecord &r = e.records.last();
        const QString label = e.block.label;
        if (label.startsWith(QLatin1String("device boot"))) {
            QCOMPARE(e.records.size(), 2);
            QCOMPARE(e.records[0].type, QStringLiteral("TerminateSession"));
            QCOMPARE(r.type, QStringLiteral("Log"));
            QCOMPARE(r.summary, QStringLiteral("microTVM Zephyr runtime - running"));
        } else if (label == QLatin1String("device reply")) {
            QCOMPARE(r.type, QStringLiteral("StartSessionReply"));
            QVERIFY2(r.summary.contains(QLatin1String("0x8543")), qPrintable(r.summary));
        } else if (label.startsWith(QLatin1String("host Initialize"))) {
            QCOMPARE(e.records.size(), 2);
            QCOMPARE(e.records[0].type, QStringLiteral("TerminateSession"));
            QCOMPARE(r.type, QStringLiteral("StartSessionInit"));
        } else {
            QVERIFY2(!e.rpcPacket.isEmpty() || label == QLatin1String("Shutdown"), qPrintable(what));
            QCOMPARE(r.layer, WireRecord::Layer::Rpc);
            QCOMPARE(r.sessionId, quint16(0x8543));
            ++rpcChecked;
        }
        if (label.startsWith(QLatin1String("GetGlobalFunc "))) {
            const QString name = label.section(QLatin1Char(' '), 1);
            if (e.block.fromHost) {
                QCOMPARE(r.type, QStringLiteral("GetGlobalFunc"));
                QCOMPARE(r.summary, QStringLiteral("GetGlobalFunc(\"%1\")").arg(name));
            } else if (name == QLatin1String("no.such.func")) {
                QVERIFY2(r.summary.contains(QLatin1String("handle 0")), qPrintable(r.summary));
            } else {
                // The handle the reply packet holds (its last 8 bytes), with the name it now stands for.
                const quint64 handle = qFromLittleEndian<quint64>(e.rpcPacket.constData() + e.rpcPacket.size() - 8);
                QCOMPARE(r.summary, QStringLiteral("Return handle 0x%1 (%2)").arg(handle, 0, 16).arg(name));
            }
        }
        if (label.startsWith(QLatin1String("CallFunc ")) && e.block.fromHost) {
            QCOMPARE(r.type, QStringLiteral("CallFunc"));
            const QString callee = between(label, QStringLiteral("CallFunc "), QStringLiteral("("));
            if (label == QLatin1String("CallFunc invalid handle"))
                QVERIFY2(r.summary.startsWith(QLatin1String("CallFunc 0x")), qPrintable(r.summary));
            else if (callee == QLatin1String("<timer func>"))
                QVERIFY2(r.summary.startsWith(QLatin1String("CallFunc timer of add(")), qPrintable(r.summary));
            else
                QVERIFY2(r.summary.section(QLatin1Char('('), 0, 0).endsWith(callee), qPrintable(r.summary));
        }
        if (label == QLatin1String("CallFunc invalid handle") && !e.block.fromHost) {
            QCOMPARE(r.type, QStringLiteral("Exception"));
            QVERIFY2(r.summary.contains(QLatin1String("invalid function index")), qPrintable(r.summary));
        }
        if (label == QLatin1String("CallFunc GetCRTMaxPacketSize()") && !e.block.fromHost)
            QVERIFY2(r.summary.contains(QString::number(2048 - 11)), qPrintable(r.summary)); // host CRT's buffer − 11
        if (label.startsWith(QLatin1String("CallFunc <timer")) && !e.block.fromHost) {
            // The reply's bytes: one double per repeat, seconds per call.
            const QByteArray repeats = e.rpcPacket.right(24);
            for (int k = 0; k < 3; ++k) {
                const double ms = qFromLittleEndian<double>(repeats.constData() + 8 * k) * 1000;
                QVERIFY2(r.summary.contains(QString::number(ms, 'g', 6)), qPrintable(r.summary));
            }
            QVERIFY(r.summary.contains(QLatin1String("ms per call")));
        }
        if (label == QLatin1String("CopyFromRemote C") && !e.block.fromHost) {
            QCOMPARE(r.type, QStringLiteral("CopyAck"));
            QVERIFY2(r.summary.endsWith(QString::fromLatin1(e.rpcPacket.right(4).toHex(' '))), qPrintable(r.summary));
        }
        if (label.startsWith(QLatin1String("CopyToRemote")) && e.block.fromHost)
            QCOMPARE(r.type, QStringLiteral("CopyToRemote"));
        if (label == QLatin1String("Shutdown"))
            QCOMPARE(r.type, QStringLiteral("Shutdown"));
    }
    QVERIFY2(rpcChecked > 30, qPrintable(QString::number(rpcChecked)));
}

void TestWireDecoder::sessionProblems()
{
    Framer device, host;
    WireDecoder d;
    QList<WireRecord> out;
    auto fromHost = [&](quint16 id, quint8 type, QByteArrayView body = {}) {
        d.feed(Direction::FromHost, host.frame(SessionMessage::encode(id, type, body)), 1, out);
    };
    auto fromDevice = [&](quint16 id, quint8 type, QByteArrayView body = {}) {
        d.feed(Direction::FromDevice, device.frame(SessionMessage::encode(id, type, body)), 1, out);
    };
    // A device's boot announcement that crosses the host's StartSessionInit leaves it pending.
    fromHost(0x0011, SessionMessage::StartSessionInit, "\x01");
    fromDevice(0, SessionMessage::TerminateSession);
    fromDevice(0x2211, SessionMessage::StartSessionReply, "\x01");
    QVERIFY2(out.last().problem.isEmpty(), qPrintable(out.last().problem));
    fromHost(0, SessionMessage::TerminateSession); // the host resets
    fromHost(0x0012, SessionMessage::Normal, "x"); // before any session
    QVERIFY2(out.last().problem.contains(QLatin1String("outside a session")), qPrintable(out.last().problem));
    fromHost(0x0043, SessionMessage::StartSessionInit, "\x01");
    fromDevice(0x8544, SessionMessage::StartSessionReply, "\x01"); // wrong nonce
    QVERIFY2(out.last().problem.contains(QLatin1String("0x44")) && out.last().problem.contains(QLatin1String("0x43")),
             qPrintable(out.last().problem));
    fromDevice(0x8543, SessionMessage::StartSessionReply, "\x01");
    QVERIFY(out.last().problem.isEmpty());
    fromHost(0x8500, SessionMessage::Normal, "x"); // stale id
    QVERIFY2(out.last().problem.contains(QLatin1String("0x8500")), qPrintable(out.last().problem));
    fromDevice(0, SessionMessage::TerminateSession); // a reboot
    QVERIFY2(out.last().problem.contains(QLatin1String("reboot")), qPrintable(out.last().problem));
    fromDevice(0, 0x42);
    QVERIFY2(out.last().type.contains(QLatin1String("0x42")), qPrintable(out.last().type));
    QVERIFY(!out.last().problem.isEmpty());
}

void TestWireDecoder::rpcProblems_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown code") << hex("04 00 00 00 00 00 00 00 63 00 00 00") << QStringLiteral("unknown RPC code 99");
    QTest::newRow("unknown type code") << hex("0c 00 00 00 00 00 00 00 09 00 00 00 01 00 00 00 2a 00 00 00")
                                       << QStringLiteral("unknown type code 42");
    QTest::newRow("short") << hex("05 00 00") << QStringLiteral("needs 12 bytes");
    QTest::newRow("length lies") << hex("40 00 00 00 00 00 00 00 01 00 00 00") << QStringLiteral("64 bytes follow");
    QTest::newRow("string past the end")
        << hex("18 00 00 00 00 00 00 00 09 00 00 00 01 00 00 00 0b 00 00 00 ff 00 00 00 00 00 00 00 61")
        << QStringLiteral("ends at byte");
    QTest::newRow("too many args") << hex("0c 00 00 00 00 00 00 00 09 00 00 00 ff ff ff 7f")
                                   << QStringLiteral("2147483647 arguments");
    QTest::newRow("ndarray on the wire") << hex("0c 00 00 00 00 00 00 00 09 00 00 00 01 00 00 00 0d 00 00 00")
                                         << QStringLiteral("not allowed");
}

void TestWireDecoder::rpcProblems()
{
    QFETCH(QByteArray, packet);
    QFETCH(QString, problem);
    Framer host, device;
    WireDecoder d;
    QList<WireRecord> out;
    d.feed(Direction::FromHost, host.frame(SessionMessage::encode(0x43, SessionMessage::StartSessionInit, "\x01")), 1, out);
    d.feed(Direction::FromDevice, device.frame(SessionMessage::encode(0x8543, SessionMessage::StartSessionReply, "\x01")), 1,
           out);
    d.feed(Direction::FromHost, host.frame(SessionMessage::encode(0x8543, SessionMessage::Normal, packet)), 1, out);
    QCOMPARE(out.last().layer, WireRecord::Layer::Rpc);
    QVERIFY2(out.last().problem.contains(problem), qPrintable(out.last().problem));
}

// Unframed text (a firmware's own prints) comes out a line at a time, however it arrives; NULs
// (the AOT demo sends one after each reply) are dropped; a line with no end is capped.
void TestWireDecoder::textLines()
{
    WireDecoder d;
    QList<WireRecord> out;
    const QByteArray text = QByteArray("wakeup\n") + '\0' + "result:2:87\r\npartial";
    for (char c : text)
        d.feed(Direction::FromDevice, QByteArrayView(&c, 1), 5, out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].summary, QStringLiteral("wakeup"));
    QCOMPARE(out[0].layer, WireRecord::Layer::Text);
    QCOMPARE(out[1].summary, QStringLiteral("result:2:87"));
    QCOMPARE(out[1].begin, 7); // the NUL starts it
    d.finish(out);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[2].summary, QStringLiteral("partial"));
    out.clear();
    d.feed(Direction::FromDevice, QByteArray(3 * WireDecoder::kMaxTextLine, 'x'), 6, out);
    QCOMPARE(out.size(), 3);
    for (const WireRecord &r : out)
        QCOMPARE(r.end - r.begin, WireDecoder::kMaxTextLine);
}

QTEST_GUILESS_MAIN(TestWireDecoder)
#include "tst_wiredecoder.moc"
