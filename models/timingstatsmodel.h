#pragma once

#include "timingcontroller.h"

#include <QAbstractTableModel>

// The Timing pane's statistics table: one row per figure (samples, min, median, mean, p95, max,
// standard deviation, MAD, outliers), one column per series: B alone, or A, B and their
// difference (B - A) when there is a reference.
class TimingStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row { CountRow, MinRow, MedianRow, MeanRow, P95Row, MaxRow, StddevRow, MadRow, OutliersRow, RowCount };
    enum Column { AColumn, BColumn, DifferenceColumn };
    static constexpr int ValueRole = Qt::UserRole; // the figure as a double (the unit's, or a count)
    // What the figures are in (the headers say it): the Timing pane's milliseconds, or
    // microseconds (the Profile pane's whole model).
    enum class Unit { Milliseconds, Microseconds };

    explicit TimingStatsModel(QObject *parent = nullptr);
    void setUnit(Unit unit);

    void setAnalysis(const TimingController::Analysis &analysis, const QString &nameA, const QString &nameB);
    // The columns shown: B only, or A, B and the difference.
    bool isComparing() const { return m_comparing; }
    // What a column is: AColumn, BColumn or DifferenceColumn.
    Column columnKind(int column) const;
    static double figure(const mtvw::micro::TimingStats &stats, Row row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString rowName(int row) const;

    TimingController::Analysis m_analysis;
    QString m_nameA, m_nameB;
    bool m_comparing = false;
    Unit m_unit = Unit::Milliseconds;
};
