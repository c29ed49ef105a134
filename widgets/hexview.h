#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

// Bytes as a hex dump, in the manner of Wireshark's bytes pane: offset, sixteen bytes in hex
// (a gap after eight) and the same bytes as ASCII, one range highlighted in both; eight bytes a
// row when sixteen do not fit the width (chosen on resize). Painted row
// by row, only the rows in view, so a message of megabytes scrolls as fast as a short one.
// Clicking a byte says which (byteClicked); the owner decides what to highlight.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kWideRow = 16;  // bytes per row when they fit the width
    static constexpr int kNarrowRow = 8; // else

    explicit HexView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }
    // Shown in place of the dump when there are no bytes.
    void setMessage(const QString &message);
    QString message() const { return m_message; }
    // [begin, end) highlighted and scrolled into view; begin == end: nothing highlighted.
    void setHighlight(qint64 begin, qint64 end);
    qint64 highlightBegin() const { return m_begin; }
    qint64 highlightEnd() const { return m_end; }
    // kWideRow or kNarrowRow, whichever the width allows.
    int bytesPerRow() const { return m_bytesPerRow; }

    // The byte under a point of the viewport, or -1; where a byte's hex cell lies in the viewport.
    qint64 offsetAt(const QPoint &pos) const;
    QRect byteRect(qint64 offset) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void byteClicked(qint64 offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBars();
    qint64 rowCount() const;
    int hexX(int column) const;
    int asciiX(int column) const;
    int rowWidth() const { return rowWidth(m_bytesPerRow); }
    int rowWidth(int bytesPerRow) const;
    void chooseBytesPerRow();

    QByteArray m_bytes;
    QString m_message;
    qint64 m_begin = 0, m_end = 0;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_offsetDigits = 4;
    int m_margin = 4;
    int m_bytesPerRow = kWideRow;
};
