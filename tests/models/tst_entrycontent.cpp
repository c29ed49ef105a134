#include "../testsupport.h"
#include "entrycontent.h"
#include "mlf/mlfarchive.h"

#include <QJsonDocument>
#include <QTest>

using Kind = EntryContent::Kind;

class TestEntryContent : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data();
    void kinds();
    void hexDumpLayout();
    void loadsEachKind();
    void missingEntryIsNamed();
};

void TestEntryContent::kinds_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("kind");
    QTest::newRow("c") << "codegen/host/src/default_lib0.c" << QByteArray("int x;") << int(Kind::C);
    QTest::newRow("header") << "codegen/host/include/tvmgen_default.h" << QByteArray("#pragma once") << int(Kind::C);
    QTest::newRow("metadata") << "metadata.json" << QByteArray("{}") << int(Kind::Json);
    QTest::newRow("graph v7") << "executor-config/graph/default.graph" << QByteArray("{}") << int(Kind::Json);
    QTest::newRow("relay v7") << "src/default.relay" << QByteArray("def @main") << int(Kind::Relay);
    QTest::newRow("relay v4") << "src/relay.txt" << QByteArray("def @main") << int(Kind::Relay);
    QTest::newRow("tir") << "src/tir-1.txt" << QByteArray("primfn") << int(Kind::Tir);
    QTest::newRow("params") << "parameters/default.params" << QByteArray("abc") << int(Kind::Hex);
    QTest::newRow("object") << "codegen/host/lib/default_lib0.o"
                            << QByteArray("\x7f"
                                          "ELF")
                            << int(Kind::Hex);
    QTest::newRow("nul in text") << "README" << QByteArray("ab\0cd", 5) << int(Kind::Hex);
    QTest::newRow("plain") << "templates/crt_config.h.template" << QByteArray("#define X 1") << int(Kind::Text);
}

void TestEntryContent::kinds()
{
    QFETCH(QString, entry);
    QFETCH(QByteArray, head);
    QFETCH(int, kind);
    QCOMPARE(int(EntryContent::kindFor(entry, head)), kind);
}

void TestEntryContent::hexDumpLayout()
{
    QByteArray data;
    for (int i = 0; i < 20; ++i)
        data.append(char(0x41 + i));
    const QList<QByteArray> lines = EntryContent::hexDump(data, 0x100).split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the final newline
    QVERIFY(lines[0].startsWith("00000100  41 42 43"));
    QVERIFY(lines[0].endsWith("|ABCDEFGHIJKLMNOP|"));
    QVERIFY(lines[1].startsWith("00000110  51 52 53 54"));
    QVERIFY(lines[1].endsWith("|QRST|"));
}

void TestEntryContent::loadsEachKind()
{
    auto mlf = mtvw::mlf::MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(mlf.ok());
    const auto &archive = *mlf.value();

    auto md = EntryContent::load(archive, QStringLiteral("metadata.json"));
    QVERIFY(md.ok());
    QCOMPARE(md.value().kind, Kind::Json);
    QVERIFY(!QJsonDocument::fromJson(md.value().text).isNull());
    QCOMPARE(md.value().entryBytes, archive.archive().find(QStringLiteral("metadata.json"))->size);

    auto params = EntryContent::load(archive, QStringLiteral("parameters/default.params"));
    QVERIFY(params.ok());
    QCOMPARE(params.value().kind, Kind::Hex);
    const qint64 size = params.value().entryBytes;
    QCOMPARE(qint64(params.value().text.count('\n')), (size + 15) / 16);
    QVERIFY(params.value().note.contains(QLatin1String("hex")));

    const QString source = archive.modules().first().sources.first();
    auto c = EntryContent::load(archive, source);
    QVERIFY(c.ok());
    QCOMPARE(c.value().kind, Kind::C);
    QCOMPARE(c.value().text, archive.read(source).value());
}

void TestEntryContent::missingEntryIsNamed()
{
    auto mlf = mtvw::mlf::MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(mlf.ok());
    auto r = EntryContent::load(*mlf.value(), QStringLiteral("no/such.c"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(QLatin1String("no/such.c")));
}

QTEST_GUILESS_MAIN(TestEntryContent)
#include "tst_entrycontent.moc"
