#pragma once

#include <QWidget>

#include <memory>

namespace mtvw {
class Error;
}
namespace mtvw::mlf {
class MlfArchive;
}
class OptionsForm;
class ProjectController;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;

// Project API template projects: choose a template (or a generated project), fill its options,
// generate a project from an archive, build and flash it, with the server's live log, elapsed
// time, cancel, and on failure the cause with what to do about it.
class ProjectPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectPane(QWidget *parent = nullptr);
    ~ProjectPane() override;

    // The archive to generate from (the window's current one); "Choose…" picks another.
    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    QString archivePath() const { return m_archivePath; }

    ProjectController *controller() const { return m_controller; }
    OptionsForm *optionsForm() const { return m_form; }
    QComboBox *templateCombo() const { return m_templates; }
    QLineEdit *outDirEdit() const { return m_outDir; }
    QPlainTextEdit *logView() const { return m_log; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *flashButton() const { return m_flash; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *copyCommandButton() const { return m_copyCommand; }
    QLabel *serverErrorLabel() const { return m_serverError; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // "Demo": the archive on a simulated board in one click (the main window's Demo pane runs it).
    void demoRequested(const QString &archive);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void chooseArchive();
    void addFolder();
    void openProject();
    void refresh();
    void run(const QString &method);
    void copyCommand();
    void handleTemplatesChanged();
    void handleFolderChanged();
    void showFolderInBox();
    static QString projectsFolder(); // where new projects go by default
    void handleBusyChanged(bool busy);
    void handleLogLine(bool fromStderr, const QString &line);
    void handleFinished(const QString &method, bool ok);
    void handleFailed(const QString &method, const mtvw::Error &error, const QString &hint);
    void setArchivePath(const QString &path);
    void updateOutDir();
    void updateButtons();
    void updateElapsed();
    void showResult(const QString &text, bool failed);
    QString platform() const;

    ProjectController *m_controller = nullptr;
    QString m_archivePath;
    bool m_templatesAsked = false; // templates are looked for when the pane is first painted
    bool m_outDirEdited = false;   // the user typed a folder: stop proposing one

    QComboBox *m_templates = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_serverError = nullptr;
    OptionsForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QLabel *m_archive = nullptr;
    QLineEdit *m_outDir = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_flash = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copyCommand = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_elapsed = nullptr;
    QTimer *m_elapsedTimer = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
};
