#pragma once

#include "timingcontroller.h"

#include <QWidget>

// How the samples spread: counts per bin of milliseconds, B's bars and, when comparing, A's
// outlined over them, each series' median marked. Bins and counts come from the controller's
// analysis (computed off the GUI thread); outliers beyond the bins are counted in a note.
class TimingHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit TimingHistogram(QWidget *parent = nullptr);

    void setHistogram(const TimingController::Histogram &histogram, double medianA, double medianB);
    const TimingController::Histogram &histogram() const { return m_histogram; }
    // The bin a position falls in (-1: none) and what hovering there reads.
    int binAt(const QPoint &pos) const;
    QString readoutText() const { return m_readout; }
    QRect plotArea() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    TimingController::Histogram m_histogram;
    double m_medianA = 0, m_medianB = 0;
    int m_hoverBin = -1;
    QString m_readout;
};
