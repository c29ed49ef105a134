#include "sharebardelegate.h"

#include <QPainter>

ShareBarDelegate::ShareBarDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const double fraction = index.data(m_role).toDouble();
    if (fraction <= 0)
        return;
    // Over the cell as drawn, so that a selected row shows it too.
    QRectF bar = QRectF(option.rect).adjusted(2, 3, -2, -3);
    bar.setWidth(std::max(1.0, bar.width() * std::min(fraction, 1.0)));
    const bool selected = option.state & QStyle::State_Selected;
    QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    colour.setAlphaF(0.3f);
    painter->fillRect(bar, colour);
}
