// The memory figures of the generated fixtures against what the generator wrote into them
// (manifest.json's "memory_truth", written from the values the generator used, not read back).
#include "../testsupport.h"
#include "mlf/memorymap.h"

#include <QTest>

using namespace mtvw::mlf;

class TestMemoryFixtures : public QObject
{
    Q_OBJECT

private slots:
    void constantForms();
    void linkedGraph();
    void codegenOnlyHeader();

private:
    static QJsonObject truth(const QString &file);
    static std::shared_ptr<MlfArchive> open(const QString &file);
    static const MemoryMap::Activation *activation(const MemoryMap &map, const QString &name);
};

QJsonObject TestMemoryFixtures::truth(const QString &file)
{
    for (const QJsonValue &v : testsupport::manifest())
        if (v[QStringLiteral("file")].toString() == file)
            return v[QStringLiteral("memory_truth")].toObject();
    return {};
}

std::shared_ptr<MlfArchive> TestMemoryFixtures::open(const QString &file)
{
    auto opened = MlfArchive::open(testsupport::fixture(file));
    return opened ? std::move(opened).value() : nullptr;
}

const MemoryMap::Activation *TestMemoryFixtures::activation(const MemoryMap &map, const QString &name)
{
    for (const auto &a : map.activations)
        if (a.name == name)
            return &a;
    return nullptr;
}

void TestMemoryFixtures::constantForms()
{
    const QJsonObject t = truth(QStringLiteral("v7_constforms.tar"));
    QVERIFY2(!t.isEmpty(), "the fixture v7_constforms.tar has no memory_truth in the manifest");
    const auto mlf = open(QStringLiteral("v7_constforms.tar"));
    QVERIFY(mlf);
    const MemoryMap map = MemoryMap::compute(*mlf, mlf->modules().first());

    // Every constant form, each symbol once, counted in flash although metadata.json says 0.
    QCOMPARE(map.constantsInCode.size(), t[QStringLiteral("constants")].toArray().size());
    for (const QJsonValue &c : t[QStringLiteral("constants")].toArray()) {
        const QString symbol = c[QStringLiteral("symbol")].toString();
        const auto it = std::find_if(map.constantsInCode.cbegin(), map.constantsInCode.cend(),
                                     [&](const CodeArrays::Array &a) { return a.symbol == symbol; });
        QVERIFY2(it != map.constantsInCode.cend(), qPrintable(symbol));
        QCOMPARE(it->bytes, c[QStringLiteral("bytes")].toInteger());
        QCOMPARE(CodeArrays::kindKey(it->kind), c[QStringLiteral("kind")].toString());
        QCOMPARE(it->file, c[QStringLiteral("file")].toString());
    }
    QCOMPARE(map.constantsInCodeBytes, t[QStringLiteral("constants_bytes")].toInteger());
    QCOMPARE(map.flashBytes, t[QStringLiteral("constants_bytes")].toInteger());
    QCOMPARE(map.sources.value(QStringLiteral("constants")), MemoryMap::Source::Code);
    QVERIFY(map.notes.join(QLatin1Char(' ')).contains(QStringLiteral("0 B of constants")));

    // The workspace array is the workspace; the io comes from the header.
    const QJsonArray ws = t[QStringLiteral("workspace_arrays")].toArray();
    QCOMPARE(map.workspaceInCode.size(), ws.size());
    QCOMPARE(map.workspaceBytes, ws.first()[QStringLiteral("bytes")].toInteger());
    QCOMPARE(map.ioBytes, t[QStringLiteral("io_bytes")].toInteger());
    QCOMPARE(map.ramBytes, map.workspaceBytes + map.ioBytes);

    // The main function's calls, its tensors at their offsets, and the operator's scratch.
    QStringList calls;
    for (const QJsonValue &c : t[QStringLiteral("calls")].toArray())
        calls << c.toString();
    QCOMPARE(map.calls, calls);
    for (const QJsonValue &l : t[QStringLiteral("lets")].toArray()) {
        const auto *a = activation(map, l[QStringLiteral("name")].toString());
        QVERIFY2(a, qPrintable(l[QStringLiteral("name")].toString()));
        QCOMPARE(a->pool, QStringLiteral("global_workspace"));
        QCOMPARE(a->offset, l[QStringLiteral("offset")].toInteger());
        QCOMPARE(a->firstCall, l[QStringLiteral("first_call")].toInt());
        QCOMPARE(a->lastCall, l[QStringLiteral("last_call")].toInt());
        QVERIFY(a->bytes >= l[QStringLiteral("bytes")].toInteger()); // an upper bound from the offsets
    }
    for (const QJsonValue &s : t[QStringLiteral("scratch")].toArray()) {
        const auto *a =
            activation(map, s[QStringLiteral("function")].toString() + QLatin1Char(':') + s[QStringLiteral("name")].toString());
        QVERIFY(a);
        QCOMPARE(a->offset, s[QStringLiteral("offset")].toInteger());
        QCOMPARE(a->role, AotActivations::Role::Scratch);
    }
    // Pointers into the constant pool are not RAM.
    for (const auto &a : map.activations)
        QVERIFY2(a.pool != QStringLiteral("global_const_workspace"), qPrintable(a.name));
    if (t.contains(QStringLiteral("peak_call"))) {
        QCOMPARE(map.peakCall, t[QStringLiteral("peak_call")].toInt());
        QVERIFY(map.peakBytes >= t[QStringLiteral("peak_bytes")].toInteger());
    }
}

void TestMemoryFixtures::linkedGraph()
{
    const QJsonObject t = truth(QStringLiteral("v4_graph_linked.tar"));
    QVERIFY2(!t.isEmpty(), "the fixture v4_graph_linked.tar has no memory_truth in the manifest");
    const auto mlf = open(QStringLiteral("v4_graph_linked.tar"));
    QVERIFY(mlf);
    const MemoryMap map = MemoryMap::compute(*mlf, mlf->modules().first());
    const QJsonObject storage = t[QStringLiteral("storage")].toObject();
    const QJsonObject claimed = t[QStringLiteral("claimed")].toObject();
    QSet<qint64> linked;
    for (const QJsonValue &v : t[QStringLiteral("linked")].toArray())
        linked << v.toInteger();
    QCOMPARE(map.storage.size(), storage.size());
    QStringList differing;
    for (const MemoryMap::Storage &s : map.storage) {
        const QString key = QString::number(s.storageId);
        QCOMPARE(s.bytes, storage[key].toInteger());
        QCOMPARE(s.claimedBytes, claimed[key].toInteger());
        QCOMPARE(s.linked, linked.contains(s.storageId));
        if (s.bytes != s.claimedBytes)
            differing << key;
    }
    QVERIFY(!differing.isEmpty());
    const QString warnings = map.warnings.join(QLatin1Char(' '));
    for (const QString &id : differing)
        QVERIFY2(warnings.contains(id), qPrintable(warnings));
    QCOMPARE(map.largestOperatorWorkspace, t[QStringLiteral("largest_operator_workspace")].toInteger());
    QCOMPARE(map.ramBytes, t[QStringLiteral("ram_bytes")].toInteger());
    QCOMPARE(map.flashBytes, t[QStringLiteral("flash_bytes")].toInteger());
    QVERIFY(!map.paramsFileUsed);
    // The activations are the storage ids not linked, each held for the whole run.
    qint64 held = 0;
    for (const auto &a : map.activations)
        if (a.pool == QStringLiteral("storage"))
            held += a.bytes;
    QCOMPARE(held + map.largestOperatorWorkspace, map.ramBytes);
    QCOMPARE(map.peakBytes, map.ramBytes);
}

void TestMemoryFixtures::codegenOnlyHeader()
{
    const QJsonObject t = truth(QStringLiteral("codegen_only_header.tar"));
    QVERIFY2(!t.isEmpty(), "the fixture codegen_only_header.tar has no memory_truth in the manifest");
    const auto mlf = open(QStringLiteral("codegen_only_header.tar"));
    QVERIFY(mlf);
    QVERIFY(!mlf->hasMetadata());
    const MemoryMap map = MemoryMap::compute(*mlf, mlf->modules().first());
    QCOMPARE(map.workspaceBytes, t[QStringLiteral("workspace_bytes")].toInteger());
    QCOMPARE(map.sources.value(QStringLiteral("workspace")), MemoryMap::Source::Header);
    QCOMPARE(map.constantsInCodeBytes, t[QStringLiteral("constants_bytes")].toInteger());
    QCOMPARE(map.ramKnown, t[QStringLiteral("io_known")].toBool());
    QVERIFY(map.flashKnown);
    for (const QJsonValue &v : t[QStringLiteral("allocations")].toArray()) {
        const auto *a = activation(map, v[QStringLiteral("name")].toString());
        QVERIFY(a);
        QCOMPARE(a->bytes, v[QStringLiteral("bytes")].toInteger());
        QVERIFY(a->exact);
        QCOMPARE(a->firstCall, v[QStringLiteral("first_call")].toInt());
        QCOMPARE(a->lastCall, v[QStringLiteral("last_call")].toInt());
    }
    // Operators' own allocations become the operator workspace figures when there is no metadata.
    for (const QJsonValue &v : t[QStringLiteral("operator_allocations")].toArray()) {
        const auto it = std::find_if(map.operators.cbegin(), map.operators.cend(),
                                     [&](const auto &op) { return op.name == v[QStringLiteral("function")].toString(); });
        QVERIFY(it != map.operators.cend());
        QCOMPARE(it->bytes, v[QStringLiteral("bytes")].toInteger());
    }
    // Unknown is never "fits"; a lower bound over the budget is over.
    const MemoryMap::Fit roomy = map.check({1 << 20, -1});
    QVERIFY(roomy.unknown());
    QVERIFY(!roomy.fits());
    QVERIFY(!roomy.over());
    const MemoryMap::Fit tight = map.check({map.workspaceBytes - 1, -1});
    QVERIFY(tight.over());
}

QTEST_APPLESS_MAIN(TestMemoryFixtures)
#include "tst_memoryfixtures.moc"
