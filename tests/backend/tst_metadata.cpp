#include "../testsupport.h"
#include "mlf/archive.h"
#include "mlf/metadata.h"
#include "mlf/operatorlistreader.h"

#include <QFileInfo>
#include <QTest>

#include <functional>

using namespace mtvw::mlf;

class TestMetadata : public QObject
{
    Q_OBJECT
private slots:
    void versions_data();
    void versions();
    void badInput_data();
    void badInput();
    void v7MultiModule();
    void statedRelease();
    void fastReadingIsTheSame_data();
    void fastReadingIsTheSame();
};

void TestMetadata::versions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("sids");
    QTest::addColumn<qint64>("workspace");
    QTest::addColumn<int>("operators");
    QTest::addColumn<bool>("known");

    QTest::newRow("v1 graph: sid list, runtimes, target dict")
        << QByteArray(
               R"({"export_datetime": "2021-03-15 10:20:30Z", "memory": [{"input_binding": "a", "size_bytes": 2, "storage_id": 0},
           {"size_bytes": 8, "storage_id": 1}], "model_name": "add", "runtimes": ["graph"], "target": {"1": "c -model=host"}, "version": 1})")
        << 1 << "full-model"
        << "add"
        << "graph"
        << "c -model=host" << 2 << qint64(0) << 0 << true;
    QTest::newRow("v1 aot: empty memory")
        << QByteArray(R"({"memory": [], "model_name": "m", "runtimes": ["aot"], "target": {"1": "c"}, "version": 1})") << 1
        << "full-model"
        << "m"
        << "aot"
        << "c" << 0 << qint64(0) << 0 << true;
    QTest::newRow("v2 memory object")
        << QByteArray(
               R"({"memory": {"functions": {"main": [{"constants_size_bytes": 8, "device": 1, "io_size_bytes": 18, "workspace_size_bytes": 64}],
           "operator_functions": [{"function_name": "fused_add", "workspace": [{"device": 1, "workspace_size_bytes": 64}]}]},
           "sids": [{"size_bytes": 8, "storage_id": 0}]}, "model_name": "add", "runtimes": ["graph"], "target": {"1": "c"}, "version": 2})")
        << 2 << "full-model"
        << "add"
        << "graph"
        << "c" << 1 << qint64(64) << 1 << true;
    QTest::newRow("v4 operator style, compact")
        << QByteArray(
               R"({"version": 4, "model_name": "add", "export_datetime": "x", "memory": {"add": [{"size_bytes": 2, "shape": [2], "dtype": "int8", "input_binding": "A"}]}, "target": {"1": "c"}, "runtimes": [], "style": "operator"})")
        << 4 << "operator"
        << "add"
        << ""
        << "c" << 0 << qint64(0) << 0 << true;
    QTest::newRow("v5 executors key")
        << QByteArray(
               R"({"executors": ["aot"], "memory": {"functions": {"main": [{"constants_size_bytes": 0, "device": 1, "io_size_bytes": 18, "workspace_size_bytes": 128}], "operator_functions": []}},
           "model_name": "default", "style": "full-model", "target": {"1": "c -executor=aot"}, "version": 5})")
        << 5 << "full-model"
        << "default"
        << "aot"
        << "c -executor=aot" << 0 << qint64(128) << 0 << true;
    QTest::newRow("v6 target list")
        << QByteArray(
               R"({"executors": ["graph"], "memory": {"functions": {"main": [], "operator_functions": []}, "sids": []}, "model_name": "m", "style": "full-model", "target": ["c -keys=cpu"], "version": 6})")
        << 6 << "full-model"
        << "m"
        << "graph"
        << "c -keys=cpu" << 0 << qint64(0) << 0 << true;
    QTest::newRow("v7 modules")
        << QByteArray(
               R"({"modules": {"mod1": {"executors": ["aot"], "memory": {"functions": {"main": [{"device": 1, "workspace_size_bytes": 100, "io_size_bytes": 4, "constants_size_bytes": 0,
           "inputs": {"x": {"dtype": "int8", "size": 2}}, "outputs": {"output": {"dtype": "int8", "size": 2}}}],
           "operator_functions": [{"function_name": "tvmgen_mod1_f", "workspace": [{"device": 1, "workspace_size_bytes": 100}]}]}},
           "model_name": "mod1", "style": "full-model", "target": ["c"]}}, "version": 7})")
        << 7 << "full-model"
        << "mod1"
        << "aot"
        << "c" << 0 << qint64(100) << 1 << true;
    QTest::newRow("future v9 still read")
        << QByteArray(
               R"({"modules": {"m": {"executors": ["aot"], "memory": {"functions": {"main": [{"workspace_size_bytes": 7}]}}, "style": "full-model", "target": ["c"], "novel": 1}}, "version": 9})")
        << 9 << "full-model"
        << "m"
        << "aot"
        << "c" << 0 << qint64(7) << 0 << false;
    QTest::newRow("target as plain string")
        << QByteArray(R"({"model_name": "s", "runtimes": ["graph"], "target": "llvm", "memory": [], "version": 3})") << 3
        << "full-model"
        << "s"
        << "graph"
        << "llvm" << 0 << qint64(0) << 0 << true;
}

void TestMetadata::versions()
{
    QFETCH(QByteArray, json);
    QFETCH(int, version);
    QFETCH(QString, style);
    QFETCH(QString, module);
    QFETCH(QString, executor);
    QFETCH(QString, target);
    QFETCH(int, sids);
    QFETCH(qint64, workspace);
    QFETCH(int, operators);
    QFETCH(bool, known);
    auto md = Metadata::parse(json, QStringLiteral("metadata.json"));
    QVERIFY2(md.ok(), qPrintable(md.ok() ? QString() : md.error().message()));
    QCOMPARE(md->version, version);
    QCOMPARE(md->versionKnown, known);
    QCOMPARE(md->style, style);
    QCOMPARE(md->modules.size(), 1);
    const Metadata::Module &m = md->modules.first();
    QCOMPARE(m.name, module);
    QCOMPARE(m.executors.value(0), executor);
    QCOMPARE(m.targets.value(0), target);
    QCOMPARE(m.sids.size(), sids);
    QCOMPARE(m.workspaceBytes(), workspace);
    QCOMPARE(m.operators.size(), operators);
    if (!known)
        QVERIFY(md->warnings.join(QLatin1Char(' ')).contains(QLatin1String("newer")));
    if (style == QLatin1String("operator")) {
        QCOMPARE(m.operatorFunctions.size(), 1);
        QCOMPARE(m.operatorFunctions.first().params.first().shape, QList<qint64>{2});
    }
}

void TestMetadata::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("needle");
    QTest::newRow("not json") << QByteArray("{\"version\": 7,") << "not valid JSON";
    QTest::newRow("empty") << QByteArray("") << "not valid JSON";
    QTest::newRow("array top") << QByteArray("[]") << "should be an object";
    QTest::newRow("no version") << QByteArray("{}") << "\"version\" is missing";
    QTest::newRow("version string") << QByteArray(R"({"version": "7"})")
                                    << "field \"version\" should be an integer but is a string";
    QTest::newRow("version zero") << QByteArray(R"({"version": 0})") << "does not exist";
    QTest::newRow("modules list") << QByteArray(R"({"version": 7, "modules": []})") << "\"modules\" should be an object";
    QTest::newRow("main is number") << QByteArray(R"({"version": 7, "modules": {"d": {"memory": {"functions": {"main": 3}}}}})")
                                    << "modules.d.memory.functions.main\" should be an array but is an integer";
    QTest::newRow("workspace string")
        << QByteArray(
               R"({"version": 7, "modules": {"d": {"memory": {"functions": {"main": [{"workspace_size_bytes": "1k"}]}}}}})")
        << "modules.d.memory.functions.main[0].workspace_size_bytes";
    QTest::newRow("executors not strings") << QByteArray(R"({"version": 5, "model_name": "m", "executors": [1]})")
                                           << "executors[0]";
    QTest::newRow("target number") << QByteArray(R"({"version": 6, "model_name": "m", "target": 5})") << "target";
    QTest::newRow("sid without size") << QByteArray(
                                             R"({"version": 2, "model_name": "m", "memory": {"sids": [{"storage_id": 0}]}})")
                                      << "memory.sids[0].size_bytes";
    QTest::newRow("huge integer") << QByteArray(R"({"version": 18446744073709551615})") << "too large";
    QByteArray many = R"({"version": 7, "modules": {)";
    for (int i = 0; i <= 10'000; ++i)
        many += (i ? ", \"m" : "\"m") + QByteArray::number(i) + "\": {}";
    QTest::newRow("10001 modules") << many + "}}"
                                   << "10001 modules is more than the 10000 allowed";
}

void TestMetadata::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, needle);
    auto md = Metadata::parse(json, QStringLiteral("model/metadata.json"));
    QVERIFY(!md.ok());
    QVERIFY2(md.error().message().contains(needle), qPrintable(md.error().message()));
    QVERIFY2(md.error().message().startsWith(QLatin1String("model/metadata.json")), qPrintable(md.error().message()));
}

void TestMetadata::v7MultiModule()
{
    const QByteArray json = R"({"modules": {"a": {"executors": ["graph"], "style": "full-model", "target": ["c"],
        "memory": {"functions": {"main": [{"workspace_size_bytes": 10, "io_size_bytes": 1}]}}},
        "b": {"executors": ["aot"], "style": "full-model", "target": ["c"], "memory": {"functions": {"main": [{"workspace_size_bytes": 20}]}},
        "external_dependencies": [{"short_name": "tvm_standalone_crt", "url": "./runtime", "url_type": "mlf_path", "version_spec": "0.18.0"}]}},
        "version": 7})";
    auto md = Metadata::parse(json, QStringLiteral("metadata.json"));
    QVERIFY(md.ok());
    QVERIFY(md->multiModule);
    QCOMPARE(md->modules.size(), 2);
    QVERIFY(md->module(QStringLiteral("a"))->isGraph());
    QVERIFY(md->module(QStringLiteral("b"))->isAot());
    QCOMPARE(md->module(QStringLiteral("b"))->dependencies.first().versionSpec, QStringLiteral("0.18.0"));
    QCOMPARE(md->module(QStringLiteral("a"))->workspaceBytes() + md->module(QStringLiteral("b"))->workspaceBytes(), 30);
}

QTEST_GUILESS_MAIN(TestMetadata)
namespace {

// A v7 document with `count` operators, padded past OperatorListReader::kMinBytes; `op` writes one.
QByteArray bigDocument(int count, const std::function<QByteArray(int)> &op)
{
    QByteArray ops;
    for (int i = 0; i < count; ++i)
        ops += (i ? ",\n" : "") + op(i);
    return "{\"modules\": {\"default\": {\"executors\": [\"aot\"], \"memory\": {\"functions\": {\"main\": "
           "[{\"constants_size_bytes\": 8, \"device\": 1, \"io_size_bytes\": 18, \"workspace_size_bytes\": 64}], "
           "\"operator_functions\": [" +
           ops + "]}}, \"model_name\": \"default\", \"style\": \"full-model\", \"target\": [\"c\"]}}, \"version\": 7}";
}

QByteArray plainOp(int i)
{
    return "{\"function_name\": \"tvmgen_default_fused_op_" + QByteArray::number(i) +
           "\", \"workspace\": [{\"device\": 1, \"workspace_size_bytes\": " + QByteArray::number(i * 16) + "}]}";
}

QString describe(const mtvw::Result<Metadata> &r)
{
    if (!r)
        return QStringLiteral("error: ") + r.error().message();
    QString out = QStringLiteral("v%1 %2 warnings[%3]")
                      .arg(r.value().version)
                      .arg(r.value().style, r.value().warnings.join(QLatin1Char('|')));
    for (const auto &m : r.value().modules) {
        out += QStringLiteral(" module %1 main %2 sids %3 ops").arg(m.name).arg(m.main.size()).arg(m.sids.size());
        for (const auto &op : m.operators) {
            out += QLatin1Char(' ') + op.functionName;
            for (const auto &w : op.workspace)
                out += QStringLiteral(":%1/%2").arg(w.first).arg(w.second);
        }
    }
    return out;
}

} // namespace

void TestMetadata::statedRelease()
{
    // A v5 document (the format of TVM 0.8) whose standalone C runtime says another release.
    const QByteArray v5 = R"({"version": 5, "model_name": "m", "style": "full-model", "executors": ["aot"],
        "target": {"1": "c"}, "memory": {"functions": {"main": [], "operator_functions": []}},
        "external_dependencies": [{"short_name": "tvm_standalone_crt", "url": "./runtime", "url_type": "mlf_path",
                                   "version_spec": "0.9.dev0"}]})";
    const auto md = Metadata::parse(v5, QStringLiteral("metadata.json"));
    QVERIFY2(md, qPrintable(md ? QString() : md.error().message()));
    QCOMPARE(md->statedRelease(), QStringLiteral("0.9.dev0"));
    const QByteArray none = R"({"version": 5, "model_name": "m", "style": "full-model", "executors": ["aot"],
        "target": {"1": "c"}, "memory": {"functions": {"main": [], "operator_functions": []}}})";
    QCOMPARE(Metadata::parse(none, QStringLiteral("metadata.json"))->statedRelease(), QString());
}

void TestMetadata::fastReadingIsTheSame_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fast"); // whether the operator lists are read straight from the bytes
    QTest::newRow("big, as TVM writes it") << bigDocument(4000, plainOp) << true;
    QTest::newRow("no device, empty workspace") << bigDocument(4000, [](int i) {
        return "{\"workspace\": [" + QByteArray(i % 2 ? "{\"workspace_size_bytes\": 7}" : "") + "], \"function_name\": \"f" +
               QByteArray::number(i) + "\"}";
    }) << true;
    QTest::newRow("an unknown key") << bigDocument(4000, [](int i) {
        return i == 3000 ? QByteArray("{\"function_name\": \"x\", \"extra\": 1}") : plainOp(i);
    }) << false;
    QTest::newRow("an escape") << bigDocument(4000, [](int i) {
        return i == 5 ? QByteArray("{\"function_name\": \"a\\u0062\"}") : plainOp(i);
    }) << false;
    QTest::newRow("a fraction") << bigDocument(4000, [](int i) {
        return i == 7 ? QByteArray("{\"function_name\": \"a\", \"workspace\": [{\"workspace_size_bytes\": 1.5}]}") : plainOp(i);
    }) << false;
    QTest::newRow("a duplicate key") << bigDocument(4000, [](int i) {
        return i == 9 ? QByteArray("{\"function_name\": \"a\", \"function_name\": \"b\"}") : plainOp(i);
    }) << false;
    QTest::newRow("a missing name") << bigDocument(4000, [](int i) {
        return i == 11 ? QByteArray("{\"workspace\": []}") : plainOp(i);
    }) << false;
    QTest::newRow("a forged marker") << bigDocument(4000, [](int i) {
        return i == 1 ? QByteArray("{\"function_name\": \"mtvw-operator-list:0\"}") : plainOp(i);
    }) << false;
    // The lists split off, but the rest does not parse: the ordinary parse reports the error, with its offset.
    QTest::newRow("broken after the list") << (bigDocument(4000, plainOp) + ",") << true;
    // Every generated fixture and corpus archive's metadata.json, as the archive holds it.
    QStringList archives;
    for (const QJsonValue &v : testsupport::manifest())
        if (v[QStringLiteral("kind")].toString() == QLatin1String("valid"))
            archives << testsupport::fixture(v[QStringLiteral("file")].toString());
    for (const QString &f : archives) {
        auto a = mtvw::mlf::Archive::open(f);
        if (!a)
            continue;
        for (const auto &e : (*a)->entries())
            if (e.path.endsWith(QLatin1String("metadata.json")))
                if (auto bytes = (*a)->read(e.path))
                    QTest::newRow(qPrintable(QFileInfo(f).fileName() + QLatin1Char(':') + e.path))
                        << bytes.value() << bool(mtvw::mlf::OperatorListReader::split(bytes.value()));
    }
}

void TestMetadata::fastReadingIsTheSame()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fast);
    QCOMPARE(bool(mtvw::mlf::OperatorListReader::split(json)), fast);
    const auto plain = Metadata::parse(json, QStringLiteral("metadata.json"), Metadata::Reading::Plain);
    const auto quick = Metadata::parse(json, QStringLiteral("metadata.json"), Metadata::Reading::Split);
    QCOMPARE(describe(quick), describe(plain));
}

#include "tst_metadata.moc"
