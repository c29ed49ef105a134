#include "operatorsmodel.h"

#include "core/bytetext.h"
#include "mlf/codefacts.h"
#include "mlf/mlfarchive.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <limits>

using mtvw::mlf::Graph;
using mtvw::mlf::Metadata;
using mtvw::mlf::MlfArchive;
using mtvw::mlf::SourceIndex;

namespace {

QString shapeText(const QString &dtype, const QList<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return dtype + QLatin1Char('[') + dims.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString entryText(const Graph &graph, Graph::EntryRef ref)
{
    const Graph::Entry *e = graph.entry(ref);
    return e ? shapeText(e->dtype, e->shape) : QStringLiteral("?");
}

// The shapes of the graph nodes calling one function; distinct lists joined by " | ".
void graphShapes(const Graph &graph, const QList<int> &nodes, OperatorsModel::Row &row)
{
    QStringList inputs, outputs;
    for (int id : nodes) {
        if (id < 0 || id >= graph.nodes.size())
            continue;
        const Graph::Node &n = graph.nodes.at(id);
        row.nodes << n.name;
        row.nodeIds << id;
        QStringList in, out;
        for (const Graph::EntryRef &ref : n.inputs)
            in << entryText(graph, ref);
        for (int i = 0; i < n.numOutputs; ++i)
            out << entryText(graph, {id, i});
        const QString inText = in.join(QStringLiteral(", ")), outText = out.join(QStringLiteral(", "));
        if (!inputs.contains(inText))
            inputs << inText;
        if (!outputs.contains(outText))
            outputs << outText;
    }
    row.inputs = inputs.join(QStringLiteral(" | "));
    row.outputs = outputs.join(QStringLiteral(" | "));
}

// Operator style: the PrimFunc's buffers, the last one being the output (TVM's convention for
// functions built from tensor expressions).
void bufferShapes(const Metadata::OperatorFunction &fn, OperatorsModel::Row &row)
{
    QStringList shapes;
    for (const Metadata::Tensor &t : fn.params)
        shapes << shapeText(t.dtype, t.shape);
    if (!shapes.isEmpty())
        row.outputs = shapes.takeLast();
    row.inputs = shapes.join(QStringLiteral(", "));
}

// Each function's places in the order the model runs its operators: the graph's operator nodes
// in order, else the calls of the AOT main function (read from the code, once it is indexed).
QHash<QString, QList<int>> executionOrder(const MlfArchive &archive, const MlfArchive::Module &m, bool withCode)
{
    QHash<QString, QList<int>> places;
    int place = 0;
    if (m.graph) {
        for (const Graph::Node &n : m.graph->nodes)
            if (n.isOperator())
                places[n.funcName] << ++place;
    } else if (withCode) {
        if (const auto facts = archive.codeFacts(m))
            for (const QString &call : facts->activations.calls)
                places[call] << ++place;
    }
    return places;
}

// AOT (no graph): the buffers the main function passes to the operator's first call, as
// "name (size)": its inputs, and its output (the last buffer, as TVM passes them). No shapes: the
// C code has none.
void callBuffers(const mtvw::mlf::AotActivations &a, int call, OperatorsModel::Row &row)
{
    if (call < 0 || call >= a.callTensors.size())
        return;
    QStringList buffers;
    for (int t : a.callTensors[call])
        if (t >= 0 && t < a.tensors.size() && a.tensors[t].role != mtvw::mlf::AotActivations::Role::Scratch)
            buffers << QStringLiteral("%1 (%2)").arg(a.tensors[t].name, ByteText::size(a.tensors[t].bytes));
    if (buffers.isEmpty())
        return;
    row.outputs = buffers.takeLast();
    row.inputs = buffers.join(QStringLiteral(", "));
}

QList<OperatorsModel::Row> buildRows(const MlfArchive &archive, bool withCode)
{
    QList<OperatorsModel::Row> rows;
    for (const MlfArchive::Module &m : archive.modules()) {
        const QHash<QString, QList<int>> order = executionOrder(archive, m, withCode);
        if (!archive.hasMetadata() && !withCode)
            continue; // its operators come from the C function index
        QHash<QString, const SourceIndex::Function *> code;
        if (withCode) {
            const QSet<QString> files(m.sources.begin(), m.sources.end());
            for (const SourceIndex::Function &f : archive.sourceIndex().functions())
                if (files.contains(f.file) && !code.contains(f.name))
                    code.insert(f.name, &f);
        }
        for (const MlfArchive::Operator &op : archive.operators(m)) {
            OperatorsModel::Row row;
            row.module = m.name;
            row.function = op.name;
            row.shortName = OperatorsModel::shortName(op.name, m.name);
            row.workspaceBytes = op.workspaceBytes;
            row.calls = order.value(op.name);
            if (m.graph)
                graphShapes(*m.graph, op.graphNodes, row);
            else if (withCode && !row.calls.isEmpty())
                if (const auto facts = archive.codeFacts(m))
                    callBuffers(facts->activations, row.calls.first() - 1, row);
            for (const Metadata::OperatorFunction &fn : m.meta.operatorFunctions)
                if (fn.name == op.name)
                    bufferShapes(fn, row);
            if (const SourceIndex::Function *f = code.value(op.name)) {
                row.codeBytes = f->bytes();
                row.lines = f->endLine - f->startLine + 1;
                row.file = f->file;
                row.line = f->startLine;
            }
            rows << row;
        }
    }
    return rows;
}

bool sameRows(const QList<OperatorsModel::Row> &a, const QList<OperatorsModel::Row> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].module != b[i].module || a[i].function != b[i].function)
            return false;
    return true;
}

bool isNumeric(int column)
{
    return column == OperatorsModel::WorkspaceColumn || column == OperatorsModel::CodeColumn ||
           column == OperatorsModel::LinesColumn || column == OperatorsModel::OrderColumn;
}

QString placesText(const QList<int> &calls)
{
    QStringList shown;
    for (qsizetype i = 0; i < calls.size() && i < 4; ++i)
        shown << QLocale().toString(calls[i]);
    if (calls.size() > 4)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral(", "));
}

} // namespace

OperatorsModel::OperatorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OperatorsModel::~OperatorsModel() = default;

void OperatorsModel::setArchive(std::shared_ptr<const MlfArchive> archive, bool sourceIndexReady)
{
    beginResetModel();
    m_archive = std::move(archive);
    m_codeReady = m_archive && sourceIndexReady;
    m_rows = m_archive ? buildRows(*m_archive, m_codeReady) : QList<Row>();
    endResetModel();
}

void OperatorsModel::setSourceIndexReady()
{
    if (!m_archive || m_codeReady)
        return;
    m_codeReady = true;
    QList<Row> rows = buildRows(*m_archive, true);
    if (sameRows(rows, m_rows)) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OperatorsModel::rowOf(const QString &module, const QString &function) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if ((module.isEmpty() || r.module == module) && (r.function == function || r.shortName == function))
            return int(i);
    }
    return -1;
}

QString OperatorsModel::shortName(const QString &function, const QString &module)
{
    const QString prefix = QStringLiteral("tvmgen_") + module + QLatin1Char('_');
    return function.startsWith(prefix) && function.size() > prefix.size() ? function.mid(prefix.size()) : function;
}

int OperatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::TextAlignmentRole: return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole: return sortKey(row, index.column());
    case FunctionNameRole: return row.function;
    case ModuleNameRole: return row.module;
    case FileRole: return row.file;
    case LineRole: return row.line;
    case FilterRole: return row.function + QLatin1Char(' ') + row.module;
    case WorkspaceRole: return row.workspaceBytes;
    default: return {};
    }
}

QVariant OperatorsModel::display(const Row &row, int column) const
{
    switch (column) {
    case FunctionColumn: return row.shortName;
    case ModuleColumn: return row.module;
    case WorkspaceColumn: return ByteText::size(row.workspaceBytes);
    case CodeColumn: return m_codeReady ? ByteText::size(row.codeBytes) : tr("…");
    case LinesColumn: return row.lines < 0 ? (m_codeReady ? QStringLiteral("—") : tr("…")) : QLocale().toString(row.lines);
    case NodesColumn: {
        QStringList nodes;
        for (qsizetype i = 0; i < row.nodes.size(); ++i)
            nodes << (row.nodes[i] == row.function ? QStringLiteral("#%1").arg(row.nodeIds[i])
                                                   : QStringLiteral("#%1 %2").arg(row.nodeIds[i]).arg(row.nodes[i]));
        return nodes.join(QStringLiteral(", "));
    }
    case InputsColumn: return row.inputs;
    case OutputsColumn: return row.outputs;
    case LocationColumn:
        return row.file.isEmpty() ? QString()
                                  : row.file.section(QLatin1Char('/'), -1) + QLatin1Char(':') + QString::number(row.line);
    case OrderColumn:
        if (row.calls.isEmpty()) {
            const MlfArchive::Module *m = m_archive ? m_archive->module(row.module) : nullptr;
            return m_codeReady || (m && m->graph) ? QStringLiteral("—") : tr("…"); // AOT: known once the code is read
        }
        return placesText(row.calls);
    }
    return {};
}

QVariant OperatorsModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case WorkspaceColumn: return row.workspaceBytes;
    case CodeColumn: return row.codeBytes;
    case LinesColumn: return row.lines;
    case NodesColumn: return row.nodeIds.isEmpty() ? -1 : row.nodeIds.first();
    case OrderColumn: return row.calls.isEmpty() ? std::numeric_limits<int>::max() : row.calls.first(); // unknown last
    case LocationColumn: return row.file + QLatin1Char(':') + QStringLiteral("%1").arg(row.line, 9, 10, QLatin1Char('0'));
    default: return display(row, column);
    }
}

QVariant OperatorsModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case FunctionColumn: return row.function;
    case WorkspaceColumn:
        return row.workspaceBytes < 0
                   ? tr("Unknown: the metadata gives no workspace for this function")
                   : tr("Scratch memory the function needs while it runs: %1").arg(ByteText::exact(row.workspaceBytes));
    case CodeColumn:
        if (!m_codeReady)
            return tr("Indexing the C sources…");
        return row.codeBytes < 0 ? tr("No C definition found in this module's sources")
                                 : tr("Size of the generated C function (source text, not machine code): %1")
                                       .arg(ByteText::exact(row.codeBytes));
    case NodesColumn: return row.nodes.isEmpty() ? QVariant() : QVariant(row.nodes.join(QLatin1Char('\n')));
    case InputsColumn:
    case OutputsColumn: {
        const QString text = column == InputsColumn ? row.inputs : row.outputs;
        if (!text.isEmpty())
            return text;
        return tr("Shapes are known from the graph (graph executor) or the buffer list (operator style); for AOT, "
                  "the buffers the main function passes, with their sizes");
    }
    case LocationColumn: return row.file.isEmpty() ? QVariant() : QVariant(tr("%1, line %2").arg(row.file).arg(row.line));
    case OrderColumn:
        return row.calls.isEmpty() ? tr("Not called in the order read (graph nodes, or the AOT main function's calls)")
                                   : tr("Runs as operator %1 in the model's order (%n time(s))", nullptr, int(row.calls.size()))
                                         .arg(placesText(row.calls));
    }
    return {};
}

QVariant OperatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case WorkspaceColumn: return tr("Workspace: temporary RAM the operator uses while it runs");
        case CodeColumn: return tr("Bytes of the generated C function");
        case NodesColumn: return tr("The graph nodes that call this function");
        case LocationColumn: return tr("Where the C function is defined (double-click to open it in the browser)");
        case OrderColumn:
            return tr("Where the operator runs in the model's sequence: the graph's order, or the calls of the AOT main "
                      "function");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FunctionColumn: return tr("Function");
    case ModuleColumn: return tr("Module");
    case WorkspaceColumn: return tr("Workspace");
    case CodeColumn: return tr("Code");
    case LinesColumn: return tr("Lines");
    case NodesColumn: return tr("Graph nodes");
    case InputsColumn: return tr("Input shapes");
    case OutputsColumn: return tr("Output shapes");
    case LocationColumn: return tr("Defined in");
    case OrderColumn: return tr("#");
    }
    return {};
}
