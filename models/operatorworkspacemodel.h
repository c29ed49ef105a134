#pragma once

#include "mlf/memorymap.h"

#include <QAbstractTableModel>

// Each operator function of a module with its workspace and its share of the module's
// workspace, largest first.
class OperatorWorkspaceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WorkspaceColumn, ShareColumn, ColumnCount };
    enum Role {
        FunctionRole = Qt::UserRole, // the full function name
        BytesRole,                   // qint64
        ShareRole,                   // double, 0..1 (may exceed 1 when the module total is smaller)
        SortRole,
    };

    explicit OperatorWorkspaceModel(QObject *parent = nullptr);

    // total: the module's workspace; when it is unknown or 0, the largest operator's.
    void setOperators(const QList<mtvw::mlf::MemoryMap::OperatorWorkspace> &operators, qint64 total);
    qint64 total() const { return m_total; }
    double share(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<mtvw::mlf::MemoryMap::OperatorWorkspace> m_operators;
    qint64 m_total = 0;
};
