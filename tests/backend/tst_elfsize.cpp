#include "micro/elfsize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using mtvw::micro::ElfSize;

namespace {

// binutils' own figures: `size -B FILE` prints "text data bss dec hex filename".
bool sizeSays(const QString &file, qint64 *text, qint64 *data, qint64 *bss)
{
    QProcess p;
    p.start(QStringLiteral("size"), {QStringLiteral("-B"), file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return false;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return false;
    const QStringList f = lines[1].split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (f.size() < 3)
        return false;
    *text = f[0].toLongLong();
    *data = f[1].toLongLong();
    *bss = f[2].toLongLong();
    return true;
}

} // namespace

class TestElfSize : public QObject
{
    Q_OBJECT
private slots:
    void matchesBinutils_data();
    void matchesBinutils();
    void refusesWhatIsNotElf();
    void findsTheProgram();
};

void TestElfSize::matchesBinutils_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("this test") << QCoreApplication::applicationFilePath();
    QTest::newRow("/bin/true") << QStringLiteral("/bin/true");
    // An object file the host compiler makes here, with known data and bss.
    static QTemporaryDir dir;
    const QString c = dir.filePath(QStringLiteral("t.c"));
    QFile src(c);
    if (src.open(QIODevice::WriteOnly)) {
        src.write(
            "int zeros[1000];\nint ones[50] = {1};\nconst char text[] = \"hello\";\nint f(int x) { return x * 3 + ones[x]; }\n");
        src.close();
    }
    const QString o = dir.filePath(QStringLiteral("t.o"));
    if (QProcess::execute(QStringLiteral("cc"), {QStringLiteral("-c"), QStringLiteral("-O1"), c, QStringLiteral("-o"), o}) == 0)
        QTest::newRow("object file") << o;
}

void TestElfSize::matchesBinutils()
{
    QFETCH(QString, file);
    qint64 text = 0, data = 0, bss = 0;
    QVERIFY2(sizeSays(file, &text, &data, &bss), "binutils' size did not run (package binutils)");
    auto mine = ElfSize::read(file);
    QVERIFY2(mine.ok(), qPrintable(mine.ok() ? QString() : mine.error().message()));
    QCOMPARE(mine->text, text);
    QCOMPARE(mine->data, data);
    QCOMPARE(mine->bss, bss);
    QVERIFY(!mine->machine.isEmpty());
    // The same from the bytes, and every cut-short prefix is an error or the same figures.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    auto again = ElfSize::parse(bytes, file);
    QVERIFY(again.ok());
    QCOMPARE(again->text, text);
    for (qsizetype cut : {qsizetype(0), qsizetype(3), qsizetype(40), qsizetype(63), bytes.size() - 1})
        QVERIFY(!ElfSize::parse(bytes.left(cut), file).ok());
}

void TestElfSize::refusesWhatIsNotElf()
{
    auto r = ElfSize::parse(QByteArray("#!/bin/sh\necho hi\n"), QStringLiteral("script"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(QLatin1String("script")));
    QByteArray bad("\x7f"
                   "ELF\x03\x01",
                   6);
    bad += QByteArray(60, '\0');
    QVERIFY(!ElfSize::parse(bad, QStringLiteral("x")).ok());
    QVERIFY(!ElfSize::read(QStringLiteral("/nonexistent/prog")).ok());
}

void TestElfSize::findsTheProgram()
{
    QTemporaryDir dir;
    QVERIFY(ElfSize::findProgram(dir.path()).isEmpty());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("build/obj")));
    // An executable ELF in build/ (host-sim's layout); a script beside it is not taken.
    QFile script(dir.filePath(QStringLiteral("build/run.sh")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    QVERIFY(QFile::copy(QStringLiteral("/bin/true"), dir.filePath(QStringLiteral("build/prog"))));
    QCOMPARE(ElfSize::findProgram(dir.path()), dir.filePath(QStringLiteral("build/prog")));
    // Zephyr's place wins.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("build/zephyr")));
    QVERIFY(QFile::copy(QStringLiteral("/bin/true"), dir.filePath(QStringLiteral("build/zephyr/zephyr.elf"))));
    QCOMPARE(ElfSize::findProgram(dir.path()), dir.filePath(QStringLiteral("build/zephyr/zephyr.elf")));
}

QTEST_GUILESS_MAIN(TestElfSize)
#include "tst_elfsize.moc"
