#include "operatorscontroller.h"

#include "backgroundjob.h"
#include "core/bytetext.h"
#include "mlf/mlfarchive.h"
#include "operatorsmodel.h"

#include <QLocale>
#include <QSortFilterProxyModel>

using mtvw::mlf::Graph;
using mtvw::mlf::Metadata;
using mtvw::mlf::MlfArchive;

namespace {

// Text filter (over OperatorsModel::FilterRole) plus an optional "workspace > 0" condition.
class OperatorsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool onlyWithWorkspace() const { return m_onlyWithWorkspace; }
    void setOnlyWithWorkspace(bool on)
    {
        if (on == m_onlyWithWorkspace)
            return;
        m_onlyWithWorkspace = on;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_onlyWithWorkspace && sourceModel()->index(row, 0, parent).data(OperatorsModel::WorkspaceRole).toLongLong() <= 0)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_onlyWithWorkspace = false;
};

// Lines first..last (1-based, inclusive) of text.
QString cutLines(const QByteArray &text, int first, int last)
{
    qsizetype begin = 0;
    for (int line = 1; line < first; ++line) {
        begin = text.indexOf('\n', begin);
        if (begin < 0)
            return {};
        ++begin;
    }
    qsizetype end = begin;
    for (int line = first; line <= last; ++line) {
        end = text.indexOf('\n', end);
        if (end < 0) {
            end = text.size();
            break;
        }
        ++end;
    }
    QByteArray cut = text.mid(begin, end - begin);
    while (cut.endsWith('\n') || cut.endsWith('\r'))
        cut.chop(1);
    return QString::fromUtf8(cut);
}

QString tensorText(const QString &dtype, const QList<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return dtype + QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

OperatorsController::OperatorsController(QObject *parent)
    : QObject(parent)
    , m_model(new OperatorsModel(this))
    , m_proxy(new OperatorsFilter(this))
    , m_indexJob(new BackgroundJob<bool>(this))
    , m_detailsJob(new BackgroundJob<Details>(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OperatorsModel::SortRole);
    m_proxy->setFilterRole(OperatorsModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
}

OperatorsController::~OperatorsController() = default;

void OperatorsController::setArchive(std::shared_ptr<const MlfArchive> archive)
{
    m_archive = std::move(archive);
    m_pendingModule.clear();
    m_pendingFunction.clear();
    const bool hadSelection = !m_function.isEmpty();
    m_module.clear();
    m_function.clear();
    m_details = {};
    m_detailsJob->cancel();
    m_indexJob->cancel();
    if (hadSelection)
        emit selectionChanged({}, {});
    m_model->setArchive(m_archive, false);
    const bool indexing = m_archive != nullptr;
    if (indexing)
        m_indexJob->start(
            [a = m_archive](const JobContext &) {
                a->sourceIndex();
                return true;
            },
            [this](bool) { handleIndexed(); });
    if (indexing != m_indexing) {
        m_indexing = indexing;
        emit indexingChanged(m_indexing);
    }
}

void OperatorsController::handleIndexed()
{
    m_model->setSourceIndexReady();
    m_indexing = false;
    emit indexingChanged(false);
    const QStringList problems = m_archive->sourceIndexProblems();
    if (!problems.isEmpty())
        emit errorOccurred(mtvw::Error(mtvw::Error::Code::Malformed, problems.join(QLatin1Char('\n'))));
    if (!m_pendingFunction.isEmpty()) {
        const QString module = m_pendingModule, function = m_pendingFunction;
        m_pendingModule.clear();
        m_pendingFunction.clear();
        select(module, function);
    }
}

void OperatorsController::setFilterText(const QString &text)
{
    m_filterText = text;
    m_proxy->setFilterFixedString(text);
}

QString OperatorsController::filterText() const
{
    return m_filterText;
}

void OperatorsController::setOnlyWithWorkspace(bool on)
{
    static_cast<OperatorsFilter *>(m_proxy)->setOnlyWithWorkspace(on);
}

bool OperatorsController::onlyWithWorkspace() const
{
    return static_cast<const OperatorsFilter *>(m_proxy)->onlyWithWorkspace();
}

void OperatorsController::select(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || proxyIndex.model() != m_proxy) {
        if (m_function.isEmpty())
            return;
        m_module.clear();
        m_function.clear();
        m_details = {};
        m_detailsJob->cancel();
        emit selectionChanged({}, {});
        return;
    }
    const OperatorsModel::Row &row = m_model->row(m_proxy->mapToSource(proxyIndex).row());
    if (row.module == m_module && row.function == m_function)
        return;
    m_module = row.module;
    m_function = row.function;
    m_details = {};
    emit selectionChanged(m_module, m_function);
    m_detailsJob->start([archive = m_archive, module = m_module,
                         function = m_function](const JobContext &) { return computeDetails(*archive, module, function); },
                        [this](Details details) { handleDetails(std::move(details)); });
}

bool OperatorsController::select(const QString &module, const QString &function)
{
    const int row = m_model->rowOf(module, function);
    if (row < 0) {
        if (m_indexing) { // the row may come with the C function index (archives without metadata)
            m_pendingModule = module;
            m_pendingFunction = function;
        }
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        setFilterText({});
        setOnlyWithWorkspace(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    select(index);
    return true;
}

QModelIndex OperatorsController::currentIndex() const
{
    if (m_function.isEmpty())
        return {};
    const int row = m_model->rowOf(m_module, m_function);
    return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
}

void OperatorsController::handleDetails(Details details)
{
    m_details = std::move(details);
    emit detailsReady();
    if (!m_details.problems.isEmpty())
        emit errorOccurred(mtvw::Error(mtvw::Error::Code::Malformed, m_details.problems.join(QLatin1Char('\n'))));
}

OperatorsController::Details OperatorsController::computeDetails(const MlfArchive &archive, const QString &module,
                                                                 const QString &function)
{
    Details d;
    d.module = module;
    d.function = function;
    const MlfArchive::Module *m = archive.module(module);
    if (!m) {
        d.problems << tr("The archive has no module “%1”").arg(module);
        return d;
    }
    const MlfArchive::Links links = archive.links(*m, function);
    const QLocale locale;

    // The lines of a function in its file, or the reason they cannot be read.
    auto cut = [&](const auto &fn, QString *file, int *startLine, int *endLine, QString *out) {
        *file = fn.file;
        *startLine = fn.startLine;
        *endLine = fn.endLine;
        const auto text = archive.read(fn.file);
        if (text)
            *out = cutLines(text.value(), fn.startLine, fn.endLine);
        else
            d.problems << text.error().message();
    };
    if (links.cFunction)
        cut(*links.cFunction, &d.cFile, &d.cStartLine, &d.cEndLine, &d.cText);
    if (links.tirFunction)
        cut(*links.tirFunction, &d.tirFile, &d.tirStartLine, &d.tirEndLine, &d.tirText);

    qint64 outputBytes = 0;
    if (m->graph) {
        const Graph &g = *m->graph;
        for (int id : links.graphNodes) {
            if (id < 0 || id >= g.nodes.size())
                continue;
            const Graph::Node &n = g.nodes.at(id);
            Section s;
            s.title = n.name;
            s.facts << Fact{tr("Node"), tr("#%1 of %2, operation “%3”").arg(id).arg(g.nodes.size()).arg(n.op)};
            for (qsizetype i = 0; i < n.inputs.size(); ++i) {
                const Graph::EntryRef ref = n.inputs.at(i);
                const QString from = ref.node >= 0 && ref.node < g.nodes.size() ? g.nodes.at(ref.node).name : QStringLiteral("?");
                const Graph::Entry *e = g.entry(ref);
                s.facts << Fact{tr("Input %1").arg(i), e ? tr("%1 from %2").arg(tensorText(e->dtype, e->shape), from) : from};
            }
            for (int i = 0; i < n.numOutputs; ++i) {
                const Graph::Entry *e = g.entry({id, i});
                if (!e)
                    continue;
                outputBytes += e->bytes;
                s.facts << Fact{
                    tr("Output %1").arg(i),
                    tr("%1, %2, storage id %3").arg(tensorText(e->dtype, e->shape), ByteText::exact(e->bytes)).arg(e->storageId)};
            }
            for (auto it = n.attrs.cbegin(); it != n.attrs.cend(); ++it)
                s.facts << Fact{it.key(), it.value()};
            d.graphNodes << s;
        }
    }

    if (links.workspaceBytes >= 0)
        d.memory << Fact{tr("Workspace"), ByteText::exact(links.workspaceBytes)};
    else
        d.memory << Fact{tr("Workspace"), tr("unknown (the metadata has no figure for this function)")};
    const qint64 moduleWorkspace = m->meta.main.isEmpty() ? -1 : m->meta.workspaceBytes();
    if (moduleWorkspace > 0 && links.workspaceBytes >= 0)
        d.memory << Fact{tr("Module workspace"),
                         tr("%1 (this function: %2 %)")
                             .arg(ByteText::exact(moduleWorkspace))
                             .arg(locale.toString(100.0 * links.workspaceBytes / moduleWorkspace, 'f', 1))};
    if (links.cFunction)
        d.memory << Fact{
            tr("C code"),
            tr("%1 in %n line(s)", nullptr, d.cEndLine - d.cStartLine + 1).arg(ByteText::exact(links.cFunction->bytes()))};
    if (m->graph && !links.graphNodes.isEmpty())
        d.memory << Fact{tr("Output tensors"), ByteText::exact(outputBytes)};
    for (const Metadata::Tensor &t : links.bufferParams)
        d.memory << Fact{tr("Buffer %1").arg(t.name),
                         tr("%1, %2").arg(tensorText(t.dtype, t.shape), ByteText::exact(t.sizeBytes))};
    return d;
}
