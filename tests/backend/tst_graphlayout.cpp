#include "../syntheticgraph.h"
#include "../testsupport.h"
#include "mlf/graphlayout.h"
#include "mlf/mlfarchive.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mtvw::mlf;

namespace {

struct Source
{
    Graph graph;
    QSet<QString> paramNames;
};

// A graph from an archive (first module with a graph) or from the synthetic generator ("synthetic:<nodes>:<reach>").
bool loadSource(const QString &where, Source *out, QString *skip)
{
    if (where.startsWith(QLatin1String("synthetic:"))) {
        const QStringList parts = where.split(QLatin1Char(':'));
        auto g = Graph::parse(testsupport::syntheticGraphJson(parts[1].toInt(), parts[2].toInt()), where);
        if (!g)
            return false;
        out->graph = *g;
        return true;
    }
    if (!QFileInfo::exists(where)) {
        *skip = testsupport::absent(where);
        return false;
    }
    auto mlf = MlfArchive::open(where);
    if (!mlf)
        return false;
    for (const MlfArchive::Module &m : (*mlf)->modules()) {
        if (!m.graph)
            continue;
        out->graph = *m.graph;
        if (m.params)
            for (const ParamsFile::Tensor &t : m.params->tensors)
                out->paramNames << t.name;
        return true;
    }
    return false;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT
private slots:
    void layoutIsLayered_data();
    void layoutIsLayered();
    void thousandNodes();
    void cancel();
    void shortName_data();
    void shortName();
    void longLabelsKeepBothEnds();
};

void TestGraphLayout::layoutIsLayered_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("fold");
    const QString person = testsupport::corpusDir() + QStringLiteral("/guberti-arduino/v5_graph_person_detection_nrf5340.tar");
    for (bool fold : {true, false}) {
        const char *suffix = fold ? " folded" : " shown";
        QTest::addRow("v7_graph%s", suffix) << testsupport::fixture(QStringLiteral("v7_graph.tar")) << fold;
        QTest::addRow("v1_graph%s", suffix) << testsupport::fixture(QStringLiteral("v1_graph.tar")) << fold;
        QTest::addRow("person detection%s", suffix) << person << fold;
        QTest::addRow("synthetic 300%s", suffix) << QStringLiteral("synthetic:300:5") << fold;
        QTest::addRow("synthetic long skips%s", suffix) << QStringLiteral("synthetic:400:100") << fold;
    }
}

void TestGraphLayout::layoutIsLayered()
{
    QFETCH(QString, source);
    QFETCH(bool, fold);
    Source src;
    QString skip;
    if (!loadSource(source, &src, &skip)) {
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QFAIL("no graph");
    }
    const Graph &g = src.graph;
    GraphLayout::Options o;
    o.foldParams = fold;
    o.paramNames = src.paramNames;
    auto r = GraphLayout::compute(g, o);
    QVERIFY(r.ok());
    const GraphLayout &l = *r;

    // Every node is drawn, or folded into each of its consumers.
    QCOMPARE(l.boxOfNode.size(), g.nodes.size());
    int params = 0;
    for (const Graph::Node &n : g.nodes) {
        const bool isParam = GraphLayout::isParameter(g, n.id, src.paramNames);
        params += isParam ? 1 : 0;
        if (fold && isParam) {
            QCOMPARE(l.boxOfNode[n.id], -1);
            continue;
        }
        const GraphLayout::Box *b = l.boxFor(n.id);
        QVERIFY(b);
        QCOMPARE(b->node, n.id);
        QVERIFY(l.bounds.contains(b->rect));
        for (const Graph::EntryRef &in : n.inputs)
            if (fold && GraphLayout::isParameter(g, in.node, src.paramNames))
                QVERIFY(b->foldedParams.contains(in.node));
    }
    QVERIFY(params > 0); // the graphs here have parameters
    QCOMPARE(l.boxes.size(), fold ? g.nodes.size() - params : g.nodes.size());

    // Edges: one per drawn input, from a lower layer to a higher one, from the bottom of the source to the top of the target.
    int drawnInputs = 0;
    for (const GraphLayout::Box &b : l.boxes)
        for (const Graph::EntryRef &in : g.nodes[b.node].inputs)
            drawnInputs += l.boxOfNode[in.node] >= 0 ? 1 : 0;
    QCOMPARE(l.edges.size(), drawnInputs);
    for (const GraphLayout::Edge &e : l.edges) {
        const GraphLayout::Box *from = l.boxFor(e.from);
        const GraphLayout::Box *to = l.boxFor(e.to);
        QVERIFY(from && to);
        QVERIFY2(from->layer < to->layer, qPrintable(QStringLiteral("%1 -> %2").arg(e.from).arg(e.to)));
        QCOMPARE(e.points.size(), 2 + 2 * (to->layer - from->layer - 1));
        QCOMPARE(e.points.first().y(), from->rect.bottom());
        QCOMPARE(e.points.last().y(), to->rect.top());
        QVERIFY(e.points.first().x() >= from->rect.left() && e.points.first().x() <= from->rect.right());
        QVERIFY(e.points.last().x() >= to->rect.left() && e.points.last().x() <= to->rect.right());
        for (int i = 1; i < e.points.size(); ++i)
            QVERIFY(e.points[i].y() >= e.points[i - 1].y()); // always downwards
    }

    // No two boxes of a layer overlap.
    QList<QList<QRectF>> layers(l.layerCount);
    for (const GraphLayout::Box &b : l.boxes)
        layers[b.layer] << b.rect;
    for (QList<QRectF> &layer : layers) {
        std::sort(layer.begin(), layer.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (int i = 1; i < layer.size(); ++i)
            QVERIFY2(layer[i - 1].right() < layer[i].left(), "boxes overlap within a layer");
    }
}

void TestGraphLayout::thousandNodes()
{
    auto g = Graph::parse(testsupport::syntheticGraphJson(1000), QStringLiteral("synthetic"));
    QVERIFY(g.ok());
    QCOMPARE(g->nodes.size(), 1000);
    QElapsedTimer t;
    t.start();
    auto l = GraphLayout::compute(*g);
    QVERIFY(l.ok());
    qInfo("1,000 nodes laid out in %lld ms (%lld boxes, %d layers, %lld crossings)", qlonglong(t.elapsed()),
          qlonglong(l->boxes.size()), l->layerCount, qlonglong(l->crossings));
    QVERIFY(!l->boxes.isEmpty());
}

void TestGraphLayout::cancel()
{
    auto g = Graph::parse(testsupport::syntheticGraphJson(200), QStringLiteral("synthetic"));
    QVERIFY(g.ok());
    std::atomic<bool> stop = true;
    GraphLayout::Options o;
    o.cancel = &stop;
    auto l = GraphLayout::compute(*g, o);
    QVERIFY(!l.ok());
    QCOMPARE(l.error().code(), mtvw::Error::Code::Cancelled);
}

void TestGraphLayout::shortName_data()
{
    QTest::addColumn<QString>("func");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << "tvmgen_default_fused_nn_conv2d_add"
                             << "default"
                             << "nn_conv2d_add";
    QTest::newRow("module with underscore") << "tvmgen_my_net_fused_nn_dense"
                                            << "my_net"
                                            << "nn_dense";
    QTest::newRow("module unknown") << "tvmgen_my_net_fused_nn_dense"
                                    << ""
                                    << "nn_dense";
    QTest::newRow("not fused") << "tvmgen_default_reshape_nop"
                               << "default"
                               << "reshape_nop";
    QTest::newRow("plain") << "fused_add"
                           << ""
                           << "add";
    QTest::newRow("other") << "my_kernel"
                           << "default"
                           << "my_kernel";
}

void TestGraphLayout::shortName()
{
    QFETCH(QString, func);
    QFETCH(QString, module);
    QFETCH(QString, expected);
    QCOMPARE(GraphLayout::shortName(func, module), expected);
}

void TestGraphLayout::longLabelsKeepBothEnds()
{
    Graph::Node n;
    n.op = QStringLiteral("tvm_op");
    n.funcName = QStringLiteral("tvmgen_default_fused_nn_conv2d_add_fixed_point_multiply_clip_cast_cast_12");
    const QString label = GraphLayout::label(n, QStringLiteral("default"));
    QCOMPARE(label.size(), 44);
    QVERIFY(label.startsWith(QLatin1String("nn_conv2d_add")));
    QVERIFY(label.endsWith(QLatin1String("_cast_cast_12")));
    n.funcName = QStringLiteral("tvmgen_default_fused_nn_relu");
    QCOMPARE(GraphLayout::label(n, QStringLiteral("default")), QStringLiteral("nn_relu"));
    n.op = QStringLiteral("null");
    n.name = QStringLiteral("input_1");
    QCOMPARE(GraphLayout::label(n), QStringLiteral("input_1"));
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
