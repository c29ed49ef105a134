#pragma once

#include <QWidget>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class DiffController;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

// The open archive (A) against another one (B): totals A → B with their changes, and tables of
// per-function workspace and code changes and per-tensor parameter changes, largest first.
class DiffPane : public QWidget
{
    Q_OBJECT

public:
    explicit DiffPane(QWidget *parent = nullptr);
    ~DiffPane() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    // Opens B from a path (off the GUI thread) and compares; what the "Compare with…" button does.
    void compareWith(const QString &path);

    DiffController *controller() const { return m_controller; }
    QTableView *functionsTable() const { return m_functions; }
    QTableView *paramsTable() const { return m_params; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // A function row was double-clicked: show it in the Operators pane (archive A's name for it).
    void operatorActivated(const QString &module, const QString &function);

private:
    QTableView *makeTable(QSortFilterProxyModel *proxy);
    void chooseFile();
    void refresh();
    QString totalsHtml() const;

    DiffController *m_controller = nullptr;
    QLabel *m_names = nullptr;
    QLabel *m_moduleLabel = nullptr;
    QComboBox *m_modules = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_totals = nullptr;
    QCheckBox *m_hideSame = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSortFilterProxyModel *m_functionsProxy = nullptr;
    QSortFilterProxyModel *m_paramsProxy = nullptr;
    QTableView *m_functions = nullptr;
    QTableView *m_params = nullptr;
};
