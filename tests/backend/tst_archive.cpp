#include "mlf/archive.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw;
using namespace mtvw::mlf;

class TestArchive : public QObject
{
    Q_OBJECT
private slots:
    void corpusReadsMatchBsdtar_data();
    void corpusReadsMatchBsdtar();
};

void TestArchive::corpusReadsMatchBsdtar_data()
{
    QTest::addColumn<QString>("file");
    const QDir corpus(QStringLiteral(MTVW_SOURCE_DIR "/../shared/corpus"));
    if (!corpus.exists())
        QSKIP("../shared/corpus is absent: the corpus tests need the shared folder beside the checkout");
    for (const QString &dir : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &f : QDir(corpus.filePath(dir)).entryList({QStringLiteral("*.tar")}))
            QTest::newRow(qPrintable(dir + QLatin1Char('/') + f)) << corpus.filePath(dir + QLatin1Char('/') + f);
}

void TestArchive::corpusReadsMatchBsdtar()
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
