#pragma once

#include "core/error.h"

#include <QMainWindow>

#include <memory>
#include <utility>

namespace mtvw::mlf {
class MlfArchive;
}
class ArchiveTreeModel;
class BrowserPane;
class DemoController;
class DemoPane;
class InspectorPane;
class LiveConnection;
class MonitorPane;
class TimingController;
class TimingPane;
class DiffPane;
class FilesPane;
class GraphPane;
class MemoryPane;
class OperatorsPane;
class OverviewPane;
class ProfileController;
class ProfilePane;
class ParamsPane;
class ProjectPane;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class SearchPane;
class GlossaryWindow;
class WorkbenchController;

// The workbench window: the archive browser in the middle, the panes in docks around it, several
// archives open at once (one is current), a saved layout, recent files and drag and drop.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openArchive(const QString &path);
    std::shared_ptr<const mtvw::mlf::MlfArchive> currentArchive() const;
    WorkbenchController *workbench() const { return m_workbench; }
    ArchiveTreeModel *treeModel() const;
    BrowserPane *browser() const { return m_browser; }
    FilesPane *files() const { return m_files; }
    OverviewPane *overview() const { return m_overview; }
    MemoryPane *memory() const { return m_memory; }
    OperatorsPane *operators() const { return m_operators; }
    DiffPane *diff() const { return m_diff; }
    ParamsPane *params() const { return m_params; }
    GraphPane *graph() const { return m_graph; }
    ProjectPane *project() const { return m_project; }
    SearchPane *search() const { return m_search; }
    // The one live connection to a board, and the panes that watch it.
    LiveConnection *liveConnection() const { return m_live; }
    MonitorPane *monitor() const { return m_monitor; }
    InspectorPane *inspector() const { return m_inspector; }
    TimingPane *timing() const { return m_timing; }
    DemoPane *demoPane() const { return m_demoPane; }
    DemoController *demo() const { return m_demo; }
    ProfilePane *profilePane() const { return m_profilePane; }
    ProfileController *profiler() const { return m_profiler; }
    // Runs the demo on this archive (empty: the bundled example), bringing its pane forward.
    void startDemo(const QString &archive = {});
    // The full-screen demo for a booth.
    void showPresentation();
    QDockWidget *dock(const QString &objectName) const;
    QStringList paneNames() const;
    // Gives the Diff pane a second archive to compare the current one with.
    void compareCurrentWith(const QString &path);
    void resetLayout();
    // The glossary window, at a term (a key of Glossary::terms(); empty: the top).
    void showGlossary(const QString &term);

signals:
    void archiveOpened(const QString &path);
    void errorOccurred(const mtvw::Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                         const QKeySequence &shortcut = {});
    void createMenus();
    void chooseFile();
    void rebuildRecentMenu();
    void handleCurrentChanged(int index);
    void handleError(const QString &path, const mtvw::Error &error);
    void openEntry(const QString &entry, int line);
    void showAbout();
    void openExample();
    // The bundled example, copied to the user's data folder (archives are opened from files).
    QString examplePath();
    void raisePane(const QString &objectName);
    void showOperator(const QString &module, const QString &function);
    // An operator the Profile pane asked for, in the Operators pane with its C function in front.
    void showProfiledOperator(const QString &module, const QString &function);
    void updateStatus();

    WorkbenchController *m_workbench;
    BrowserPane *m_browser;
    FilesPane *m_files;
    OverviewPane *m_overview;
    MemoryPane *m_memory;
    OperatorsPane *m_operators;
    DiffPane *m_diff;
    ParamsPane *m_params;
    GraphPane *m_graph;
    ProjectPane *m_project;
    SearchPane *m_search;
    LiveConnection *m_live;
    TimingController *m_timingController;
    DemoController *m_demo;
    MonitorPane *m_monitor;
    InspectorPane *m_inspector;
    TimingPane *m_timing;
    DemoPane *m_demoPane;
    ProfileController *m_profiler;
    ProfilePane *m_profilePane;
    GlossaryWindow *m_glossary = nullptr; // made when first asked for
    QComboBox *m_archiveBox;
    QLabel *m_status;
    QProgressBar *m_progress;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QDockWidget *> m_docks;
    QList<QAction *> m_showActions;
    std::pair<QString, QString> m_pendingOperator; // module and function, until the example is open
};
