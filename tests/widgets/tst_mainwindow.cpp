#include "../testsupport.h"
#include "archivetreemodel.h"
#include "browserpane.h"
#include "findbar.h"
#include "glossarywindow.h"
#include "graphcontroller.h"
#include "graphpane.h"
#include "inspectormodel.h"
#include "inspectorpane.h"
#include "liveconnection.h"
#include "mainwindow.h"
#include "memorycontroller.h"
#include "memorypane.h"
#include "micro/framer.h"
#include "micro/sessionmessage.h"
#include "mlf/memorymap.h"
#include "monitormodel.h"
#include "monitorpane.h"
#include "operatorscontroller.h"
#include "operatorsmodel.h"
#include "operatorspane.h"
#include "overviewpane.h"
#include "paramscontroller.h"
#include "paramsmodel.h"
#include "paramspane.h"
#include "profilecontroller.h"
#include "profilemodel.h"
#include "profilepane.h"
#include "searchpane.h"
#include "searchresultsmodel.h"
#include "sourceview.h"
#include "timingcontroller.h"
#include "timingpane.h"
#include "transport/capturewriter.h"
#include "workbenchcontroller.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

// True once the browser shows entry completely (not "loading…").
bool shows(MainWindow &w, const QString &entry)
{
    const QString header = w.browser()->headerText();
    return header.startsWith(entry) && !header.contains(QLatin1String("loading")) && !w.browser()->view()->isLoading();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensTheExample();
    void startScreen();
    void everyPaneIsFilled();
    void graphPaneDrawsTheGraph();
    void aProfiledOperatorOpensItsCode();
    void aProfiledOperatorOfTheExampleOpensIt();
    void severalArchivesAtOnce();
    void searchAcrossTheArchiveOpensTheHit();
    void findInTheFile();
    void badArchiveKeepsTheWindowWorking();
    void aCaptureReplaysIntoEveryLivePane();
    void fitsALaptopScreen_data();
    void fitsALaptopScreen();
};

void TestMainWindow::opensTheExample()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    QVERIFY(w.currentArchive());
    QVERIFY(w.treeModel()->rowCount() >= 3); // codegen, parameters, src, metadata.json
    QVERIFY(w.treeModel()->indexForPath(QStringLiteral("metadata.json")).isValid());
    QVERIFY(w.windowTitle().contains(QLatin1String("tinydense.tar")));
}

// The empty window offers the example, the recent archives and the glossary; the example it
// opens is the one the project ships, byte for byte.
void TestMainWindow::startScreen()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTextBrowser *start = w.overview()->browser();
    QVERIFY(start->toPlainText().contains(QLatin1String("Open the example")));
    QVERIFY(start->toPlainText().contains(QLatin1String("Model Library Format")));
    QVERIFY(start->toHtml().contains(QLatin1String("mtvw:open")));
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    emit start->anchorClicked(QUrl(QStringLiteral("mtvw:example")));
    QVERIFY(opened.wait(10000));
    const QString copy = opened.first().first().toString();
    QFile a(copy), b(testsupport::exampleArchive());
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    QVERIFY(!copy.startsWith(QFileInfo(testsupport::exampleArchive()).absolutePath())); // a copy, not the source tree
    // Closed again, the start screen lists it among the recent archives, as a link that opens it.
    w.workbench()->close(w.workbench()->currentIndex());
    QTRY_VERIFY(start->toPlainText().contains(QLatin1String("Recent archives")));
    QVERIFY(start->toHtml().contains(QUrl::fromLocalFile(copy).toString()));
    emit start->anchorClicked(QUrl::fromLocalFile(copy));
    QVERIFY(opened.wait(10000));
    // The glossary, from a pane's link, shows the term asked for.
    emit w.overview()->glossaryRequested(QStringLiteral("workspace"));
    auto *glossary = w.findChild<GlossaryWindow *>();
    QVERIFY(glossary && glossary->isVisible());
    QVERIFY(!glossary->isModal());
    QVERIFY(glossary->browser()->toPlainText().contains(QLatin1String("Storage id")));
    const QTextCursor top = glossary->browser()->cursorForPosition(QPoint(10, 10));
    QVERIFY(top.block().text().contains(QLatin1String("Workspace")) || glossary->browser()->verticalScrollBar()->value() > 0);
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mtvw-tests"));
}

void TestMainWindow::everyPaneIsFilled()
{
    MainWindow w;
    w.show();
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    // Overview: the version's meaning and the executor.
    QVERIFY(w.overview()->plainText().contains(QLatin1String("TVM v0.9 to v0.18")));
    QVERIFY(w.overview()->plainText().contains(QLatin1String("ahead-of-time")));
    // Browser: starts on metadata.json, pretty-printed.
    QTRY_VERIFY(shows(w, QStringLiteral("metadata.json")));
    QVERIFY2(w.browser()->view()->text().contains(QLatin1String("\"version\": 7")),
             qPrintable(w.browser()->view()->text().left(300)));
    QCOMPARE(w.browser()->view()->kind(), EntryContent::Kind::Json);
    // Every dock of the layout exists and shows.
    for (const char *name : {"files", "overview", "operators", "memory", "params", "graph", "diff", "search"})
        QVERIFY2(w.dock(QLatin1String(name)) && !w.dock(QLatin1String(name))->isHidden(), name);

    // The panes hold the engine's figures.
    const auto archive = w.currentArchive();
    const auto &module = archive->modules().first();
    QTRY_COMPARE(w.operators()->controller()->model()->rowCount(), int(archive->operators(module).size()));
    const auto map = mtvw::mlf::MemoryMap::compute(*archive, module);
    QCOMPARE(w.memory()->controller()->map().ramBytes, map.ramBytes);
    QCOMPARE(w.memory()->controller()->map().flashBytes, map.flashBytes);
    QCOMPARE(w.params()->controller()->model()->rowCount(), int(module.params->tensors.size()));

    // Selecting an operator shows its C function, one click from the table.
    const QString function = archive->operators(module).first().name;
    w.operators()->showOperator(module.name, function);
    QTRY_VERIFY(w.operators()->codeEditor()->text().contains(function));
}

void TestMainWindow::graphPaneDrawsTheGraph()
{
    MainWindow w;
    w.show();
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    QSignalSpy laidOut(w.graph()->controller(), &GraphController::layoutReady);
    w.openArchive(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(laidOut.size() >= 1);
    QTRY_VERIFY(!w.graph()->scene()->items().isEmpty());
    // A graph node leads to its operator: "Go to operator" shows it in the Operators pane.
    const auto &graph = *w.currentArchive()->modules().first().graph;
    const auto op = std::find_if(graph.nodes.begin(), graph.nodes.end(), [](const auto &n) { return n.isOperator(); });
    QVERIFY(op != graph.nodes.end());
    QVERIFY(w.graph()->controller()->selectFunction(QStringLiteral("default"), op->funcName));
    QCOMPARE(w.graph()->controller()->selectedNode(), op->id);
    auto *goTo = w.graph()->findChild<QPushButton *>();
    for (auto *b : w.graph()->findChildren<QPushButton *>())
        if (b->text() == GraphPane::tr("Go to operator"))
            goTo = b;
    QTRY_VERIFY(goTo->isEnabled());
    goTo->click();
    QVERIFY(w.dock(QStringLiteral("operators"))->isVisible());
    QTRY_VERIFY(w.operators()->codeEditor()->text().contains(op->funcName));
}

// The Profile pane runs the archive that is open; double-clicking one of its operators selects it
// in the Operators pane, its C function in front.
void TestMainWindow::aProfiledOperatorOpensItsCode()
{
    MainWindow w;
    w.show();
    QVERIFY(w.dock(QStringLiteral("profile")));
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    ProfileController *profiler = w.profiler();
    QTRY_VERIFY(profiler->isReady() && profiler->archivePath() == w.workbench()->currentPath());
    QTableView *table = w.profilePane()->table();
    QCOMPARE(table->model()->rowCount(), 3);
    w.operators()->detailsTabs()->setCurrentIndex(1); // the TIR, say
    const QModelIndex last = table->model()->index(2, ProfileModel::FunctionColumn);
    const QString function = last.data(ProfileModel::FunctionRole).toString();
    emit table->doubleClicked(last);
    QVERIFY(w.dock(QStringLiteral("operators"))->isVisible());
    QCOMPARE(w.operators()->detailsTabs()->currentIndex(), 0);
    QTRY_VERIFY(w.operators()->codeEditor()->text().contains(function));
}

// With no archive open the Profile pane has the example; double-clicking one of its operators
// opens the example in the window and shows the operator's C function there.
void TestMainWindow::aProfiledOperatorOfTheExampleOpensIt()
{
    MainWindow w;
    w.show();
    QVERIFY(!w.currentArchive());
    ProfileController *profiler = w.profiler();
    QTRY_VERIFY(profiler->isReady());
    const QString example = profiler->archivePath();
    QVERIFY(!example.isEmpty());
    QTableView *table = w.profilePane()->table();
    QCOMPARE(table->model()->rowCount(), 3);
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    QSignalSpy readiness(profiler, &ProfileController::readyChanged);
    const QModelIndex last = table->model()->index(2, ProfileModel::FunctionColumn);
    const QString function = last.data(ProfileModel::FunctionRole).toString();
    emit table->doubleClicked(last);
    QVERIFY(opened.wait(10000));
    QCOMPARE(w.workbench()->currentPath(), example);
    QVERIFY(w.dock(QStringLiteral("operators"))->isVisible());
    QTRY_VERIFY(w.operators()->codeEditor()->text().contains(function));
    QCOMPARE(w.operators()->detailsTabs()->currentIndex(), 0);
    // The pane kept its rows (and any figures): the same file, now open in the window, is not
    // prepared again.
    QVERIFY(readiness.isEmpty());
    QVERIFY(profiler->isReady());
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::severalArchivesAtOnce()
{
    MainWindow w;
    w.show();
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    w.openArchive(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
    auto *box = w.findChild<QComboBox *>(QStringLiteral("archiveBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentIndex(), 1);
    QVERIFY(w.currentArchive()->metadata().modules.first().isGraph());
    box->setCurrentIndex(0);
    QVERIFY(w.currentArchive()->metadata().modules.first().isAot());
    QVERIFY(w.windowTitle().contains(QLatin1String("tinydense.tar")));
    QVERIFY(w.overview()->plainText().contains(QLatin1String("ahead-of-time")));
}

void TestMainWindow::searchAcrossTheArchiveOpensTheHit()
{
    MainWindow w;
    w.show();
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    QSignalSpy done(w.search()->engine(), &ArchiveSearch::finished);
    w.search()->search(QStringLiteral("tvmgen_default_run"));
    QVERIFY(done.wait(10000));
    SearchResultsModel *results = w.search()->model();
    QVERIFY(results->rowCount() > 0);
    const ArchiveSearch::Hit hit = *results->hit(0);
    // The results got room: the Search dock grew to show them (a third of the window at most).
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("search"));
    QVERIFY(dock);
    QTRY_VERIFY2(dock->height() >= std::min(w.height() / 3, 5 * w.fontMetrics().height()),
                 qPrintable(QString::number(dock->height())));
    // A click on the hit opens its file at its line with the match selected.
    QTreeView *view = w.search()->resultsView();
    view->scrollTo(results->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(results->index(0, 0)).center());
    QTRY_VERIFY(shows(w, hit.entry));
    QTRY_VERIFY(!w.browser()->view()->isLoading());
    int line = 0, index = 0;
    w.browser()->view()->getCursorPosition(&line, &index);
    QCOMPARE(line + 1, hit.line);
    QVERIFY(w.browser()->view()->text(line).contains(QLatin1String("tvmgen_default_run")));
    QCOMPARE(w.browser()->view()->selectedText(), QStringLiteral("tvmgen_default_run"));
    int fromLine = -1, fromIndex = -1, toLine = -1, toIndex = -1;
    w.browser()->view()->getSelection(&fromLine, &fromIndex, &toLine, &toIndex);
    QCOMPARE(fromLine + 1, hit.line);
}

void TestMainWindow::findInTheFile()
{
    MainWindow w;
    w.show();
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(shows(w, QStringLiteral("metadata.json")));
    w.browser()->showFind();
    QVERIFY(w.browser()->findBar()->isVisible());
    w.browser()->findBar()->lineEdit()->setText(QStringLiteral("workspace_size_bytes"));
    QVERIFY(w.browser()->findBar()->findNext(true));
    QCOMPARE(w.browser()->view()->selectedText(), QStringLiteral("workspace_size_bytes"));
    w.browser()->findBar()->lineEdit()->setText(QStringLiteral("no such text anywhere"));
    QVERIFY(!w.browser()->findBar()->findNext(true));
}

void TestMainWindow::fitsALaptopScreen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("german");
    QTest::newRow("example") << testsupport::exampleArchive() << false;
    QTest::newRow("example, German") << testsupport::exampleArchive() << true;
    QTest::newRow("graph") << testsupport::fixture(QStringLiteral("v7_graph.tar")) << false;
    for (const auto &[name, path] : testsupport::corpusArchives()) // where ../shared is absent, the fixtures alone
        for (bool german : {false, true})
            QTest::newRow(qPrintable(name + (german ? QStringLiteral(", German") : QString()))) << path << german;
}

// The window never asks for more than a 1000 x 640 screen gives (a 1366 x 768 laptop less its
// panel, with room to spare), whatever pane is in front, and never grows itself.
void TestMainWindow::fitsALaptopScreen()
{
    QFETCH(QString, file);
    QFETCH(bool, german);
    QTranslator translator;
    if (german) {
        QVERIFY(translator.load(QStringLiteral("mtvw_de"), QStringLiteral(MTVW_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    const QSize screen(1000, 640);
    MainWindow w;
    w.resize(screen);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(file);
    QVERIFY(opened.wait(10000));
    const auto report = [&](const QString &step) {
        QStringList parts{step, QStringLiteral("window %1x%2").arg(w.width()).arg(w.height())};
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            parts << QStringLiteral("%1 %2x%3")
                         .arg(d->objectName())
                         .arg(d->minimumSizeHint().width())
                         .arg(d->minimumSizeHint().height());
        return parts.join(QStringLiteral(", "));
    };
    const auto fits = [&](const QString &step) {
        QCoreApplication::processEvents();
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        return (min.width() <= screen.width() && min.height() <= screen.height() && w.size() == screen) ? QString()
                                                                                                        : report(step);
    };
    QString failure = fits(QStringLiteral("opened"));
    for (const char *name :
         {"overview", "operators", "memory", "params", "graph", "project", "diff", "files", "search", "profile"}) {
        QDockWidget *dock = w.dock(QLatin1String(name));
        dock->show();
        dock->raise();
        QTest::qWait(50); // the panes fill from background jobs; this lets a few land
        if (failure.isEmpty())
            failure = fits(QLatin1String(name));
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // At a 1366 x 768 laptop's size, in the default layout, no pane needs to scroll sideways:
    // each fits the width its dock gets.
    w.resize(1366, 740);
    w.resetLayout();
    for (const char *name :
         {"overview", "operators", "memory", "params", "graph", "project", "diff", "files", "search", "profile"}) {
        QDockWidget *dock = w.dock(QLatin1String(name));
        dock->raise();
        QTest::qWait(50);
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        QVERIFY(scroll && scroll->widget());
        QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 needs %2 px, has %3")
                                .arg(QLatin1String(name))
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
    }
    // The Profile pane, raised below, fits its half of the height without scrolling.
    QDockWidget *profile = w.dock(QStringLiteral("profile"));
    auto *scroll = qobject_cast<QScrollArea *>(profile->widget());
    QTRY_VERIFY(profile->height() >= w.height() * 2 / 5);
    QVERIFY2(
        scroll->widget()->height() <= scroll->viewport()->height(),
        qPrintable(
            QStringLiteral("profile needs %1 px, has %2").arg(scroll->widget()->height()).arg(scroll->viewport()->height())));
}

void TestMainWindow::badArchiveKeepsTheWindowWorking()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy errors(&w, &MainWindow::errorOccurred);
    w.openArchive(testsupport::fixture(QStringLiteral("hostile_dotdot.tar")));
    QVERIFY(errors.wait(10000));
    QVERIFY(errors.first().first().value<mtvw::Error>().message().contains(QLatin1String("..")));
    QTRY_VERIFY(w.findChild<QMessageBox *>() != nullptr);
    w.findChild<QMessageBox *>()->close();
    // Still usable: a good archive opens afterwards.
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openArchive(testsupport::exampleArchive());
    QVERIFY(opened.wait(10000));
    QVERIFY(w.treeModel()->rowCount() > 0);
}

// One capture, replayed through the window's live connection, reaches the Monitor (the text),
// the Inspector (text lines and the framed Log messages) and Timing (the run times), each as the
// test wrote it.
void TestMainWindow::aCaptureReplaysIntoEveryLivePane()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("live.pcapng"));
    QList<double> times;
    int textLines = 0, logs = 0;
    QByteArray deviceBytes;
    {
        mtvw::transport::CaptureWriter w;
        QVERIFY(w.open(file).ok());
        const int iface = w.addInterface(QStringLiteral("test board")).value();
        mtvw::micro::Framer framer;
        qint64 t = 1'700'000'000'000'000;
        for (int i = 1; i <= 200; ++i) {
            const double ms = 1.0 + (i % 17) * 0.125;
            times << ms;
            const QByteArray line =
                QStringLiteral("run %1/200 default: %2 ms checksum=0x0000abcd\n").arg(i).arg(ms, 0, 'f', 6).toUtf8();
            QVERIFY(w.write(iface, mtvw::Direction::FromDevice, t += 1000, line).ok());
            deviceBytes += line;
            ++textLines;
            if (i % 50 == 0) { // a framed Log message now and then, between the lines
                const QByteArray log = framer.frame(mtvw::micro::SessionMessage::encode(
                    0, mtvw::micro::SessionMessage::Log, QByteArray("checkpoint ") + QByteArray::number(i)));
                QVERIFY(w.write(iface, mtvw::Direction::FromDevice, t += 1000, log).ok());
                deviceBytes += log;
                ++logs;
            }
        }
    }
    MainWindow window;
    QSignalSpy ended(window.liveConnection(), &LiveConnection::disconnected);
    window.inspector()->openCapture(file);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.timing()->controller()->live().size(), times.size(), 10000);
    QCOMPARE(window.timing()->controller()->live().values(), times);
    // The monitor shows every byte as it came: a frame's bytes begin the line after them.
    QCOMPARE(window.monitor()->model()->deviceLines(), deviceBytes.count('\n') + (deviceBytes.endsWith('\n') ? 0 : 1));
    int runLines = 0;
    for (int r = 0; r < window.monitor()->model()->rowCount(); ++r)
        runLines += window.monitor()
                        ->model()
                        ->data(window.monitor()->model()->index(r), MonitorModel::BytesRole)
                        .toByteArray()
                        .contains("run ");
    QCOMPARE(runLines, textLines);
    int inspectorLogs = 0, inspectorText = 0;
    for (int r = 0; r < window.inspector()->model()->rowCount(); ++r) {
        const auto &rec = window.inspector()->model()->record(r);
        inspectorLogs += rec.type == QLatin1String("Log");
        inspectorText += rec.layer == mtvw::micro::WireRecord::Layer::Text;
    }
    QCOMPARE(inspectorLogs, logs);
    QCOMPARE(inspectorText, textLines);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
