#include "timinghistogram.h"

#include "timingplot.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

TimingHistogram::TimingHistogram(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(180, 140);
}

void TimingHistogram::setHistogram(const TimingController::Histogram &histogram, double medianA, double medianB)
{
    m_histogram = histogram;
    m_medianA = medianA;
    m_medianB = medianB;
    m_hoverBin = -1;
    m_readout.clear();
    update();
}

QRect TimingHistogram::plotArea() const
{
    const QFontMetrics fm = fontMetrics();
    return rect().adjusted(fm.horizontalAdvance(QStringLiteral("00000")) + 8, fm.height() + 6, -10, -(2 * fm.height() + 8));
}

int TimingHistogram::binAt(const QPoint &pos) const
{
    const int bins = int(std::max(m_histogram.a.size(), m_histogram.b.size()));
    const QRect area = plotArea();
    if (bins == 0 || !area.contains(pos))
        return -1;
    return std::clamp(int(double(pos.x() - area.left()) / area.width() * bins), 0, bins - 1);
}

void TimingHistogram::mouseMoveEvent(QMouseEvent *event)
{
    const int bin = binAt(event->position().toPoint());
    if (bin == m_hoverBin)
        return;
    m_hoverBin = bin;
    m_readout.clear();
    if (bin >= 0) {
        const TimingController::Histogram &h = m_histogram;
        const int bins = int(std::max(h.a.size(), h.b.size()));
        const double w = (h.hi - h.lo) / bins;
        const QLocale locale;
        m_readout = tr("%1 – %2 ms").arg(locale.toString(h.lo + bin * w, 'g', 5), locale.toString(h.lo + (bin + 1) * w, 'g', 5));
        if (!h.b.isEmpty())
            m_readout += QLatin1Char('\n') + tr("B: %n sample(s)", nullptr, h.b[bin]);
        if (!h.a.isEmpty())
            m_readout += QLatin1Char('\n') + tr("A: %n sample(s)", nullptr, h.a[bin]);
    }
    update();
}

void TimingHistogram::leaveEvent(QEvent *event)
{
    m_hoverBin = -1;
    m_readout.clear();
    update();
    QWidget::leaveEvent(event);
}

void TimingHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QRect area = plotArea();
    p.fillRect(area, palette().color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const TimingController::Histogram &h = m_histogram;
    const int bins = int(std::max(h.a.size(), h.b.size()));
    p.setPen(text);
    p.drawText(QRect(2, 2, width() - 4, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("samples"));
    p.drawText(QRect(area.left(), area.bottom() + 4 + fm.height(), area.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               tr("ms per inference"));
    if (bins == 0 || !(h.hi > h.lo)) {
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(area.adjusted(0, 0, -1, -1));
        return;
    }
    int top = 1;
    for (int c : h.a)
        top = std::max(top, c);
    for (int c : h.b)
        top = std::max(top, c);
    const double bw = double(area.width()) / bins;
    auto barRect = [&](int i, int count) {
        const double height = double(count) / top * (area.height() - 4);
        return QRectF(area.left() + i * bw, area.bottom() - height, bw, height);
    };
    QColor fill = TimingPlot::seriesColor();
    fill.setAlpha(150);
    for (int i = 0; i < h.b.size(); ++i)
        p.fillRect(barRect(i, h.b[i]).adjusted(0.5, 0, -0.5, 0), fill);
    if (!h.a.isEmpty()) {
        // A as a step outline over B's bars, so both stay readable where they overlap.
        QColor aFill = TimingPlot::referenceColor();
        aFill.setAlpha(60);
        QPolygonF outline;
        outline << QPointF(area.left(), area.bottom());
        for (int i = 0; i < h.a.size(); ++i) {
            const QRectF r = barRect(i, h.a[i]);
            outline << QPointF(r.left(), r.top()) << QPointF(r.right(), r.top());
        }
        outline << QPointF(area.left() + h.a.size() * bw, area.bottom());
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setBrush(aFill);
        p.setPen(QPen(TimingPlot::referenceColor(), 1.5));
        p.drawPolygon(outline);
        p.setBrush(Qt::NoBrush);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    auto xFor = [&](double ms) { return area.left() + (ms - h.lo) / (h.hi - h.lo) * area.width(); };
    auto median = [&](double ms, const QColor &c) {
        if (ms < h.lo || ms > h.hi)
            return;
        p.setPen(QPen(c.darker(130), 2, Qt::DashLine));
        p.drawLine(QPointF(xFor(ms), area.top()), QPointF(xFor(ms), area.bottom()));
    };
    if (!h.b.isEmpty())
        median(m_medianB, TimingPlot::seriesColor());
    if (!h.a.isEmpty())
        median(m_medianA, TimingPlot::referenceColor());
    // Axes: counts at the left (0 and the largest), milliseconds below.
    const QLocale locale;
    p.setPen(text);
    p.drawText(QRect(0, area.top(), area.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignTop, locale.toString(top));
    p.drawText(QRect(0, area.bottom() - fm.height() / 2, area.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("0"));
    const double range = h.hi - h.lo;
    const int ticks = std::max(2, area.width() / (fm.horizontalAdvance(locale.toString(h.hi, 'f', 3)) + 16));
    const double magnitude = std::pow(10.0, std::floor(std::log10(range / ticks)));
    const double norm = range / ticks / magnitude;
    const double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
    const int decimals = std::clamp(int(-std::floor(std::log10(step))), 0, 9);
    const int labelWidth = fm.horizontalAdvance(locale.toString(h.hi, 'f', decimals)) + 12;
    double lastRight = -1e9;
    for (double v = std::ceil(h.lo / step) * step; v <= h.hi + step * 1e-9; v += step) {
        const double x = xFor(v);
        if (x - labelWidth / 2.0 < lastRight)
            continue;
        lastRight = x + labelWidth / 2.0;
        p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 3));
        p.drawText(QRectF(x - labelWidth / 2.0, area.bottom() + 3, labelWidth, fm.height()), Qt::AlignCenter,
                   locale.toString(v, 'f', decimals));
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area.adjusted(0, 0, -1, -1));
    const int outside = h.outsideA + h.outsideB;
    if (outside > 0) {
        p.setPen(text);
        p.drawText(QRect(area.left(), 2, area.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(tr("%n outlier(s) beyond the bins", nullptr, outside), Qt::ElideRight,
                                 area.width() - fm.horizontalAdvance(tr("samples")) - 8));
    }
    const QString note = m_readout;
    if (!note.isEmpty()) {
        const QRect box = fm.boundingRect(area.adjusted(8, 6, -8, -6), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, note)
                              .adjusted(-4, -2, 4, 2);
        QColor bg = palette().color(QPalette::ToolTipBase);
        bg.setAlpha(225);
        p.fillRect(box, bg);
        p.setPen(palette().color(QPalette::ToolTipText));
        p.drawText(box.adjusted(4, 2, -4, -2), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, note);
    }
}
