#pragma once

#include "core/result.h"
#include "lineframer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QStringList>

class QProcess;
class QSocketNotifier;
class QTimer;

namespace mtvw::projectapi {

// A Project API server process and the JSON-RPC 2.0 conversation with it (spec 3.2–3.4): two
// anonymous pipes whose child ends are passed as --read-fd/--write-fd, one request at a time,
// ids matched, a timeout per call, error replies mapped to the server's named errors with its
// traceback kept. The server's stdout and stderr arrive line by line as the log. The server
// leads its own process group, so that ending it ends every process it started.
//
// In layers: LineFramer cuts the reply pipe into lines, JsonRpcCodec encodes requests and decodes
// replies, this class drives the pipes and the process from its thread's event loop. Nothing in
// it waits: stopping hands the process to ProcessReaper, which ends it on timers.
class ProjectApiClient : public QObject
{
    Q_OBJECT

public:
    struct Launch
    {
        QString projectDir;
        QString python = QStringLiteral("python3");
        bool debug = false;
    };

    static constexpr qsizetype kMaxReplyBytes = 64LL * 1024 * 1024;
    static constexpr qsizetype kMaxLogLineBytes = 64 * 1024;
    static constexpr int kStderrTailLines = 20;
    static constexpr int kTransportMarginMs = 5000; // over a transport call's own timeout_sec
    static constexpr int kExitAfterEofMs = 2000;    // for the exit code once the server closed its pipe
    static constexpr int kHangupCheckMs = 1000;     // how often a pending call checks the request pipe
    static constexpr int kMaxBlankLines = 100000;   // empty reply lines tolerated while a call waits

    explicit ProjectApiClient(QObject *parent = nullptr);
    // Stops the server (as stop()) without emitting anything.
    ~ProjectApiClient() override;

    // Starts the server of a template or project folder (it must hold microtvm_api_server.py).
    Result<void> start(const Launch &launch);
    bool isRunning() const;
    bool isBusy() const { return m_pendingId != 0; }

    // Sends a request; the answer comes as replied() or failed() with the id returned here.
    // timeoutMs < 0: the method's default (see timeoutFor); 0: no limit.
    Result<int> call(const QString &method, const QJsonObject &params, int timeoutMs = -1);
    // call() and wait for its answer in a local event loop: for the command line and tests,
    // never for the GUI thread.
    Result<QJsonValue> callAndWait(const QString &method, const QJsonObject &params, int timeoutMs = -1);

    // Fails a pending call as cancelled and ends the server's whole group now (SIGTERM, then
    // SIGKILL on a timer). Returns at once.
    void cancel();
    // Closes the request pipe (the server exits on EOF) and leaves the rest to ProcessReaper: a
    // server still running after the grace period gets SIGTERM, then SIGKILL. Returns at once; a
    // pending call fails as cancelled.
    void stop();

    QStringList stderrTail() const { return m_stderrTail; }
    qint64 serverPid() const { return m_pid; }
    // How long a call may take: long for generate, build and flash; a transport call's own
    // timeout_sec plus kTransportMarginMs (none when timeout_sec is null: it blocks by design).
    static int timeoutFor(const QString &method, const QJsonObject &params);

signals:
    void replied(int id, const QJsonValue &result);
    void failed(int id, const mtvw::Error &error);
    void logLine(bool fromStderr, const QString &line);
    void serverExited(int exitCode, bool crashed);

private:
    void handleReadable();
    void handleWritable();
    void handleLine(const QByteArray &line);
    void handleEof();
    void checkHangup();
    void handleProcessFinished(int exitCode, int exitStatus);
    void handleOutput(bool fromStderr);
    void emitLogLine(bool fromStderr, const QByteArray &line);
    void fail(const Error &error);
    void finishCall();
    void closePipes();
    void release(bool terminate);
    Error exitError(const QString &what) const;

    QProcess *m_process = nullptr;
    int m_readFd = -1;  // replies from the server
    int m_writeFd = -1; // requests to the server
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_eofTimer = nullptr;
    QTimer *m_hangupTimer = nullptr;
    int m_blankLines = 0;
    LineFramer m_replies{kMaxReplyBytes, LineFramer::Overlong::Fail};
    LineFramer m_output[2] = {LineFramer(kMaxLogLineBytes, LineFramer::Overlong::Split),
                              LineFramer(kMaxLogLineBytes, LineFramer::Overlong::Split)}; // stdout, stderr
    QByteArray m_writeBuffer;
    QStringList m_stderrTail;
    int m_nextId = 1;
    int m_pendingId = 0;
    QString m_pendingMethod;
    QElapsedTimer m_callClock;
    qint64 m_pid = 0;
    quint64 m_conversation = 0; // counts the pipes closed: a reader knows when its own are gone
};

} // namespace mtvw::projectapi
