#pragma once

#include <QWidget>

class ProfileController;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

// Profiling on a device over TVM RPC: a session with a simulated board (host-sim) or with the
// board on the live connection, one inference with chosen inputs and its outputs, and a profile
// of every operator function (a table sorted by any column, each one's share drawn as a bar)
// with the whole model's statistics. Double-clicking an operator (or Show code) shows it in the
// Operators pane with its C function.
class ProfilePane : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePane(ProfileController *controller, QWidget *parent = nullptr);

    ProfileController *controller() const { return m_controller; }
    QPushButton *hostSimButton() const { return m_hostSim; }
    QPushButton *liveButton() const { return m_live; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *limitsLabel() const { return m_limits; }
    QLabel *errorLabel() const { return m_error; }
    QComboBox *fillBox() const { return m_fill; }
    QSpinBox *seedBox() const { return m_seed; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *inferButton() const { return m_infer; }
    QPlainTextEdit *outputsView() const { return m_outputs; }
    QSpinBox *repeatBox() const { return m_repeat; }
    QSpinBox *numberBox() const { return m_number; }
    QPushButton *profileButton() const { return m_profile; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableView *table() const { return m_table; }
    QTableView *statsTable() const { return m_statsTable; }
    QAction *showCodeAction() const { return m_showCode; }

signals:
    void operatorActivated(const QString &module, const QString &function);

private:
    QWidget *buildControls();
    QWidget *buildStatistics();
    void updateState();
    void fitColumns();
    void updateFileChoice();
    void showOutputs();
    void showProfile();
    void showError(const QString &message, const QString &detail);
    void activate(const QModelIndex &proxyIndex);
    void startInference();

    ProfileController *m_controller;
    QPushButton *m_hostSim, *m_live, *m_stop;
    QLabel *m_step, *m_limits, *m_error;
    QComboBox *m_fill = nullptr;
    QSpinBox *m_seed = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr, *m_infer = nullptr;
    QPlainTextEdit *m_outputs = nullptr;
    QSpinBox *m_repeat = nullptr, *m_number = nullptr;
    QPushButton *m_profile = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_table;
    QAction *m_showCode;
    QLabel *m_modelCaption = nullptr, *m_modelNote = nullptr;
    QTableView *m_statsTable = nullptr;
};
