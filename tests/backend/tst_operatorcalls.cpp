// How the model calls each operator function (what a host needs to call one alone), against
// figures this test reads from the raw graph JSON and C text.
#include "../testsupport.h"
#include "mlf/operatorcalls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using mtvw::mlf::OperatorCalls;
using Kind = OperatorCalls::Argument::Kind;

class TestOperatorCalls : public QObject
{
    Q_OBJECT

private slots:
    void aotArgumentsFromTheMainFunction();
    void graphShapesFromTheGraph();
};

// The example: three calls of tvmgen_default___tvm_main__, each passing input/pool lets, the
// weights as constant arrays and the workspace pool.
void TestOperatorCalls::aotArgumentsFromTheMainFunction()
{
    const auto archive = testsupport::openArchive(testsupport::exampleArchive());
    QVERIFY(archive);
    const auto &module = archive->modules().first();
    const OperatorCalls calls = OperatorCalls::of(*archive, module);
    QCOMPARE(calls.source, OperatorCalls::Source::AotCode);

    // The raw text: the main function's calls, its lets' offsets, every scratch let's offset (a
    // buffer ends where the next one in the pool begins), the arrays' declared sizes and the
    // header's input and output sizes.
    const QString code = QString::fromLatin1(archive->read(module.sources.last()).value());
    const QString header = QString::fromLatin1(archive->read(module.headerEntry).value());
    auto macro = [&](const char *name) {
        return QRegularExpression(QStringLiteral("#define %1 (\\d+)").arg(QLatin1String(name)))
            .match(header)
            .captured(1)
            .toLongLong();
    };
    QHash<QString, qint64> bytes{{QStringLiteral("input_buffer_var"), macro("TVMGEN_DEFAULT_INPUT_SIZE")},
                                 {QStringLiteral("output_buffer_var"), macro("TVMGEN_DEFAULT_OUTPUT_SIZE")}};
    QList<qint64> offsets;
    for (auto it = QRegularExpression(QStringLiteral("global_workspace_var\\[(\\d+)\\]")).globalMatch(code); it.hasNext();)
        offsets << it.next().captured(1).toLongLong();
    std::sort(offsets.begin(), offsets.end());
    for (auto it = QRegularExpression(QStringLiteral("void\\* (sid_\\d+_let) = \\(&\\(global_workspace_var\\[(\\d+)\\]\\)\\)"))
                       .globalMatch(code);
         it.hasNext();) {
        const auto m = it.next();
        const qint64 at = m.captured(2).toLongLong();
        const auto next = std::upper_bound(offsets.begin(), offsets.end(), at);
        QVERIFY(next != offsets.end());
        bytes.insert(m.captured(1), *next - at);
    }
    QHash<QString, qint64> constants;
    for (auto it = QRegularExpression(QStringLiteral("static const float (\\w+)\\[(\\d+)\\]")).globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        constants.insert(m.captured(1), m.captured(2).toLongLong() * 4);
    }
    const qsizetype mainAt = code.indexOf(QLatin1String("tvmgen_default___tvm_main__(float*"));
    QVERIFY(mainAt > 0);
    QList<QPair<QString, QStringList>> sites;
    static const QRegularExpression call(QStringLiteral("if \\((tvmgen_default_fused_\\w+)\\(([^)]*(?:\\)[^)]*)*?)\\) != 0\\)"));
    for (auto it = call.globalMatch(code, mainAt); it.hasNext();) {
        const auto m = it.next();
        QStringList args;
        for (QString a : m.captured(2).split(QLatin1Char(',')))
            args << a.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)"))).trimmed();
        sites.append({m.captured(1), args});
    }
    QCOMPARE(sites.size(), 3);
    QCOMPARE(calls.calls.size(), sites.size());
    for (int c = 0; c < sites.size(); ++c) {
        const OperatorCalls::Call &got = calls.calls[c];
        QCOMPARE(got.function, sites[c].first);
        QCOMPARE(got.callsPerRun, 1);
        QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
        QCOMPARE(got.arguments.size(), sites[c].second.size());
        for (int k = 0; k < got.arguments.size(); ++k) {
            const QString &name = sites[c].second[k];
            const auto &a = got.arguments[k];
            QCOMPARE(a.name, name);
            if (constants.contains(name)) {
                QCOMPARE(a.kind, Kind::Constant);
                QCOMPARE(a.bytes, constants.value(name));
            } else if (name == QLatin1String("global_workspace_var")) {
                QCOMPARE(a.kind, Kind::Workspace);
            } else {
                QCOMPARE(a.kind, Kind::Tensor);
                QCOMPARE(a.bytes, bytes.value(name, -2));
                QCOMPARE(a.dtype, QStringLiteral("float32")); // float* parameters
                QCOMPARE(a.shape, QList<qint64>{a.bytes / 4});
            }
        }
    }
}

// A graph archive of the corpus: each function's arguments are its first node's inputs and
// outputs with the graph's shapes and dtypes; callsPerRun counts its nodes.
void TestOperatorCalls::graphShapesFromTheGraph()
{
    const QString file = testsupport::corpusDir() + QStringLiteral("/guberti-arduino/v5_graph_person_detection_nrf5340.tar");
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(testsupport::absent(file)));
    const auto archive = testsupport::openArchive(file);
    QVERIFY(archive);
    const auto &module = archive->modules().first();
    const QJsonObject g = QJsonDocument::fromJson(archive->read(module.graphEntry).value()).object();
    const QJsonArray nodes = g[QStringLiteral("nodes")].toArray(), rows = g[QStringLiteral("node_row_ptr")].toArray();
    const QJsonArray shapes = g[QStringLiteral("attrs")].toObject()[QStringLiteral("shape")].toArray()[1].toArray();
    const QJsonArray dtypes = g[QStringLiteral("attrs")].toObject()[QStringLiteral("dltype")].toArray()[1].toArray();
    QHash<QString, QList<QList<qint64>>> expected;
    QHash<QString, QStringList> expectedTypes;
    QHash<QString, int> count;
    QStringList order;
    for (int n = 0; n < nodes.size(); ++n) {
        const QJsonObject node = nodes[n].toObject();
        const QString f = node[QStringLiteral("attrs")].toObject()[QStringLiteral("func_name")].toString();
        if (node[QStringLiteral("op")].toString() != QLatin1String("tvm_op") || f == QLatin1String("__nop") ||
            f == QLatin1String("__copy"))
            continue;
        if (count[f]++ > 0)
            continue;
        order << f;
        QList<int> entries;
        for (const auto &in : node[QStringLiteral("inputs")].toArray())
            entries << rows[in.toArray()[0].toInt()].toInt() + in.toArray()[1].toInt();
        const int outputs =
            node[QStringLiteral("attrs")].toObject()[QStringLiteral("num_outputs")].toString(QStringLiteral("1")).toInt();
        for (int k = 0; k < outputs; ++k)
            entries << rows[n].toInt() + k;
        for (int e : entries) {
            QList<qint64> shape;
            for (const auto &d : shapes[e].toArray())
                shape << d.toInteger();
            expected[f] << shape;
            expectedTypes[f] << dtypes[e].toString();
        }
    }
    const OperatorCalls calls = OperatorCalls::of(*archive, module);
    QCOMPARE(calls.source, OperatorCalls::Source::Graph);
    QStringList got;
    for (const auto &c : calls.calls) {
        got << c.function;
        QCOMPARE(c.callsPerRun, count.value(c.function));
        QCOMPARE(c.arguments.size(), expected[c.function].size());
        for (int k = 0; k < c.arguments.size(); ++k) {
            QCOMPARE(c.arguments[k].kind, Kind::Tensor);
            QCOMPARE(c.arguments[k].shape, expected[c.function][k]);
            QCOMPARE(c.arguments[k].dtype, expectedTypes[c.function][k]);
        }
    }
    QCOMPARE(got, order);
}

QTEST_GUILESS_MAIN(TestOperatorCalls)
#include "tst_operatorcalls.moc"
