#include "hexview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setCursor(Qt::PointingHandCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    updateMetrics();
}

void HexView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_begin = m_end = 0;
    updateMetrics();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void HexView::setMessage(const QString &message)
{
    m_message = message;
    viewport()->update();
}

void HexView::setHighlight(qint64 begin, qint64 end)
{
    begin = std::clamp<qint64>(begin, 0, m_bytes.size());
    end = std::clamp<qint64>(end, begin, m_bytes.size());
    m_begin = begin;
    m_end = end;
    if (end > begin) {
        // Into view: the first row of the range, and as much of the rest as fits.
        const qint64 first = begin / m_bytesPerRow, last = (end - 1) / m_bytesPerRow;
        QScrollBar *v = verticalScrollBar();
        const int visible = std::max(1, viewport()->height() / m_lineHeight);
        if (first < v->value() || last >= v->value() + visible)
            v->setValue(int(last - first + 1 <= visible ? std::max<qint64>(0, last - visible + 1) : first));
        if (first < v->value())
            v->setValue(int(first));
    }
    viewport()->update();
}

qint64 HexView::rowCount() const
{
    return (m_bytes.size() + m_bytesPerRow - 1) / m_bytesPerRow;
}

void HexView::chooseBytesPerRow()
{
    // By the widget's width less a vertical scroll bar, shown or not: the choice changes the
    // number of rows and so whether the bar shows, which must not change the choice back.
    const int room = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
    const int perRow = rowWidth(kWideRow) <= room ? kWideRow : kNarrowRow;
    if (perRow == m_bytesPerRow)
        return;
    // The first byte in view stays in view, and so does the highlighted range.
    const qint64 top = qint64(verticalScrollBar()->value()) * m_bytesPerRow;
    m_bytesPerRow = perRow;
    updateScrollBars();
    verticalScrollBar()->setValue(int(std::min<qint64>(INT_MAX, top / m_bytesPerRow)));
    if (m_end > m_begin)
        setHighlight(m_begin, m_end);
    viewport()->update();
}

void HexView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    m_lineHeight = std::max(1, fm.height());
    m_margin = m_charWidth / 2 + 2;
    int digits = 4;
    for (qint64 n = m_bytes.size(); n >= 0x10000 && digits < 16; n >>= 4)
        ++digits;
    m_offsetDigits = digits;
    updateScrollBars();
    chooseBytesPerRow();
}

int HexView::hexX(int column) const
{
    return m_margin + (m_offsetDigits + 2) * m_charWidth + (column * 3 + (column >= 8 ? 1 : 0)) * m_charWidth;
}

int HexView::asciiX(int column) const
{
    // Two characters after the last hex cell.
    return hexX(m_bytesPerRow - 1) + 4 * m_charWidth + column * m_charWidth;
}

int HexView::rowWidth(int bytesPerRow) const
{
    return hexX(bytesPerRow - 1) + 4 * m_charWidth + bytesPerRow * m_charWidth + m_margin;
}

void HexView::updateScrollBars()
{
    QScrollBar *v = verticalScrollBar();
    const int visible = std::max(1, viewport()->height() / m_lineHeight);
    v->setRange(0, int(std::min<qint64>(INT_MAX, std::max<qint64>(0, rowCount() - visible))));
    v->setPageStep(visible);
    v->setSingleStep(1);
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, rowWidth() - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(m_charWidth);
}

qint64 HexView::offsetAt(const QPoint &pos) const
{
    if (pos.y() < m_margin)
        return -1;
    const qint64 row = verticalScrollBar()->value() + (pos.y() - m_margin) / m_lineHeight;
    const int x = pos.x() + horizontalScrollBar()->value();
    int column = -1;
    for (int c = 0; c < m_bytesPerRow; ++c) {
        // A hex cell with half the gap on each side, or an ASCII cell.
        if ((x >= hexX(c) - m_charWidth / 2 && x < hexX(c) + 2 * m_charWidth + m_charWidth / 2) ||
            (x >= asciiX(c) && x < asciiX(c) + m_charWidth)) {
            column = c;
            break;
        }
    }
    if (column < 0)
        return -1;
    const qint64 offset = row * m_bytesPerRow + column;
    return offset >= 0 && offset < m_bytes.size() ? offset : -1;
}

QRect HexView::byteRect(qint64 offset) const
{
    if (offset < 0 || offset >= m_bytes.size())
        return {};
    const qint64 row = offset / m_bytesPerRow - verticalScrollBar()->value();
    const int column = int(offset % m_bytesPerRow);
    return QRect(hexX(column) - horizontalScrollBar()->value(), m_margin + int(row) * m_lineHeight, 2 * m_charWidth,
                 m_lineHeight);
}

QSize HexView::sizeHint() const
{
    return QSize(rowWidth(kWideRow) + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(), 12 * m_lineHeight);
}

QSize HexView::minimumSizeHint() const
{
    // Narrow rows whole.
    return QSize(rowWidth(kNarrowRow) + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(), 3 * m_lineHeight);
}

void HexView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(viewport());
    p.setFont(font());
    const QPalette &pal = palette();
    if (m_bytes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.translate(-horizontalScrollBar()->value(), 0);
    const QFontMetrics fm(font());
    const qint64 first = verticalScrollBar()->value();
    const qint64 visible = viewport()->height() / m_lineHeight + 2;
    const QColor offsetColor = pal.color(QPalette::PlaceholderText);
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor highlighted = pal.color(QPalette::HighlightedText);
    static const char digits[] = "0123456789abcdef";
    for (qint64 row = first; row < std::min(rowCount(), first + visible); ++row) {
        const int y = m_margin + int(row - first) * m_lineHeight;
        const int baseline = y + fm.ascent();
        p.setPen(offsetColor);
        p.drawText(m_margin, baseline, QStringLiteral("%1").arg(row * m_bytesPerRow, m_offsetDigits, 16, QLatin1Char('0')));
        for (int c = 0; c < m_bytesPerRow; ++c) {
            const qint64 offset = row * m_bytesPerRow + c;
            if (offset >= m_bytes.size())
                break;
            const auto b = quint8(m_bytes[offset]);
            const bool on = offset >= m_begin && offset < m_end;
            if (on) {
                // Adjacent highlighted cells join (across the gap between the halves too).
                const bool joinNext = offset + 1 < m_end && c + 1 < m_bytesPerRow;
                p.fillRect(QRect(hexX(c), y, joinNext ? hexX(c + 1) - hexX(c) : 2 * m_charWidth, m_lineHeight), highlight);
                p.fillRect(QRect(asciiX(c), y, m_charWidth, m_lineHeight), highlight);
            }
            p.setPen(on ? highlighted : text);
            const QChar pair[2] = {QLatin1Char(digits[b >> 4]), QLatin1Char(digits[b & 15])};
            p.drawText(hexX(c), baseline, QString(pair, 2));
            const QChar ascii = b >= 0x20 && b < 0x7F ? QLatin1Char(char(b)) : QLatin1Char('.');
            if (!on && (b < 0x20 || b >= 0x7F))
                p.setPen(offsetColor);
            p.drawText(asciiX(c), baseline, QString(ascii));
        }
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    chooseBytesPerRow();
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const qint64 offset = offsetAt(event->position().toPoint());
        if (offset >= 0)
            emit byteClicked(offset);
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    QAbstractScrollArea::changeEvent(event);
}
