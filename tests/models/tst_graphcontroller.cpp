#include "../aotmaincalls.h"
#include "../testsupport.h"
#include "graphcontroller.h"
#include "mlf/mlfarchive.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace mtvw::mlf;

namespace {

QString valueOf(const QList<GraphController::Attribute> &attrs, const QString &key)
{
    for (const GraphController::Attribute &a : attrs)
        if (a.key == key)
            return a.value;
    return {};
}

int countParams(const Graph &g, const ParamsFile *params)
{
    QSet<QString> names;
    if (params)
        for (const ParamsFile::Tensor &t : params->tensors)
            names << t.name;
    int n = 0;
    for (const Graph::Node &node : g.nodes)
        n += GraphLayout::isParameter(g, node.id, names) ? 1 : 0;
    return n;
}

} // namespace

class TestGraphController : public QObject
{
    Q_OBJECT
private slots:
    void layoutOfTheModuleGraph_data();
    void layoutOfTheModuleGraph();
    void attributesOfANode();
    void selectFunctionAndFind();
    void lastRequestWins();
    void twoModules();
    void aotDataflowFromTheCode_data();
    void aotDataflowFromTheCode();
    void noGraph_data();
    void noGraph();
    void destroyWhileLayingOut();
};

void TestGraphController::layoutOfTheModuleGraph_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("v7 graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("v1 graph") << testsupport::fixture(QStringLiteral("v1_graph.tar"));
    QTest::newRow("person detection") << testsupport::corpusDir() +
                                             QStringLiteral("/guberti-arduino/v5_graph_person_detection_nrf5340.tar");
}

void TestGraphController::layoutOfTheModuleGraph()
{
    QFETCH(QString, file);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(testsupport::absent(file)));
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    GraphController c;
    QSignalSpy ready(&c, &GraphController::layoutReady);
    c.setArchive(mlf.value());
    const MlfArchive::Module *m = (*mlf)->module(c.module());
    QVERIFY(m && m->graph);
    QCOMPARE(c.graph(), &*m->graph);
    QVERIFY(c.missingGraphText().isEmpty());
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(!c.isBusy());
    QVERIFY(c.layout());
    const int params = countParams(*m->graph, m->params ? &*m->params : nullptr);
    QVERIFY(params > 0);
    QCOMPARE(c.layout()->boxes.size(), m->graph->nodes.size() - params);
    c.setFoldParams(false);
    QVERIFY(!c.layout()); // being laid out again
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(c.layout()->boxes.size(), m->graph->nodes.size());
    // Parameters are the "null" nodes named in the parameters file.
    int shownParams = 0;
    for (const GraphLayout::Box &b : c.layout()->boxes) {
        const Graph::Node &n = m->graph->nodes[b.node];
        const bool named = !n.isOperator() && m->params && m->params->find(n.name);
        QCOMPARE(c.nodeKind(b.node) == GraphController::NodeKind::Parameter, named);
        shownParams += named ? 1 : 0;
    }
    QCOMPARE(shownParams, params);
}

void TestGraphController::attributesOfANode()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    GraphController c;
    c.setArchive(mlf.value());
    const Graph &g = *c.graph();
    const Graph::Node *op = nullptr;
    for (const Graph::Node &n : g.nodes)
        if (n.isOperator() && n.inputs.size() >= 2) {
            op = &n;
            break;
        }
    QVERIFY(op);
    QSignalSpy selection(&c, &GraphController::selectionChanged);
    c.setSelectedNode(op->id);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(c.selectedNode(), op->id);
    const auto attrs = c.attributes(op->id);
    QCOMPARE(valueOf(attrs, QStringLiteral("Function")), op->funcName);
    QCOMPARE(valueOf(attrs, QStringLiteral("Op")), op->op);
    QCOMPARE(valueOf(attrs, QStringLiteral("Name")), op->name);
    for (int k = 0; k < op->inputs.size(); ++k) {
        const QString input = valueOf(attrs, QStringLiteral("Input %1").arg(k));
        QVERIFY2(input.contains(QStringLiteral("#%1").arg(op->inputs[k].node)), qPrintable(input));
        const Graph::Entry *e = g.entry(op->inputs[k]);
        QVERIFY(input.contains(e->dtype));
    }
    const Graph::Entry *out = g.entry({op->id, 0});
    const QString output = valueOf(attrs, QStringLiteral("Output 0"));
    QVERIFY(output.contains(out->dtype));
    QVERIFY(output.contains(QStringLiteral("storage %1").arg(out->storageId)));
    // Workspace bytes come from the metadata when it lists the function.
    const MlfArchive::Module *m = (*mlf)->module(c.module());
    for (const auto &opMem : m->meta.operators)
        if (opMem.functionName == op->funcName)
            QVERIFY(valueOf(attrs, QStringLiteral("Workspace")).contains(QLocale().toString(opMem.workspaceBytes())));
    // A parameter node says what its tensor is.
    for (const Graph::Node &n : g.nodes) {
        if (c.nodeKind(n.id) != GraphController::NodeKind::Parameter)
            continue;
        QCOMPARE(valueOf(c.attributes(n.id), QStringLiteral("Kind")), QStringLiteral("parameter"));
        QVERIFY(valueOf(c.attributes(n.id), QStringLiteral("Parameter data")).contains(m->params->find(n.name)->dtype.name()));
        break;
    }
    QVERIFY(c.attributes(-1).isEmpty());
    c.setSelectedNode(100000);
    QCOMPARE(c.selectedNode(), -1);
}

void TestGraphController::selectFunctionAndFind()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    GraphController c;
    QSignalSpy ready(&c, &GraphController::layoutReady);
    c.setArchive(mlf.value());
    QTRY_COMPARE(ready.size(), 1);
    const Graph &g = *c.graph();
    QString func;
    for (const Graph::Node &n : g.nodes)
        if (n.isOperator())
            func = n.funcName; // the last operator
    QVERIFY(c.selectFunction(c.module(), func));
    QCOMPARE(c.selectedNode(), g.nodesForFunction(func).first());
    QVERIFY(!c.selectFunction(c.module(), QStringLiteral("no_such_function")));
    QVERIFY(!c.selectFunction(QStringLiteral("no_such_module"), func));

    // Finding a folded parameter finds the operators that read it.
    const QList<int> found = c.findNodes(QStringLiteral("p0"));
    QVERIFY(!found.isEmpty());
    for (int node : found) {
        bool readsP0 = false;
        for (const Graph::EntryRef &in : g.nodes[node].inputs)
            readsP0 = readsP0 || g.nodes[in.node].name == QLatin1String("p0");
        QVERIFY(readsP0 || g.nodes[node].name.contains(QLatin1String("p0")));
    }
    QCOMPARE(c.findNodes(GraphLayout::shortName(func, c.module()).toUpper()).size(), g.nodesForFunction(func).size());
    QVERIFY(c.findNodes(QStringLiteral("   ")).isEmpty());
}

void TestGraphController::lastRequestWins()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    GraphController c;
    QSignalSpy ready(&c, &GraphController::layoutReady);
    QSignalSpy busy(&c, &GraphController::busyChanged);
    c.setArchive(mlf.value());
    c.setFoldParams(false);
    c.setFoldParams(true);
    QTRY_COMPARE(ready.size(), 1);
    // Deterministic, no sleep: every job has ended and whatever it posted has been delivered.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(c.layout()->boxes.size(), c.graph()->nodes.size() - countParams(*c.graph(), &*(*mlf)->modules().first().params));
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
}

void TestGraphController::twoModules()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_two_modules.tar")));
    QVERIFY(mlf.ok());
    GraphController c;
    QSignalSpy ready(&c, &GraphController::layoutReady);
    QSignalSpy moduleChanged(&c, &GraphController::moduleChanged);
    c.setArchive(mlf.value());
    QCOMPARE(c.modules().size(), (*mlf)->modules().size());
    QVERIFY(c.modules().size() >= 2);
    for (const QString &module : c.modules()) {
        c.setModule(module);
        QCOMPARE(c.module(), module);
        const MlfArchive::Module *m = (*mlf)->module(module);
        // A module without graph JSON is drawn from its C main function, when it has one.
        QCOMPARE(c.graph() != nullptr, m->graph.has_value() || c.isDataflowFromCode());
        if (m->graph) {
            QTRY_VERIFY(c.layout());
            QCOMPARE(c.layout()->boxOfNode.size(), m->graph->nodes.size());
        } else {
            QVERIFY(c.isDataflowFromCode() || !c.missingGraphText().isEmpty());
        }
    }
    QVERIFY(moduleChanged.size() >= 2);
}

void TestGraphController::aotDataflowFromTheCode_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("v7 aot") << testsupport::fixture(QStringLiteral("v7_aot.tar"));
    const QString spresense = testsupport::corpusDir() + QStringLiteral("/guberti-arduino/v5_aot_emotions_spresense.tar");
    if (QFileInfo::exists(spresense))
        QTest::newRow("spresense (buffers reused)") << spresense;
    const QString mnist = testsupport::corpusDir() + QStringLiteral("/utoe-riot-mnist/default.tar");
    if (QFileInfo::exists(mnist))
        QTest::newRow("utoe-riot-mnist") << mnist;
    const QString codegenOnly = testsupport::corpusDir() + QStringLiteral("/nuvoton-m55m1-vww/codegen-only.tar");
    if (QFileInfo::exists(codegenOnly))
        QTest::newRow("codegen-only (no metadata)") << codegenOnly;
}

// An AOT archive's Graph pane draws the main function's calls: one operator node per call, in
// call order, and where a call's first argument is the buffer the call before it wrote (its last
// argument, as read here from the C text), an edge between them.
void TestGraphController::aotDataflowFromTheCode()
{
    QFETCH(QString, file);
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    const MlfArchive &a = *mlf.value();
    const MlfArchive::Module &m = a.modules().first();
    // The buffers each call is given, from the raw C.
    QStringList calls;
    QList<QStringList> args;
    for (const testsupport::MainCall &c : testsupport::aotMainCalls(a, m)) {
        calls << c.function;
        args << c.buffers();
    }
    QVERIFY(!calls.isEmpty());
    GraphController c;
    c.setArchive(mlf.value());
    QVERIFY(c.isDataflowFromCode());
    const Graph *g = c.graph();
    QVERIFY(g);
    QStringList operators;
    QList<int> ids;
    for (const Graph::Node &n : g->nodes)
        if (n.isOperator()) {
            operators << n.funcName;
            ids << n.id;
            for (const Graph::EntryRef &in : n.inputs)
                QVERIFY(in.node < n.id); // drawn in order: every edge from an earlier node
        }
    QCOMPARE(operators, calls);
    int chained = 0;
    for (int k = 1; k < calls.size(); ++k) {
        if (args[k].isEmpty() || args[k - 1].isEmpty() || args[k].first() != args[k - 1].last())
            continue;
        const auto &inputs = g->nodes[ids[k]].inputs;
        QVERIFY2(std::any_of(inputs.begin(), inputs.end(), [&](const Graph::EntryRef &r) { return r.node == ids[k - 1]; }),
                 qPrintable(calls[k]));
        ++chained;
    }
    QVERIFY(chained > 0);
    QTRY_VERIFY(c.layout());
    QVERIFY(c.missingGraphText().isEmpty());
}

void TestGraphController::noGraph_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("operator style") << testsupport::fixture(QStringLiteral("v7_operator.tar")) << QStringLiteral("Operator");
}

void TestGraphController::noGraph()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(testsupport::absent(file)));
    auto mlf = MlfArchive::open(file);
    QVERIFY2(mlf.ok(), qPrintable(mlf.ok() ? QString() : mlf.error().message()));
    GraphController c;
    c.setArchive(mlf.value());
    QVERIFY(!c.graph());
    QVERIFY(!c.layout());
    QVERIFY(!c.isBusy());
    QVERIFY2(c.missingGraphText().contains(expected), qPrintable(c.missingGraphText()));
    QVERIFY(c.missingGraphText().contains(QStringLiteral("Operators pane")));
    c.setArchive(nullptr);
    QVERIFY(c.missingGraphText().isEmpty());
    QVERIFY(c.modules().isEmpty());
}

void TestGraphController::destroyWhileLayingOut()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    auto *c = new GraphController;
    c->setArchive(mlf.value());
    QVERIFY(c->isBusy());
    delete c; // cancels and waits
}

QTEST_GUILESS_MAIN(TestGraphController)
#include "tst_graphcontroller.moc"
