#include "timingplot.h"

#include "timingseries.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

// A step of 1, 2 or 5 times a power of ten that cuts range into at most about `ticks` parts.
double niceStep(double range, int ticks)
{
    if (!(range > 0) || ticks < 1)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
}

int decimalsFor(double step)
{
    return std::clamp(int(-std::floor(std::log10(step))), 0, 9);
}

// A pixel coordinate a little outside the area at most, so far-off values draw as lines that
// leave it rather than as coordinates the rasteriser cannot take.
double clampPx(double v, double lo, double hi)
{
    return std::clamp(v, lo - 4, hi + 4);
}

} // namespace

TimingPlot::TimingPlot(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 140);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Wheel: zoom the inferences (Ctrl+wheel: the milliseconds). Drag: pan (pauses). "
                  "Double-click: everything, following the newest again."));
}

TimingPlot::~TimingPlot() = default;

QColor TimingPlot::seriesColor()
{
    return QColor(31, 119, 180);
}

QColor TimingPlot::referenceColor()
{
    return QColor(230, 120, 20);
}

QColor TimingPlot::outlierColor()
{
    return QColor(214, 39, 40);
}

void TimingPlot::setSeries(const TimingSeries *series, const TimingSeries *reference)
{
    m_series = series;
    m_reference = reference;
    updateSeries();
}

void TimingPlot::setOutliers(const QList<qint64> &series, const QList<qint64> &reference)
{
    m_outliers = series;
    m_referenceOutliers = reference;
    changed();
}

void TimingPlot::setNames(const QString &series, const QString &reference)
{
    m_seriesName = series;
    m_referenceName = reference;
    update();
}

void TimingPlot::setEmptyText(const QString &text)
{
    m_emptyText = text;
    changed();
}

void TimingPlot::updateSeries()
{
    if (!m_paused)
        follow();
    if (m_hoverPos.x() >= 0)
        hoverAt(m_hoverPos);
    changed();
}

TimingPlot::Extent TimingPlot::extent() const
{
    Extent e;
    bool any = false;
    for (const TimingSeries *s : {m_series, m_reference}) {
        if (!s || s->isEmpty())
            continue;
        e.first = any ? std::min(e.first, s->first()) : s->first();
        e.end = any ? std::max(e.end, s->end()) : s->end();
        any = true;
    }
    return e;
}

void TimingPlot::follow()
{
    const Extent e = extent();
    if (e.empty()) {
        m_x0 = 0;
        m_x1 = kMinSpan;
        return;
    }
    const double last = double(e.end - 1);
    if (m_followAll) {
        m_x0 = double(e.first);
        m_x1 = std::max(last, m_x0 + 1);
    } else {
        m_x1 = std::max(last, double(e.first) + m_span);
        m_x0 = m_x1 - m_span;
    }
    m_yStale = true;
    emit viewChanged();
}

void TimingPlot::clampView()
{
    if (m_x1 - m_x0 < kMinSpan) {
        const double mid = (m_x0 + m_x1) / 2;
        m_x0 = mid - kMinSpan / 2;
        m_x1 = mid + kMinSpan / 2;
    }
}

void TimingPlot::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_paused) {
        // Back to the newest samples, as wide as the view was (everything if it held everything).
        const Extent e = extent();
        m_span = m_x1 - m_x0;
        m_followAll = e.empty() || m_span >= double(e.end - 1 - e.first);
        follow();
        changed();
    }
    emit pausedChanged(m_paused);
}

void TimingPlot::fitAll()
{
    m_followAll = true;
    m_yAuto = true;
    if (m_paused) {
        m_paused = false;
        emit pausedChanged(false);
    }
    follow();
    changed();
}

void TimingPlot::setViewRange(double start, double end)
{
    if (end < start)
        std::swap(start, end);
    m_x0 = start;
    m_x1 = end;
    clampView();
    if (!m_paused) {
        m_paused = true;
        emit pausedChanged(true);
    }
    emit viewChanged();
    changed();
}

void TimingPlot::setYRange(double lo, double hi)
{
    if (hi < lo)
        std::swap(lo, hi);
    if (!(hi - lo > 0))
        hi = lo + 1e-6;
    m_y0 = lo;
    m_y1 = hi;
    m_yAuto = false;
    changed();
}

void TimingPlot::setYAutomatic()
{
    m_yAuto = true;
    changed();
}

void TimingPlot::zoomX(double factor, double anchor)
{
    const Extent e = extent();
    const double all = e.empty() ? kMinSpan : std::max(double(e.end - 1 - e.first), kMinSpan);
    const double span = std::clamp((m_x1 - m_x0) * factor, kMinSpan, all * 1.05);
    if (!m_paused) {
        // Following: the newest sample stays at the right edge, the view just widens or narrows.
        m_span = span;
        m_followAll = span >= all;
        follow();
        changed();
        return;
    }
    const double t = (anchor - m_x0) / (m_x1 - m_x0);
    m_x0 = anchor - t * span;
    m_x1 = m_x0 + span;
    emit viewChanged();
    changed();
}

void TimingPlot::zoomY(double factor, double anchorMs)
{
    ensureY();
    const double t = (anchorMs - m_y0) / (m_y1 - m_y0);
    const double span = (m_y1 - m_y0) * factor;
    setYRange(anchorMs - t * span, anchorMs - t * span + span);
}

void TimingPlot::centreOn(qint64 sample)
{
    const double span = m_x1 - m_x0;
    setViewRange(double(sample) - span / 2, double(sample) + span / 2);
}

QRect TimingPlot::plotArea(const QRect &rect) const
{
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(QStringLiteral("00000.000")) + 10;
    const int top = fm.height() + 6;
    const int bottom = 2 * fm.height() + 8;
    return rect.adjusted(left, top, -12, -bottom);
}

double TimingPlot::sampleAtX(double px) const
{
    const QRect area = m_lastArea.isValid() ? m_lastArea : plotArea();
    return m_x0 + (px - area.left()) * (m_x1 - m_x0) / std::max(1, area.width());
}

double TimingPlot::yForMs(const QRect &area, double ms) const
{
    return area.bottom() - (ms - m_y0) / (m_y1 - m_y0) * area.height();
}

QPointF TimingPlot::pointFor(double sample, double ms) const
{
    ensureY();
    const QRect area = m_lastArea.isValid() ? m_lastArea : plotArea();
    return QPointF(area.left() + (sample - m_x0) / (m_x1 - m_x0) * area.width(), yForMs(area, ms));
}

void TimingPlot::changed()
{
    m_yStale = true;
    update();
}

void TimingPlot::ensureY() const
{
    if (m_yAuto && m_yStale)
        const_cast<TimingPlot *>(this)->autoRangeY();
}

void TimingPlot::autoRangeY()
{
    m_yStale = false;
    double lo = INFINITY, hi = -INFINITY;
    double allLo = INFINITY, allHi = -INFINITY;
    auto scan = [&](const TimingSeries *s, const QList<qint64> &outliers) {
        if (!s || s->isEmpty())
            return;
        const qint64 from = std::max<qint64>(s->first(), qint64(std::ceil(m_x0)));
        const qint64 to = std::min<qint64>(s->end(), qint64(std::floor(m_x1)) + 1);
        if (from >= to)
            return;
        auto out = std::lower_bound(outliers.cbegin(), outliers.cend(), from);
        const double *v = s->values().constData() - s->first();
        for (qint64 k = from; k < to; ++k) {
            const double x = v[k];
            if (!std::isfinite(x))
                continue;
            allLo = std::min(allLo, x);
            allHi = std::max(allHi, x);
            while (out != outliers.cend() && *out < k)
                ++out;
            if (out != outliers.cend() && *out == k)
                continue; // far off: marked at the edge, not scaled for
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
    };
    scan(m_series, m_outliers);
    scan(m_reference, m_referenceOutliers);
    if (!(lo <= hi)) {
        lo = allLo;
        hi = allHi;
    }
    if (!(lo <= hi)) {
        lo = 0;
        hi = 1;
    }
    const double pad = hi > lo ? (hi - lo) * 0.06 : std::max(std::abs(lo) * 0.05, 1e-3);
    m_y0 = lo - pad;
    if (lo >= 0 && m_y0 < 0)
        m_y0 = 0; // times are not negative: no axis below zero for them
    m_y1 = hi + pad;
}

void TimingPlot::drawSeries(QPainter *p, const QRect &area, const TimingSeries &s, const QColor &color)
{
    if (s.isEmpty())
        return;
    const qint64 first = s.first(), end = s.end();
    const double *v = s.values().constData() - first; // v[k]: sample number k
    const double w = area.width();
    const double perPx = (m_x1 - m_x0) / w;
    const double top = area.top(), bottom = area.bottom();
    const double scale = area.height() / (m_y1 - m_y0);
    auto py = [&](double ms) { return clampPx(bottom - (ms - m_y0) * scale, top, bottom); };
    m_points.clear();
    p->setPen(QPen(color, 1));
    if (perPx > 1) {
        // More samples than pixels: each column its extremes, joined up column to column.
        m_points.reserve(2 * area.width() + 2);
        for (int c = 0; c < area.width(); ++c) {
            const qint64 from = std::max(first, qint64(std::ceil(m_x0 + c * perPx)));
            const qint64 to = std::min(end, qint64(std::ceil(m_x0 + (c + 1) * perPx)));
            if (from >= to)
                continue;
            double lo = INFINITY, hi = -INFINITY;
            for (qint64 k = from; k < to; ++k) {
                const double x = v[k];
                lo = x < lo ? x : lo;
                hi = x > hi ? x : hi;
            }
            if (!(lo <= hi))
                continue;
            const double x = area.left() + c + 0.5;
            // Enter the column from the side nearer the previous point, so the joins stay short.
            const bool downFirst = !m_points.isEmpty() && m_points.constLast().y() > py(hi);
            m_points.append(QPointF(x, downFirst ? py(lo) : py(hi)));
            m_points.append(QPointF(x, downFirst ? py(hi) : py(lo)));
        }
        p->drawPolyline(m_points.constData(), int(m_points.size()));
        return;
    }
    const qint64 from = std::max(first, qint64(std::floor(m_x0)));
    const qint64 to = std::min(end, qint64(std::ceil(m_x1)) + 1);
    if (from >= to)
        return;
    m_points.reserve(to - from);
    for (qint64 k = from; k < to; ++k)
        if (std::isfinite(v[k]))
            m_points.append(QPointF(area.left() + (double(k) - m_x0) / perPx, py(v[k])));
    p->drawPolyline(m_points.constData(), int(m_points.size()));
    if (perPx < 1.0 / 6) { // a few pixels a sample: show each one
        p->setBrush(color);
        for (const QPointF &pt : std::as_const(m_points))
            p->drawEllipse(pt, 2, 2);
        p->setBrush(Qt::NoBrush);
    }
}

void TimingPlot::drawOutliers(QPainter *p, const QRect &area, const TimingSeries &s, const QList<qint64> &outliers)
{
    if (s.isEmpty() || outliers.isEmpty())
        return;
    const double perPx = (m_x1 - m_x0) / area.width();
    auto it = std::lower_bound(outliers.cbegin(), outliers.cend(), std::max<qint64>(s.first(), qint64(std::ceil(m_x0))));
    const qint64 to = std::min<qint64>(s.end(), qint64(std::floor(m_x1)) + 1);
    p->setPen(QPen(outlierColor(), 1.5));
    p->setBrush(Qt::NoBrush);
    int lastColumn = INT_MIN;
    for (; it != outliers.cend() && *it < to; ++it) {
        const double ms = s.ms(*it - s.first());
        const double x = area.left() + (double(*it) - m_x0) / perPx;
        if (int(x) == lastColumn)
            continue; // one mark a pixel column
        lastColumn = int(x);
        const double y = yForMs(area, ms);
        if (std::isfinite(ms) && y >= area.top() && y <= area.bottom()) {
            p->drawEllipse(QPointF(x, y), 3.5, 3.5);
            continue;
        }
        // Beyond the view: a triangle on its edge, pointing the way to it.
        const bool above = !std::isfinite(ms) || y < area.top();
        const double e = above ? area.top() + 1 : area.bottom() - 1;
        const double d = above ? 6 : -6;
        const QPointF tri[3] = {QPointF(x, e), QPointF(x - 4, e + d), QPointF(x + 4, e + d)};
        p->setBrush(outlierColor());
        p->drawPolygon(tri, 3);
        p->setBrush(Qt::NoBrush);
    }
}

void TimingPlot::drawAxes(QPainter *p, const QRect &rect, const QRect &area)
{
    const QFontMetrics fm = p->fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    const QLocale locale;
    // Milliseconds.
    const double yStep = niceStep(m_y1 - m_y0, std::max(2, area.height() / (fm.height() * 2)));
    const int yDecimals = decimalsFor(yStep);
    for (double v = std::ceil(m_y0 / yStep) * yStep; v <= m_y1 + yStep * 1e-9; v += yStep) {
        const int y = int(std::lround(yForMs(area, v)));
        p->setPen(grid);
        p->drawLine(area.left(), y, area.right(), y);
        p->setPen(text);
        const QString label = locale.toString(v, 'f', yDecimals);
        p->drawText(QRect(rect.left(), y - fm.height() / 2, area.left() - rect.left() - 6, fm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, label);
    }
    // Inference numbers, counted from 1 as the device counts its runs.
    const int labelWidth = fm.horizontalAdvance(locale.toString(qint64(std::max(std::abs(m_x1), 1.0)) + 1)) + 24;
    const double xStep = std::max(1.0, niceStep(m_x1 - m_x0, std::max(2, area.width() / labelWidth)));
    for (double n = std::ceil((m_x0 + 1) / xStep) * xStep; n - 1 <= m_x1; n += xStep) {
        const double x = area.left() + (n - 1 - m_x0) / (m_x1 - m_x0) * area.width();
        p->setPen(grid);
        p->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p->setPen(text);
        p->drawText(QRectF(x - labelWidth / 2.0, area.bottom() + 3, labelWidth, fm.height()), Qt::AlignCenter,
                    locale.toString(qint64(std::llround(n))));
    }
    p->setPen(text);
    p->drawText(QRect(rect.left() + 2, rect.top() + 2, rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                tr("ms per inference"));
    p->drawText(QRect(area.left(), area.bottom() + 4 + fm.height(), area.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                tr("inference (number)"));
    // The legend, right-aligned on the title's line: B, then A when there is one.
    const int titleWidth = fm.horizontalAdvance(tr("ms per inference")) + 16;
    int right = area.right();
    auto legend = [&](const QString &name, const QColor &color) {
        if (name.isEmpty())
            return;
        const QString shownName = fm.elidedText(name, Qt::ElideMiddle, std::max(40, (area.width() - titleWidth) / 2 - 30));
        const int w = fm.horizontalAdvance(shownName);
        const int y = rect.top() + 2 + fm.height() / 2;
        p->setPen(text);
        p->drawText(QRect(right - w, rect.top() + 2, w, fm.height()), Qt::AlignRight | Qt::AlignVCenter, shownName);
        p->setPen(QPen(color, 2));
        p->drawLine(right - w - 22, y, right - w - 6, y);
        right -= w + 36;
    };
    if (m_reference && !m_reference->isEmpty())
        legend(m_referenceName, referenceColor());
    legend(m_seriesName, seriesColor());
    p->setPen(palette().color(QPalette::Mid));
    p->drawRect(area.adjusted(0, 0, -1, -1));
}

void TimingPlot::paintPlot(QPainter *p, const QRect &rect)
{
    QElapsedTimer timer;
    timer.start();
    const QRect area = plotArea(rect);
    m_lastArea = area;
    p->fillRect(rect, palette().color(QPalette::Window));
    p->fillRect(area, palette().color(QPalette::Base));
    const Extent e = extent();
    if (e.empty()) {
        p->setPen(palette().color(QPalette::PlaceholderText));
        p->drawText(area.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        p->setPen(palette().color(QPalette::Mid));
        p->drawRect(area.adjusted(0, 0, -1, -1));
        m_lastPaintNs = timer.nsecsElapsed();
        return;
    }
    ensureY();
    drawAxes(p, rect, area);
    p->save();
    p->setClipRect(area.adjusted(1, 1, -1, -1));
    p->setRenderHint(QPainter::Antialiasing, false);
    if (m_reference)
        drawSeries(p, area, *m_reference, referenceColor());
    if (m_series)
        drawSeries(p, area, *m_series, seriesColor());
    p->setRenderHint(QPainter::Antialiasing, true);
    if (m_reference)
        drawOutliers(p, area, *m_reference, m_referenceOutliers);
    if (m_series)
        drawOutliers(p, area, *m_series, m_outliers);
    p->restore();
    // Where the cursor is: the sample read out, and the readout itself.
    if (m_hoverSample >= 0 && m_series && m_hoverSample >= m_series->first() && m_hoverSample < m_series->end()) {
        const double x = area.left() + (double(m_hoverSample) - m_x0) / (m_x1 - m_x0) * area.width();
        if (x >= area.left() && x <= area.right()) {
            QColor c = palette().color(QPalette::WindowText);
            c.setAlpha(110);
            p->setPen(QPen(c, 1, Qt::DashLine));
            p->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            const double y = yForMs(area, m_series->ms(m_hoverSample - m_series->first()));
            if (y >= area.top() && y <= area.bottom()) {
                p->setPen(QPen(seriesColor().darker(), 2));
                p->drawEllipse(QPointF(x, y), 4, 4);
            }
        }
    }
    if (!m_readout.isEmpty()) {
        const QFontMetrics fm = p->fontMetrics();
        const QRect box =
            fm.boundingRect(QRect(0, 0, area.width() - 16, area.height()), Qt::TextWordWrap, m_readout).adjusted(-6, -3, 6, 3);
        const QRect placed(area.right() - box.width() - 6, area.top() + 6, box.width(), box.height());
        QColor bg = palette().color(QPalette::ToolTipBase);
        bg.setAlpha(235);
        p->fillRect(placed, bg);
        p->setPen(palette().color(QPalette::ToolTipText));
        p->drawText(placed.adjusted(6, 3, -6, -3), Qt::TextWordWrap, m_readout);
    }
    m_lastPaintNs = timer.nsecsElapsed();
}

void TimingPlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintPlot(&p, rect());
}

void TimingPlot::setReadout(const QString &text, qint64 sample)
{
    if (text == m_readout && sample == m_hoverSample)
        return;
    m_readout = text;
    m_hoverSample = sample;
    update();
    emit readoutChanged(m_readout);
}

void TimingPlot::hoverAt(const QPoint &pos)
{
    m_hoverPos = pos;
    ensureY();
    const QRect area = plotArea();
    m_lastArea = area;
    if (!area.contains(pos) || !m_series || m_series->isEmpty()) {
        setReadout(QString(), -1);
        return;
    }
    // The column's samples; of them, the one whose value lies nearest the cursor (a spike under
    // the cursor is what one points at).
    const double perPx = (m_x1 - m_x0) / area.width();
    const double column = std::floor(double(pos.x() - area.left()));
    qint64 from = qint64(std::ceil(m_x0 + column * perPx));
    qint64 to = qint64(std::ceil(m_x0 + (column + 1) * perPx));
    if (to <= from) {
        from = qint64(std::llround(sampleAtX(pos.x() + 0.5)));
        to = from + 1;
    }
    from = std::max(from, m_series->first());
    to = std::min(to, m_series->end());
    if (from >= to) {
        setReadout(QString(), -1);
        return;
    }
    qint64 best = from;
    double bestDistance = INFINITY;
    for (qint64 k = from; k < to; ++k) {
        const double d = std::abs(yForMs(area, m_series->ms(k - m_series->first())) - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    const qsizetype i = best - m_series->first();
    const QLocale locale;
    QString text = tr("#%1: %2 ms").arg(locale.toString(best + 1), locale.toString(m_series->ms(i), 'g', 6));
    const double seconds = m_series->seconds(i);
    if (seconds >= 0)
        text += tr(", at %1 s").arg(locale.toString(seconds, 'f', 3));
    if (std::binary_search(m_outliers.cbegin(), m_outliers.cend(), best))
        text += tr(" (outlier)");
    if (m_reference && best >= m_reference->first() && best < m_reference->end())
        text += QLatin1Char('\n') +
                tr("A #%1: %2 ms")
                    .arg(locale.toString(best + 1), locale.toString(m_reference->ms(best - m_reference->first()), 'g', 6));
    setReadout(text, best);
}

void TimingPlot::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const double factor = std::pow(0.8, steps);
    const QPointF pos = event->position();
    const QRect area = plotArea();
    if (event->modifiers() & Qt::ControlModifier) {
        ensureY();
        const double ms = m_y0 + (area.bottom() - pos.y()) / std::max(1, area.height()) * (m_y1 - m_y0);
        zoomY(factor, ms);
    } else {
        zoomX(factor, sampleAtX(pos.x()));
    }
    hoverAt(pos.toPoint());
    event->accept();
}

void TimingPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    ensureY();
    m_dragging = true;
    m_dragFrom = event->position().toPoint();
    m_dragX0 = m_x0;
    m_dragX1 = m_x1;
    m_dragY0 = m_y0;
    m_dragY1 = m_y1;
    setCursor(Qt::ClosedHandCursor);
}

void TimingPlot::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        const QRect area = plotArea();
        const double dx = double(pos.x() - m_dragFrom.x()) * (m_dragX1 - m_dragX0) / std::max(1, area.width());
        if (pos != m_dragFrom)
            setViewRange(m_dragX0 - dx, m_dragX1 - dx);
        if (!m_yAuto) {
            const double dy = double(pos.y() - m_dragFrom.y()) * (m_dragY1 - m_dragY0) / std::max(1, area.height());
            setYRange(m_dragY0 + dy, m_dragY1 + dy);
        }
    }
    hoverAt(pos);
}

void TimingPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
    }
    QWidget::mouseReleaseEvent(event);
}

void TimingPlot::mouseDoubleClickEvent(QMouseEvent *)
{
    fitAll();
}

void TimingPlot::keyPressEvent(QKeyEvent *event)
{
    const double span = m_x1 - m_x0;
    switch (event->key()) {
    case Qt::Key_Left: setViewRange(m_x0 - span / 10, m_x1 - span / 10); break;
    case Qt::Key_Right: setViewRange(m_x0 + span / 10, m_x1 + span / 10); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomX(0.8, (m_x0 + m_x1) / 2); break;
    case Qt::Key_Minus: zoomX(1.25, (m_x0 + m_x1) / 2); break;
    case Qt::Key_Home: fitAll(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void TimingPlot::leaveEvent(QEvent *event)
{
    m_hoverPos = QPoint(-1, -1);
    setReadout(QString(), -1);
    QWidget::leaveEvent(event);
}

void TimingPlot::resizeEvent(QResizeEvent *event)
{
    m_lastArea = plotArea();
    QWidget::resizeEvent(event);
}
