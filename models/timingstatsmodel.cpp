#include "timingstatsmodel.h"

#include <QLocale>

#include <cmath>

using mtvw::micro::TimingStats;

namespace {

QString ms(double v)
{
    return QLocale().toString(v, 'g', 5);
}

} // namespace

TimingStatsModel::TimingStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimingStatsModel::setAnalysis(const TimingController::Analysis &analysis, const QString &nameA, const QString &nameB)
{
    const bool comparing = analysis.hasA;
    if (comparing != m_comparing) {
        beginResetModel();
        m_analysis = analysis;
        m_nameA = nameA;
        m_nameB = nameB;
        m_comparing = comparing;
        endResetModel();
        return;
    }
    m_analysis = analysis;
    m_nameA = nameA;
    m_nameB = nameB;
    emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void TimingStatsModel::setUnit(Unit unit)
{
    m_unit = unit;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

TimingStatsModel::Column TimingStatsModel::columnKind(int column) const
{
    if (!m_comparing)
        return BColumn;
    return Column(column);
}

double TimingStatsModel::figure(const TimingStats &s, Row row)
{
    switch (row) {
    case CountRow: return s.count;
    case MinRow: return s.min;
    case MedianRow: return s.median;
    case MeanRow: return s.mean;
    case P95Row: return s.p95;
    case MaxRow: return s.max;
    case StddevRow: return s.stddev;
    case MadRow: return s.mad;
    case OutliersRow: return double(s.outliers.size());
    case RowCount: break;
    }
    return 0;
}

int TimingStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int TimingStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_comparing ? 3 : 1);
}

QString TimingStatsModel::rowName(int row) const
{
    switch (Row(row)) {
    case CountRow: return tr("Samples");
    case MinRow: return tr("Min");
    case MedianRow: return tr("Median");
    case MeanRow: return tr("Mean");
    case P95Row: return tr("95th percentile");
    case MaxRow: return tr("Max");
    case StddevRow: return tr("Std deviation");
    case MadRow: return tr("MAD");
    case OutliersRow: return tr("Outliers");
    case RowCount: break;
    }
    return {};
}

QVariant TimingStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = Row(index.row());
    const Column kind = columnKind(index.column());
    const bool isCount = row == CountRow || row == OutliersRow;
    const bool has = kind == AColumn ? m_analysis.hasA : kind == BColumn ? m_analysis.hasB : m_analysis.hasA && m_analysis.hasB;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (!has)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
    double value = 0;
    if (kind == AColumn)
        value = figure(m_analysis.a, row);
    else if (kind == BColumn)
        value = figure(m_analysis.b, row);
    else
        value = figure(m_analysis.b, row) - figure(m_analysis.a, row);
    if (role == ValueRole)
        return value;
    if (role == Qt::ToolTipRole && kind == DifferenceColumn && !isCount) {
        const double base = figure(m_analysis.a, row);
        if (base != 0)
            return tr("%1 % of A").arg(QLocale().toString(value / std::abs(base) * 100, 'f', 1));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (isCount) {
        const QString text = QLocale().toString(qint64(value));
        return kind == DifferenceColumn && value > 0 ? QStringLiteral("+") + text : text;
    }
    if (kind != DifferenceColumn)
        return ms(value); // the unit is in the column's header
    // The difference as its sign, its milliseconds and its share of A's figure.
    QString text = (value > 0 ? QStringLiteral("+") : QString()) + ms(value);
    const double base = figure(m_analysis.a, row);
    if (base != 0)
        text += QStringLiteral(" (%1%2 %)")
                    .arg(value > 0 ? QStringLiteral("+") : QString(), QLocale().toString(value / std::abs(base) * 100, 'f', 1));
    return text;
}

QVariant TimingStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < RowCount ? QVariant(rowName(section)) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    const QString unit = m_unit == Unit::Milliseconds ? tr("ms") : tr("µs");
    switch (columnKind(section)) {
    case AColumn: return role == Qt::ToolTipRole ? m_nameA : tr("A (reference), %1").arg(unit);
    case BColumn: return role == Qt::ToolTipRole ? m_nameB : (m_comparing ? tr("B, %1") : tr("This run, %1")).arg(unit);
    case DifferenceColumn:
        return role == Qt::ToolTipRole ? tr("B − A, in %1 and as a share of A").arg(unit) : tr("B − A, %1").arg(unit);
    }
    return {};
}
