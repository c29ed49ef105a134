#include "profilemodel.h"

#include "operatorsmodel.h"

#include <QLocale>

namespace {

QString micros(double seconds)
{
    return QLocale().toString(seconds * 1e6, 'f', 3);
}

} // namespace

ProfileModel::ProfileModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProfileModel::setOperators(const QList<Operator> &operators)
{
    beginResetModel();
    m_rows.clear();
    for (const Operator &op : operators)
        m_rows.append(Row{op, std::nullopt, -1});
    m_timingRow = -1;
    m_whole = 0;
    endResetModel();
}

void ProfileModel::setReport(const mtvw::transport::RpcProfiler::Report &report)
{
    double sum = 0;
    for (const Timing &t : report.operators)
        if (t.median() >= 0)
            sum += t.median() * t.callsPerRun;
    const double model = report.model.median();
    m_whole = model > 0 ? model : sum;
    for (Row &row : m_rows) {
        row.timing.reset();
        row.share = -1;
        for (const Timing &t : report.operators)
            if (t.function == row.op.function) {
                row.timing = t;
                if (t.median() >= 0 && m_whole > 0)
                    row.share = 100.0 * t.median() * t.callsPerRun / m_whole;
                break;
            }
    }
    m_timingRow = -1;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProfileModel::setTimingRow(int row)
{
    const int before = m_timingRow;
    m_timingRow = row;
    for (int r : {before, row})
        if (r >= 0 && r < rowCount())
            emit dataChanged(index(r, StatusColumn), index(r, StatusColumn));
}

void ProfileModel::clearTimings()
{
    for (Row &row : m_rows) {
        row.timing.reset();
        row.share = -1;
    }
    m_timingRow = -1;
    m_whole = 0;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProfileModel::status(const Row &row, int index) const
{
    if (!row.op.problem.isEmpty())
        return row.op.problem;
    if (index == m_timingRow)
        return tr("timing…");
    if (!row.timing)
        return {};
    if (!row.timing->error.isEmpty())
        return row.timing->error;
    return tr("ok");
}

QVariant ProfileModel::display(const Row &row, int column) const
{
    const bool timed = row.timing && !row.timing->seconds.isEmpty();
    const QLocale l;
    switch (column) {
    case FunctionColumn: return OperatorsModel::shortName(row.op.function, row.op.module);
    case CallsColumn: return row.op.callsPerRun;
    case MinColumn: return timed ? micros(row.timing->min()) : QString();
    case MedianColumn: return timed ? micros(row.timing->median()) : QString();
    case ShareColumn: return row.share >= 0 ? l.toString(row.share, 'f', 1) + QStringLiteral(" %") : QString();
    case WorkspaceColumn: return row.op.workspaceBytes >= 0 ? l.toString(row.op.workspaceBytes) : QString();
    case CodeColumn: return row.op.codeBytes >= 0 ? l.toString(row.op.codeBytes) : QString();
    default: return {};
    }
}

QVariant ProfileModel::sortValue(const Row &row, int column) const
{
    const bool timed = row.timing && !row.timing->seconds.isEmpty();
    switch (column) {
    case FunctionColumn: return row.op.function;
    case CallsColumn: return row.op.callsPerRun;
    case MinColumn: return timed ? row.timing->min() : -1.0;
    case MedianColumn: return timed ? row.timing->median() : -1.0;
    case ShareColumn: return row.share;
    case WorkspaceColumn: return row.op.workspaceBytes;
    case CodeColumn: return row.op.codeBytes;
    default: return {};
    }
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return column == StatusColumn ? QVariant(status(row, index.row())) : display(row, column);
    case SortRole: return column == StatusColumn ? QVariant(status(row, index.row())) : sortValue(row, column);
    case ShareRole: return row.share >= 0 ? row.share / 100.0 : -1.0;
    case ModuleRole: return row.op.module;
    case FunctionRole: return row.op.function;
    case Qt::ToolTipRole:
        if (column == FunctionColumn)
            return row.op.function;
        if (column == StatusColumn)
            return row.timing && row.timing->error.isEmpty() && row.op.problem.isEmpty()
                       ? tr("%n repeat(s) on the device's clock", nullptr, int(row.timing->seconds.size()))
                       : status(row, index.row());
        return {};
    case Qt::TextAlignmentRole:
        return column == FunctionColumn || column == StatusColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case FunctionColumn: return tip ? tr("The operator function (its C name without tvmgen_<module>_)") : tr("Function");
    case CallsColumn: return tip ? tr("How often one inference calls it") : tr("Calls");
    case MinColumn: return tip ? tr("The fastest repeat: microseconds per call on the device's clock") : tr("Min µs");
    case MedianColumn: return tip ? tr("The median repeat: microseconds per call on the device's clock") : tr("Median µs");
    case ShareColumn:
        return tip ? tr("Median × calls per run, of the whole model's median (or of the operators' sum when the model "
                        "has no figure)")
                   : tr("Share");
    case WorkspaceColumn: return tip ? tr("Workspace bytes the metadata gives it") : tr("Workspace B");
    case CodeColumn: return tip ? tr("Bytes of its C function in the generated sources") : tr("Code B");
    case StatusColumn: return tip ? tr("Why it has no figures, if it has none") : tr("Status");
    default: return {};
    }
}
