#include "diffmodel.h"

#include "core/bytetext.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using mtvw::mlf::ArchiveDiff;

namespace {

QString tensorText(const QString &dtype, const QString &shape)
{
    return dtype.isEmpty() && shape.isEmpty() ? QString() : dtype + QLatin1Char(' ') + shape;
}

} // namespace

DiffModel::DiffModel(Mode mode, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{}

DiffModel::~DiffModel() = default;

void DiffModel::setModuleDiff(const ArchiveDiff::ModuleDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

void DiffModel::clear()
{
    setModuleDiff({});
}

bool DiffModel::isDeltaColumn(int column) const
{
    return m_mode == Mode::Functions ? column == WorkspaceDeltaColumn || column == CodeDeltaColumn : column == BytesDeltaColumn;
}

bool DiffModel::isByteColumn(int column) const
{
    if (m_mode == Mode::Functions)
        return column >= WorkspaceAColumn && column <= CodeDeltaColumn;
    return column >= BytesAColumn && column <= BytesDeltaColumn;
}

qint64 DiffModel::figure(int row, int column) const
{
    if (m_mode == Mode::Functions) {
        const ArchiveDiff::FunctionRow &f = m_diff.functions.at(row);
        switch (column) {
        case WorkspaceAColumn: return f.workspaceA;
        case WorkspaceBColumn: return f.workspaceB;
        case WorkspaceDeltaColumn: return f.workspaceDelta();
        case CodeAColumn: return f.codeA;
        case CodeBColumn: return f.codeB;
        case CodeDeltaColumn: return f.codeDelta();
        }
        return -1;
    }
    const ArchiveDiff::ParamRow &p = m_diff.params.at(row);
    switch (column) {
    case BytesAColumn: return p.bytesA;
    case BytesBColumn: return p.bytesB;
    case BytesDeltaColumn: return p.delta();
    }
    return -1;
}

QString DiffModel::name(int row) const
{
    return m_mode == Mode::Functions ? m_diff.functions.at(row).name : m_diff.params.at(row).name;
}

qint64 DiffModel::total(int column) const
{
    qint64 sum = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const qint64 v = figure(r, column);
        if (isDeltaColumn(column) || v > 0)
            sum += v;
    }
    return sum;
}

QColor DiffModel::deltaColor(qint64 delta, const QPalette &palette)
{
    if (delta == 0)
        return palette.color(QPalette::PlaceholderText);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (delta > 0)
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x2e, 0x7d, 0x32);
}

QString DiffModel::changeText(ArchiveDiff::Change change)
{
    switch (change) {
    case ArchiveDiff::Change::Same: return tr("same");
    case ArchiveDiff::Change::Changed: return tr("changed");
    case ArchiveDiff::Change::Added: return tr("added in B");
    case ArchiveDiff::Change::Removed: return tr("only in A");
    }
    return {};
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Functions ? m_diff.functions.size() : m_diff.params.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == Mode::Functions ? int(FunctionColumnCount) : int(ParamColumnCount);
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const ArchiveDiff::Change change = m_mode == Mode::Functions ? m_diff.functions.at(row).change : m_diff.params.at(row).change;
    const bool changeColumn = column == (m_mode == Mode::Functions ? int(FunctionChangeColumn) : int(ParamChangeColumn));
    const qint64 value = isByteColumn(column) ? figure(row, column) : -1;

    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return name(row);
        if (changeColumn)
            return changeText(change);
        if (m_mode == Mode::Params && column == ShapeColumn) {
            const ArchiveDiff::ParamRow &p = m_diff.params.at(row);
            const QString a = tensorText(p.dtypeA, p.shapeA), b = tensorText(p.dtypeB, p.shapeB);
            if (a.isEmpty() || b.isEmpty() || a == b)
                return a.isEmpty() ? b : a;
            return QStringLiteral("%1 → %2").arg(a, b);
        }
        return isDeltaColumn(column) ? ByteText::delta(value) : ByteText::size(value);
    case Qt::ToolTipRole:
        if (isByteColumn(column))
            return isDeltaColumn(column)
                       ? ByteText::delta(value) + QStringLiteral(" (") + ByteText::exact(std::abs(value)) + QLatin1Char(')')
                       : ByteText::exact(value);
        return column == 0 ? QVariant(name(row)) : QVariant();
    case Qt::TextAlignmentRole: return isByteColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (isDeltaColumn(column) && value != 0)
            return deltaColor(value, QGuiApplication::palette());
        if (changeColumn && change == ArchiveDiff::Change::Same)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case SortRole:
        if (isByteColumn(column))
            return value;
        if (changeColumn)
            return int(change);
        return data(index, Qt::DisplayRole);
    case AbsDeltaRole:
        if (m_mode == Mode::Functions) {
            const ArchiveDiff::FunctionRow &f = m_diff.functions.at(row);
            return std::abs(f.workspaceDelta()) + std::abs(f.codeDelta());
        }
        return std::abs(m_diff.params.at(row).delta());
    case ChangeRole: return int(change);
    }
    return {};
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isByteColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (m_mode == Mode::Functions) {
        if (role == Qt::ToolTipRole) {
            switch (section) {
            case NameColumn: return tr("Function name without the tvmgen_<module>_ prefix, so renamed modules still match");
            case WorkspaceDeltaColumn: return tr("Workspace change from A to B: growth in red, shrinkage in green");
            case CodeDeltaColumn: return tr("Change of the generated C function's size from A to B");
            }
            return {};
        }
        switch (section) {
        case NameColumn: return tr("Function");
        case WorkspaceAColumn: return tr("Workspace A");
        case WorkspaceBColumn: return tr("Workspace B");
        case WorkspaceDeltaColumn: return tr("Δ Workspace");
        case CodeAColumn: return tr("Code A");
        case CodeBColumn: return tr("Code B");
        case CodeDeltaColumn: return tr("Δ Code");
        case FunctionChangeColumn: return tr("Change");
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BytesDeltaColumn: return tr("Change of the tensor's data bytes from A to B");
        case ShapeColumn: return tr("Data type and shape; “A → B” when they changed");
        }
        return {};
    }
    switch (section) {
    case ParamNameColumn: return tr("Parameter");
    case BytesAColumn: return tr("Bytes A");
    case BytesBColumn: return tr("Bytes B");
    case BytesDeltaColumn: return tr("Δ Bytes");
    case ShapeColumn: return tr("Type and shape");
    case ParamChangeColumn: return tr("Change");
    }
    return {};
}
