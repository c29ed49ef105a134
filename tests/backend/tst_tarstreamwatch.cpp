#include "../testsupport.h"
#include "mlf/expandedsize.h"
#include "mlf/tarstreamwatch.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace mtvw;
using namespace mtvw::mlf;

namespace {

// One ustar header block, its checksum computed here.
QByteArray tarHeader(const QByteArray &name, qint64 size, char type = '0')
{
    QByteArray b(512, '\0');
    b.replace(0, name.size(), name);
    const QByteArray sizeField = QByteArray::number(size, 8).rightJustified(11, '0');
    b.replace(124, 11, sizeField);
    b[156] = type;
    b.replace(257, 6, QByteArray("ustar\0", 6));
    b.replace(263, 2, "00");
    b.replace(148, 8, QByteArray(8, ' '));
    int sum = 0;
    for (char c : std::as_const(b))
        sum += quint8(c);
    b.replace(148, 7, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0');
    return b;
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        ++length;
    return QByteArray::number(length) + body;
}

// Feeds in pieces of random sizes, as a decompressor hands them out.
Result<void> feedInPieces(TarStreamWatch &watch, const QByteArray &data, quint32 seed)
{
    QRandomGenerator rng(seed);
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype n = std::min<qsizetype>(data.size() - at, rng.bounded(1, 2000));
        if (auto r = watch.feed(data.constData() + at, n); !r)
            return r;
        at += n;
    }
    return {};
}

QByteArray run(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

} // namespace

class TestTarStreamWatch : public QObject
{
    Q_OBJECT
private slots:
    void countsWhatTarLists_data();
    void countsWhatTarLists();
    void refusesAtTheHeader_data();
    void refusesAtTheHeader();
    void paxSizeOverridesTheHeader();
    void stopsQuietlyOnNonTar();
    void expandedSizeFromTrailers_data();
    void expandedSizeFromTrailers();
};

void TestTarStreamWatch::countsWhatTarLists_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"v7_aot.tar", "v7_graph.tar", "hostile_manyentries.tar", "v5_aot.tar", "v7_aot_gnu.tar",
                          "v7_aot_ustar.tar", "v7_longnames_gnu.tar", "v7_longnames_pax.tar"})
        if (QFile::exists(testsupport::fixture(QString::fromLatin1(f))))
            QTest::newRow(f) << testsupport::fixture(QString::fromLatin1(f));
}

void TestTarStreamWatch::countsWhatTarLists()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    const QByteArray listing = run(QStringLiteral("tar"), {QStringLiteral("-tf"), file}, {});
    QVERIFY(!listing.isEmpty());
    const qint64 members = listing.count('\n');
    TarStreamWatch watch({});
    QVERIFY(feedInPieces(watch, data, 7).ok());
    QCOMPARE(watch.members(), members);
    QVERIFY(!watch.watching()); // it saw the end-of-archive blocks
    QVERIFY(watch.declaredBytes() <= data.size());
    QVERIFY(watch.declaredBytes() >= data.size() - 20 * 512); // all but the end blocks and tail padding
}

void TestTarStreamWatch::refusesAtTheHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("octal") << "hostile_hugeentry.tar"
                           << "huge.c";
    QTest::newRow("base-256") << "hostile_hugeentry_b256.tar"
                              << "huge.c";
}

void TestTarStreamWatch::refusesAtTheHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFile f(testsupport::fixture(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    TarStreamWatch watch({});
    auto r = feedInPieces(watch, f.readAll(), 3);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), Error::Code::LimitExceeded);
    QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
    QVERIFY(r.error().message().contains(QLatin1String("limit")));

    ArchiveLimits few;
    few.maxEntries = 3;
    TarStreamWatch counting(few);
    QByteArray many;
    for (int i = 0; i < 5; ++i)
        many += tarHeader("f" + QByteArray::number(i), 0);
    auto tooMany = counting.feed(many.constData(), many.size());
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().message().contains(QLatin1String("more than 3 entries")));
}

void TestTarStreamWatch::paxSizeOverridesTheHeader()
{
    const QByteArray records = paxRecord("path", "codegen/host/src/long_name.c") + paxRecord("size", "5000000000");
    QByteArray tar = tarHeader("PaxHeaders/x", records.size(), 'x') + records;
    tar += QByteArray(512 - records.size() % 512, '\0');
    tar += tarHeader("long_name.c", 10);
    TarStreamWatch watch({});
    auto r = feedInPieces(watch, tar, 11);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message().contains(QLatin1String("codegen/host/src/long_name.c")), qPrintable(r.error().message()));

    ArchiveLimits total;
    total.maxTotalBytes = 4096;
    TarStreamWatch sum(total);
    QByteArray two = tarHeader("a", 2000) + QByteArray(2048, 'a') + tarHeader("b", 3000);
    auto over = sum.feed(two.constData(), two.size());
    QVERIFY(!over.ok());
    QVERIFY(over.error().message().contains(QLatin1String("\"b\"")));
}

void TestTarStreamWatch::stopsQuietlyOnNonTar()
{
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator rng(5);
    for (char &c : noise)
        c = char(rng.bounded(256));
    TarStreamWatch watch({});
    QVERIFY(feedInPieces(watch, noise, 1).ok());
    QVERIFY(!watch.watching());
    QCOMPARE(watch.members(), 0);
}

void TestTarStreamWatch::expandedSizeFromTrailers_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("known");
    QTest::newRow("gzip") << "gzip"
                          << "gzip" << QStringList{"-c"} << false;
    QTest::newRow("xz") << "xz"
                        << "xz" << QStringList{"-c"} << true;
    QTest::newRow("xz blocks") << "xz"
                               << "xz" << QStringList{"-c", "--block-size=100000"} << true;
    QTest::newRow("zstd") << "zstd"
                          << "zstd" << QStringList{"-c", "-q"} << true;
    QTest::newRow("bzip2") << "bzip2"
                           << "bzip2" << QStringList{"-c"} << false;
}

void TestTarStreamWatch::expandedSizeFromTrailers()
{
    QFETCH(QString, filter);
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(bool, known);
    QByteArray text;
    for (int i = 0; text.size() < 700'000; ++i)
        text += "int v" + QByteArray::number(i * 7919 % 100003) + " = " + QByteArray::number(i) + ";\n";
    QFile plain(QDir::temp().filePath(QStringLiteral("mtvw-plain-%1").arg(QTest::currentDataTag())));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(text);
    plain.close();
    const QByteArray packed = run(program, args + QStringList{plain.fileName()}, {});
    plain.remove();
    QVERIFY2(!packed.isEmpty(), qPrintable(program + QStringLiteral(" did not run (it is in packages.txt)")));
    QFile out(QDir::temp().filePath(QStringLiteral("mtvw-expanded-%1").arg(QTest::currentDataTag())));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(packed);
    out.close();
    const qint64 bound = expandedSizeLowerBound(filter, out.fileName());
    out.remove();
    QCOMPARE(bound, known ? qint64(text.size()) : qint64(-1));
    // Cut short, the fields are never read past the bytes given (AddressSanitizer watches), and
    // a cut gzip or xz tail is not taken for a size.
    const int shortest = filter == QLatin1String("zstd") ? 6 : 12;
    for (int cut = 0; cut < shortest; ++cut)
        QCOMPARE(expandedSizeFromBytes(filter, packed.left(cut), packed.right(cut)), qint64(-1));
}

QTEST_GUILESS_MAIN(TestTarStreamWatch)
#include "tst_tarstreamwatch.moc"
