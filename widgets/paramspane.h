#pragma once

#include <QWidget>

#include <memory>

namespace mtvw {
class Error;
}
namespace mtvw::mlf {
class MlfArchive;
}
class ParamsController;
class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The Params pane: a module's tensors (sortable, filterable) and, for the selected one, its
// statistics and a histogram of its values, computed off the GUI thread.
class ParamsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ParamsPane(QWidget *parent = nullptr);
    ~ParamsPane() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);

    ParamsController *controller() const { return m_controller; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QChart *chart() const { return m_chart; }
    bool isShowingMessage() const;
    QString messageText() const;
    // The statistics form as "label: value" lines (what the user reads).
    QString statsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void handleModuleChanged();
    void handleCurrentRowChanged();
    void handleSelectionChanged(int tensor);
    void handleStatsReady();
    void handleError(const mtvw::Error &error);
    void handleBusyChanged(bool busy);
    void updateHistogram();
    void showMessage(const QString &text);
    void setStatsRows(bool visible);

    ParamsController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_moduleCombo;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_elements, *m_min, *m_max, *m_mean, *m_std, *m_zeros, *m_nans, *m_infs;
    QLabel *m_statsNote;
    QProgressBar *m_busy;
    QChartView *m_chartView;
    QChart *m_chart;
    QCheckBox *m_logScale;
};
