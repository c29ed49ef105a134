#include "paramsmodel.h"

#include <QLocale>

using mtvw::mlf::ParamsFile;

ParamsModel::ParamsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParamsModel::setParams(const ParamsFile &params)
{
    beginResetModel();
    m_tensors = params.tensors;
    m_total = params.totalDataBytes();
    endResetModel();
}

void ParamsModel::clear()
{
    setParams({});
}

const ParamsFile::Tensor *ParamsModel::tensor(int row) const
{
    return row >= 0 && row < m_tensors.size() ? &m_tensors[row] : nullptr;
}

int ParamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tensors.size());
}

int ParamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParamsModel::data(const QModelIndex &index, int role) const
{
    const ParamsFile::Tensor *t = tensor(index.row());
    if (!t || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const double share = m_total > 0 ? double(t->dataBytes) / double(m_total) : 0;
    if (role == TensorIndexRole)
        return index.row();
    if (role == Qt::TextAlignmentRole && index.column() >= BytesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%1: %2 %3, %4 elements, %5 bytes")
            .arg(t->name, t->dtype.name(), t->shapeText(), QLocale().toString(t->elements), QLocale().toString(t->dataBytes));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn: return t->name;
    case DTypeColumn: return t->dtype.name();
    case ShapeColumn: return sort ? QVariant(t->elements) : QVariant(t->shapeText());
    case BytesColumn: return sort ? QVariant(t->dataBytes) : QVariant(QLocale().toString(t->dataBytes));
    case ShareColumn: return sort ? QVariant(share) : QVariant(QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %"));
    }
    return {};
}

QVariant ParamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DTypeColumn: return tr("DType");
    case ShapeColumn: return tr("Shape");
    case BytesColumn: return tr("Bytes");
    case ShareColumn: return tr("Share");
    }
    return {};
}
