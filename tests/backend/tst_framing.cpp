#include "micro/crc16.h"
#include "micro/framer.h"
#include "micro/unframer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mtvw::micro;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QList<FrameEvent> unframe(const QByteArray &wire, const QList<qsizetype> &cuts = {}, bool finish = true,
                          qint64 maxPayload = 1 << 20)
{
    Unframer u(maxPayload);
    QList<FrameEvent> events;
    qsizetype at = 0;
    for (qsizetype cut : cuts) {
        u.feed(QByteArrayView(wire).sliced(at, cut - at), events);
        at = cut;
    }
    u.feed(QByteArrayView(wire).sliced(at), events);
    if (finish)
        u.finish(events);
    return events;
}

} // namespace

class TestFraming : public QObject
{
    Q_OBJECT
private slots:
    void crc();
    void framerVectors_data();
    void framerVectors();
    void unframesInAnyPieces_data() { framerVectors_data(); }
    void unframesInAnyPieces();
    void errors_data();
    void errors();
    void textBetweenPackets();
    void oversizedIsRefusedUnbuffered();
    void truncatedAtTheEnd();
    void bytesNeeded();
};

// Spec 5.1.
void TestFraming::crc()
{
    QCOMPARE(Crc16::of("123456789"), quint16(0x29B1));
    QCOMPARE(Crc16::of(hex("ff fd")), quint16(0x2042));
    // The table agrees with the polynomial applied bit by bit.
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator gen(7);
    for (char &c : random)
        c = char(gen.bounded(256));
    quint16 slow = 0xFFFF;
    for (char c : random) {
        slow ^= quint16(quint8(c) << 8);
        for (int k = 0; k < 8; ++k)
            slow = (slow & 0x8000) ? quint16((slow << 1) ^ 0x1021) : quint16(slow << 1);
    }
    QCOMPARE(Crc16::of(random), slow);
}

// Spec 5.2, byte for byte.
void TestFraming::framerVectors_data()
{
    QTest::addColumn<bool>("fresh");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << true << QByteArray() << hex("fe ff fd 00 00 00 00 83 44");
    QTest::newRow("one") << true << hex("6f 6e 65") << hex("fe ff fd 03 00 00 00 6f 6e 65 58 f4");
    QTest::newRow("two2") << false << hex("74 77 6f 32") << hex("ff fd 04 00 00 00 74 77 6f 32 13 11");
    QTest::newRow("00..07") << true << hex("00 01 02 03 04 05 06 07")
                            << hex("fe ff fd 08 00 00 00 00 01 02 03 04 05 06 07 dd b7");
    QTest::newRow("contains ff") << true << hex("41 ff 42") << hex("fe ff fd 03 00 00 00 41 ff ff 42 20 b2");
    QTest::newRow("contains fd fe") << true << hex("fd fe fd") << hex("fe ff fd 03 00 00 00 fd fe fd 5b f8");
    QTest::newRow("ff fd inside") << true << hex("10 ff fd 20") << hex("fe ff fd 04 00 00 00 10 ff ff fd 20 00 83");
    QTest::newRow("all ff") << true << hex("ff ff ff") << hex("fe ff fd 03 00 00 00 ff ff ff ff ff ff a3 86");
    QTest::newRow("255 a") << true << QByteArray(255, 'a')
                           << (hex("fe ff fd ff ff 00 00 00") + QByteArray(255, 'a') + hex("9e ec"));
    QTest::newRow("crc contains ff") << true << hex("30 e7") << hex("fe ff fd 02 00 00 00 30 e7 ff ff 63");
}

void TestFraming::framerVectors()
{
    QFETCH(bool, fresh);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, wire);
    Framer f;
    if (!fresh)
        f.frame("x"); // a later packet: no FE
    QCOMPARE(f.frame(payload).toHex(' '), wire.toHex(' '));
    QVERIFY(!f.frame(payload).startsWith('\xfe')); // only the first
}

void TestFraming::unframesInAnyPieces()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, wire);
    QRandomGenerator gen(quint32(wire.size()));
    QList<QList<qsizetype>> splits{{}};
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < wire.size(); ++i)
        everyByte << i;
    splits << everyByte;
    for (int k = 0; k < 20; ++k) {
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < wire.size(); ++i)
            if (gen.bounded(3) == 0)
                cuts << i;
        splits << cuts;
    }
    const qint64 start = wire.indexOf(hex("ff fd"));
    for (const auto &cuts : splits) {
        const QList<FrameEvent> events = unframe(wire, cuts);
        QCOMPARE(events.size(), 1); // the leading FE is a nop, not reported
        QCOMPARE(events[0].kind, FrameEvent::Kind::Packet);
        QVERIFY(events[0].crcOk);
        QCOMPARE(events[0].payload, payload);
        QCOMPARE(events[0].begin, start);
        QCOMPARE(events[0].end, wire.size());
        QCOMPARE(events[0].declaredLength, payload.size());
    }
}

// Spec 5.2's unframer table.
void TestFraming::errors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("errorEnd");
    QTest::addColumn<QByteArray>("thenPayload");
    QTest::newRow("invalid escape") << hex("ff fd 01 00 00 00 ff 41") << 0x202 << qint64(8) << QByteArray();
    // The FD of the second FF FD starts the next packet, which then decodes.
    QTest::newRow("short packet") << (hex("ff fd 05 00 00 00 41 ff fd") + hex("03 00 00 00 6f 6e 65 58 f4").mid(0)) << 0x201
                                  << qint64(7) << QByteArray("one");
    QTest::newRow("bad crc") << hex("fe ff fd 03 00 00 00 6f 6e 65 58 f5") << 0 << qint64(0) << QByteArray();
}

void TestFraming::errors()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, error);
    QFETCH(qint64, errorEnd);
    QFETCH(QByteArray, thenPayload);
    const QList<FrameEvent> events = unframe(wire);
    QVERIFY(!events.isEmpty());
    if (error == 0) {
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, FrameEvent::Kind::Packet);
        QVERIFY(!events[0].crcOk);
        QCOMPARE(events[0].crcReceived, quint16(0xf558));
        QCOMPARE(events[0].crcComputed, quint16(0xf458));
        return;
    }
    QCOMPARE(events[0].kind, FrameEvent::Kind::Error);
    QCOMPARE(int(events[0].error), error);
    QCOMPARE(events[0].begin, 0);
    QCOMPARE(events[0].end, errorEnd);
    if (error == 0x202)
        QCOMPARE(events[0].escapedByte, quint8(0x41));
    if (!thenPayload.isEmpty()) {
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].kind, FrameEvent::Kind::Packet);
        QVERIFY(events[1].crcOk); // the new packet's CRC starts at the FF FD that cut the first short
        QCOMPARE(events[1].payload, thenPayload);
        QCOMPARE(events[1].begin, errorEnd);
    }
}

// Text and noise outside packets come out as skipped runs with their place, not lost.
void TestFraming::textBetweenPackets()
{
    Framer f;
    const QByteArray a = f.frame("first"), b = f.frame("second");
    const QByteArray text = "boot: hello\r\n";
    const QByteArray wire = text + a + "\xff\x41noise" + b + "tail";
    for (const QList<qsizetype> &cuts : {QList<qsizetype>{}, QList<qsizetype>{3, 14, 15, 20, 30, 31}}) {
        const QList<FrameEvent> events = unframe(wire, cuts);
        QByteArray skipped, payloads;
        for (const FrameEvent &e : events) {
            if (e.kind == FrameEvent::Kind::Skipped) {
                QCOMPARE(wire.mid(e.begin, e.end - e.begin), e.skipped);
                skipped += e.skipped;
            } else {
                QCOMPARE(e.kind, FrameEvent::Kind::Packet);
                payloads += e.payload + '|';
            }
        }
        QCOMPARE(payloads, QByteArray("first|second|"));
        // The FE before the first packet is a nop; FF 41 outside a packet is plain noise.
        QCOMPARE(skipped, text + "\xff\x41noise" + "tail");
    }
}

void TestFraming::oversizedIsRefusedUnbuffered()
{
    Framer f;
    const QByteArray big = f.frame(QByteArray(100, 'x'));
    const QByteArray next = f.frame("ok");
    const QList<FrameEvent> events = unframe(big + next, {}, true, 64);
    QVERIFY(events.size() >= 2);
    QCOMPARE(events[0].kind, FrameEvent::Kind::Error);
    QCOMPARE(events[0].error, FrameEvent::Error::TooLong);
    QCOMPARE(events[0].declaredLength, 100);
    QCOMPARE(events[0].end, 7); // refused at its length field
    QCOMPARE(events.last().kind, FrameEvent::Kind::Packet);
    QCOMPARE(events.last().payload, QByteArray("ok"));
    // A length of 4 GiB is refused the same way, with nothing reserved for it.
    const QList<FrameEvent> huge = unframe(hex("ff fd ff ff ff ff ff ff ff ff") + QByteArray(10, 'z'));
    QCOMPARE(huge.first().error, FrameEvent::Error::TooLong);
    QCOMPARE(huge.first().declaredLength, qint64(0xFFFFFFFF));
}

void TestFraming::truncatedAtTheEnd()
{
    Framer f;
    const QByteArray wire = f.frame("payload");
    for (qsizetype cut = 3; cut < wire.size(); ++cut) { // from just after FF FD
        const QList<FrameEvent> events = unframe(wire.left(cut));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, FrameEvent::Kind::Error);
        QCOMPARE(events[0].error, FrameEvent::Error::Incomplete);
        QCOMPARE(events[0].begin, 1);
        QCOMPARE(events[0].end, cut);
    }
}

// What TVM's host asks read_transport for at each step.
void TestFraming::bytesNeeded()
{
    Unframer u;
    QList<FrameEvent> events;
    QCOMPARE(u.bytesNeeded(), 1);
    u.feed(hex("ff fd 05 00"), events);
    QCOMPARE(u.bytesNeeded(), 2);
    u.feed(hex("00 00 41 42"), events);
    QCOMPARE(u.bytesNeeded(), 3);
    u.feed(hex("43 44 45"), events);
    QCOMPARE(u.bytesNeeded(), 2);
    QVERIFY(events.isEmpty());
}

QTEST_GUILESS_MAIN(TestFraming)
#include "tst_framing.moc"
