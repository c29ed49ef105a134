#include "searchresultsmodel.h"

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SearchResultsModel::setHits(const QList<ArchiveSearch::Hit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setHits({});
}

const ArchiveSearch::Hit *SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const ArchiveSearch::Hit *h = index.isValid() ? hit(index.row()) : nullptr;
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EntryColumn: return h->entry;
        case LineColumn: return h->line;
        case TextColumn: return h->text;
        default: return {};
        }
    case Qt::ToolTipRole: return QStringLiteral("%1:%2:%3").arg(h->entry).arg(h->line).arg(h->column);
    case EntryRole: return h->entry;
    case LineRole: return h->line;
    default: return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntryColumn: return tr("File");
    case LineColumn: return tr("Line");
    case TextColumn: return tr("Text");
    default: return {};
    }
}
