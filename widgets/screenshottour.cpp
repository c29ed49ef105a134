#include "screenshottour.h"

#include "browserpane.h"
#include "democontroller.h"
#include "hexview.h"
#include "inspectorfilter.h"
#include "inspectormodel.h"
#include "inspectorpane.h"
#include "liveconnection.h"
#include "mainwindow.h"
#include "memorypane.h"
#include "memorytimelineview.h"
#include "mlf/mlfarchive.h"
#include "operatorspane.h"
#include "profilecontroller.h"
#include "profilemodel.h"
#include "profilepane.h"
#include "searchpane.h"
#include "workbenchcontroller.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

namespace {

constexpr int kSettleMs = 1500; // long enough for a pane's background work on the example archives

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, QString outDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_outDir(std::move(outDir))
{}

void ScreenshotTour::start(const QStringList &archives, const QString &compareWith)
{
    QDir().mkpath(m_outDir);
    m_compareWith = compareWith;
    m_expected = int(archives.size());
    connect(m_window, &MainWindow::errorOccurred, this, [this] { emit finished(false); });
    connect(m_window, &MainWindow::archiveOpened, this, [this] {
        if (--m_expected == 0)
            QTimer::singleShot(kSettleMs, this, [this] {
                m_window->workbench()->setCurrentIndex(0);
                m_docks = m_window->paneNames();
                for (const char *liveDock : {"demo", "monitor", "timing", "inspector", "profile"})
                    m_docks.removeAll(QLatin1String(liveDock)); // the live panes come last, in their order
                m_docks.removeIf([this](const QString &dock) { return !wanted(dock); });
                m_window->compareCurrentWith(m_compareWith);
                next();
            });
    });
    // First the empty window a newcomer sees, then the archives.
    QTimer::singleShot(kSettleMs, this, [this, archives] {
        if (wanted(QStringLiteral("start")))
            save(QStringLiteral("start"));
        for (const QString &a : archives)
            m_window->openArchive(a);
    });
}

void ScreenshotTour::next()
{
    if (m_step == m_docks.size()) {
        ++m_step;
        live(0);
        return;
    }
    if (m_step > m_docks.size()) {
        if (!wanted(QStringLiteral("glossary"))) {
            emit finished(true);
            return;
        }
        // Last, the glossary window on its own.
        m_window->showGlossary(QStringLiteral("workspace"));
        QTimer::singleShot(kSettleMs / 3, this, [this] {
            if (auto *g = m_window->findChild<QDialog *>())
                g->grab().save(QDir(m_outDir).filePath(QStringLiteral("glossary.png")));
            emit finished(true);
        });
        return;
    }
    const QString name = m_docks[m_step++];
    prepare(name);
    if (QDockWidget *d = m_window->dock(name)) {
        d->show();
        d->raise();
    }
    QTimer::singleShot(kSettleMs, this, [this, name] {
        save(name);
        if (name == QLatin1String("memory") && (wanted(QStringLiteral("memory-weights")) || m_only.isEmpty()))
            memoryTabs(1);
        else
            next();
    });
}

// Two more of the Memory pane's tabs: the weights in the code and the layout timeline.
void ScreenshotTour::memoryTabs(int tab)
{
    MemoryPane *pane = m_window->memory();
    const QList<QPair<QString, QWidget *>> shots = {{QStringLiteral("memory-weights"), pane->weightsTable()->parentWidget()},
                                                    {QStringLiteral("memory-timeline"), pane->timelineView()->parentWidget()}};
    if (tab > shots.size()) {
        pane->tabs()->setCurrentIndex(0);
        next();
        return;
    }
    pane->tabs()->setCurrentWidget(shots[tab - 1].second);
    QTimer::singleShot(kSettleMs / 3, this, [this, tab, name = shots[tab - 1].first] {
        save(name);
        memoryTabs(tab + 1);
    });
}

void ScreenshotTour::prepare(const QString &name)
{
    WorkbenchController *workbench = m_window->workbench();
    // The Graph pane needs an archive with a graph; every other pane shows the first archive.
    int wanted = 0;
    if (name == QLatin1String("graph")) {
        for (int i = 0; i < workbench->archives().size(); ++i) {
            const auto &modules = workbench->archives()[i].archive->modules();
            if (!modules.isEmpty() && modules.first().graph) {
                wanted = i;
                break;
            }
        }
    }
    workbench->setCurrentIndex(wanted);
    const auto archive = workbench->current();
    if (!archive || archive->modules().isEmpty())
        return;
    const auto &module = archive->modules().first();
    if (name == QLatin1String("operators")) {
        const auto ops = archive->operators(module);
        // The operator with the most workspace makes the most telling picture.
        auto best = std::max_element(ops.begin(), ops.end(),
                                     [](const auto &a, const auto &b) { return a.workspaceBytes < b.workspaceBytes; });
        if (best != ops.end())
            m_window->operators()->showOperator(module.name, best->name);
    } else if (name == QLatin1String("files") && !module.sources.isEmpty()) {
        m_window->browser()->openEntry(module.sources.last(), 0); // the operators' C code
    } else if (name == QLatin1String("search")) {
        m_window->search()->search(QStringLiteral("workspace"));
    }
}

void ScreenshotTour::when(std::function<bool()> ready, int timeoutMs, std::function<void()> then)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [timer, clock, ready = std::move(ready), then = std::move(then), timeoutMs] {
        if (!ready() && clock->elapsed() < timeoutMs)
            return;
        timer->deleteLater();
        timer->stop();
        then();
    });
    timer->start(100);
}

void ScreenshotTour::live(int step)
{
    DemoController *demo = m_window->demo();
    auto show = [this](const QString &dock, const QString &file, int step) {
        if (QDockWidget *d = m_window->dock(dock)) {
            d->show();
            d->raise();
        }
        QTimer::singleShot(kSettleMs, this, [this, file, step] {
            save(file);
            live(step);
        });
    };
    // Only the profile: straight to it.
    if (step == 0 && !m_only.isEmpty() && !std::any_of(m_only.begin(), m_only.end(), [](const QString &n) {
            return QStringList{QStringLiteral("demo"), QStringLiteral("monitor"), QStringLiteral("timing"),
                               QStringLiteral("presentation"), QStringLiteral("inspector")}
                .contains(n);
        }))
        step = wanted(QStringLiteral("profile")) ? 5 : 6;
    switch (step) {
    case 0: // the demo: the example on a simulated board, a few seconds in
        m_window->workbench()->setCurrentIndex(0);
        m_window->resetLayout(); // the Search dock grew for its own picture
        m_window->startDemo();
        when([demo] { return demo->step() == DemoController::Step::Failed || demo->inferences() > 150; }, 60000,
             [this, show] {
                 QTimer::singleShot(2000, this, [show] { show(QStringLiteral("demo"), QStringLiteral("demo"), 1); });
             });
        return;
    case 1: show(QStringLiteral("monitor"), QStringLiteral("monitor"), 2); return;
    case 2: show(QStringLiteral("timing"), QStringLiteral("timing"), 3); return;
    case 3: {
        m_window->showPresentation();
        QTimer::singleShot(kSettleMs, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->isVisible() && w->isFullScreen()) {
                    w->grab().save(QDir(m_outDir).filePath(QStringLiteral("presentation.png")));
                    w->close();
                }
            live(4);
        });
        return;
    }
    case 4: { // the Inspector on a framed session: a capture if given, else the demo's text
        m_window->demo()->stop();
        InspectorPane *inspector = m_window->inspector();
        if (!m_capture.isEmpty())
            inspector->openCapture(m_capture);
        when([this] { return !m_window->liveConnection()->isConnected(); }, 20000,
             [this, inspector, show] {
                 // A call with arguments makes the most telling tree: select it and its first argument.
                 InspectorFilter *f = inspector->filter();
                 for (int r = 0; r < f->rowCount(); ++r)
                     if (f->index(r, 4).data().toString().startsWith(QLatin1String("CallFunc")) &&
                         f->index(r, 4).data().toString().contains(QLatin1String("tensor"))) {
                         inspector->selectRow(r);
                         break;
                     }
                 if (QTreeWidgetItem *rpc = inspector->tree()->topLevelItem(inspector->tree()->topLevelItemCount() - 1)) {
                     inspector->tree()->expandAll();
                     if (QTreeWidgetItem *arg = rpc->childCount() > 2 ? rpc->child(2) : nullptr)
                         inspector->tree()->setCurrentItem(arg);
                 }
                 show(QStringLiteral("inspector"), QStringLiteral("inspector"), 5);
             });
        return;
    }
    case 5: profile(); return;
    default: next(); // the glossary, then done
    }
}

// The Profile pane after a profile of a simulated board (the archive given, else the first), its
// largest operator selected.
void ScreenshotTour::profile()
{
    ProfileController *profiler = m_window->profiler();
    const QString archive = m_profileArchive;
    if (archive.isEmpty())
        m_window->workbench()->setCurrentIndex(0);
    else
        m_window->openArchive(archive);
    if (QDockWidget *d = m_window->dock(QStringLiteral("profile"))) {
        d->show();
        d->raise();
    }
    auto failedOr = [profiler](ProfileController::Step step) {
        return [profiler, step] { return profiler->step() == step || profiler->step() == ProfileController::Step::Failed; };
    };
    const auto opened = [this, profiler, archive] {
        return profiler->isReady() &&
               (archive.isEmpty() || QFileInfo(profiler->archivePath()).fileName() == QFileInfo(archive).fileName());
    };
    when(opened, 30000, [this, profiler, failedOr] {
        profiler->runOnHostSim();
        when(failedOr(ProfileController::Step::Connected), 180000, [this, profiler, failedOr] {
            profiler->infer({});
            when(failedOr(ProfileController::Step::Connected), 30000, [this, profiler, failedOr] {
                profiler->profile(10, 1);
                when([profiler] { return profiler->hasProfile() || profiler->step() == ProfileController::Step::Failed; }, 120000,
                     [this, profiler] {
                         QTableView *table = m_window->profilePane()->table();
                         table->sortByColumn(ProfileModel::ShareColumn, Qt::DescendingOrder);
                         table->selectRow(0);
                         QTimer::singleShot(kSettleMs, this, [this] {
                             save(QStringLiteral("profile"));
                             m_window->profiler()->stop();
                             live(6);
                         });
                     });
            });
        });
    });
}

void ScreenshotTour::save(const QString &name)
{
    m_window->grab().save(QDir(m_outDir).filePath(name + QStringLiteral(".png")));
}
