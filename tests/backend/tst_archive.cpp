#include "../testsupport.h"
#include "mlf/archive.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw;
using namespace mtvw::mlf;

class TestArchive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void normalisePath_data();
    void normalisePath();
    void formsHoldTheSameContent_data();
    void formsHoldTheSameContent();
    void everyBuiltInFilter_data();
    void everyBuiltInFilter();
    void hostileArchivesAreRefused_data();
    void hostileArchivesAreRefused();
    void limitsAreConfigurable();
    void decompressedTarLeavesNothingBehind();
    void expansionKeepsTheDiskFree();
    void declaredBombsAreRefusedBeforeExpanding();
    void readRangeAndMissingEntries();
    void corpusReadsMatchTar_data();
    void corpusReadsMatchTar();

private:
    QTemporaryDir m_tmp; // a private TMPDIR, to see that nothing is left behind
};

void TestArchive::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QCOMPARE(QDir::tempPath(), m_tmp.path());
}

void TestArchive::normalisePath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("unsafe");
    QTest::newRow("dot prefix") << "./codegen/host/src/a.c"
                                << "codegen/host/src/a.c" << false;
    QTest::newRow("plain") << "metadata.json"
                           << "metadata.json" << false;
    QTest::newRow("root") << "./"
                          << "" << false;
    QTest::newRow("dot") << "."
                         << "" << false;
    QTest::newRow("double slash") << "a//b/./c"
                                  << "a/b/c" << false;
    QTest::newRow("dotdot") << "./../evil"
                            << "" << true;
    QTest::newRow("inner dotdot") << "a/../../b"
                                  << "" << true;
    QTest::newRow("absolute") << "/etc/passwd"
                              << "" << true;
    QTest::newRow("backslash dotdot") << "a\\..\\..\\b"
                                      << "" << true;
    QTest::newRow("drive") << "C:/x"
                           << "" << true;
    QTest::newRow("dotdot-like name") << "a/..b/c"
                                      << "a/..b/c" << false;
}

void TestArchive::normalisePath()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QFETCH(bool, unsafe);
    QString why;
    const QString got = Archive::normalisePath(name, &why);
    QCOMPARE(!why.isEmpty(), unsafe);
    if (!unsafe)
        QCOMPARE(got, expected);
}

void TestArchive::formsHoldTheSameContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("pax") << "v7_aot.tar"
                         << "tar";
    QTest::newRow("gnu") << "v7_aot_gnu.tar"
                         << "tar";
    QTest::newRow("ustar") << "v7_aot_ustar.tar"
                           << "tar";
    QTest::newRow("no ./ prefix") << "v7_aot_noprefix.tar"
                                  << "tar";
    QTest::newRow("gzip") << "v7_aot.tar.gz"
                          << "gzip-compressed tar";
    QTest::newRow("gzip named .tar") << "v7_aot.tgz.tar"
                                     << "gzip-compressed tar";
    QTest::newRow("plain named .tar.gz") << "v7_aot_uncompressed.tar.gz"
                                         << "tar";
    QTest::newRow("zip") << "v7_aot.zip"
                         << "zip";
}

void TestArchive::formsHoldTheSameContent()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    auto reference = Archive::open(testsupport::fixture(QStringLiteral("v7_aot_dir")));
    QVERIFY2(reference.ok(), qPrintable(reference.ok() ? QString() : reference.error().message()));
    auto archive = Archive::open(testsupport::fixture(file));
    QVERIFY2(archive.ok(), qPrintable(archive.ok() ? QString() : archive.error().message()));
    QCOMPARE((*archive)->formatName(), format);
    QCOMPARE((*archive)->entries().size(), (*reference)->entries().size());
    for (const ArchiveEntry &e : (*reference)->entries()) {
        const ArchiveEntry *mine = (*archive)->find(e.path);
        QVERIFY2(mine, qPrintable(e.path));
        QCOMPARE(mine->size, e.size);
        auto a = (*archive)->read(e.path);
        auto b = (*reference)->read(e.path);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value(), b.value());
    }
}

void TestArchive::everyBuiltInFilter_data()
{
    QTest::addColumn<QString>("program");
    for (const char *p : {"gzip", "bzip2", "xz", "zstd", "lz4"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

// Each filter libarchive implements itself opens, with the same content as the plain tar (the
// compressors are Debian packages in packages.txt).
void TestArchive::everyBuiltInFilter()
{
    QFETCH(QString, program);
    const QString plain = testsupport::fixture(QStringLiteral("v7_aot.tar"));
    QTemporaryDir dir;
    const QString packed = dir.filePath(QStringLiteral("model.tar.") + program);
    QProcess p;
    p.setStandardOutputFile(packed);
    p.start(program, {QStringLiteral("-c"), plain});
    QVERIFY2(p.waitForFinished() && p.exitCode() == 0, qPrintable(program + QStringLiteral(" failed")));
    auto archive = Archive::open(packed);
    QVERIFY2(archive.ok(), qPrintable(archive.ok() ? QString() : archive.error().message()));
    QVERIFY2((*archive)->formatName().contains(program), qPrintable((*archive)->formatName()));
    auto reference = Archive::open(plain);
    QVERIFY(reference.ok());
    QCOMPARE((*archive)->entries().size(), (*reference)->entries().size());
    for (const ArchiveEntry &e : (*reference)->entries())
        QCOMPARE((*archive)->read(e.path).value(), (*reference)->read(e.path).value());
}

void TestArchive::hostileArchivesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<qint64>("maxEntries");
    QTest::addColumn<qint64>("maxTotal");
    if (testsupport::manifest().isEmpty())
        QFAIL("manifest.json is missing: the fixtures were not generated");
    for (const QJsonValue &v : testsupport::manifest()) {
        const QJsonObject o = v.toObject();
        if (o[QStringLiteral("kind")].toString() != QLatin1String("hostile") ||
            o[QStringLiteral("stage")].toString() != QLatin1String("archive"))
            continue;
        const QJsonObject caps = o[QStringLiteral("needs_caps")].toObject();
        const QString file = o[QStringLiteral("file")].toString();
        QTest::newRow(qPrintable(file)) << file << o[QStringLiteral("error_contains")].toString()
                                        << qint64(caps[QStringLiteral("max_entries")].toDouble(-1))
                                        << qint64(caps[QStringLiteral("max_total_bytes")].toDouble(-1));
    }
}

void TestArchive::hostileArchivesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, needle);
    QFETCH(qint64, maxEntries);
    QFETCH(qint64, maxTotal);
    ArchiveLimits limits;
    if (maxEntries > 0)
        limits.maxEntries = maxEntries;
    if (maxTotal > 0)
        limits.maxTotalBytes = maxTotal;
    const QDir tmp(m_tmp.path());
    QCOMPARE(tmp.entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    auto archive = Archive::open(testsupport::fixture(file), limits);
    QVERIFY2(!archive.ok(), qPrintable(file + QStringLiteral(" was accepted")));
    const QString message = archive.error().message();
    QVERIFY2(message.toLower().contains(needle), qPrintable(message));
    QVERIFY2(message.contains(testsupport::fixture(file)), qPrintable(message)); // names the archive
    QVERIFY(!QFile::exists(QStringLiteral("/etc/evil")));
    // No temporary folder is left behind after a refused archive.
    QCOMPARE(tmp.entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestArchive::decompressedTarLeavesNothingBehind()
{
    // While a compressed archive is open, its expanded tar is already unlinked: a run killed
    // now leaves no file in $TMPDIR. Its entries still read back.
    QTemporaryDir tmp;
    const QByteArray before = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    auto archive = Archive::open(testsupport::fixture(QStringLiteral("v7_aot.tar.gz")));
    qputenv("TMPDIR", before);
    QVERIFY(archive.ok());
    QStringList files;
    for (QDirIterator it(tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    auto reference = Archive::open(testsupport::fixture(QStringLiteral("v7_aot_dir")));
    QVERIFY(reference.ok());
    for (const ArchiveEntry &e : (*reference)->entries()) {
        auto a = (*archive)->read(e.path);
        QVERIFY2(a.ok(), qPrintable(e.path));
        QCOMPARE(a.value(), (*reference)->read(e.path).value());
    }
}

void TestArchive::limitsAreConfigurable()
{
    ArchiveLimits tight;
    tight.maxEntryBytes = 100;
    auto archive = Archive::open(testsupport::exampleArchive(), tight);
    QVERIFY(!archive.ok());
    QCOMPARE(archive.error().code(), Error::Code::LimitExceeded);
    QVERIFY(archive.error().message().contains(QLatin1String("limit")));
    auto fine = Archive::open(testsupport::exampleArchive());
    QVERIFY(fine.ok());
    bool called = false;
    auto cancelled = Archive::open(testsupport::fixture(QStringLiteral("hostile_manyentries.tar")), {}, [&](qint64, qint64) {
        called = true;
        return false;
    });
    QVERIFY(called);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code(), Error::Code::Cancelled);
}

void TestArchive::expansionKeepsTheDiskFree()
{
    const QString file = testsupport::fixture(QStringLiteral("v7_aot.tar.gz"));
    QProcess gunzip;
    gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), file});
    QVERIFY(gunzip.waitForFinished());
    const qint64 expanded = gunzip.readAllStandardOutput().size();
    QVERIFY(expanded > 4096);
    // Ask for more to stay free in $TMPDIR than it has: nothing is expanded, the refusal names
    // what it needs, and nothing is left behind.
    ArchiveLimits tight;
    tight.minFreeBytes = QStorageInfo(QDir::tempPath()).bytesAvailable() + (qint64(1) << 30);
    auto refused = Archive::open(file, tight);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::Io);
    QVERIFY2(refused.error().message().contains(QLatin1String("free")), qPrintable(refused.error().message()));
    QVERIFY(refused.error().message().contains(QDir::tempPath()));
    QVERIFY(QDir(QDir::tempPath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    auto fine = Archive::open(file);
    QVERIFY(fine.ok());
}

void TestArchive::declaredBombsAreRefusedBeforeExpanding()
{
    // The xz index declares 300 MiB from about 50 KB: no byte is expanded (no progress is
    // reported) before the refusal.
    int progressCalls = 0;
    auto bomb = Archive::open(testsupport::fixture(QStringLiteral("hostile_xz_bomb.tar.xz")), {}, [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    QVERIFY(!bomb.ok());
    QCOMPARE(bomb.error().code(), Error::Code::LimitExceeded);
    QVERIFY(bomb.error().message().contains(QLatin1String("compression bomb")));
    QCOMPARE(progressCalls, 0);
    // A gzip stream cut short after a 3 GiB member header is refused at that header, not as
    // a truncated stream after it.
    auto header = Archive::open(testsupport::fixture(QStringLiteral("hostile_gzip_hugeentry.tar.gz")));
    QVERIFY(!header.ok());
    QVERIFY2(header.error().message().contains(QLatin1String("huge.c")), qPrintable(header.error().message()));
    QVERIFY(!header.error().message().contains(QLatin1String("truncated")));
}

void TestArchive::readRangeAndMissingEntries()
{
    for (const QString &file : {QStringLiteral("v7_aot.tar"), QStringLiteral("v7_aot.zip"), QStringLiteral("v7_aot_dir")}) {
        auto archive = Archive::open(testsupport::fixture(file));
        QVERIFY(archive.ok());
        auto whole = (*archive)->read(QStringLiteral("metadata.json"));
        QVERIFY(whole.ok());
        auto part = (*archive)->readRange(QStringLiteral("metadata.json"), 5, 20);
        QVERIFY(part.ok());
        QCOMPARE(part.value(), whole->mid(5, 20));
        auto tail = (*archive)->readRange(QStringLiteral("metadata.json"), whole->size() - 3, 100);
        QCOMPARE(tail.value(), whole->right(3));
        auto missing = (*archive)->read(QStringLiteral("nope.txt"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QVERIFY(missing.error().message().contains(QLatin1String("nope.txt")));
        auto capped = (*archive)->read(QStringLiteral("metadata.json"), 10);
        QVERIFY(!capped.ok());
    }
    auto none = Archive::open(QStringLiteral("/nonexistent/model.tar"));
    QVERIFY(!none.ok());
    QVERIFY(none.error().message().contains(QLatin1String("does not exist")));
}

void TestArchive::corpusReadsMatchTar_data()
{
    QTest::addColumn<QString>("file");
    const QDir corpus(testsupport::corpusDir());
    if (!corpus.exists())
        QSKIP("../shared/corpus is absent: the corpus tests need the shared folder beside the checkout");
    for (const auto &[name, path] : testsupport::corpusArchives())
        QTest::newRow(qPrintable(name)) << path;
}

void TestArchive::corpusReadsMatchTar()
{
    QFETCH(QString, file);
    auto archive = Archive::open(file);
    QVERIFY2(archive.ok(), qPrintable(archive.ok() ? QString() : archive.error().message()));
    QVERIFY((*archive)->entries().size() > 3);
    QTemporaryDir out;
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), file, QStringLiteral("-C"), out.path()});
    QVERIFY(tar.waitForFinished());
    for (const ArchiveEntry &e : (*archive)->entries()) {
        QFile f(out.filePath(e.path));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(e.path));
        auto data = (*archive)->read(e.path);
        QVERIFY(data.ok());
        QCOMPARE(data.value(), f.readAll());
    }
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
