#pragma once

#include "core/result.h"

#include <QByteArray>
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
// newline-delimited JSON, ids matched, a timeout per call, error replies mapped to the server's
// named errors with its traceback kept. The server's stdout and stderr arrive line by line as the
// log. The server leads its own process group, so that cancelling ends every process it started.
// Lives in one thread (the one it was created in); all I/O is driven by that thread's event loop.
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
    static constexpr int kStderrTailLines = 20;
    static constexpr int kQuickReplyMs = 5; // callAndWait waits this long before entering the event loop

    explicit ProjectApiClient(QObject *parent = nullptr);
    ~ProjectApiClient() override;

    // Starts the server of a template or project folder (it must hold microtvm_api_server.py).
    Result<void> start(const Launch &launch);
    bool isRunning() const;
    bool isBusy() const { return m_pendingId != 0; }

    // Sends a request; the answer comes as replied() or failed() with the id returned here.
    // timeoutMs < 0: the method's default (long for build and flash, short for transport calls).
    Result<int> call(const QString &method, const QJsonObject &params, int timeoutMs = -1);
    // call() and wait for its answer in a local event loop: for the command line and tests.
    Result<QJsonValue> callAndWait(const QString &method, const QJsonObject &params, int timeoutMs = -1);

    // Ends the server's whole process group now; a pending call fails as cancelled.
    void cancel();
    // Closes the request pipe (the server exits on EOF) and waits briefly, then ends the group.
    void stop();

    QStringList stderrTail() const { return m_stderrTail; }
    qint64 serverPid() const { return m_pid; }
    static int defaultTimeoutMs(const QString &method);

signals:
    void replied(int id, const QJsonValue &result);
    void failed(int id, const mtvw::Error &error);
    void logLine(bool fromStderr, const QString &line);
    void serverExited(int exitCode, bool crashed);

private:
    void handleReadable();
    void handleWritable();
    void handleLine(const QByteArray &line);
    void handleProcessFinished(int exitCode, int exitStatus);
    void handleOutput(bool fromStderr);
    void fail(const Error &error);
    void finishCall();
    void closePipes();
    void killGroup();
    Error exitError(const QString &what) const;

    QProcess *m_process = nullptr;
    int m_readFd = -1;  // replies from the server
    int m_writeFd = -1; // requests to the server
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_readBuffer;
    QByteArray m_writeBuffer;
    QByteArray m_outBuffer[2]; // partial stdout / stderr lines
    QStringList m_stderrTail;
    int m_nextId = 1;
    int m_pendingId = 0;
    QString m_pendingMethod;
    qint64 m_pid = 0;
};

} // namespace mtvw::projectapi
