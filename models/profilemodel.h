#pragma once

#include "transport/rpcprofiler.h"

#include <QAbstractTableModel>
#include <optional>

// The Profile pane's table: one row per operator function the model calls, with what the archive
// says about it (workspace, C code bytes) and, after a profile, its time on the device (min and
// median over the repeats) and its share of the whole model. SortRole gives numbers for the
// numeric columns (unknown: -1), so a proxy sorts them right; ShareRole the share as a fraction
// for a bar.
class ProfileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FunctionColumn,
        CallsColumn,
        MinColumn,
        MedianColumn,
        ShareColumn,
        WorkspaceColumn,
        CodeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        ShareRole,    // double, the share of the model as a fraction (1 = all of it); -1 when unknown
        ModuleRole,   // the module that calls the function
        FunctionRole, // its full C name
    };
    struct Operator
    {
        QString module, function;
        int callsPerRun = 0;
        qint64 workspaceBytes = -1, codeBytes = -1;
        QString problem; // why a host cannot call it; empty if it can
    };
    using Timing = mtvw::transport::RpcProfiler::Timing;

    explicit ProfileModel(QObject *parent = nullptr);

    // The operators of a model, not yet timed.
    void setOperators(const QList<Operator> &operators);
    // A profile's figures, matched to the rows by function; the shares are each operator's
    // median × calls per run of the whole model's median, or of the operators' sum when the
    // model has no figure of its own.
    void setReport(const mtvw::transport::RpcProfiler::Report &report);
    // The row being timed now (-1: none), until the report comes.
    void setTimingRow(int row);
    void clearTimings();

    const Operator &operatorAt(int row) const { return m_rows.at(row).op; }
    const std::optional<Timing> &timingAt(int row) const { return m_rows.at(row).timing; }
    double shareAt(int row) const { return m_rows.at(row).share; } // percent; -1 when unknown
    // The whole the shares are of (seconds per run): the model's median, else the operators' sum.
    double wholeSeconds() const { return m_whole; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Operator op;
        std::optional<Timing> timing;
        double share = -1;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString status(const Row &row, int index) const;

    QList<Row> m_rows;
    int m_timingRow = -1;
    double m_whole = 0;
};
