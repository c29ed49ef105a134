#pragma once

#include "core/error.h"
#include "livechunk.h"
#include "transport/transport.h"
#include "transport/transportsettings.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace mtvw::transport {
class CaptureWriter;
}

// The one live connection to a board the Monitor, Inspector and Timing panes watch; owned above
// them (the main window), never by a pane. It owns the transport, writes every byte both ways
// into a capture file as it goes (so saving it later loses nothing), and hands the bytes to its
// observers in batches: every kBatchMs, or at once when kFlushBytes are waiting, never per read.
// Around a flash it lets go of a serial port and takes the same board back.
class LiveConnection : public QObject
{
    Q_OBJECT

public:
    using State = mtvw::transport::Transport::State;
    static constexpr int kBatchMs = 30;
    static constexpr qint64 kFlushBytes = 256 * 1024;
    static constexpr int kCloseGraceMs = 10000; // a transport that does not say it closed goes then
    // A capture file stops growing here (the panes go on); a day of a busy line would fill a disk.
    static constexpr qint64 kMaxCaptureBytes = qint64(4) * 1024 * 1024 * 1024;

    explicit LiveConnection(QObject *parent = nullptr);
    ~LiveConnection() override;

    // Connects with a transport of these settings (a replay delivers a capture as if live); a
    // connection still open is closed first.
    void open(const mtvw::transport::TransportSettings &settings);
    // A transport made elsewhere (a project's Project API transport), not yet open; owned from now.
    void openTransport(mtvw::transport::Transport *transport, const QString &description);
    void close();
    // To the device; the bytes reach the observers as FromHost when the transport wrote them.
    void write(const QByteArray &bytes);

    State state() const;
    bool isConnected() const { return m_transport != nullptr; }
    // The transport itself, for a session that rides on it (the Profile pane's RPC); nullptr
    // when not connected. It stays the connection's: it goes when the connection ends
    // (disconnected()), so a rider lets go of it then.
    mtvw::transport::Transport *transport() const { return m_transport; }
    QString description() const { return m_description; }
    // What is being watched, as replay or live (a replay cannot be written to).
    bool isReplay() const { return m_replay; }
    // Where this connection's bytes are written as they come (a pcapng under the cache folder);
    // empty when it could not be made (the reason went to errorOccurred).
    QString capturePath() const;
    qint64 bytesFromDevice() const { return m_fromDevice; }
    qint64 bytesFromHost() const { return m_fromHost; }

    // Port lifecycle around a flash: a serial port is closed and, on reacquire(), the same
    // board (serial number, else VID:PID and location, else the pseudo-terminal's path) is
    // waited for and reopened; another port is never taken. Says each step through notice().
    bool canRelease() const;
    void release(const QString &why);
    void reacquire();
    bool isReleased() const { return m_released; }
    // A line for the monitor's log from whoever drives the connection (a flash, the demo).
    void announce(const QString &text) { emit notice(text); }

signals:
    // Every byte both ways, in order, in batches.
    void chunksArrived(const LiveChunks &chunks);
    // A new connection began (observers start over) and when it ended for good.
    void connected(const QString &description);
    void disconnected();
    void stateChanged(LiveConnection::State state, const QString &detail);
    // What happened to the connection, in words, for the monitor's log.
    void notice(const QString &text);
    void errorOccurred(const mtvw::Error &error);

private:
    void attach(mtvw::transport::Transport *transport, const QString &description, bool replay);
    void take(mtvw::Direction direction, const QByteArray &bytes, qint64 timeUs);
    void flush();
    void handleState(State state, const QString &detail);
    void handleClosed();
    // Lets go of the transport (closing it unless it closed itself) and says why.
    void detach(bool closeIt, const QString &why);
    void finishOff(mtvw::transport::Transport *t, bool closeIt);
    void startCapture(const QString &description);

    mtvw::transport::Transport *m_transport = nullptr;
    std::unique_ptr<mtvw::transport::CaptureWriter> m_capture;
    int m_captureInterface = -1;
    qint64 m_capturedBytes = 0;
    QString m_replayFile;
    QString m_description;
    bool m_replay = false;
    bool m_released = false;
    LiveChunks m_pending;
    qint64 m_pendingBytes = 0;
    qint64 m_fromDevice = 0, m_fromHost = 0;
    QTimer m_batch;
};
