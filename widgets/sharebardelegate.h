#pragma once

#include <QStyledItemDelegate>

// A cell with a bar behind its text: as wide as the fraction the item's `role` gives (0 to 1;
// more is drawn full, less than 0 draws none), in the palette's highlight colour, faint enough
// for the text to stay readable (the Profile pane's share of each operator).
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ShareBarDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
