#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mtvw"));
    QApplication::setOrganizationName(QStringLiteral("microTVM Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MTVW_VERSION));

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("mtvw"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "microTVM Workbench: browse Model Library Format archives."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("archives"), QApplication::translate("main", "MLF archives or folders to open."),
                                 QStringLiteral("[archive…]"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QApplication::translate("main", "Save a PNG of each pane into <dir>, then quit."),
                                   QStringLiteral("dir"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QApplication::translate("main", "With --screenshots: the archive the Diff pane compares with."),
        QStringLiteral("archive"));
    const QCommandLineOption inspect(
        QStringLiteral("inspect"),
        QApplication::translate("main", "With --screenshots: a capture (pcapng) the Inspector pane shows."),
        QStringLiteral("capture"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "With --screenshots: the archive the Profile pane profiles on a simulated board."),
        QStringLiteral("archive"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QApplication::translate("main", "With --screenshots: only these pictures (comma-separated)."),
                                  QStringLiteral("names"));
    QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
                                      QApplication::translate("main", "Quit once the window has been painted (for benchmarks)."));
    quitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(shots);
    parser.addOption(compare);
    parser.addOption(inspect);
    parser.addOption(profile);
    parser.addOption(only);
    parser.addOption(quitAfterPaint);
    parser.process(app);

    MainWindow window;
    FirstPaintWatcher paintWatcher;
    if (parser.isSet(quitAfterPaint)) {
        window.installEventFilter(&paintWatcher);
        QObject::connect(
            &paintWatcher, &FirstPaintWatcher::painted, &app,
            [] {
                // The benchmark times this line, not the process's exit (teardown is not start-up).
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QApplication::quit();
            },
            Qt::QueuedConnection);
    }
    window.show();
    if (parser.isSet(shots)) {
        auto *tour = new ScreenshotTour(&window, parser.value(shots), &window);
        QObject::connect(tour, &ScreenshotTour::finished, &app, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->setInspectorCapture(parser.value(inspect));
        tour->setProfileArchive(parser.value(profile));
        if (parser.isSet(only))
            tour->setOnly(parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts));
        tour->start(parser.positionalArguments(), parser.value(compare));
        return QApplication::exec();
    }
    for (const QString &path : parser.positionalArguments())
        window.openArchive(path);
    return QApplication::exec();
}
