#include "../testsupport.h"
#include "mlf/archivediff.h"
#include "mlf/memorymap.h"

#include <QTest>

using namespace mtvw::mlf;

class TestMemoryMap : public QObject
{
    Q_OBJECT
private slots:
    void exampleTotals();
    void budgetCheck_data();
    void budgetCheck();
    void graphUsesStorageIds();
    void poolsFromHeader();
    void diffOfSameArchiveIsEmpty();
    void diffAcrossVersions();
};

namespace {
std::shared_ptr<MlfArchive> openOrFail(const QString &path)
{
    auto r = MlfArchive::open(path);
    if (!r) {
        qWarning("%s", qPrintable(r.error().message()));
        return {};
    }
    return r.value();
}
} // namespace

void TestMemoryMap::exampleTotals()
{
    auto mlf = openOrFail(testsupport::exampleArchive());
    QVERIFY(mlf);
    const auto &m = mlf->modules().first();
    const MemoryMap map = MemoryMap::compute(*mlf, m);
    QCOMPARE(map.workspaceBytes, m.meta.workspaceBytes());
    QCOMPARE(map.ioBytes, m.meta.ioBytes());
    QCOMPARE(map.ramBytes, map.workspaceBytes + map.ioBytes); // AOT: workspace + io
    QCOMPARE(map.flashBytes, map.constantsBytes);             // AOT: constants (C not compiled)
    QCOMPARE(map.paramsBytes, m.params->totalDataBytes());
    qint64 code = 0;
    for (const auto &c : map.code)
        code += c.bytes;
    QCOMPARE(code, map.sourceBytes);
    QCOMPARE(map.code.size(), m.sources.size());
    QVERIFY(!map.operators.isEmpty());
    for (int i = 1; i < map.operators.size(); ++i)
        QVERIFY(map.operators[i - 1].bytes >= map.operators[i].bytes);
}

void TestMemoryMap::budgetCheck_data()
{
    QTest::addColumn<qint64>("ramSlack");
    QTest::addColumn<qint64>("flashSlack");
    QTest::addColumn<bool>("fits");
    QTest::newRow("exact fit") << qint64(0) << qint64(0) << true;
    QTest::newRow("ram one byte short") << qint64(-1) << qint64(100) << false;
    QTest::newRow("flash one byte short") << qint64(100) << qint64(-1) << false;
    QTest::newRow("roomy") << qint64(1 << 20) << qint64(1 << 20) << true;
}

void TestMemoryMap::budgetCheck()
{
    QFETCH(qint64, ramSlack);
    QFETCH(qint64, flashSlack);
    QFETCH(bool, fits);
    auto mlf = openOrFail(testsupport::exampleArchive());
    QVERIFY(mlf);
    const MemoryMap map = MemoryMap::compute(*mlf, mlf->modules().first());
    const auto fit = map.check({map.ramBytes + ramSlack, map.flashBytes + flashSlack});
    QCOMPARE(fit.fits(), fits);
    QCOMPARE(fit.ramHeadroom, ramSlack);
    QCOMPARE(fit.flashHeadroom, flashSlack);
    QVERIFY(map.check({}).fits()); // no budget: nothing checked
}

void TestMemoryMap::graphUsesStorageIds()
{
    auto mlf = openOrFail(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf);
    const auto &m = mlf->modules().first();
    const MemoryMap map = MemoryMap::compute(*mlf, m);
    // Each storage id holds its largest entry (computed here from the entries' shapes and dtypes).
    QHash<qint64, qint64> largest;
    for (const auto &n : m.graph->nodes)
        for (int k = 0; k < n.numOutputs; ++k)
            if (const auto *e = m.graph->entry({n.id, k})) {
                qint64 bytes = (e->dtype.mid(e->dtype.indexOf(QRegularExpression(QStringLiteral("\\d")))).toLongLong() + 7) / 8;
                for (qint64 d : e->shape)
                    bytes *= d;
                largest[e->storageId] = std::max(largest.value(e->storageId), bytes);
            }
    qint64 sids = 0;
    for (qint64 b : std::as_const(largest))
        sids += b;
    qint64 op = 0;
    for (const auto &o : m.meta.operators)
        op = std::max(op, o.workspaceBytes());
    QCOMPARE(map.storageBytes, sids);
    QCOMPARE(map.linkedStorageBytes, 0); // nothing linked: -link-params is not in the target
    QCOMPARE(map.ramBytes, sids + op);
    QVERIFY(map.paramsFileUsed);
    QCOMPARE(map.flashBytes, mlf->archive().find(m.paramsEntry)->size); // the file, embedded as it is
}

void TestMemoryMap::poolsFromHeader()
{
    auto mlf = openOrFail(testsupport::fixture(QStringLiteral("v7_pools.tar")));
    QVERIFY(mlf);
    const MemoryMap map = MemoryMap::compute(*mlf, mlf->modules().first());
    QCOMPARE(map.pools.size(), 3);
    qint64 workspacePools = 0;
    for (const auto &p : map.pools)
        if (p.kind == QLatin1String("workspace"))
            workspacePools += p.sizeBytes;
    QVERIFY(workspacePools > 0);
    QVERIFY(map.ramBytes >= workspacePools);
}

void TestMemoryMap::diffOfSameArchiveIsEmpty()
{
    auto a = openOrFail(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    auto b = openOrFail(testsupport::fixture(QStringLiteral("v7_aot.zip")));
    QVERIFY(a && b);
    const ArchiveDiff d = ArchiveDiff::compute(*a, *b);
    QCOMPARE(d.modules.size(), 1);
    for (const auto &f : d.modules.first().functions)
        QCOMPARE(f.change, ArchiveDiff::Change::Same);
    for (const auto &p : d.modules.first().params)
        QCOMPARE(p.change, ArchiveDiff::Change::Same);
    QCOMPARE(d.modules.first().a.workspace, d.modules.first().b.workspace);
}

void TestMemoryMap::diffAcrossVersions()
{
    auto a = openOrFail(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    auto b = openOrFail(testsupport::exampleArchive());
    QVERIFY(a && b);
    const ArchiveDiff d = ArchiveDiff::compute(*a, *b);
    QCOMPARE(d.modules.size(), 1);
    const auto &md = d.modules.first();
    QCOMPARE(md.a.workspace, a->modules().first().meta.workspaceBytes());
    QCOMPARE(md.b.workspace, b->modules().first().meta.workspaceBytes());
    bool added = false, removed = false;
    for (const auto &f : md.functions) {
        added = added || f.change == ArchiveDiff::Change::Added;
        removed = removed || f.change == ArchiveDiff::Change::Removed;
    }
    QVERIFY(added && removed);
    for (int i = 1; i < md.functions.size(); ++i) {
        const auto &x = md.functions[i - 1], &y = md.functions[i];
        QVERIFY(std::abs(x.workspaceDelta()) + std::abs(x.codeDelta()) >= std::abs(y.workspaceDelta()) + std::abs(y.codeDelta()));
    }
}

QTEST_GUILESS_MAIN(TestMemoryMap)
#include "tst_memorymap.moc"
