#include "memorytimelineview.h"

#include "core/bytetext.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>

using mtvw::mlf::MemoryTimeline;

namespace {

constexpr int kLeft = 76, kRight = 12, kTop = 40, kBottom = 34;

} // namespace

MemoryTimelineView::MemoryTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MemoryTimelineView::setTimeline(const MemoryTimeline &timeline)
{
    m_timeline = timeline;
    update();
}

void MemoryTimelineView::setMessage(const QString &message)
{
    m_message = message;
    update();
}

QColor MemoryTimelineView::kindColor(MemoryTimeline::Kind kind)
{
    // Mid-luminance hues that read on light and dark backgrounds alike.
    switch (kind) {
    case MemoryTimeline::Kind::Input: return QColor(0x4e, 0x79, 0xa7);
    case MemoryTimeline::Kind::Param: return QColor(0x9c, 0x75, 0x5f);
    case MemoryTimeline::Kind::Intermediate: return QColor(0x59, 0xa1, 0x4f);
    case MemoryTimeline::Kind::Output: return QColor(0xf2, 0x8e, 0x2b);
    case MemoryTimeline::Kind::Workspace: return QColor(0xe1, 0x57, 0x59);
    }
    return Qt::gray;
}

QSize MemoryTimelineView::sizeHint() const
{
    return {640, 300};
}

QSize MemoryTimelineView::minimumSizeHint() const
{
    return {240, 160};
}

QRectF MemoryTimelineView::plotRect() const
{
    return QRectF(kLeft, kTop, std::max(10, width() - kLeft - kRight), std::max(10, height() - kTop - kBottom));
}

double MemoryTimelineView::stepWidth() const
{
    return m_timeline.steps.isEmpty() ? 0 : plotRect().width() / double(m_timeline.steps.size());
}

double MemoryTimelineView::yFor(qint64 bytes) const
{
    const QRectF plot = plotRect();
    const double extent = double(std::max<qint64>(m_timeline.extentBytes, 1));
    return plot.bottom() - plot.height() * double(bytes) / extent;
}

QRectF MemoryTimelineView::segmentRect(int index) const
{
    if (index < 0 || index >= m_timeline.segments.size())
        return {};
    const MemoryTimeline::Segment &s = m_timeline.segments[index];
    const QRectF plot = plotRect();
    const double x0 = plot.left() + s.startStep * stepWidth();
    const double x1 = plot.left() + (s.endStep + 1) * stepWidth();
    double top = yFor(s.offset + s.bytes);
    const double bottom = yFor(s.offset);
    if (bottom - top < 2) // tiny buffers stay visible
        top = bottom - 2;
    return QRectF(QPointF(x0, top), QPointF(x1, bottom));
}

int MemoryTimelineView::segmentAt(const QPoint &pos) const
{
    for (int i = int(m_timeline.segments.size()) - 1; i >= 0; --i)
        if (segmentRect(i).contains(pos))
            return i;
    return -1;
}

bool MemoryTimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = segmentAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const MemoryTimeline::Segment &s = m_timeline.segments[i];
        QString text = tr("%1\n%2, %3 at offset %4\nlive from step %5 to step %6")
                           .arg(s.label, MemoryTimeline::kindName(s.kind), ByteText::exact(s.bytes))
                           .arg(s.offset)
                           .arg(s.startStep + 1)
                           .arg(s.endStep + 1);
        if (!s.function.isEmpty())
            text += QLatin1Char('\n') + tr("Click to show the operator.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MemoryTimelineView::mousePressEvent(QMouseEvent *event)
{
    const int i = segmentAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && i >= 0 && !m_timeline.segments[i].function.isEmpty())
        emit operatorClicked(m_timeline.segments[i].function);
    QWidget::mousePressEvent(event);
}

void MemoryTimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    if (m_timeline.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? m_timeline.reason : m_message);
        return;
    }
    const QRectF plot = plotRect();
    const QFontMetrics fm(font());
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);

    // Axes: offsets on the left, steps along the bottom.
    p.setPen(pal.color(QPalette::Text));
    for (int i = 0; i <= 4; ++i) {
        const qint64 bytes = m_timeline.extentBytes * i / 4;
        const double y = yFor(bytes);
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(0, y - fm.height() / 2.0, kLeft - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   ByteText::size(bytes));
    }
    const int steps = int(m_timeline.steps.size());
    const int labelEvery =
        std::max(1, int(std::ceil((fm.horizontalAdvance(QStringLiteral("0000")) + 8) / std::max(1.0, stepWidth()))));
    for (int s = 0; s < steps; s += labelEvery) {
        const double x = plot.left() + (s + 0.5) * stepWidth();
        p.drawText(QRectF(x - 30, plot.bottom() + 2, 60, fm.height()), Qt::AlignHCenter | Qt::AlignTop, QString::number(s + 1));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 2, plot.width(), fm.height()), Qt::AlignHCenter,
               tr("execution order (step)"));

    // Segments.
    QColor outline = pal.color(QPalette::Text);
    outline.setAlpha(110);
    for (int i = 0; i < m_timeline.segments.size(); ++i) {
        const MemoryTimeline::Segment &s = m_timeline.segments[i];
        const QRectF r = segmentRect(i);
        QColor fill = kindColor(s.kind);
        fill.setAlpha(200);
        p.fillRect(r, fill);
        if (!s.exact) // an upper bound: hatched
            p.fillRect(r, QBrush(pal.color(QPalette::Base), Qt::BDiagPattern));
        p.setPen(outline);
        p.drawRect(r);
        if (r.height() > fm.height() + 2 && r.width() > 40) {
            p.setPen(fill.lightness() > 140 ? Qt::black : Qt::white);
            const QString text = fm.elidedText(ByteText::size(s.bytes), Qt::ElideRight, int(r.width()) - 6);
            p.drawText(r.adjusted(3, 1, -3, -1), Qt::AlignLeft | Qt::AlignTop, text);
        }
    }

    // Lanes (one per pool): a line between them and the pool's name.
    for (const MemoryTimeline::Lane &lane : m_timeline.lanes) {
        if (m_timeline.extentBytes <= 0)
            break;
        const double y = yFor(lane.base);
        const double top = yFor(lane.base + lane.bytes);
        QColor line = pal.color(QPalette::Text);
        line.setAlpha(90);
        p.setPen(QPen(line, 1, Qt::DotLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        // The pool's name at the lane's top right, on the base colour so it stays readable.
        const QString name = tr("%1 (%2)").arg(lane.pool, ByteText::size(lane.bytes));
        const QRectF label(plot.right() - fm.horizontalAdvance(name) - 8, top + 1, fm.horizontalAdvance(name) + 6, fm.height());
        QColor back = pal.color(QPalette::Base);
        back.setAlpha(200);
        p.fillRect(label, back);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(label, Qt::AlignCenter, name);
    }

    // The peak: a vertical line through the step with the most bytes live.
    if (m_timeline.peakStep >= 0) {
        const double x = plot.left() + (m_timeline.peakStep + 0.5) * stepWidth();
        QPen pen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom()));
        const QString label =
            tr("peak %1 live at step %2").arg(ByteText::size(m_timeline.peakBytes)).arg(m_timeline.peakStep + 1);
        const int w = fm.horizontalAdvance(label) + 8;
        const double lx = std::clamp(x - w / 2.0, 0.0, double(width() - w));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(lx, plot.top() - fm.height() - 4, w, fm.height()), Qt::AlignCenter, label);
    }

    // Legend: the kinds present.
    QSet<int> kinds;
    for (const auto &s : m_timeline.segments)
        kinds << int(s.kind);
    double lx = plot.left();
    for (auto kind : {MemoryTimeline::Kind::Input, MemoryTimeline::Kind::Param, MemoryTimeline::Kind::Intermediate,
                      MemoryTimeline::Kind::Output, MemoryTimeline::Kind::Workspace}) {
        if (!kinds.contains(int(kind)))
            continue;
        const QString name = MemoryTimeline::kindName(kind);
        p.fillRect(QRectF(lx, 4, 10, 10), kindColor(kind));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(lx + 14, 0, fm.horizontalAdvance(name) + 4, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, name);
        lx += 14 + fm.horizontalAdvance(name) + 14;
    }
}
