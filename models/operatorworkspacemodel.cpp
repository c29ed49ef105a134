#include "operatorworkspacemodel.h"

#include "core/bytetext.h"

#include <QLocale>

using mtvw::mlf::MemoryMap;

OperatorWorkspaceModel::OperatorWorkspaceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OperatorWorkspaceModel::setOperators(const QList<MemoryMap::OperatorWorkspace> &operators, qint64 total)
{
    beginResetModel();
    m_operators = operators;
    m_total = total;
    if (m_total <= 0)
        for (const auto &op : m_operators)
            m_total = std::max(m_total, op.bytes);
    endResetModel();
}

double OperatorWorkspaceModel::share(int row) const
{
    if (row < 0 || row >= m_operators.size() || m_total <= 0)
        return 0;
    return double(m_operators[row].bytes) / double(m_total);
}

int OperatorWorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorWorkspaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorWorkspaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemoryMap::OperatorWorkspace &op = m_operators[index.row()];
    switch (role) {
    case FunctionRole: return op.name;
    case BytesRole: return op.bytes;
    case ShareRole: return share(index.row());
    case SortRole:
        switch (index.column()) {
        case NameColumn: return op.name;
        case WorkspaceColumn: return op.bytes;
        case ShareColumn: return share(index.row());
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return op.name;
        case WorkspaceColumn: return ByteText::size(op.bytes);
        case ShareColumn: return tr("%1%").arg(QLocale().toString(100.0 * share(index.row()), 'f', 1));
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 needs %2 of workspace while it runs: %3% of the largest operator's (%4), which the module's "
                  "workspace must hold.")
            .arg(op.name, ByteText::exact(op.bytes), QLocale().toString(100.0 * share(index.row()), 'f', 1),
                 ByteText::exact(m_total));
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant OperatorWorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ShareColumn)
        return tr("The operator's workspace against the largest one's, which sets the workspace the module needs. "
                  "Operators run one after another and reuse the same memory, so these do not add up to 100%.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Operator");
    case WorkspaceColumn: return tr("Workspace");
    case ShareColumn: return tr("Of the largest");
    }
    return {};
}
