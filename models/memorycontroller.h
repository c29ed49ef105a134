#pragma once

#include "core/result.h"
#include "mlf/boardcatalogue.h"
#include "mlf/memorymap.h"
#include "mlf/memorytimeline.h"

#include <QObject>

#include <memory>

class BoardListModel;
class OperatorWorkspaceModel;
template<typename T>
class BackgroundJob;

// The Memory pane's state: the archive, the selected module, its memory map, a budget (a board
// from the catalogue or typed sizes), the fit against it, and the layout timeline, which is
// computed off the GUI thread (it may read generated C).
class MemoryController : public QObject
{
    Q_OBJECT

public:
    enum class Region { Ram, Flash, NotCounted };
    // One part of the split: where it is counted (RAM, flash or neither) and why.
    struct Part
    {
        QString key; // "workspace", "io", "constants", "params", "code", "storage", "source"
        QString label;
        qint64 bytes = 0;
        Region region = Region::NotCounted;
        QString explanation;
    };

    explicit MemoryController(QObject *parent = nullptr);
    ~MemoryController() override;

    // Boards: the built-in list and the user's own (userPath need not exist yet). Keeps the
    // selected board when it is still there.
    mtvw::Result<void> loadBoards(const QString &builtInPath, const QString &userPath);
    BoardListModel *boardModel() const { return m_boards; }
    OperatorWorkspaceModel *operatorModel() const { return m_operators; }

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive() const { return m_archive; }
    QStringList modules() const;
    QString module() const { return m_module; }
    void setModule(const QString &name);

    int board() const { return m_board; } // row in boardModel(), -1 for typed sizes
    const mtvw::mlf::BoardCatalogue::Board *currentBoard() const;
    void setBoard(int row);
    bool selectBoard(const QString &name);
    // Why the board was chosen for this module ("Board chosen from the target's -model=nrf5340dk"),
    // or empty when the target names none or the user picked one since.
    QString boardChoice() const { return m_boardChoice; }
    void setBudget(qint64 ramBytes, qint64 flashBytes); // -1: not checked; selects "Custom"
    mtvw::mlf::MemoryMap::Budget budget() const { return m_budget; }
    mtvw::Result<void> addUserBoard(const mtvw::mlf::BoardCatalogue::Board &board);
    mtvw::Result<void> removeUserBoard(const QString &name);

    bool hasMap() const { return m_hasMap; }
    const mtvw::mlf::MemoryMap &map() const { return m_map; }
    mtvw::mlf::MemoryMap::Fit fit() const { return m_map.check(m_budget); }
    QList<Part> split() const;
    QString summary() const;      // the fit in plain words
    QString explanation() const;  // how the estimates are made, with this module's numbers
    QStringList hints() const;    // notes under the summary: what the figures leave out, the board's notes
    QStringList findings() const; // where the archive's parts disagree (warnings), and plain-words notes

    bool timelineReady() const { return m_timelineReady; }
    const mtvw::mlf::MemoryTimeline &timeline() const { return m_timeline; }

    QString csv() const;
    QByteArray json() const; // with the timeline when it is ready
    mtvw::Result<void> exportCsv(const QString &path) const;
    mtvw::Result<void> exportJson(const QString &path) const;

signals:
    void changed();         // the module, the map, the budget or the board list changed
    void timelineChanged(); // the timeline was cleared or is ready

private:
    void chooseBoardFromTarget();
    bool applyBoard(int row); // false when nothing changed; emits nothing
    void recompute();
    void startTimeline();
    const mtvw::mlf::MlfArchive::Module *currentModule() const;

    BoardListModel *m_boards;
    OperatorWorkspaceModel *m_operators;
    mtvw::mlf::BoardCatalogue m_builtIn;
    mtvw::mlf::BoardCatalogue m_user;
    QString m_userPath;
    int m_board = -1;
    QString m_boardChoice; // why the board was chosen from the target; empty once the user picks
    mtvw::mlf::MemoryMap::Budget m_budget;

    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    QString m_module;
    bool m_hasMap = false;
    mtvw::mlf::MemoryMap m_map;
    mtvw::mlf::MemoryTimeline m_timeline;
    bool m_timelineReady = false;
    BackgroundJob<mtvw::mlf::MemoryTimeline> *m_timelineJob;
};
