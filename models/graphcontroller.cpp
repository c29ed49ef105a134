#include "graphcontroller.h"

#include "backgroundjob.h"
#include "core/bytetext.h"
#include "mlf/aotgraph.h"
#include "mlf/codefacts.h"
#include "mlf/mlfarchive.h"

#include <QFontMetricsF>
#include <QLocale>

#include <cmath>

using mtvw::mlf::Graph;
using mtvw::mlf::GraphLayout;
using mtvw::mlf::MlfArchive;

namespace {

QString shapeText(const QList<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// The line under a node's name: what it produces, at a glance ("int8 1×96×96×8 · 72.0 KiB"; AOT
// buffers, which have no shape in the C code, show their bytes only).
QString nodeDetail(const Graph &graph, int node, const QLocale &locale)
{
    const Graph::Node &n = graph.nodes[node];
    if (n.numOutputs != 1)
        return GraphController::tr("%n outputs · %1", nullptr, n.numOutputs).arg(ByteText::size(graph.outputBytes(node), locale));
    const Graph::Entry *e = graph.entry({node, 0});
    if (!e)
        return {};
    QStringList dims;
    for (qint64 d : e->shape)
        dims << locale.toString(d).remove(locale.groupSeparator());
    QString text = e->dtype;
    if (!dims.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + dims.join(QStringLiteral("×"));
    const QString bytes = ByteText::size(e->bytes, locale);
    return text.isEmpty() ? bytes : GraphController::tr("%1 · %2").arg(text, bytes);
}

} // namespace

GraphController::GraphController(QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob<mtvw::Result<GraphLayout>>(this))
{
    connect(m_job, &BackgroundJobBase::runningChanged, this, &GraphController::busyChanged);
}

GraphController::~GraphController() = default;

bool GraphController::isBusy() const
{
    return m_job->isRunning();
}

void GraphController::setArchive(std::shared_ptr<const MlfArchive> archive)
{
    m_archive = std::move(archive);
    m_module.clear();
    QString first;
    if (m_archive) {
        for (const MlfArchive::Module &m : m_archive->modules()) {
            if (m.graph) {
                first = m.name;
                break;
            }
        }
        if (first.isEmpty() && !m_archive->modules().isEmpty())
            first = m_archive->modules().constFirst().name;
    }
    m_module = first;
    moduleSwitched();
}

QStringList GraphController::modules() const
{
    QStringList names;
    if (m_archive)
        for (const MlfArchive::Module &m : m_archive->modules())
            names << m.name;
    return names;
}

void GraphController::setModule(const QString &module)
{
    if (module == m_module || !m_archive || !m_archive->module(module))
        return;
    m_module = module;
    moduleSwitched();
}

void GraphController::moduleSwitched()
{
    m_paramNames.clear();
    const MlfArchive::Module *m = m_archive ? m_archive->module(m_module) : nullptr;
    if (m && m->params)
        for (const auto &t : m->params->tensors)
            m_paramNames << t.name;
    // AOT: the dataflow from the C main function (its code facts were read when it opened).
    m_codeGraph.reset();
    if (m && !m->graph)
        if (const auto facts = m_archive->codeFacts(*m))
            if (auto built = mtvw::mlf::AotGraph::build(facts->activations))
                m_codeGraph = std::make_shared<const Graph>(std::move(*built));
    m_node = -1;
    emit selectionChanged(-1);
    relayout();
    emit moduleChanged(m_module);
}

const Graph *GraphController::graph() const
{
    if (m_codeGraph)
        return m_codeGraph.get();
    const MlfArchive::Module *m = m_archive ? m_archive->module(m_module) : nullptr;
    return m && m->graph ? &*m->graph : nullptr;
}

QString GraphController::missingGraphText() const
{
    if (!m_archive || graph())
        return {};
    if (m_archive->layout() == MlfArchive::Layout::CodegenOnly)
        return tr("This archive has no graph JSON: it holds only generated code (no metadata.json, no executor "
                  "configuration). The operators are listed in the Operators pane.");
    const MlfArchive::Module *m = m_archive->module(m_module);
    if (m && m->meta.style == QLatin1String("operator"))
        return tr("Operator-style archives have no model graph: they hold single operators, which are listed in the "
                  "Operators pane.");
    if (m && m->meta.isAot())
        return tr("AOT archives have no graph JSON: the AOT executor calls the operators from generated C code "
                  "(tvmgen_%1_run). The operators are listed in the Operators pane.")
            .arg(m_module);
    return tr("Module \"%1\" has no graph JSON in this archive. Its operators are listed in the Operators pane.").arg(m_module);
}

void GraphController::setFoldParams(bool fold)
{
    if (fold == m_foldParams)
        return;
    m_foldParams = fold;
    relayout();
}

void GraphController::setLabelFont(const QFont &font)
{
    if (m_font && *m_font == font)
        return;
    m_font = font;
    relayout();
}

void GraphController::relayout()
{
    m_job->cancel();
    const bool hadLayout = m_layout.has_value();
    m_layout.reset();
    const Graph *g = graph();
    if (!g) {
        if (hadLayout)
            emit layoutReady(); // nothing to draw now
        return;
    }
    GraphLayout::Options options;
    options.foldParams = m_foldParams;
    options.module = m_module;
    options.paramNames = m_paramNames;
    options.detail = [g, locale = QLocale()](int node) { return nodeDetail(*g, node, locale); };
    m_job->start(
        [archive = m_archive, codeGraph = m_codeGraph, g, options, font = m_font](const JobContext &job) {
            GraphLayout::Options o = options;
            o.cancel = job.cancelFlag();
            std::optional<QFontMetricsF> metrics; // its own instance in this thread
            if (font) {
                metrics.emplace(*font);
                o.textWidth = [&metrics](const QString &text) { return metrics->horizontalAdvance(text); };
                o.nodeHeight = std::ceil(metrics->height() * 2.8); // the name and the detail line
                o.nodePadding = std::ceil(metrics->averageCharWidth() * 1.5);
                o.layerGap = std::ceil(metrics->height() * 2.2);
            }
            return GraphLayout::compute(*g, o);
        },
        [this](mtvw::Result<GraphLayout> result) { handleFinished(std::move(result)); });
}

void GraphController::handleFinished(mtvw::Result<GraphLayout> result)
{
    if (!result) {
        emit errorOccurred(result.error());
        return;
    }
    m_layout = std::move(result).value();
    emit layoutReady();
}

void GraphController::setSelectedNode(int node)
{
    const Graph *g = graph();
    if (!g || node < 0 || node >= g->nodes.size())
        node = -1;
    if (node == m_node)
        return;
    m_node = node;
    emit selectionChanged(node);
}

bool GraphController::selectFunction(const QString &module, const QString &function)
{
    if (!m_archive || !m_archive->module(module))
        return false;
    setModule(module);
    const Graph *g = graph();
    const QList<int> nodes = g ? g->nodesForFunction(function) : QList<int>();
    if (nodes.isEmpty())
        return false;
    setSelectedNode(nodes.first());
    return true;
}

QString GraphController::entryText(const Graph::EntryRef &ref) const
{
    const Graph *g = graph();
    const Graph::Entry *e = g ? g->entry(ref) : nullptr;
    if (!e)
        return tr("unknown");
    QString text = e->dtype.isEmpty() ? shapeText(e->shape) : e->dtype + QLatin1Char(' ') + shapeText(e->shape);
    if (e->storageId >= 0)
        text += tr(", storage %1").arg(e->storageId);
    return text + tr(", %1 bytes").arg(QLocale().toString(e->bytes));
}

QList<GraphController::Attribute> GraphController::attributes(int node) const
{
    const Graph *g = graph();
    if (!g || node < 0 || node >= g->nodes.size())
        return {};
    const Graph::Node &n = g->nodes[node];
    const MlfArchive::Module *m = m_archive->module(m_module);
    auto kindOf = [&](int id) {
        switch (nodeKind(id)) {
        case NodeKind::Operator: return tr("operator");
        case NodeKind::Parameter: return tr("parameter");
        case NodeKind::Input: break;
        }
        return tr("graph input");
    };

    QList<Attribute> out;
    out.append({tr("Node"), QStringLiteral("#%1").arg(n.id)});
    out.append({tr("Kind"), kindOf(node)});
    out.append({tr("Op"), n.op});
    out.append({tr("Name"), n.name});
    if (n.isOperator()) {
        out.append({tr("Function"), n.funcName});
        for (const auto &op : m->meta.operators)
            if (op.functionName == n.funcName)
                out.append({tr("Workspace"), tr("%1 bytes").arg(QLocale().toString(op.workspaceBytes()))});
        const int calls = int(g->nodesForFunction(n.funcName).size());
        if (calls > 1)
            out.append({tr("Calls"), tr("%1 nodes call this function").arg(calls)});
    }
    for (int k = 0; k < n.inputs.size(); ++k) {
        const Graph::EntryRef &in = n.inputs[k];
        const Graph::Node &src = g->nodes[in.node];
        const QString from = src.isOperator() ? GraphLayout::shortName(src.funcName, m_module) : src.name;
        out.append({tr("Input %1").arg(k), tr("%1 (%2, #%3): %4").arg(from, kindOf(in.node)).arg(in.node).arg(entryText(in))});
    }
    for (int k = 0; k < n.numOutputs; ++k)
        out.append({tr("Output %1").arg(k), entryText({node, k})});
    for (int h = 0; h < g->heads.size(); ++h)
        if (g->heads[h].node == node)
            out.append({tr("Graph output"), tr("output %1 of the model").arg(h)});
    if (m->params && !n.isOperator())
        if (const auto *t = m->params->find(n.name))
            out.append({tr("Parameter data"),
                        tr("%1 %2, %3 bytes").arg(t->dtype.name(), t->shapeText(), QLocale().toString(t->dataBytes))});
    for (auto a = n.attrs.constBegin(); a != n.attrs.constEnd(); ++a) {
        if (a.key() == QLatin1String("func_name") || a.key() == QLatin1String("num_inputs") ||
            a.key() == QLatin1String("num_outputs"))
            continue;
        out.append({a.key(), a.value()});
    }
    return out;
}

GraphController::NodeKind GraphController::nodeKind(int node) const
{
    const Graph *g = graph();
    if (!g || node < 0 || node >= g->nodes.size() || g->nodes[node].isOperator())
        return NodeKind::Operator;
    return GraphLayout::isParameter(*g, node, m_paramNames) ? NodeKind::Parameter : NodeKind::Input;
}

bool GraphController::isGraphOutput(int node) const
{
    const Graph *g = graph();
    if (!g)
        return false;
    return std::any_of(g->heads.begin(), g->heads.end(), [node](const Graph::EntryRef &h) { return h.node == node; });
}

QList<int> GraphController::findNodes(const QString &text) const
{
    const Graph *g = graph();
    QList<int> out;
    if (!g || !m_layout || text.trimmed().isEmpty())
        return out;
    const QString needle = text.trimmed();
    auto matches = [&](int id) {
        const Graph::Node &n = g->nodes[id];
        return n.name.contains(needle, Qt::CaseInsensitive) || n.funcName.contains(needle, Qt::CaseInsensitive);
    };
    for (const GraphLayout::Box &b : m_layout->boxes) {
        bool hit = matches(b.node);
        for (int p : b.foldedParams)
            hit = hit || matches(p);
        if (hit)
            out << b.node;
    }
    return out;
}
