#pragma once

#include "core/error.h"
#include "core/result.h"
#include "micro/rpcvalue.h"
#include "mlf/operatorcalls.h"
#include "transport/hostsession.h"
#include "transport/rpcinference.h"
#include "transport/rpcprofiler.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
template<typename T>
class BackgroundJob;
class HostSimProject;
class LiveConnection;
class ProfileModel;
class QSortFilterProxyModel;
class TimingStatsModel;

// The Profile pane's state and commands: a microTVM session with TVM RPC on the window's live
// connection (so the Inspector shows every exchange), to a simulated board it makes from the
// archive (host-sim, host-driven) or to a board already connected that runs RPC firmware; on it
// one inference with inputs of the user's choice, and a profile of every operator function and
// of the whole model on the device's clock. Everything runs on the GUI thread's event loop
// without blocking; the archive's operator calls are read off it.
class ProfileController : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Idle,
        Preparing, // the host-sim template's server starting
        Generating,
        Building,
        Flashing,
        Connecting, // the transport opening, the session's handshake
        Connected,
        Inferring,
        Profiling,
        Failed,
    };
    Q_ENUM(Step)
    // What the inputs hold, as mtvw-cli infer --fill and --input give them.
    struct Inputs
    {
        enum class Kind { Zeros, Ones, Random, File };
        Kind kind = Kind::Zeros;
        quint32 seed = 0;
        QString file; // File: the raw bytes of every input, concatenated in input order
    };
    static constexpr qint64 kMaxInputBytes = 256 * 1024 * 1024;
    static constexpr int kFirstValues = 8; // of each output, in its description

    explicit ProfileController(LiveConnection *connection, QObject *parent = nullptr);
    ~ProfileController() override;

    // The model to run and profile: the archive and its file (what host-sim generates from);
    // without the archive it is opened from the file (the example, when none is open). A
    // simulated board of another archive is stopped; a board on the live connection is not.
    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive, const QString &path);
    QString archivePath() const { return m_path; }
    // Whether the archive's operator calls are known (read off the GUI thread after setArchive).
    bool isReady() const { return m_ready; }
    // The host-sim template to use instead of the bundled one.
    void setTemplateDir(const QString &dir);

    // Generates, builds and flashes the archive on host-sim (host-driven), opens the program's
    // transport on the live connection and starts a session.
    void runOnHostSim();
    // Starts a session on the live connection as it is (a serial port to a board with RPC firmware).
    void useLiveConnection();
    // Whether there is a live connection to a board (not a replay) to start a session on.
    bool canUseLiveConnection() const;
    // Ends whatever is under way and the session; a simulated board's program ends with it.
    void stop();
    // One inference; then outputLines() describe the outputs.
    void infer(const Inputs &inputs);
    // Times every operator function and the whole model (the evaluator's arguments as the
    // archive's TVM release takes them).
    void profile(int repeat, int number);

    Step step() const { return m_step; }
    bool hasSession() const { return m_step == Step::Connected || m_step == Step::Inferring || m_step == Step::Profiling; }
    bool isBusy() const;
    QString stepText() const;
    // The session and the device's limits in one line ("" without a session).
    QString limitsText() const;
    quint16 sessionId() const { return m_sessionId; }
    qint64 maxPacketBytes() const { return m_maxPacket; }
    mtvw::transport::HostSession::Timeouts sessionTimeouts() const { return m_timeouts; }
    int replyTimeoutMs() const { return m_replyTimeoutMs; }
    void setReplyTimeoutMs(int ms) { m_replyTimeoutMs = ms; }
    QString projectDir() const;

    const QList<mtvw::transport::RpcInference::Output> &outputs() const { return m_outputs; }
    // The outputs as the Run view shows them: each one's largest values, then its shape,
    // checksum (FNV-1a, as host-sim prints it) and first values; the run's round trip last.
    QStringList outputLines() const { return m_outputLines; }

    ProfileModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The whole model's repeats, in µs, with the Timing pane's statistics.
    TimingStatsModel *modelStats() const { return m_stats; }
    const mtvw::transport::RpcProfiler::Timing &modelTiming() const { return m_modelTiming; }
    bool hasProfile() const { return m_profiled; }

signals:
    void stepChanged(ProfileController::Step step);
    void sessionChanged(); // sessionId(), maxPacketBytes() and the timeouts known, or gone
    void readyChanged();
    void liveConnectionChanged(); // canUseLiveConnection() may say otherwise
    void inferred();
    void progressed(int done, int total, const QString &function);
    void profiled();
    void errorOccurred(const mtvw::Error &error);

private:
    struct Device;
    struct Prepared;
    void setStep(Step step);
    void fail(const mtvw::Error &error);
    // A failed inference or profile: the session goes on unless the client broke.
    void failAction(const mtvw::Error &error);
    void handleBoardStep();
    void attach(mtvw::transport::Transport *transport);
    void beginSession();
    void handleEstablished(quint16 sessionId);
    void dropDevice();
    void handlePrepared(const Prepared &prepared);
    mtvw::Result<QList<QByteArray>> makeInputs(const QList<mtvw::micro::RpcTensor> &tensors, const Inputs &inputs) const;
    QStringList describe(const mtvw::transport::RpcInference::Result_ &result) const;
    // f, run only if the session it was asked on is still the current one.
    template<typename F>
    auto guarded(F f);

    QPointer<LiveConnection> m_connection;
    HostSimProject *m_board;
    ProfileModel *m_model;
    QSortFilterProxyModel *m_proxy;
    TimingStatsModel *m_stats;
    BackgroundJob<std::shared_ptr<Prepared>> *m_prepareJob;
    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    bool m_openedItself = false; // m_archive was opened here from the path, not given by the window
    QString m_path;
    QList<mtvw::mlf::OperatorCalls::Call> m_calls;
    bool m_legacyEvaluator = false;
    bool m_ready = false;
    Step m_step = Step::Idle;
    Device *m_device = nullptr;
    int m_generation = 0;          // of sessions: a callback of an older one is dropped
    bool m_ownsConnection = false; // the live connection is this pane's simulated board
    bool m_connecting = false;
    quint16 m_sessionId = 0;
    qint64 m_maxPacket = 0;
    mtvw::transport::HostSession::Timeouts m_timeouts;
    int m_replyTimeoutMs = 10000;
    QList<mtvw::transport::RpcInference::Output> m_outputs;
    QStringList m_outputLines;
    mtvw::transport::RpcProfiler::Timing m_modelTiming;
    bool m_profiled = false;
};
