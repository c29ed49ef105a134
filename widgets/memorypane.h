#pragma once

#include <QWidget>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class MemoryController;
class MemoryTimelineView;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;

// Where a module's memory goes and whether it fits a board: the fit in words, the RAM/flash
// split, per-operator workspace, pools and the layout timeline (MemoryController).
class MemoryPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kTopOperators = 12;

    explicit MemoryPane(QWidget *parent = nullptr);
    ~MemoryPane() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    MemoryController *controller() const { return m_controller; }
    static QString userBoardsPath();

    // Exports; each returns an error message, or an empty string on success.
    QString exportCsv(const QString &path);
    QString exportJson(const QString &path);
    QString exportPng(const QString &path);
    QString exportSvg(const QString &path);

    // For tests.
    QString summaryText() const;
    QString totalsText() const;
    QChart *splitChart() const;
    QChart *operatorChart() const;
    QTableView *operatorTable() const { return m_operatorTable; }
    QTableWidget *poolsTable() const { return m_pools; }
    QTableWidget *activationsTable() const { return m_activations; }
    QTableWidget *weightsTable() const { return m_weights; }
    QString findingsText() const;
    MemoryTimelineView *timelineView() const { return m_timeline; }
    QComboBox *moduleCombo() const { return m_module; }
    QComboBox *boardCombo() const { return m_board; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void operatorActivated(const QString &module, const QString &function);
    void entryActivated(const QString &entry, int line);
    void glossaryRequested(const QString &term);

protected:
    void changeEvent(QEvent *event) override;

private:
    void handleChanged();
    void handleTimelineChanged();
    void handleBoardPicked(int row);
    void handleBudgetTyped();
    void handleAddBoard();
    void handleRemoveBoard();
    void handleExport(const QString &kind);
    void fillSplit();
    void fillOperators();
    void fillPools();
    void fillActivations();
    void fillWeights();
    void applyTheme();
    QString shortName(const QString &function) const;

    MemoryController *m_controller;
    QComboBox *m_module;
    QComboBox *m_board;
    QSpinBox *m_ram;
    QSpinBox *m_flash;
    QPushButton *m_addBoard;
    QPushButton *m_removeBoard;
    QToolButton *m_export;
    QWidget *m_report = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_hints = nullptr;
    QLabel *m_explanation = nullptr;
    QToolButton *m_explain = nullptr;
    QLabel *m_terms = nullptr;
    QChartView *m_splitView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_operatorView = nullptr;
    QTableView *m_operatorTable = nullptr;
    QSortFilterProxyModel *m_operatorProxy = nullptr;
    QLabel *m_operatorCaption = nullptr;
    QTableWidget *m_pools = nullptr;
    QTableWidget *m_activations = nullptr;
    QLabel *m_activationsCaption = nullptr;
    QTableWidget *m_weights = nullptr;
    QLabel *m_weightsCaption = nullptr;
    QLabel *m_findings = nullptr;
    int m_findingsTab = -1;
    QLabel *m_poolsCaption = nullptr;
    MemoryTimelineView *m_timeline = nullptr;
    QLabel *m_timelineCaption = nullptr;
    QStringList m_chartFunctions; // full names of the operator bars, bottom to top
};
