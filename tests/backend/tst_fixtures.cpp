#include "../testsupport.h"
#include "mlf/mlfarchive.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw;
using namespace mtvw::mlf;

class TestFixtures : public QObject
{
    Q_OBJECT
private slots:
    void validArchives_data();
    void validArchives();
    void hostileContent_data();
    void hostileContent();
    void crossLinks();
    void operatorStyleLinks();
    void exampleComesFromTheGenerator();
};

namespace {

void addRows(const QString &kind)
{
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray manifest = testsupport::manifest();
    if (manifest.isEmpty())
        QFAIL("manifest.json is missing: the fixtures were not generated");
    for (const QJsonValue &v : manifest) {
        const QJsonObject o = v.toObject();
        if (o[QStringLiteral("kind")].toString() == kind)
            QTest::newRow(qPrintable(o[QStringLiteral("file")].toString())) << o;
    }
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

void TestFixtures::validArchives_data()
{
    addRows(QStringLiteral("valid"));
}

void TestFixtures::validArchives()
{
    QFETCH(QJsonObject, entry);
    const QString file = testsupport::fixture(entry[QStringLiteral("file")].toString());
    auto opened = MlfArchive::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    const MlfArchive &mlf = **opened;
    QVERIFY(mlf.hasMetadata());
    QCOMPARE(mlf.metadata().version, entry[QStringLiteral("version")].toInt());
    QCOMPARE(mlf.metadata().versionKnown, entry[QStringLiteral("version")].toInt() <= 7);
    QCOMPARE(mlf.metadata().style, entry[QStringLiteral("style")].toString());
    QCOMPARE(mlf.root(), entry[QStringLiteral("root")].toString().isEmpty()
                             ? QString()
                             : entry[QStringLiteral("root")].toString() + QLatin1Char('/'));
    const QJsonArray modules = entry[QStringLiteral("modules")].toArray();
    QCOMPARE(mlf.modules().size(), modules.size());
    for (const QJsonValue &mv : modules) {
        const QJsonObject em = mv.toObject();
        const QString name = em[QStringLiteral("name")].toString();
        const MlfArchive::Module *m = mlf.module(name);
        QVERIFY2(m, qPrintable(name));
        QCOMPARE(m->meta.executors, toStrings(em[QStringLiteral("executors")]));
        QCOMPARE(m->meta.targets, toStrings(em[QStringLiteral("targets")]));
        auto check = [&](const char *key, qint64 got) {
            const QJsonValue want = em[QString::fromLatin1(key)];
            if (!want.isNull() && !want.isUndefined())
                QCOMPARE(got, qint64(want.toDouble()));
        };
        check("operator_count", m->meta.operators.size() + m->meta.operatorFunctions.size());
        check("workspace_bytes", m->meta.workspaceBytes());
        check("io_bytes", m->meta.ioBytes());
        check("constants_bytes", m->meta.constantsBytes());
        check("params_count", m->params ? m->params->tensors.size() : 0);
        check("params_bytes", m->params ? m->params->totalDataBytes() : 0);
        check("sids_count", m->meta.sids.size());
        QCOMPARE(bool(m->graph), em[QStringLiteral("has_graph")].toBool());
        QCOMPARE(bool(m->header), em[QStringLiteral("has_header")].toBool());
        if (m->header)
            QCOMPARE(m->header->pools.size(), em[QStringLiteral("pools")].toArray().size());
        // Every operator the metadata names has its C definition (C targets only).
        if (!m->sources.isEmpty()) {
            for (const auto &op : m->meta.operators)
                QVERIFY2(mlf.links(*m, op.functionName).cFunction.has_value(), qPrintable(op.functionName));
        }
    }
}

void TestFixtures::hostileContent_data()
{
    addRows(QStringLiteral("hostile"));
}

void TestFixtures::hostileContent()
{
    QFETCH(QJsonObject, entry);
    ArchiveLimits limits;
    const QJsonObject caps = entry[QStringLiteral("needs_caps")].toObject();
    if (caps.contains(QStringLiteral("max_entries")))
        limits.maxEntries = qint64(caps[QStringLiteral("max_entries")].toDouble());
    if (caps.contains(QStringLiteral("max_total_bytes")))
        limits.maxTotalBytes = qint64(caps[QStringLiteral("max_total_bytes")].toDouble());
    auto opened = MlfArchive::open(testsupport::fixture(entry[QStringLiteral("file")].toString()), limits);
    QVERIFY(!opened.ok());
    const QString message = opened.error().message();
    QVERIFY2(message.toLower().contains(entry[QStringLiteral("error_contains")].toString()), qPrintable(message));
    const QString stage = entry[QStringLiteral("stage")].toString();
    if (stage == QLatin1String("metadata"))
        QVERIFY2(message.contains(QLatin1String("metadata.json")), qPrintable(message));
    if (stage == QLatin1String("graph"))
        QVERIFY2(message.contains(QLatin1String("graph")), qPrintable(message));
    if (stage == QLatin1String("params"))
        QVERIFY2(message.contains(QLatin1String(".params")), qPrintable(message));
}

void TestFixtures::crossLinks()
{
    auto opened = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(opened.ok());
    const MlfArchive &mlf = **opened;
    const MlfArchive::Module &m = mlf.modules().first();
    QVERIFY(m.graph);
    int checked = 0;
    for (const MlfArchive::Operator &op : mlf.operators(m)) {
        const MlfArchive::Links l = mlf.links(m, op.name);
        QVERIFY2(l.cFunction, qPrintable(op.name));
        QVERIFY(!l.graphNodes.isEmpty());
        for (int node : l.graphNodes)
            QCOMPARE(m.graph->nodes[node].funcName, op.name);
        QVERIFY(l.workspaceBytes >= 0);
        // The C range really holds that function's definition.
        auto src = mlf.read(l.cFunction->file);
        QVERIFY(src.ok());
        QVERIFY(src->mid(l.cFunction->startOffset, l.cFunction->bytes()).contains(op.name.toUtf8() + '('));
        ++checked;
    }
    QVERIFY(checked >= 3);
}

void TestFixtures::operatorStyleLinks()
{
    auto opened = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_operator.tar")));
    QVERIFY(opened.ok());
    const MlfArchive &mlf = **opened;
    const MlfArchive::Module &m = mlf.modules().first();
    QCOMPARE(mlf.metadata().style, QStringLiteral("operator"));
    const auto ops = mlf.operators(m);
    QVERIFY(!ops.isEmpty());
    for (const auto &op : ops) {
        const auto l = mlf.links(m, op.name);
        QVERIFY2(l.tirFunction, qPrintable(op.name));
        QVERIFY2(l.cFunction, qPrintable(op.name));
        QVERIFY(!l.bufferParams.isEmpty());
    }
}

void TestFixtures::exampleComesFromTheGenerator()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tinydense.tar"));
    const int rc = QProcess::execute(QStringLiteral("python3"),
                                     {QStringLiteral(MTVW_SOURCE_DIR "/tests/data/mlfgen.py"), QStringLiteral("example"), out});
    QCOMPARE(rc, 0);
    QFile a(out), b(testsupport::exampleArchive());
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY2(a.readAll() == b.readAll(), "resources/example/tinydense.tar differs from what tests/data/mlfgen.py example writes");
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
