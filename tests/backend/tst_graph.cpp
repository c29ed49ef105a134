#include "mlf/graph.h"

#include <QTest>

using namespace mtvw::mlf;

namespace {
// The four-node "add" graph of the spec (2.2).
const QByteArray kAddGraph = R"({
  "nodes": [
    {"op": "null", "name": "a", "inputs": []},
    {"op": "null", "name": "b", "inputs": []},
    {"op": "null", "name": "p0", "inputs": []},
    {"op": "tvm_op", "name": "tvmgen_add_fused_cast_multiply_add",
     "attrs": {"num_outputs": "1", "num_inputs": "3", "flatten_data": "0", "func_name": "tvmgen_add_fused_cast_multiply_add", "hash": "5b3c"},
     "inputs": [[0, 0, 0], [1, 0, 0], [2, 0]]}
  ],
  "arg_nodes": [0, 1, 2],
  "heads": [[3, 0, 0]],
  "attrs": {
    "dltype": ["list_str", ["uint8", "float32", "float32", "float32"]],
    "device_index": ["list_int", [1, 1, 1, 1]],
    "storage_id": ["list_int", [0, 1, 2, 3]],
    "shape": ["list_shape", [[1, 2], [1, 2], [1, 2], [1, 2]]]
  },
  "node_row_ptr": [0, 1, 2, 3, 4]
})";
} // namespace

class TestGraph : public QObject
{
    Q_OBJECT
private slots:
    void addGraph();
    void derivedBytes_data();
    void derivedBytes();
    void badGraphs_data();
    void badGraphs();
};

void TestGraph::addGraph()
{
    auto g = Graph::parse(kAddGraph, QStringLiteral("graph.json"));
    QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error().message()));
    QCOMPARE(g->nodes.size(), 4);
    QCOMPARE(g->operatorCount(), 1);
    QCOMPARE(g->argNodes, (QList<int>{0, 1, 2}));
    QCOMPARE(g->heads.size(), 1);
    const Graph::Node &op = g->nodes[3];
    QCOMPARE(op.funcName, QStringLiteral("tvmgen_add_fused_cast_multiply_add"));
    QCOMPARE(op.attrs.value(QStringLiteral("hash")), QStringLiteral("5b3c"));
    QCOMPARE(op.inputs.size(), 3);
    QCOMPARE(g->entries[0].bytes, 2); // uint8[1,2]
    QCOMPARE(g->entries[3].bytes, 8); // float32[1,2]
    QCOMPARE(g->outputBytes(3), 8);
    QCOMPARE(g->totalStorageBytes(), 2 + 8 + 8 + 8);
    QCOMPARE(g->nodesForFunction(QStringLiteral("tvmgen_add_fused_cast_multiply_add")), QList<int>{3});
}

void TestGraph::derivedBytes_data()
{
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("int8") << "int8"
                          << "[1, 49, 10, 1]" << qint64(490);
    QTest::newRow("float32") << "float32"
                             << "[2, 3]" << qint64(24);
    QTest::newRow("bool packs bits") << "bool"
                                     << "[10]" << qint64(2);
    QTest::newRow("vector lanes") << "float16x4"
                                  << "[2]" << qint64(16);
    QTest::newRow("scalar") << "int32"
                            << "[]" << qint64(4);
    QTest::newRow("unknown dtype") << "custom[posit]16"
                                   << "[4]" << qint64(0);
}

void TestGraph::derivedBytes()
{
    QFETCH(QString, dtype);
    QFETCH(QString, shape);
    QFETCH(qint64, bytes);
    const QByteArray json =
        QStringLiteral(R"({"nodes": [{"op": "null", "name": "x", "inputs": []}], "arg_nodes": [0], "heads": [[0, 0, 0]],
        "attrs": {"dltype": ["list_str", ["%1"]], "storage_id": ["list_int", [5]], "shape": ["list_shape", [%2]]}, "node_row_ptr": [0, 1]})")
            .arg(dtype, shape)
            .toUtf8();
    auto g = Graph::parse(json, QStringLiteral("g"));
    QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error().message()));
    QCOMPARE(g->entries[0].bytes, bytes);
    QCOMPARE(g->storageBytes.value(5), bytes);
}

void TestGraph::badGraphs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("needle");
    QTest::newRow("not json") << QByteArray("{\"nodes\": [") << "not valid JSON";
    QTest::newRow("no nodes") << QByteArray("{}") << "\"nodes\" is missing";
    QTest::newRow("input from later node")
        << QByteArray(R"({"nodes": [{"op": "tvm_op", "name": "f", "attrs": {"func_name": "f"}, "inputs": [[999, 0, 0]]}]})")
        << "node 999";
    QTest::newRow("output index out of range")
        << QByteArray(
               R"({"nodes": [{"op": "null", "name": "x", "inputs": []}, {"op": "tvm_op", "name": "f", "attrs": {"func_name": "f"}, "inputs": [[0, 3, 0]]}]})")
        << "output 3 of node 0";
    QTest::newRow("operator without func_name")
        << QByteArray(R"({"nodes": [{"op": "tvm_op", "name": "f", "inputs": []}]})") << "func_name";
    QTest::newRow("bad head") << QByteArray(R"({"nodes": [{"op": "null", "name": "x"}], "heads": [[4, 0, 0]]})") << "heads[0]";
    QTest::newRow("short attr list")
        << QByteArray(
               R"({"nodes": [{"op": "null", "name": "x"}, {"op": "null", "name": "y"}], "attrs": {"shape": ["list_shape", [[1]]]}})")
        << "attrs.shape lists 1 values but the graph has 2 entries";
    QTest::newRow("row ptr length") << QByteArray(R"({"nodes": [{"op": "null", "name": "x"}], "node_row_ptr": [0]})")
                                    << "node_row_ptr has 1 values";
    QTest::newRow("negative dim")
        << QByteArray(R"({"nodes": [{"op": "null", "name": "x"}], "attrs": {"shape": ["list_shape", [[-1]]]}})")
        << "negative dimension";
    QTest::newRow("entry not array")
        << QByteArray(
               R"({"nodes": [{"op": "null", "name": "x"}, {"op": "tvm_op", "name": "f", "attrs": {"func_name": "f"}, "inputs": [7]}]})")
        << "nodes[1].inputs[0]";
    QByteArray many = R"({"nodes": [)";
    for (int i = 0; i <= 100'000; ++i)
        many += (i ? "," : "") + QByteArray(R"({"op": "null", "name": "x"})");
    QTest::newRow("100001 nodes") << many + "]}"
                                  << "100001 nodes is more than the 100000 allowed";
    QByteArray wide = R"({"nodes": [{"op": "null", "name": "x"})";
    for (int i = 0; i < 5; ++i)
        wide += R"(, {"op": "tvm_op", "name": "f", "attrs": {"func_name": "f", "num_outputs": "60000"}, "inputs": [[0, 0, 0]]})";
    QTest::newRow("300001 entries") << wide + "]}"
                                    << "300001 entries (node outputs), over the limit of 262144";
    QTest::newRow("bad num_outputs")
        << QByteArray(R"({"nodes": [{"op": "tvm_op", "name": "f", "attrs": {"func_name": "f", "num_outputs": "many"}}]})")
        << "num_outputs";
}

void TestGraph::badGraphs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, needle);
    auto g = Graph::parse(json, QStringLiteral("executor-config/graph/default.graph"));
    QVERIFY(!g.ok());
    QVERIFY2(g.error().message().contains(needle), qPrintable(g.error().message()));
    QVERIFY(g.error().message().startsWith(QLatin1String("executor-config/graph/default.graph")));
}

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
