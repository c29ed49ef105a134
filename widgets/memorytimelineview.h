#pragma once

#include "mlf/memorytimeline.h"

#include <QWidget>

// The layout timeline: x = execution order (steps), y = offset, one box per buffer spanning the
// steps it is live, the peak of live bytes marked with a vertical line. Hover a box for its
// details; click it to ask for its operator.
class MemoryTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit MemoryTimelineView(QWidget *parent = nullptr);

    void setTimeline(const mtvw::mlf::MemoryTimeline &timeline);
    void setMessage(const QString &message); // shown when there is nothing to draw
    const mtvw::mlf::MemoryTimeline &timeline() const { return m_timeline; }

    // The segment under a point in widget coordinates, or -1.
    int segmentAt(const QPoint &pos) const;
    QRectF segmentRect(int index) const;

    static QColor kindColor(mtvw::mlf::MemoryTimeline::Kind kind);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void operatorClicked(const QString &function);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    double stepWidth() const;
    double yFor(qint64 bytes) const;

    mtvw::mlf::MemoryTimeline m_timeline;
    QString m_message;
};
