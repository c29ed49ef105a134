#include "inspectorfilter.h"

#include "backgroundjob.h"
#include "inspectormodel.h"

#include <algorithm>

using mtvw::micro::WireRecord;

bool InspectorFilter::Criteria::accepts(const WireRecord &r) const
{
    if (layer >= 0 && int(r.layer) != layer)
        return false;
    if (!type.isEmpty() && r.type != type)
        return false;
    if (problemsOnly && r.problem.isEmpty())
        return false;
    if (text.isEmpty())
        return true;
    const auto cs = Qt::CaseInsensitive;
    if (r.summary.contains(text, cs) || r.type.contains(text, cs) || r.problem.contains(text, cs))
        return true;
    return std::any_of(r.details.begin(), r.details.end(),
                       [this](const QString &line) { return line.contains(text, Qt::CaseInsensitive); });
}

InspectorFilter::InspectorFilter(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_job(new BackgroundJob<QList<qint64>>(this))
{}

InspectorFilter::~InspectorFilter() = default;

void InspectorFilter::setSourceModel(QAbstractItemModel *source)
{
    auto *model = qobject_cast<InspectorModel *>(source);
    Q_ASSERT_X(model || !source, "InspectorFilter", "the source must be an InspectorModel");
    beginResetModel();
    m_job->cancel();
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    m_seqs.clear();
    m_triedTo = 0;
    if (m_model) {
        // With no filter the rows pass through, following the source row for row.
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int last) {
            if (!isFiltering())
                beginInsertRows({}, first, last);
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { handleInserted(first, last); });
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
            if (!isFiltering())
                beginRemoveRows({}, first, last);
        });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InspectorFilter::handleRemoved);
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, &InspectorFilter::handleReset);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    if (!isFiltering())
                        emit dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
                });
    }
    const bool searching = isFiltering() && search();
    endResetModel();
    if (isFiltering() && !searching)
        emit filterChanged();
}

void InspectorFilter::setLayer(int layer)
{
    Criteria c = m_criteria;
    c.layer = layer;
    setCriteria(c);
}

void InspectorFilter::setType(const QString &type)
{
    Criteria c = m_criteria;
    c.type = type;
    setCriteria(c);
}

void InspectorFilter::setText(const QString &text)
{
    Criteria c = m_criteria;
    c.text = text;
    setCriteria(c);
}

void InspectorFilter::setProblemsOnly(bool only)
{
    Criteria c = m_criteria;
    c.problemsOnly = only;
    setCriteria(c);
}

bool InspectorFilter::isSearching() const
{
    return m_job->isRunning();
}

qint64 InspectorFilter::firstSeq() const
{
    return m_model ? m_model->droppedRecords() : 0;
}

void InspectorFilter::setCriteria(const Criteria &criteria)
{
    if (criteria.layer == m_criteria.layer && criteria.type == m_criteria.type && criteria.text == m_criteria.text &&
        criteria.problemsOnly == m_criteria.problemsOnly)
        return;
    beginResetModel();
    m_job->cancel();
    m_criteria = criteria;
    m_seqs.clear();
    const bool searching = isFiltering() && search(); // its rows come later: views see it searching
    endResetModel();
    if (!searching)
        emit filterChanged();
}

// The records so far, tried off the GUI thread on a snapshot; those arriving meanwhile are
// tried as they come (handleInserted) and follow these.
bool InspectorFilter::search()
{
    if (!m_model)
        return false;
    const WireRecordStore::Snapshot snapshot = m_model->snapshot();
    const qint64 first = firstSeq();
    m_triedTo = first + snapshot.size();
    m_job->start(
        [snapshot, first, c = m_criteria](const JobContext &job) {
            QList<qint64> found;
            for (qsizetype row = 0; row < snapshot.size(); ++row) {
                if ((row & 0xfff) == 0 && job.isCancelled())
                    break;
                if (c.accepts(snapshot.at(row)))
                    found.append(first + row);
            }
            return found;
        },
        [this](QList<qint64> found) {
            found.erase(found.begin(), std::lower_bound(found.begin(), found.end(), firstSeq())); // gone meanwhile
            if (!found.isEmpty()) {
                beginInsertRows({}, 0, int(found.size() - 1));
                m_seqs = found + m_seqs;
                endInsertRows();
            }
            emit filterChanged();
        });
    return true;
}

void InspectorFilter::handleInserted(int first, int last)
{
    if (!isFiltering()) {
        endInsertRows();
        return;
    }
    QList<qint64> found;
    const qint64 base = firstSeq();
    for (qint64 seq = std::max(m_triedTo, base + first); seq <= base + last; ++seq)
        if (m_criteria.accepts(m_model->record(int(seq - base))))
            found.append(seq);
    m_triedTo = std::max(m_triedTo, base + last + 1);
    if (found.isEmpty())
        return;
    beginInsertRows({}, int(m_seqs.size()), int(m_seqs.size() + found.size() - 1));
    m_seqs += found;
    endInsertRows();
}

void InspectorFilter::handleRemoved()
{
    if (!isFiltering()) {
        endRemoveRows();
        return;
    }
    // The oldest records went: the matches among them go too.
    const int drop = int(std::lower_bound(m_seqs.begin(), m_seqs.end(), firstSeq()) - m_seqs.begin());
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_seqs.remove(0, drop);
    endRemoveRows();
}

void InspectorFilter::handleReset()
{
    m_job->cancel();
    m_seqs.clear();
    m_triedTo = 0;
    if (isFiltering())
        search();
    endResetModel();
}

QModelIndex InspectorFilter::mapToSource(const QModelIndex &proxy) const
{
    if (!m_model || !proxy.isValid() || proxy.model() != this)
        return {};
    const qint64 row = isFiltering() ? m_seqs.value(proxy.row(), -1) - firstSeq() : proxy.row();
    return row < 0 ? QModelIndex() : m_model->index(int(row), proxy.column());
}

QModelIndex InspectorFilter::mapFromSource(const QModelIndex &source) const
{
    if (!m_model || !source.isValid() || source.model() != m_model)
        return {};
    if (!isFiltering())
        return index(source.row(), source.column());
    const qint64 seq = firstSeq() + source.row();
    const auto it = std::lower_bound(m_seqs.begin(), m_seqs.end(), seq);
    return it != m_seqs.end() && *it == seq ? index(int(it - m_seqs.begin()), source.column()) : QModelIndex();
}

QModelIndex InspectorFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex InspectorFilter::parent(const QModelIndex &) const
{
    return {};
}

int InspectorFilter::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_model)
        return 0;
    return isFiltering() ? int(m_seqs.size()) : m_model->rowCount();
}

int InspectorFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool InspectorFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant InspectorFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_model)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
