#include "boardlistmodel.h"

#include "core/bytetext.h"

using mtvw::mlf::BoardCatalogue;

BoardListModel::BoardListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BoardListModel::setBoards(const BoardCatalogue &builtIn, const BoardCatalogue &user)
{
    beginResetModel();
    m_boards = builtIn.boards();
    m_builtInCount = int(m_boards.size());
    m_boards << user.boards();
    endResetModel();
}

const BoardCatalogue::Board *BoardListModel::board(int row) const
{
    return row >= 0 && row < m_boards.size() ? &m_boards[row] : nullptr;
}

bool BoardListModel::isUserBoard(int row) const
{
    return row >= m_builtInCount && row < m_boards.size();
}

int BoardListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_boards.size(); ++row)
        if (m_boards[row].name == name)
            return row;
    return -1;
}

int BoardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size()) + 1;
}

int BoardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCatalogue::Board *b = board(index.row());
    if (role == CustomRole)
        return b == nullptr;
    if (role == UserBoardRole)
        return isUserBoard(index.row());
    if (!b) {
        if (role == Qt::DisplayRole && (index.column() == NameColumn || index.column() == LabelColumn))
            return tr("Custom (type the sizes)");
        if (role == Qt::ToolTipRole)
            return tr("Type the RAM and flash sizes of your board.");
        if (role == SortRole)
            return QString(QChar(0xffff)); // last
        return {};
    }
    switch (role) {
    case NameRole: return b->name;
    case RamBytesRole: return b->ramBytes;
    case FlashBytesRole: return b->flashBytes;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn: return b->name;
        case PlatformColumn: return b->platform;
        case RamColumn: return role == SortRole ? QVariant(b->ramBytes) : QVariant(ByteText::size(b->ramBytes));
        case FlashColumn: return role == SortRole ? QVariant(b->flashBytes) : QVariant(ByteText::size(b->flashBytes));
        case NoteColumn: return b->noteFor();
        case LabelColumn:
            return (b->mcu.isEmpty() ? b->name : tr("%1 — %2").arg(b->name, b->mcu)) + QStringLiteral(" · ") +
                   (b->appRamBytes > 0 ? tr("RAM %1 for the application, flash %2")
                                             .arg(ByteText::size(b->appRamBytes), ByteText::size(b->flashBytes))
                                       : tr("RAM %1, flash %2").arg(ByteText::size(b->ramBytes), ByteText::size(b->flashBytes)));
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (b->mcu.isEmpty() ? b->name : tr("%1: %2").arg(b->name, b->mcu));
        lines << tr("RAM %1, flash %2").arg(ByteText::size(b->ramBytes), ByteText::size(b->flashBytes));
        if (b->appRamBytes > 0)
            lines << tr("The template's default build leaves the application %1 of the RAM.").arg(ByteText::size(b->appRamBytes));
        if (!b->note.isEmpty())
            lines << b->noteFor();
        if (!b->source.isEmpty())
            lines << tr("Source: %1").arg(b->source);
        if (isUserBoard(index.row()))
            lines << tr("One of your boards.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == RamColumn || index.column() == FlashColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant BoardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Board");
    case PlatformColumn: return tr("Platform");
    case RamColumn: return tr("RAM");
    case FlashColumn: return tr("Flash");
    case NoteColumn: return tr("Note");
    case LabelColumn: return tr("Board");
    }
    return {};
}
