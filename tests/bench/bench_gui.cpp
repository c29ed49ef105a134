// GUI benchmark: cold start to first paint, open to interactive for the example and every corpus
// archive, a generated 100 MB C file shown in the browser, and a 1,000-node graph laid out in the
// Graph pane; with the longest GUI-thread stall during each. Prints figures; asserts nothing.
//   bench_gui MTVW_BINARY BIG_C_ARCHIVE [CORPUS_DIR]

#include "../syntheticgraph.h"
#include "browserpane.h"
#include "graphcontroller.h"
#include "graphpane.h"
#include "mainwindow.h"
#include "mlf/mlfarchive.h"
#include "sourceview.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Measures the longest gap between turns of the GUI thread's event loop while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_max = std::max(m_max, double(m_clock.nsecsElapsed()) / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_max, double(m_clock.nsecsElapsed()) / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_max = 0;
};

// Runs the event loop until `done` returns true (checked every millisecond) or 60 s pass.
template<typename Done>
bool waitFor(Done done)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > 60000)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return done();
}

// From starting the process to its "first-paint" line (printed once the window has painted);
// the process's teardown after it is not counted.
double coldStart(const QString &binary)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(binary, {QStringLiteral("--quit-after-first-paint")});
    double ms = -1;
    while (p.waitForReadyRead(30000)) {
        if (p.readAllStandardOutput().contains("first-paint")) {
            ms = double(t.nsecsElapsed()) / 1e6;
            break;
        }
    }
    p.waitForFinished(30000);
    return ms;
}

// Opens path in a fresh window; returns ms until the archive is open and the event loop has
// turned once after it (the panes filled and the window answering again).
double openToInteractive(const QString &path, double *stall)
{
    MainWindow w;
    w.show();
    StallMeter meter;
    bool ready = false;
    QObject::connect(&w, &MainWindow::archiveOpened, &w, [&] { QTimer::singleShot(0, &w, [&] { ready = true; }); });
    QObject::connect(&w, &MainWindow::errorOccurred, &w, [&] { ready = true; });
    QElapsedTimer t;
    t.start();
    meter.start();
    w.openArchive(path);
    waitFor([&] { return ready; });
    const double ms = double(t.nsecsElapsed()) / 1e6;
    *stall = meter.stop();
    return w.currentArchive() ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        fprintf(stderr, "usage: bench_gui MTVW_BINARY BIG_C_ARCHIVE [CORPUS_DIR]\n");
        return 2;
    }

    QList<double> cold;
    for (int i = 0; i < 5; ++i)
        cold << coldStart(args[1]);
    printf("cold start to first paint: median %.0f ms over 5 (goal <= 500 ms)\n", median(cold));

    QStringList archives{QStringLiteral(MTVW_SOURCE_DIR "/resources/example/tinydense.tar")};
    if (args.size() > 3 && QDir(args[3]).exists()) {
        QDirIterator it(args[3], {QStringLiteral("*.tar")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            archives << it.next();
    }
    std::sort(archives.begin() + 1, archives.end());
    printf("open to interactive (median of 3; longest GUI-thread stall):\n");
    double slowest = 0;
    qint64 largestSize = 0;
    QString largest;
    for (const QString &a : archives) {
        QList<double> times;
        double worstStall = 0;
        for (int i = 0; i < 3; ++i) {
            double stall = 0;
            times << openToInteractive(a, &stall);
            worstStall = std::max(worstStall, stall);
        }
        const qint64 size = QFileInfo(a).size();
        printf("  %7.1f ms  stall %5.1f ms  %s (%.1f MB)\n", median(times), worstStall, qPrintable(QDir().relativeFilePath(a)),
               double(size) / 1e6);
        slowest = std::max(slowest, median(times));
        if (size > largestSize) {
            largestSize = size;
            largest = a;
        }
    }
    printf("  largest archive %s: see its line (goal <= 300 ms); slowest of all %.1f ms\n",
           qPrintable(QFileInfo(largest).fileName()), slowest);

    {
        MainWindow w;
        w.show();
        bool opened = false;
        QObject::connect(&w, &MainWindow::archiveOpened, &w, [&] { opened = true; });
        w.openArchive(args[2]);
        waitFor([&] { return opened; });
        QString big;
        qint64 bytes = 0;
        for (const auto &e : w.currentArchive()->archive().entries())
            if (e.path.endsWith(QLatin1String(".c")) && e.size > bytes) {
                bytes = e.size;
                big = e.path;
            }
        waitFor([&] { return !w.browser()->view()->isLoading(); });
        bool loaded = false;
        QObject::connect(w.browser()->view(), &SourceView::loaded, &w, [&] { loaded = true; });
        StallMeter meter;
        QElapsedTimer t;
        t.start();
        meter.start();
        w.browser()->openEntry(big);
        waitFor([&] { return loaded; });
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const double stall = meter.stop();
        printf("%.0f MB C file shown: %.0f ms (goal <= 2000 ms), longest GUI-thread stall %.0f ms (goal <= 100 ms), %d lines\n",
               double(bytes) / 1e6, ms, stall, w.browser()->view()->lines());
    }

    {
        // A folder archive: the example graph fixture's layout with a synthetic 1,000-node graph.
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("executor-config/graph"));
        QDir(dir.path()).mkpath(QStringLiteral("codegen/host/src"));
        QFile md(dir.filePath(QStringLiteral("metadata.json")));
        md.open(QIODevice::WriteOnly);
        md.write(R"({"version": 7, "modules": {"default": {"executors": ["graph"], "style": "full-model",
                 "target": ["c"], "memory": {"functions": {"main": [{"device": 1, "workspace_size_bytes": 0,
                 "io_size_bytes": 0, "constants_size_bytes": 0}], "operator_functions": []}}}}})");
        md.close();
        QFile graph(dir.filePath(QStringLiteral("executor-config/graph/default.graph")));
        graph.open(QIODevice::WriteOnly);
        graph.write(testsupport::syntheticGraphJson(1000));
        graph.close();
        QFile c(dir.filePath(QStringLiteral("codegen/host/src/default_lib0.c")));
        c.open(QIODevice::WriteOnly);
        c.write("// generated for the benchmark\n");
        c.close();

        MainWindow w;
        w.show();
        bool laidOut = false;
        QObject::connect(w.graph()->controller(), &GraphController::layoutReady, &w, [&] {
            QTimer::singleShot(0, &w, [&] { laidOut = true; }); // the scene is built in the same turn
        });
        StallMeter meter;
        QElapsedTimer t;
        t.start();
        meter.start();
        w.openArchive(dir.path());
        waitFor([&] { return laidOut; });
        const double ms = double(t.nsecsElapsed()) / 1e6;
        printf("1,000-node graph opened and laid out in the Graph pane: %.0f ms (goal <= 1000 ms), longest GUI-thread "
               "stall %.0f ms, %d nodes\n",
               ms, meter.stop(), int(w.currentArchive()->modules().first().graph->nodes.size()));
    }
    return 0;
}
