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
    // The archive the Profile pane profiles on a simulated board (opened then); none: the first.
    void setProfileArchive(const QString &path) { m_profileArchive = path; }
    // Only these pictures (names as the files have them); none: every one.
    void setOnly(const QStringList &names) { m_only = names; }

signals:
    void finished(bool ok);

private:
    void next();
    void prepare(const QString &name);
    void save(const QString &name);
    void memoryTabs(int tab); // 1-based
    // The live panes, in order: the demo running (Demo, Monitor, Timing, the presentation
    // window), then the Inspector on a capture, then a finished profile.
    void live(int step);
    void profile();
    bool wanted(const QString &name) const { return m_only.isEmpty() || m_only.contains(name); }
    // Calls then() once ready() holds, or after timeoutMs, checking on a timer.
    void when(std::function<bool()> ready, int timeoutMs, std::function<void()> then);

    MainWindow *m_window;
    QString m_outDir;
    QString m_compareWith;
    QString m_capture;
    QString m_profileArchive;
    QStringList m_only;
    QStringList m_docks;
    int m_step = 0;
    int m_expected = 0;
};
