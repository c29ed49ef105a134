#pragma once

#include "mlf/boardcatalogue.h"

#include <QAbstractTableModel>

// The boards to check a model against: the built-in catalogue, then the user's boards, then a
// last "Custom" row for sizes typed by hand.
class BoardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // LabelColumn: name, MCU and sizes in one line, for a board chooser.
    enum Column { NameColumn, PlatformColumn, RamColumn, FlashColumn, NoteColumn, LabelColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole,
        RamBytesRole,
        FlashBytesRole,
        UserBoardRole, // bool: one of the user's boards
        CustomRole,    // bool: the "Custom" row
        SortRole,
    };

    explicit BoardListModel(QObject *parent = nullptr);

    void setBoards(const mtvw::mlf::BoardCatalogue &builtIn, const mtvw::mlf::BoardCatalogue &user);
    const mtvw::mlf::BoardCatalogue::Board *board(int row) const; // nullptr for the Custom row
    bool isUserBoard(int row) const;
    int customRow() const { return int(m_boards.size()); }
    int rowOf(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<mtvw::mlf::BoardCatalogue::Board> m_boards;
    int m_builtInCount = 0;
};
