#pragma once

#include <QObject>
#include <QStringList>

class MainWindow;

// Renders the window once per pane to PNG files (./dev.sh shots): opens the archives, brings
// each dock to the front in turn, lets its background work settle, and saves the window.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, QString outDir, QObject *parent = nullptr);

    // archives: opened in order; the first is shown. compareWith: given to the Diff pane if any.
    void start(const QStringList &archives, const QString &compareWith = {});

signals:
    void finished(bool ok);

private:
    void next();
    void prepare(const QString &name);
    void save(const QString &name);
    void memoryTabs(int tab); // 1-based

    MainWindow *m_window;
    QString m_outDir;
    QString m_compareWith;
    QStringList m_docks;
    int m_step = 0;
    int m_expected = 0;
};
