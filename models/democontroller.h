#pragma once

#include "core/error.h"
#include "livechunk.h"
#include "micro/devicelines.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>

class HostSimProject;
class LiveConnection;
class ProjectController;

// One click from an archive to a simulated board inferring: the host-sim template generates a
// project from the archive (into a temporary folder), builds it with the host compiler, flashes
// it, and runs it continuously through the project's own transport on the window's live
// connection, so the Monitor, Inspector and Timing panes watch it. Meanwhile it keeps the
// readout a booth shows: the latest latency, inferences per second, the output's top class.
class DemoController : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, Starting, Generating, Building, Flashing, Running, Stopped, Failed };
    Q_ENUM(Step)
    static constexpr int kRuns = 1'000'000; // a "continuous" run; it starts again if it ends
    static constexpr int kPrintEvery = 25;  // the outputs, for the top class
    // A board's duty cycle: one inference every kPaceMs at most, so people can follow it (the
    // latency shown is the run's own, not the pace).
    static constexpr int kPaceMs = 20;
    static constexpr int kRateWindowMs = 2000;

    explicit DemoController(LiveConnection *connection, QObject *parent = nullptr);
    ~DemoController() override;

    // The host-sim template to use instead of the bundled one.
    void setTemplateDir(const QString &dir);

    void start(const QString &archive);
    void stop();
    Step step() const { return m_step; }
    bool isActive() const { return m_step != Step::Idle && m_step != Step::Stopped && m_step != Step::Failed; }
    QString stepText() const;
    QString archive() const { return m_archive; }
    QString projectDir() const;
    ProjectController *project() const;

    qint64 inferences() const { return m_inferences; }
    double latestMs() const { return m_latestMs; }
    // A latency as people read it: "12.3 ms", "902 µs", "350 ns".
    static QString latencyText(double ms);
    double inferencesPerSecond() const;
    // "class 2 (0.71)" from the first output tensor, once printed; empty before.
    QString topClass() const;
    int topIndex() const { return m_topIndex; }

signals:
    void stepChanged(DemoController::Step step);
    void readoutChanged();
    void errorOccurred(const mtvw::Error &error);

private:
    void setStep(Step step);
    void fail(const mtvw::Error &error);
    void handleBoardStep();
    void runProgram();
    void handleChunks(const LiveChunks &chunks);
    void handleDisconnected();

    QPointer<LiveConnection> m_connection;
    HostSimProject *m_board;
    QString m_archive;
    Step m_step = Step::Idle;
    bool m_ownsConnection = false; // the live connection is the demo's program
    bool m_connecting = false;
    std::unique_ptr<mtvw::micro::DeviceLines> m_lines;
    qint64 m_inferences = 0;
    double m_latestMs = 0;
    int m_topIndex = -1;
    double m_topValue = 0;
    QElapsedTimer m_clock;
    std::deque<qint64> m_recent; // when the last inferences came (ms on m_clock)
    int m_restarts = 0;
};
