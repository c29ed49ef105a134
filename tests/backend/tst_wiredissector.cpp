#include "../wiretranscript.h"
#include "micro/crc16.h"
#include "micro/framer.h"
#include "micro/rpcdecoder.h"
#include "micro/sessionmessage.h"
#include "micro/wiredecoder.h"
#include "micro/wiredissector.h"

#include <QTest>
#include <QtEndian>

using namespace mtvw::micro;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

// Wire bytes back to what they carry, written apart from the dissector: FF FF is one FF, FF FE
// is nothing.
QByteArray unescape(QByteArrayView raw)
{
    QByteArray out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (quint8(raw[i]) == 0xFF && i + 1 < raw.size()) {
            if (quint8(raw[i + 1]) == 0xFF)
                out.append('\xff');
            ++i;
            continue;
        }
        out.append(raw[i]);
    }
    return out;
}

const WireField *find(const QList<WireField> &fields, const QString &label)
{
    for (const WireField &f : fields) {
        if (f.label == label)
            return &f;
        if (const WireField *inner = find(f.children, label))
            return inner;
    }
    return nullptr;
}

const WireField *root(const QList<WireField> &roots, const QString &label)
{
    for (const WireField &f : roots)
        if (f.label == label)
            return &f;
    return nullptr;
}

QByteArray bytesOf(QByteArrayView raw, const WireField *f)
{
    return f ? raw.sliced(f->begin, f->end - f->begin).toByteArray() : QByteArray();
}

// Every range within the message and within its parent; no field marked wrong unless allowed.
void checkRanges(const QList<WireField> &fields, qint64 begin, qint64 end, int *problems)
{
    for (const WireField &f : fields) {
        QVERIFY2(
            f.begin >= begin && f.end <= end && f.begin <= f.end,
            qPrintable(QStringLiteral("%1 [%2, %3) outside [%4, %5)").arg(f.label).arg(f.begin).arg(f.end).arg(begin).arg(end)));
        *problems += f.problem;
        checkRanges(f.children, f.begin, f.end, problems);
    }
}

void leaves(const QList<WireField> &fields, QList<const WireField *> &out)
{
    for (const WireField &f : fields) {
        if (f.children.isEmpty())
            out << &f;
        leaves(f.children, out);
    }
}

struct Message
{
    QString label;
    bool fromHost = false;
    QByteArray raw;    // one packet as on the wire
    QByteArray packet; // the RPC packet it carries, from the transcript ("inside Normal msg")
};

// The transcript's wire blocks cut into their packets: every FF FD that is not an escaped FF
// followed by FD starts one.
QList<Message> transcriptMessages()
{
    const auto blocks = testsupport::sessionTranscript();
    QHash<QPair<QString, bool>, QList<QByteArray>> packets;
    for (const auto &b : blocks)
        if (!b.wire)
            packets[{b.label, b.request}] << b.bytes;
    QHash<QPair<QString, bool>, int> used;
    QList<Message> out;
    for (const auto &b : blocks) {
        if (!b.wire || b.bytes.isEmpty())
            continue;
        QList<qsizetype> starts;
        for (qsizetype i = 0; i + 1 < b.bytes.size(); ++i) {
            if (quint8(b.bytes[i]) != 0xFF)
                continue;
            if (quint8(b.bytes[i + 1]) == 0xFD)
                starts << i;
            ++i; // FF FF: an escaped FF, never a start
        }
        const auto key = qMakePair(b.label, b.fromHost);
        for (qsizetype k = 0; k < starts.size(); ++k) {
            Message m;
            m.label = b.label;
            m.fromHost = b.fromHost;
            m.raw = b.bytes.mid(starts[k], (k + 1 < starts.size() ? starts[k + 1] : b.bytes.size()) - starts[k]);
            const QList<QByteArray> &list = packets.value(key);
            if (starts.size() == 1 && !list.isEmpty())
                m.packet = list.value(std::min<int>(used[key]++, int(list.size()) - 1));
            out << m;
        }
    }
    return out;
}

} // namespace

class TestWireDissector : public QObject
{
    Q_OBJECT
private slots:
    void transcript_data();
    void transcript();
    void linkedBothWays();
    void escapesAndNops();
    void broken_data();
    void broken();
    void text();
    void capped();
};

void TestWireDissector::transcript_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<QString>("label");
    const QList<Message> messages = transcriptMessages();
    if (messages.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    int n = 0;
    for (const Message &m : messages)
        QTest::addRow("%02d %s %s", n++, m.fromHost ? "host" : "device", qPrintable(m.label)) << m.raw << m.packet << m.label;
}

// Each message of the spec's 5.3 transcript: every field inside the packet and inside its
// parent, nothing marked wrong, and the bytes of the fields that matter are what the
// transcript says they are.
void TestWireDissector::transcript()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, packet);
    QFETCH(QString, label);
    // The names a session learns by the time each message comes, from the whole transcript.
    RpcDecoder rpc;
    for (const Message &m : transcriptMessages())
        if (!m.packet.isEmpty())
            rpc.decode(m.packet, m.fromHost);
    const QList<WireField> roots = WireDissector::dissect(raw, rpc.names());
    int problems = 0;
    checkRanges(roots, 0, raw.size(), &problems);
    QCOMPARE(problems, 0);

    const WireField *framing = root(roots, QStringLiteral("Framing"));
    QVERIFY(framing);
    QCOMPARE(framing->begin, 0);
    QCOMPARE(framing->end, raw.size());
    QCOMPARE(bytesOf(raw, find(framing->children, QStringLiteral("Start of packet"))), hex("ff fd"));
    const WireField *crc = find(framing->children, QStringLiteral("CRC"));
    QVERIFY(crc);
    QCOMPARE(crc->end, raw.size());
    QCOMPARE(bytesOf(raw, crc), raw.right(crc->end - crc->begin));
    const QByteArray crcBytes = unescape(bytesOf(raw, crc));
    QCOMPARE(crcBytes.size(), 2);
    QCOMPARE(crcBytes, unescape(raw).right(2)); // the frame's last two bytes, as sent
    const QByteArray length = unescape(bytesOf(raw, find(framing->children, QStringLiteral("Length"))));
    QCOMPARE(length.size(), 4);
    const QByteArray payload = unescape(bytesOf(raw, find(framing->children, QStringLiteral("Payload"))));
    QCOMPARE(qFromLittleEndian<quint32>(length.constData()), quint32(payload.size()));
    QCOMPARE(WireDissector::payload(raw), payload);

    const WireField *session = root(roots, QStringLiteral("Session"));
    QVERIFY(session);
    QCOMPARE(unescape(bytesOf(raw, session)), payload);
    QCOMPARE(unescape(bytesOf(raw, find(session->children, QStringLiteral("Session id")))), payload.first(2));
    QCOMPARE(unescape(bytesOf(raw, find(session->children, QStringLiteral("Message type")))), payload.sliced(2, 1));
    const quint8 type = quint8(payload[2]);
    if (type == SessionMessage::Log)
        QCOMPARE(bytesOf(raw, find(session->children, QStringLiteral("Text"))), payload.sliced(3));
    if (type == SessionMessage::StartSessionInit || type == SessionMessage::StartSessionReply)
        QCOMPARE(bytesOf(raw, find(session->children, QStringLiteral("Version"))), hex("01"));

    const WireField *rpcRoot = root(roots, QStringLiteral("RPC"));
    QCOMPARE(rpcRoot != nullptr, type == SessionMessage::Normal);
    if (!rpcRoot)
        return;
    QVERIFY(!packet.isEmpty());
    QCOMPARE(unescape(bytesOf(raw, rpcRoot)), packet);
    QCOMPARE(unescape(bytesOf(raw, find(rpcRoot->children, QStringLiteral("Packet length")))), packet.first(8));
    const WireField *code = find(rpcRoot->children, QStringLiteral("Code"));
    QCOMPARE(unescape(bytesOf(raw, code)), packet.sliced(8, 4));
    const qint32 codeValue = qFromLittleEndian<qint32>(packet.constData() + 8);
    QVERIFY(code->value.contains(RpcDecoder::codeName(codeValue)));
    // A request by name: the name argument's bytes spell the name of the label.
    if (label.startsWith(QLatin1String("GetGlobalFunc ")) && codeValue == 9) {
        const QString name = label.section(QLatin1Char(' '), 1);
        const WireField *arg = find(rpcRoot->children, QStringLiteral("Name (str)"));
        QVERIFY(arg);
        QCOMPARE(QString::fromLatin1(bytesOf(raw, find(arg->children, QStringLiteral("Text")))), name);
        const QByteArray nameLength = unescape(bytesOf(raw, find(arg->children, QStringLiteral("Length"))));
        QCOMPARE(nameLength.size(), 8);
        QCOMPARE(qFromLittleEndian<quint64>(nameLength.constData()), quint64(name.size()));
    }
    // A call: the function's handle, named when the session learnt it.
    if (codeValue == 3) {
        const WireField *function = find(rpcRoot->children, QStringLiteral("Function"));
        QCOMPARE(unescape(bytesOf(raw, function)), packet.sliced(12, 8));
        const quint64 handle = qFromLittleEndian<quint64>(packet.constData() + 12);
        if (rpc.names().contains(handle))
            QVERIFY2(function->value.contains(rpc.names().value(handle)), qPrintable(function->value));
        const QString called = label.section(QLatin1Char(' '), 1).section(QLatin1Char('('), 0, 0);
        if (called.contains(QLatin1Char('.')))
            QVERIFY2(function->value.contains(called), qPrintable(function->value));
    }
    // An exception: its text is the string on the wire.
    if (codeValue == 5) {
        const WireField *message = find(rpcRoot->children, QStringLiteral("Message (str)"));
        QVERIFY(message);
        QCOMPARE(bytesOf(raw, find(message->children, QStringLiteral("Text"))), packet.sliced(packet.indexOf("invalid")));
    }
    // Copies: the data is the packet's last nbytes, escaped on the wire.
    if (codeValue == 7) {
        const quint64 n = qFromLittleEndian<quint64>(packet.constData() + packet.size() - 4 - 8);
        QCOMPARE(n, 4u);
        QCOMPARE(unescape(bytesOf(raw, find(rpcRoot->children, QStringLiteral("Data")))), packet.right(4));
    }
}

// The tree and the bytes point at each other: a byte leads to the narrowest field holding it,
// and every leaf's first byte leads to that leaf or a field inside it.
void TestWireDissector::linkedBothWays()
{
    const QList<Message> messages = transcriptMessages();
    if (messages.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent");
    int checked = 0;
    for (const Message &m : messages) {
        const QList<WireField> roots = WireDissector::dissect(m.raw);
        for (qint64 offset = 0; offset < m.raw.size(); ++offset) {
            const QList<int> path = WireDissector::fieldAt(roots, offset);
            const WireField *f = WireDissector::field(roots, path);
            QVERIFY2(f, qPrintable(QStringLiteral("%1: no field at %2").arg(m.label).arg(offset)));
            QVERIFY(f->begin <= offset && offset < f->end);
        }
        QList<const WireField *> all;
        leaves(roots, all);
        for (const WireField *leaf : std::as_const(all)) {
            if (leaf->begin == leaf->end)
                continue;
            const WireField *f = WireDissector::field(roots, WireDissector::fieldAt(roots, leaf->begin));
            QVERIFY(f);
            QVERIFY2(f->begin >= leaf->begin && f->end <= leaf->end, qPrintable(m.label + QStringLiteral(": ") + leaf->label));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
    QVERIFY(WireDissector::fieldAt({}, 0).isEmpty());
    QVERIFY(!WireDissector::field({}, {0}));
}

// Escaped FFs and nops move every later field: ranges still land on the right bytes.
void TestWireDissector::escapesAndNops()
{
    // The RPCTimeEvaluator reply: the handle 0xffff8001 is escaped on the wire.
    const QByteArray reply =
        hex("ff fd 2b 00 00 00 43 85 10 20 00 00 00 00 00 00 00 04 00 00 00 02 00 00 00 00 00 00 00 03 00 00 "
            "00 0a 00 00 00 00 00 00 00 01 80 ff ff ff ff 00 00 00 00 f6 b5");
    QList<WireField> roots = WireDissector::dissect(reply);
    int problems = 0;
    checkRanges(roots, 0, reply.size(), &problems);
    QCOMPARE(problems, 0);
    const WireField *value = find(roots, QStringLiteral("Return value (handle)"));
    QVERIFY(value);
    QCOMPARE(bytesOf(reply, value), hex("01 80 ff ff ff ff 00 00 00 00"));
    QVERIFY(value->value.contains(QLatin1String("0xffff8001")));
    QCOMPARE(bytesOf(reply, find(roots, QStringLiteral("CRC"))), hex("f6 b5"));

    // Nops (FF FE) inside the length and the payload: skipped, yet counted by the CRC.
    QByteArray raw = hex("ff fd 07 00") + hex("ff fe") + hex("00 00 00 00 03 68") + hex("ff fe") + hex("69 21 21");
    const quint16 crc = Crc16::of(raw);
    for (const char b : {char(crc & 0xFF), char(crc >> 8)})
        raw.append(b == '\xff' ? QByteArray("\xff\xff") : QByteArray(1, b)); // the CRC is escaped too
    roots = WireDissector::dissect(raw);
    problems = 0;
    checkRanges(roots, 0, raw.size(), &problems);
    QCOMPARE(problems, 0);
    QCOMPARE(unescape(bytesOf(raw, find(roots, QStringLiteral("Length")))), hex("07 00 00 00"));
    QCOMPARE(WireDissector::payload(raw), hex("00 00 03 68 69 21 21"));
    const WireField *type = find(roots, QStringLiteral("Message type"));
    QCOMPARE(bytesOf(raw, type), hex("03"));
    QCOMPARE(bytesOf(raw, find(roots, QStringLiteral("Text"))), hex("68 ff fe 69 21 21")); // the nop lies inside the text
    QCOMPARE(type->begin, 10);                                                             // after the nop
    const WireField *session = root(roots, QStringLiteral("Session"));
    QCOMPARE(unescape(bytesOf(raw, session)), hex("00 00 03 68 69 21 21"));
}

void TestWireDissector::broken_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("problem");                               // the label of the field that says what is wrong
    QTest::addColumn<qint64>("at");                                     // where that field starts
    QByteArray crc = hex("fe ff fd 03 00 00 00 6f 6e 65 58 f5").mid(1); // spec 5.2: the last CRC byte altered
    QTest::newRow("crc error") << crc << "CRC" << qint64(crc.size() - 2);
    QTest::newRow("invalid escape") << hex("ff fd 01 00 00 00 ff 41") << "Invalid escape" << qint64(6);
    QTest::newRow("short packet") << hex("ff fd 05 00 00 00 41 ff fd") << "Short packet" << qint64(7);
    QTest::newRow("cut in the length") << hex("ff fd 05 00") << "Truncated" << qint64(4);
    QTest::newRow("cut in the payload") << hex("ff fd 05 00 00 00 41 42") << "Truncated" << qint64(8);
    QTest::newRow("escape at the end") << hex("ff fd 05 00 00 00 41 ff") << "Truncated" << qint64(7);
    Framer f;
    f.frame({});
    QTest::newRow("short session") << f.frame(hex("43 85")) << "Session" << qint64(6);
    QTest::newRow("short rpc") << f.frame(SessionMessage::encode(0x8543, SessionMessage::Normal,
                                                                 hex("20 00 00 00 00 00 00 00 03 00")))
                               << "Truncated" << qint64(19);
    QTest::newRow("unknown type code") << f.frame(SessionMessage::encode(
                                              0x8543, SessionMessage::Normal,
                                              hex("10 00 00 00 00 00 00 00 09 00 00 00 01 00 00 00 2a 00 00 00")))
                                       << "Argument 0 (unknown)" << qint64(29);
    QTest::newRow("huge count") << f.frame(SessionMessage::encode(0x8543, SessionMessage::Normal,
                                                                  hex("0c 00 00 00 00 00 00 00 04 00 00 00 ff ff ff 7f")))
                                << "Count" << qint64(21);
    QTest::newRow("unknown code") << f.frame(SessionMessage::encode(0x8543, SessionMessage::Normal,
                                                                    hex("04 00 00 00 00 00 00 00 63 00 00 00")))
                                  << "Body" << qint64(21);
    QTest::newRow("bad version") << f.frame(SessionMessage::encode(0x0043, SessionMessage::StartSessionInit, hex("02")))
                                 << "Version" << qint64(9);
}

// Broken messages: the tree says what broke and where, every range still inside the bytes.
void TestWireDissector::broken()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, problem);
    QFETCH(qint64, at);
    const QList<WireField> roots = WireDissector::dissect(raw);
    int problems = 0;
    checkRanges(roots, 0, raw.size(), &problems);
    QVERIFY(problems > 0);
    QList<const WireField *> marked;
    std::function<void(const QList<WireField> &)> walk = [&](const QList<WireField> &fields) {
        for (const WireField &f : fields) {
            if (f.problem && f.label == problem)
                marked << &f;
            walk(f.children);
        }
    };
    walk(roots);
    QVERIFY2(!marked.isEmpty(), qPrintable(problem));
    QCOMPARE(marked.first()->begin, at);
}

void TestWireDissector::text()
{
    const QByteArray line("result:0:12.5\r\n");
    const QList<WireField> roots = WireDissector::dissect(line);
    QCOMPARE(roots.size(), 1);
    QCOMPARE(roots.first().begin, 0);
    QCOMPARE(roots.first().end, line.size());
    QVERIFY(find(roots, QStringLiteral("Text"))->value.contains(QLatin1String("result:0:12.5")));
    QVERIFY(WireDissector::dissect({}).size() == 1);
    bool ok = true;
    QVERIFY(WireDissector::payload(line, &ok).isEmpty());
    QVERIFY(!ok);
}

// A packet of thousands of null arguments: the tree stops at its cap and says so.
void TestWireDissector::capped()
{
    QByteArray body = hex("00 00 00 00 00 00 00 00 03 00 00 00 00 80 00 80 00 00 00 00");
    const qint32 count = WireDissector::kMaxArgs;
    char n[4];
    qToLittleEndian<qint32>(count, n);
    body.append(n, 4);
    for (qint32 k = 0; k < count; ++k)
        body.append(hex("04 00 00 00"));
    qToLittleEndian<quint64>(quint64(body.size() - 8), body.data());
    Framer f;
    const QByteArray raw = f.frame(SessionMessage::encode(0x8543, SessionMessage::Normal, body)).mid(1);
    const QList<WireField> roots = WireDissector::dissect(raw);
    QVERIFY(WireDissector::count(roots) <= WireDissector::kMaxFields + 8);
    QCOMPARE(roots.last().label, QStringLiteral("More fields"));
    int problems = 0;
    checkRanges(roots, 0, raw.size(), &problems);
}

QTEST_GUILESS_MAIN(TestWireDissector)
#include "tst_wiredissector.moc"
