#pragma once

#include "archivesearch.h"

#include <QAbstractTableModel>

// The hits of an archive-wide search: entry, line and the line's text.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EntryColumn, LineColumn, TextColumn, ColumnCount };
    enum Role { EntryRole = Qt::UserRole, LineRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<ArchiveSearch::Hit> &hits);
    void clear();
    const ArchiveSearch::Hit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ArchiveSearch::Hit> m_hits;
};
