#include "screenshottour.h"

#include "mainwindow.h"
#include "workbenchcontroller.h"

#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QTimer>

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
                m_window->compareCurrentWith(m_compareWith);
                next();
            });
    });
    for (const QString &a : archives)
        m_window->openArchive(a);
}

void ScreenshotTour::next()
{
    if (m_step >= m_docks.size()) {
        emit finished(true);
        return;
    }
    const QString name = m_docks[m_step++];
    if (QDockWidget *d = m_window->dock(name)) {
        d->show();
        d->raise();
    }
    QTimer::singleShot(kSettleMs, this, [this, name] {
        save(name);
        next();
    });
}

void ScreenshotTour::save(const QString &name)
{
    m_window->grab().save(QDir(m_outDir).filePath(name + QStringLiteral(".png")));
}
