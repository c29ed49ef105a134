#include "../wiretranscript.h"
#include "micro/wiredecoder.h"
#include "transport/capturereader.h"
#include "transport/capturewriter.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace mtvw;
using namespace mtvw::transport;

namespace {

struct Piece
{
    Direction direction;
    qint64 timeUs;
    QByteArray bytes;
};

QList<Piece> somePieces()
{
    QList<Piece> pieces;
    QRandomGenerator gen(3);
    for (int i = 0; i < 200; ++i) {
        QByteArray b(int(gen.bounded(1, 300)), Qt::Uninitialized);
        for (char &c : b)
            c = char(gen.bounded(256));
        pieces.append({i % 3 ? Direction::FromDevice : Direction::FromHost, 1'700'000'000'000'000 + i * 1234, b});
    }
    pieces.append(
        {Direction::FromDevice, 1'800'000'000'000'000, QByteArray(CaptureWriter::kMaxChunk * 2 + 5, 'z')}); // split in three
    return pieces;
}

QList<CaptureChunk> readAll(const QByteArray &file, qsizetype piece, Result<void> *end = nullptr)
{
    CaptureReader r;
    QList<CaptureChunk> chunks;
    for (qsizetype at = 0; at < file.size(); at += piece) {
        auto ok = r.feed(QByteArrayView(file).sliced(at, std::min(piece, file.size() - at)), chunks);
        if (!ok) {
            if (end)
                *end = ok;
            return chunks;
        }
    }
    if (end)
        *end = r.finish();
    return chunks;
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void layoutIsPcapng();
    void cutOffAnywhere();
    void damaged_data();
    void damaged();
    void tsharkReadsIt();
    void dissectorDecodesTheTranscript();
};

void TestCapture::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pcapng"));
    CaptureWriter w;
    QVERIFY(w.open(path).ok());
    auto serial = w.addInterface(QStringLiteral("serial /dev/ttyACM0 115200 8N1"));
    QVERIFY(serial.ok());
    QCOMPARE(serial.value(), 0);
    const QList<Piece> pieces = somePieces();
    for (const Piece &p : pieces)
        QVERIFY(w.write(0, p.direction, p.timeUs, p.bytes).ok());
    QVERIFY(!w.write(5, Direction::FromHost, 0, "x").ok()); // no such interface
    w.close();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    for (qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(4096), file.size()}) {
        Result<void> end;
        const QList<CaptureChunk> chunks = readAll(file, piece, &end);
        QVERIFY2(end.ok(), qPrintable(end.ok() ? QString() : end.error().message()));
        QCOMPARE(chunks.size(), pieces.size() + 2);
        QByteArray expected, got;
        for (const Piece &p : pieces)
            expected += p.bytes;
        for (int i = 0; i < chunks.size(); ++i) {
            got += chunks[i].bytes;
            QVERIFY(chunks[i].directionKnown);
            if (i < pieces.size()) {
                QCOMPARE(chunks[i].direction, pieces[i].direction);
                QCOMPARE(chunks[i].timeUs, pieces[i].timeUs);
            }
        }
        QCOMPARE(got, expected);
    }
    CaptureReader r;
    QList<CaptureChunk> all;
    QVERIFY(CaptureReader::readFile(
                path, [&all](const CaptureChunk &c) { all << c; }, &r)
                .ok());
    QCOMPARE(r.interfaces().size(), 1);
    QCOMPARE(r.interfaces().first().name, QStringLiteral("serial /dev/ttyACM0 115200 8N1"));
    QCOMPARE(r.interfaces().first().linkType, CaptureWriter::kLinkType);
}

// The blocks as the pcapng specification lays them out, read here by hand.
void TestCapture::layoutIsPcapng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pcapng"));
    CaptureWriter w;
    QVERIFY(w.open(path).ok());
    QVERIFY(w.addInterface(QStringLiteral("pty")).ok());
    QVERIFY(w.write(0, Direction::FromHost, 0x0102030405060708, "abcde").ok());
    w.close();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray b = f.readAll();
    auto u32 = [&b](qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); };
    QCOMPARE(u32(0), 0x0A0D0D0Au);
    QCOMPARE(u32(8), 0x1A2B3C4Du);
    const qsizetype idb = u32(4);
    QCOMPARE(u32(idb), 1u);
    QCOMPARE(qFromLittleEndian<quint16>(b.constData() + idb + 8), quint16(147));
    const qsizetype epb = idb + u32(idb + 4);
    QCOMPARE(u32(epb), 6u);
    QCOMPARE(u32(epb + 8), 0u);           // interface
    QCOMPARE(u32(epb + 12), 0x01020304u); // timestamp, high word first
    QCOMPARE(u32(epb + 16), 0x05060708u);
    QCOMPARE(u32(epb + 20), 5u); // captured
    QCOMPARE(b.mid(epb + 28, 5), QByteArray("abcde"));
    // epb_flags after the padded data: code 2, length 4, outbound (2).
    QCOMPARE(qFromLittleEndian<quint16>(b.constData() + epb + 36), quint16(2));
    QCOMPARE(qFromLittleEndian<quint16>(b.constData() + epb + 38), quint16(4));
    QCOMPARE(u32(epb + 40), 2u);
    QCOMPARE(epb + qsizetype(u32(epb + 4)), b.size());
}

// A writer killed mid-block leaves a file whose every complete block still reads.
void TestCapture::cutOffAnywhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pcapng"));
    CaptureWriter w;
    QVERIFY(w.open(path).ok());
    QVERIFY(w.addInterface(QStringLiteral("pty")).ok());
    QList<qint64> ends; // file size after each block
    QFile probe(path);
    for (int i = 0; i < 20; ++i) {
        QVERIFY(w.write(0, Direction::FromDevice, i, QByteArray(i + 1, char('a' + i))).ok());
        ends << QFileInfo(path).size(); // unbuffered: on disk at once
    }
    w.close();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    QCOMPARE(qint64(file.size()), ends.last());
    for (qsizetype cut = ends.first() - 40; cut < file.size(); cut += 3) {
        Result<void> end;
        const QList<CaptureChunk> chunks = readAll(file.left(cut), 5, &end);
        const auto complete = std::count_if(ends.begin(), ends.end(), [cut](qint64 e) { return e <= cut; });
        QCOMPARE(chunks.size(), qsizetype(complete));
        for (int i = 0; i < chunks.size(); ++i)
            QCOMPARE(chunks[i].bytes, QByteArray(i + 1, char('a' + i)));
        const bool atBoundary = ends.contains(cut);
        QCOMPARE(end.ok(), atBoundary);
        if (!atBoundary)
            QVERIFY2(end.error().message().contains(QLatin1String("stops inside its last block")),
                     qPrintable(end.error().message()));
    }
}

void TestCapture::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const QByteArray shb = QByteArray::fromHex("0a0d0d0a1c0000004d3c2b1a01000000ffffffffffffffff1c000000");
    QTest::newRow("not pcapng") << QByteArray("hello world, no capture") << QStringLiteral("not a pcapng file");
    QTest::newRow("bad magic") << QByteArray::fromHex("0a0d0d0a1c00000011223344") << QStringLiteral("byte-order magic");
    QTest::newRow("huge block") << (shb + QByteArray::fromHex("06000000fcffff7f00000000"))
                                << QStringLiteral("a block of 2147483644 bytes");
    QTest::newRow("odd length") << (shb + QByteArray::fromHex("060000001300000000000000")) << QStringLiteral("multiple of 4");
    QTest::newRow("lengths differ") << (shb + QByteArray::fromHex("01000000140000009300000000000000") +
                                        QByteArray::fromHex("18000000"))
                                    << QStringLiteral("two lengths differ");
    QTest::newRow("packet before interface")
        << (shb + QByteArray::fromHex("0600000020000000000000000000000000000000000000000000000020000000"))
        << QStringLiteral("never described");
}

void TestCapture::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    Result<void> end;
    readAll(bytes, 3, &end);
    QVERIFY(!end.ok());
    QVERIFY2(end.error().message().contains(problem), qPrintable(end.error().message()));
}

// Wireshark's own reader opens the file: every packet, each direction as written.
void TestCapture::tsharkReadsIt()
{
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
        QFAIL("tshark is missing: ./dev.sh setup installs it (packages.txt)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pcapng"));
    CaptureWriter w;
    QVERIFY(w.open(path).ok());
    QVERIFY(w.addInterface(QStringLiteral("pty")).ok());
    const QList<Piece> pieces = somePieces().mid(0, 30);
    for (const Piece &p : pieces)
        QVERIFY(w.write(0, p.direction, p.timeUs, p.bytes).ok());
    w.close();
    QProcess tshark;
    tshark.start(QStringLiteral("tshark"),
                 {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                  QStringLiteral("frame.len"), QStringLiteral("-e"), QStringLiteral("frame.packet_flags_direction")});
    QVERIFY(tshark.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(tshark.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(tshark.exitCode(), 0);
    QCOMPARE(lines.size(), pieces.size());
    for (int i = 0; i < pieces.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char('\t'));
        QCOMPARE(f.value(0).toInt(), pieces[i].bytes.size());
        QCOMPARE(f.value(1).toInt(0, 0), pieces[i].direction == Direction::FromDevice ? 1 : 2);
    }
}

namespace {

QString tshark(const QStringList &args, QByteArray *errors = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("tshark"), args);
    if (!p.waitForFinished(120000))
        return {};
    if (errors)
        *errors = p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// The project's Wireshark dissector, run by the real tshark on a capture of the spec's session
// transcript (5.3) written in pieces that cut packets anywhere: each message reassembled with a
// good CRC, the host's requests carrying the RPC codes the transcript's labels name, the same
// number of messages the workbench's own decoder finds, and no Lua error.
void TestCapture::dissectorDecodesTheTranscript()
{
    const QList<testsupport::TranscriptBlock> blocks = testsupport::sessionTranscript();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
        QFAIL("tshark is missing: ./dev.sh setup installs it (packages.txt)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.pcapng"));
    CaptureWriter w;
    QVERIFY(w.open(path).ok());
    QVERIFY(w.addInterface(QStringLiteral("transcript")).ok());
    mtvw::micro::WireDecoder ours;
    QList<mtvw::micro::WireRecord> records;
    const QHash<QString, int> codes{{QStringLiteral("GetGlobalFunc"), 9},          {QStringLiteral("CallFunc"), 3},
                                    {QStringLiteral("DevAllocDataWithScope"), 17}, {QStringLiteral("CopyToRemote"), 7},
                                    {QStringLiteral("CopyFromRemote"), 6},         {QStringLiteral("FreeHandle"), 10},
                                    {QStringLiteral("DevFreeData"), 14},           {QStringLiteral("Shutdown"), 1}};
    QList<int> requested; // the RPC codes of the host's requests, from the labels
    qint64 t = 1'700'000'000'000'000;
    for (const auto &b : blocks) {
        if (!b.wire || b.bytes.isEmpty())
            continue;
        const Direction d = b.fromHost ? Direction::FromHost : Direction::FromDevice;
        for (qsizetype at = 0; at < b.bytes.size(); at += 7) {
            const QByteArrayView piece = QByteArrayView(b.bytes).sliced(at, std::min<qsizetype>(7, b.bytes.size() - at));
            QVERIFY(w.write(0, d, t += 10, piece).ok());
            ours.feed(d, piece, t, records);
        }
        const QString word = b.label.section(QRegularExpression(QStringLiteral("[ (]")), 0, 0);
        if (b.fromHost && codes.contains(word))
            requested << codes.value(word);
    }
    w.close();
    ours.finish(records);
    const QString script = QStringLiteral("lua_script:" MTVW_SOURCE_DIR "/resources/wireshark/microtvm.lua");
    QByteArray errors;
    const QString fields =
        tshark({QStringLiteral("-X"), script, QStringLiteral("-r"), path, QStringLiteral("-2"), QStringLiteral("-T"),
                QStringLiteral("fields"), QStringLiteral("-E"), QStringLiteral("occurrence=f"), QStringLiteral("-e"),
                QStringLiteral("microtvm.direction"), QStringLiteral("-e"), QStringLiteral("microtvm.rpc.code"),
                QStringLiteral("-e"), QStringLiteral("microtvm.frame.crc_ok"), QStringLiteral("-e"),
                QStringLiteral("microtvm.session.type"), QStringLiteral("-Y"), QStringLiteral("microtvm.message")},
               &errors);
    QVERIFY2(!errors.contains("Lua Error") && !errors.contains("rror"), errors.constData());
    const QStringList lines = fields.trimmed().split(QLatin1Char('\n'));
    QList<int> dissected;
    int messages = 0;
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        QCOMPARE(f[2], QStringLiteral("1"));               // crc_ok
        messages += int(f[3].count(QLatin1Char(',')) + 1); // a frame may complete several messages
        if (f[0] == QLatin1String("2") && !f[1].isEmpty())
            dissected << f[1].toInt();
    }
    QCOMPARE(dissected, requested);
    QCOMPARE(messages, int(records.size()));
    // The verbose tree names the functions the session resolved, the device's log text and the
    // copied bytes, with nothing malformed.
    const QString tree = tshark({QStringLiteral("-X"), script, QStringLiteral("-r"), path, QStringLiteral("-V")}, &errors);
    QVERIFY2(!tree.contains(QLatin1String("Malformed")) && !tree.contains(QLatin1String("Lua Error")),
             qPrintable(tree.left(2000)));
    for (const char *needle : {"microTVM Zephyr runtime - running", "runtime.SystemLib", "CallFunc add(", "0b 16 21 03",
                               "invalid function index: 0010"})
        QVERIFY2(tree.contains(QLatin1String(needle)), needle);
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
