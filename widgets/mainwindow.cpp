#include "mainwindow.h"

#include "asyncdialogs.h"
#include "browserpane.h"
#include "democontroller.h"
#include "demopane.h"
#include "diffpane.h"
#include "filespane.h"
#include "flashhandoff.h"
#include "glossarywindow.h"
#include "graphpane.h"
#include "inspectorpane.h"
#include "liveconnection.h"
#include "memorypane.h"
#include "mlf/mlfarchive.h"
#include "monitorpane.h"
#include "operatorspane.h"
#include "overviewpane.h"
#include "paramspane.h"
#include "presentationwindow.h"
#include "profilecontroller.h"
#include "profilepane.h"
#include "projectpane.h"
#include "searchpane.h"
#include "timingcontroller.h"
#include "timingpane.h"
#include "workbenchcontroller.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
constexpr int kStateVersion = 7;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workbench(new WorkbenchController(this))
    , m_browser(new BrowserPane(this))
    , m_files(new FilesPane(this))
    , m_overview(new OverviewPane(this))
    , m_memory(new MemoryPane(this))
    , m_operators(new OperatorsPane(this))
    , m_diff(new DiffPane(this))
    , m_params(new ParamsPane(this))
    , m_graph(new GraphPane(this))
    , m_project(new ProjectPane(this))
    , m_search(new SearchPane(this))
    , m_live(new LiveConnection(this))
    , m_timingController(new TimingController(m_live, this))
    , m_demo(new DemoController(m_live, this))
    , m_monitor(new MonitorPane(m_live, this))
    , m_inspector(new InspectorPane(m_live, this))
    , m_timing(new TimingPane(m_timingController, this))
    , m_demoPane(new DemoPane(m_demo, this))
    , m_profiler(new ProfileController(m_live, this))
    , m_profilePane(new ProfilePane(m_profiler, this))
    , m_archiveBox(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("microTVM Workbench"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCentralWidget(m_browser);

    addPane(m_files, tr("Files"), QStringLiteral("files"), Qt::LeftDockWidgetArea, QKeySequence(tr("Ctrl+1")));
    addPane(m_overview, tr("Overview"), QStringLiteral("overview"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+2")));
    addPane(m_operators, tr("Operators"), QStringLiteral("operators"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+3")));
    addPane(m_memory, tr("Memory"), QStringLiteral("memory"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+4")));
    addPane(m_params, tr("Params"), QStringLiteral("params"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+5")));
    addPane(m_graph, tr("Graph"), QStringLiteral("graph"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+6")));
    addPane(m_project, tr("Project"), QStringLiteral("project"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+8")));
    addPane(m_diff, tr("Diff"), QStringLiteral("diff"), Qt::RightDockWidgetArea, QKeySequence(tr("Ctrl+7")));
    addPane(m_search, tr("Search"), QStringLiteral("search"), Qt::BottomDockWidgetArea);
    // The live panes below, across the window's width, tabbed with Search.
    addPane(m_monitor, tr("Monitor"), QStringLiteral("monitor"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+9")));
    addPane(m_inspector, tr("Inspector"), QStringLiteral("inspector"), Qt::BottomDockWidgetArea);
    addPane(m_timing, tr("Timing"), QStringLiteral("timing"), Qt::BottomDockWidgetArea);
    addPane(m_demoPane, tr("Demo"), QStringLiteral("demo"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+0")));
    addPane(m_profilePane, tr("Profile"), QStringLiteral("profile"), Qt::BottomDockWidgetArea, QKeySequence(tr("Ctrl+Shift+P")));
    for (const char *name : {"monitor", "inspector", "timing", "demo", "profile"}) {
        // Brought to the front, a live pane gets half the window's height (Search needs less).
        QDockWidget *live = dock(QLatin1String(name));
        connect(live, &QDockWidget::visibilityChanged, this, [this, live](bool visible) {
            if (visible && !live->isFloating() && dockWidgetArea(live) == Qt::BottomDockWidgetArea &&
                live->height() < height() * 2 / 5)
                QTimer::singleShot(0, this, [this, live] { resizeDocks({live}, {height() / 2}, Qt::Vertical); });
        });
    }
    // A flash lets go of the monitor's serial port and takes the same board back afterwards.
    new FlashHandoff(m_project->controller(), m_live, this);
    connect(m_project, &ProjectPane::demoRequested, this, &MainWindow::startDemo);
    connect(m_demoPane, &DemoPane::startRequested, this, [this] {
        m_demoPane->setArchives(examplePath(), m_workbench->currentPath());
        startDemo(m_demoPane->chosenArchive());
    });
    connect(m_demoPane, &DemoPane::presentationRequested, this, &MainWindow::showPresentation);
    connect(m_memory, &MemoryPane::entryActivated, this, &MainWindow::openEntry);
    connect(m_memory, &MemoryPane::operatorActivated, this, &MainWindow::showOperator);
    connect(m_operators, &OperatorsPane::entryActivated, this, &MainWindow::openEntry);
    connect(m_diff, &DiffPane::operatorActivated, this, &MainWindow::showOperator);
    connect(m_graph, &GraphPane::operatorActivated, this, &MainWindow::showOperator);
    connect(m_profilePane, &ProfilePane::operatorActivated, this, [this](const QString &module, const QString &function) {
        if (!m_workbench->current()) {
            // The pane profiled the example with no archive open: the example opens, then the
            // operator is shown in it.
            m_pendingOperator = {module, function};
            openExample();
            return;
        }
        showProfiledOperator(module, function);
    });
    connect(m_files, &FilesPane::entryActivated, this, &MainWindow::openEntry);
    connect(m_search, &SearchPane::hitActivated, this, [this](const QString &entry, int line, const QString &text, bool cs) {
        m_browser->openEntry(entry, line, text, cs);
    });
    // Results get room: the Search dock grows to show up to a third of the window's height.
    connect(m_search, &SearchPane::resultsShown, this, [this](int count) {
        auto *dock = findChild<QDockWidget *>(QStringLiteral("search"));
        if (!dock || count == 0 || dock->isFloating())
            return;
        const int want = std::min(height() / 3, m_search->sizeHint().height() + count * fontMetrics().height());
        if (dock->height() < want)
            resizeDocks({dock}, {want}, Qt::Vertical);
    });

    createMenus();

    auto *toolbar = addToolBar(tr("Archives"));
    toolbar->setObjectName(QStringLiteral("archivesToolbar"));
    toolbar->addAction(tr("Open…"), this, &MainWindow::chooseFile);
    toolbar->addWidget(new QLabel(tr(" Archive: "), this));
    m_archiveBox->setObjectName(QStringLiteral("archiveBox"));
    m_archiveBox->setMinimumContentsLength(28);
    m_archiveBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_archiveBox->setToolTip(tr("The archive the panes show; every archive you open stays in this list"));
    toolbar->addWidget(m_archiveBox);
    connect(m_archiveBox, &QComboBox::currentIndexChanged, m_workbench, &WorkbenchController::setCurrentIndex);

    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 100);
    m_progress->hide();

    connect(m_workbench, &WorkbenchController::loadingStarted, this, [this](const QString &path) {
        m_status->setText(tr("Opening %1…").arg(path));
        m_progress->setValue(0);
        m_progress->show();
    });
    connect(m_workbench, &WorkbenchController::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_workbench, &WorkbenchController::archiveOpened, this, [this](int index) {
        const auto &a = m_workbench->archives().at(index);
        m_archiveBox->addItem(QFileInfo(a.path).fileName(), a.path);
        m_archiveBox->setItemData(index, a.path, Qt::ToolTipRole);
        m_progress->hide();
        emit archiveOpened(a.path);
    });
    connect(m_workbench, &WorkbenchController::archiveClosed, this, [this](int index) { m_archiveBox->removeItem(index); });
    connect(m_workbench, &WorkbenchController::currentChanged, this, &MainWindow::handleCurrentChanged);
    connect(m_workbench, &WorkbenchController::errorOccurred, this, &MainWindow::handleError);
    connect(m_workbench, &WorkbenchController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    // The start screen: open, the example, the recent archives, the glossary.
    connect(m_overview, &OverviewPane::openRequested, this, &MainWindow::chooseFile);
    connect(m_overview, &OverviewPane::openExampleRequested, this, &MainWindow::openExample);
    connect(m_overview, &OverviewPane::demoRequested, this, [this] { startDemo(); });
    connect(m_overview, &OverviewPane::openFileRequested, this, &MainWindow::openArchive);
    connect(m_overview, &OverviewPane::glossaryRequested, this, &MainWindow::showGlossary);
    connect(m_memory, &MemoryPane::glossaryRequested, this, &MainWindow::showGlossary);
    connect(m_operators, &OperatorsPane::glossaryRequested, this, &MainWindow::showGlossary);

    m_profiler->setArchive(nullptr, examplePath()); // until an archive is open

    // 1500 x 940 where the screen has room; on a laptop, what its screen leaves free.
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1500, 940);
    resize(QSize(1500, 940).boundedTo(room - QSize(0, 32))); // 32: the title bar
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()) ||
        !restoreState(settings.value(kStateKey).toByteArray(), kStateVersion))
        resetLayout();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area,
                                 const QKeySequence &shortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // A pane larger than its dock scrolls; the window never grows to make room for it.
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(pane);
    dock->setWidget(scroll);
    addDockWidget(area, dock);
    m_docks << dock;
    if (!shortcut.isEmpty()) {
        // Brings the pane to the front even when it shares a tab group with others.
        auto *show = new QAction(tr("Show %1").arg(title), this);
        show->setShortcut(shortcut);
        connect(show, &QAction::triggered, dock, [dock, pane] {
            dock->show();
            dock->raise();
            pane->setFocus();
        });
        addAction(show);
        m_showActions << show;
    }
    return dock;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

QStringList MainWindow::paneNames() const
{
    QStringList names;
    for (const QDockWidget *d : m_docks)
        names << d->objectName();
    return names;
}

void MainWindow::compareCurrentWith(const QString &path)
{
    if (!path.isEmpty())
        m_diff->compareWith(path);
}

void MainWindow::showOperator(const QString &module, const QString &function)
{
    if (QDockWidget *d = dock(QStringLiteral("operators"))) {
        d->show();
        d->raise();
    }
    m_operators->showOperator(module, function);
}

void MainWindow::resetLayout()
{
    // Files on the left, the browser in the middle, the panes tabbed on the right, search and the
    // live panes tabbed below.
    static const QStringList below = {QStringLiteral("search"), QStringLiteral("monitor"), QStringLiteral("inspector"),
                                      QStringLiteral("timing"), QStringLiteral("demo"),    QStringLiteral("profile")};
    QDockWidget *first = nullptr;
    QDockWidget *search = nullptr;
    for (QDockWidget *d : m_docks) {
        d->setFloating(false);
        d->show();
        if (d->objectName() == QLatin1String("files")) {
            addDockWidget(Qt::LeftDockWidgetArea, d);
        } else if (below.contains(d->objectName())) {
            addDockWidget(Qt::BottomDockWidgetArea, d);
            if (search)
                tabifyDockWidget(search, d);
            else
                search = d;
        } else {
            addDockWidget(Qt::RightDockWidgetArea, d);
            if (first)
                tabifyDockWidget(first, d);
            else
                first = d;
        }
    }
    if (first)
        first->raise();
    if (search)
        search->raise();
    // Sizes take effect once the window has its own size: after this turn of the event loop.
    QTimer::singleShot(0, this, [this, first] {
        QList<QDockWidget *> docks;
        QList<int> widths;
        if (QDockWidget *files = dock(QStringLiteral("files"))) {
            docks << files;
            widths << width() / 5;
        }
        if (first) {
            docks << first;
            widths << width() / 2;
        }
        resizeDocks(docks, widths, Qt::Horizontal);
        if (QDockWidget *search = dock(QStringLiteral("search")))
            resizeDocks({search}, {height() / 6}, Qt::Vertical);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Close Archive"), QKeySequence::Close, this, [this] { m_workbench->close(m_workbench->currentIndex()); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Find in File…"), QKeySequence::Find, m_browser, &BrowserPane::showFind);
    edit->addAction(tr("Find in &Archive…"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
        if (QDockWidget *d = dock(QStringLiteral("search"))) {
            d->show();
            d->raise();
        }
        m_search->activate();
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_showActions);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : m_docks)
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Glossary of MLF Terms"), QKeySequence::HelpContents, this, [this] { showGlossary({}); });
    help->addAction(tr("Open the &Example Archive"), this, &MainWindow::openExample);
    help->addAction(tr("&About microTVM Workbench"), this, &MainWindow::showAbout);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_workbench->recentFiles();
    m_overview->setRecentFiles(recent);
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openArchive(path); })->setToolTip(path);
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the List"), m_workbench, &WorkbenchController::clearRecentFiles);
    m_recentMenu->setToolTipsVisible(true);
}

void MainWindow::chooseFile()
{
    AsyncDialogs::openFile(this, tr("Open a Model Library Format archive"), {},
                           tr("MLF archives (*.tar *.tar.gz *.tgz *.zip);;All files (*)"),
                           [this](const QString &path) { openArchive(path); });
}

void MainWindow::openArchive(const QString &path)
{
    m_workbench->open(path);
}

std::shared_ptr<const mtvw::mlf::MlfArchive> MainWindow::currentArchive() const
{
    return m_workbench->current();
}

ArchiveTreeModel *MainWindow::treeModel() const
{
    return m_files->model();
}

void MainWindow::handleCurrentChanged(int index)
{
    const auto archive = m_workbench->current();
    if (m_archiveBox->currentIndex() != index)
        m_archiveBox->setCurrentIndex(index);
    m_files->setArchive(archive);
    m_overview->setArchive(archive);
    m_memory->setArchive(archive);
    m_operators->setArchive(archive);
    m_diff->setArchive(archive);
    m_params->setArchive(archive);
    m_graph->setArchive(archive);
    m_project->setArchive(archive);
    m_demoPane->setArchives(examplePath(), m_workbench->currentPath());
    // Without an archive open, the Profile pane runs the example.
    m_profiler->setArchive(archive, archive ? m_workbench->currentPath() : examplePath());
    m_search->setArchive(archive);
    m_browser->setArchive(archive);
    if (archive) {
        // Start where a newcomer should: the metadata, or the first C file.
        const QString start = archive->hasMetadata() ? archive->root() + QStringLiteral("metadata.json")
                              : archive->modules().isEmpty() || archive->modules().first().sources.isEmpty()
                                  ? QString()
                                  : archive->modules().first().sources.first();
        if (!start.isEmpty() && archive->archive().contains(start))
            openEntry(start, 0);
    }
    const auto pending = std::exchange(m_pendingOperator, {});
    if (archive && !pending.second.isEmpty() && m_workbench->currentPath() == examplePath())
        showProfiledOperator(pending.first, pending.second);
    updateStatus();
}

void MainWindow::showProfiledOperator(const QString &module, const QString &function)
{
    showOperator(module, function);
    m_operators->detailsTabs()->setCurrentIndex(0); // its C function
}

void MainWindow::openEntry(const QString &entry, int line)
{
    m_browser->openEntry(entry, line);
    m_files->selectEntry(entry);
}

void MainWindow::handleError(const QString &path, const mtvw::Error &error)
{
    m_progress->hide();
    updateStatus();
    if (error.code() == mtvw::Error::Code::Cancelled)
        return;
    const QString message = error.message();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open archive"),
                                tr("%1 could not be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit errorOccurred(error);
}

void MainWindow::updateStatus()
{
    const auto archive = m_workbench->current();
    if (!archive) {
        m_status->setText(tr("No archive open. File > Open… or drop an archive on the window."));
        setWindowTitle(tr("microTVM Workbench"));
        return;
    }
    const QString path = m_workbench->currentPath();
    const auto &md = archive->metadata();
    const int files = int(archive->archive().entries().size());
    m_status->setText(archive->hasMetadata()
                          ? tr("%1 — MLF version %2, %3, %n module(s), %4 files", nullptr, int(archive->modules().size()))
                                .arg(path)
                                .arg(md.version)
                                .arg(md.style)
                                .arg(files)
                          : tr("%1 — no metadata.json, %2 files").arg(path).arg(files));
    setWindowTitle(tr("%1 — microTVM Workbench").arg(QFileInfo(path).fileName()));
}

void MainWindow::showGlossary(const QString &term)
{
    if (!m_glossary)
        m_glossary = new GlossaryWindow(this);
    m_glossary->showTerm(term);
}

// The example archive ships inside the program; it is opened from a copy in the user's data
// folder (an archive is read from a file).
QString MainWindow::examplePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString copy = QDir(dir).filePath(QStringLiteral("example/tinydense.tar"));
    QFile bundled(QStringLiteral(":/example/tinydense.tar"));
    if (QFileInfo(copy).size() != bundled.size()) {
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::remove(copy);
        if (!bundled.copy(copy)) {
            handleError(copy, mtvw::Error(mtvw::Error::Code::Io,
                                          tr("cannot write the example to %1: %2").arg(copy, bundled.errorString())));
            return {};
        }
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return copy;
}

void MainWindow::openExample()
{
    if (const QString copy = examplePath(); !copy.isEmpty())
        openArchive(copy);
}

void MainWindow::raisePane(const QString &objectName)
{
    if (QDockWidget *d = dock(objectName)) {
        d->show();
        d->raise();
    }
}

void MainWindow::startDemo(const QString &archive)
{
    const QString example = examplePath();
    m_demoPane->setArchives(example, m_workbench->currentPath());
    const QString path = archive.isEmpty() ? example : archive;
    if (path.isEmpty())
        return;
    raisePane(QStringLiteral("demo"));
    m_demo->start(path);
}

void MainWindow::showPresentation()
{
    auto *window = new PresentationWindow(m_demo, m_timingController, this); // a window of its own, owned here
    if (screen())
        window->setGeometry(screen()->geometry()); // where no window manager makes it full screen (Xvfb)
    window->showFullScreen();
    if (!m_demo->isActive())
        startDemo(m_demoPane->chosenArchive());
}

void MainWindow::showAbout()
{
    AsyncDialogs::message(this, QMessageBox::Information, tr("About microTVM Workbench"),
                          tr("<h3>microTVM Workbench %1</h3><p>Browse Model Library Format archives: their files, "
                             "operators, memory, parameters and graph.</p><p>Licensed under the Apache License 2.0.</p>")
                              .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openArchive(url.toLocalFile());
    event->acceptProposedAction();
}
