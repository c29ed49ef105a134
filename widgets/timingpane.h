#pragma once

#include <QWidget>

namespace mtvw {
class Error;
}
class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;
class TimingController;
class TimingHistogram;
class TimingPlot;
class TimingStatsModel;

// The Timing pane: each inference's time as it comes (a plot that zooms, pans, pauses and reads
// out the sample under the cursor), how the times spread (a histogram), their statistics with
// the outliers named and the rule that flagged them, and two runs side by side: a reference A
// kept from a run or read from a file, and B (the live run, or a file) with their difference
// and whether it exceeds the noise. The controller is owned above the pane.
class TimingPane : public QWidget
{
    Q_OBJECT

public:
    explicit TimingPane(TimingController *controller, QWidget *parent = nullptr);
    ~TimingPane() override;

    TimingController *controller() const { return m_controller; }

    // Asks for a file (window-modal) and compares with it / exports B to it.
    void compareWithFile();
    void exportCsv();

    // For tests.
    TimingPlot *plot() const { return m_plot; }
    TimingHistogram *histogram() const { return m_histogram; }
    TimingStatsModel *statsModel() const { return m_statsModel; }
    QTableView *statsTable() const { return m_statsTable; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *keepAction() const { return m_keepAction; }
    QAction *compareAction() const { return m_compareAction; }
    QAction *liveAction() const { return m_liveAction; }
    QAction *dropReferenceAction() const { return m_dropReferenceAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *clearAction() const { return m_clearAction; }
    QString statusText() const;
    QString messageText() const;
    QString verdictText() const;
    QString ruleText() const;
    QString outliersText() const; // the rule, then one line per outlier listed
    QListWidget *outlierList() const { return m_outlierList; }

protected:
    // Wide and low (the window's bottom dock): the plot beside the rest; else the plot on top.
    void resizeEvent(QResizeEvent *event) override;

private:
    void handleSeriesChanged();
    void handleAnalysisChanged();
    void handleError(const mtvw::Error &error);
    void showMessage(const QString &text, bool problem);

    TimingController *m_controller;
    TimingStatsModel *m_statsModel;
    QToolBar *m_toolbar;
    QAction *m_pauseAction, *m_keepAction, *m_compareAction, *m_liveAction, *m_dropReferenceAction, *m_exportAction,
        *m_clearAction;
    QLabel *m_status;
    QLabel *m_message;
    QSplitter *m_split;
    TimingPlot *m_plot;
    TimingHistogram *m_histogram;
    QTabWidget *m_tabs;
    QLabel *m_verdict;
    QLabel *m_rule;
    QTableView *m_statsTable;
    QLabel *m_outlierRule;
    QListWidget *m_outlierList;
};
