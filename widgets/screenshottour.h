#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

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
    // A capture (pcapng) the Inspector shows, replayed after the demo; none: the demo's traffic.
    void setInspectorCapture(const QString &path) { m_capture = path; }

signals:
    void finished(bool ok);

private:
    void next();
    void prepare(const QString &name);
    void save(const QString &name);
    void memoryTabs(int tab); // 1-based
    // The live panes, in order: the demo running (Demo, Monitor, Timing, the presentation
    // window), then the Inspector on a capture.
    void live(int step);
    // Calls then() once ready() holds, or after timeoutMs, checking on a timer.
    void when(std::function<bool()> ready, int timeoutMs, std::function<void()> then);

    MainWindow *m_window;
    QString m_outDir;
    QString m_compareWith;
    QString m_capture;
    QStringList m_docks;
    int m_step = 0;
    int m_expected = 0;
};
