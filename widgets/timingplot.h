#pragma once

#include <QList>
#include <QWidget>

class TimingSeries;

// Milliseconds per inference against the inference's number, painted by hand so that a million
// samples redraw within a frame: each pixel column draws the min and max of the samples it spans.
// Follows the newest samples until paused (the view then holds still while samples keep coming);
// the wheel zooms the samples (with Ctrl: the milliseconds), dragging pans (and pauses), a double
// click shows everything and follows again. Hovering reads out the sample under the cursor: its
// number, milliseconds and arrival time. Outliers are marked; a reference series (A) is drawn
// under the series (B) for comparison.
class TimingPlot : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kMinSpan = 4; // samples across the view at the closest zoom

    explicit TimingPlot(QWidget *parent = nullptr);
    ~TimingPlot() override;

    // What is drawn, not owned: the series (B) and a reference (A) or nullptr; they must stay
    // alive until replaced. Call updateSeries() when they changed.
    void setSeries(const TimingSeries *series, const TimingSeries *reference = nullptr);
    void updateSeries();
    // Sample numbers (TimingSeries numbering) flagged as outliers, ascending.
    void setOutliers(const QList<qint64> &series, const QList<qint64> &reference);
    const QList<qint64> &outliers() const { return m_outliers; }
    const QList<qint64> &referenceOutliers() const { return m_referenceOutliers; }
    void setEmptyText(const QString &text);
    // The legend's names of the two series (the reference's shown only while there is one).
    void setNames(const QString &series, const QString &reference);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void fitAll(); // every sample, following again, milliseconds chosen automatically

    // The view: sample numbers from start to end, and milliseconds from yMin to yMax.
    double viewStart() const { return m_x0; }
    double viewEnd() const { return m_x1; }
    void setViewRange(double start, double end); // pauses
    double yMin() const { return m_y0; }
    double yMax() const { return m_y1; }
    bool isYAutomatic() const { return m_yAuto; }
    void setYRange(double lo, double hi);
    void setYAutomatic();
    void zoomX(double factor, double anchor);
    void zoomY(double factor, double anchorMs);
    void centreOn(qint64 sample); // pauses

    // Where the samples are drawn in a widget of this size, and the mapping both ways.
    QRect plotArea(const QRect &rect) const;
    QRect plotArea() const { return plotArea(rect()); }
    double sampleAtX(double px) const;
    QPointF pointFor(double sample, double ms) const;

    // The readout for a position (what hovering does); an empty text off the plot.
    void hoverAt(const QPoint &pos);
    QString readoutText() const { return m_readout; }
    qint64 hoverSample() const { return m_hoverSample; } // -1: none

    // Draws the whole plot into rect (the widget paints itself with it; the benchmark into an image).
    void paintPlot(QPainter *painter, const QRect &rect);
    qint64 lastPaintNs() const { return m_lastPaintNs; }

    static QColor seriesColor();
    static QColor referenceColor();
    static QColor outlierColor();

signals:
    void pausedChanged(bool paused);
    void viewChanged();
    void readoutChanged(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Extent
    {
        qint64 first = 0, end = 0; // sample numbers
        bool empty() const { return end <= first; }
    };
    Extent extent() const;
    void follow();
    void clampView();
    void changed(); // the view or the data moved: repaint, the automatic ms range is due again
    void ensureY() const;
    void autoRangeY();
    void drawSeries(QPainter *p, const QRect &area, const TimingSeries &s, const QColor &color);
    void drawOutliers(QPainter *p, const QRect &area, const TimingSeries &s, const QList<qint64> &outliers);
    void drawAxes(QPainter *p, const QRect &rect, const QRect &area);
    void setReadout(const QString &text, qint64 sample);
    double yForMs(const QRect &area, double ms) const;

    const TimingSeries *m_series = nullptr;
    const TimingSeries *m_reference = nullptr;
    QList<qint64> m_outliers, m_referenceOutliers;
    QString m_emptyText;
    QString m_seriesName, m_referenceName;
    double m_x0 = 0, m_x1 = 1;
    double m_y0 = 0, m_y1 = 1;
    bool m_yAuto = true;
    bool m_yStale = true;
    bool m_paused = false;
    bool m_followAll = true; // following: every sample, or the newest m_span
    double m_span = 0;
    QRect m_lastArea;
    QPoint m_dragFrom;
    double m_dragX0 = 0, m_dragX1 = 0, m_dragY0 = 0, m_dragY1 = 0;
    bool m_dragging = false;
    QPoint m_hoverPos{-1, -1};
    QString m_readout;
    qint64 m_hoverSample = -1;
    qint64 m_lastPaintNs = 0;
    QList<QPointF> m_points; // reused between paints
};
