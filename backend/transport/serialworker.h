#pragma once

#include "transportsettings.h"
#include "transportworker.h"

#include <QSerialPortInfo>

class QSerialPort;
class QTimer;

namespace mtvw::transport {

// A serial port, on the transport's thread. A port that goes away (unplugged; a board
// re-enumerating after a flash) is waited for: the same device is reopened when it returns,
// found by its serial number, else by VID:PID and location, else (a pseudo-terminal) by its
// path when that path is made anew; another device that appears meanwhile is never taken.
class SerialWorker : public TransportWorker
{
    Q_OBJECT

public:
    explicit SerialWorker(TransportSettings settings);
    ~SerialWorker() override;

    void start() override;
    void write(const QByteArray &bytes) override;
    void stop() override;
    bool canRelease() const override { return true; }
    void release(const QString &why) override;
    void reacquire() override;

    static constexpr int kPollMs = 100;
    static constexpr qint64 kReadBuffer = 1024 * 1024;

protected:
    void resume() override;

private:
    // Opens the port; quiet: a failure is kept in m_lastError (while waiting for the device)
    // instead of reported.
    bool openPort(bool quiet = false);
    void handleError();
    void handleReadable();
    void lost(const QString &why);
    void closePort();
    void startPolling();
    void rememberLink();
    void dropHeld();
    void poll();
    bool isOurs(const QSerialPortInfo &info) const;

    TransportSettings m_settings;
    QSerialPort *m_port = nullptr;
    QTimer *m_poll = nullptr;
    qint64 m_lostAtMs = 0;
    // Who the device was when it was opened.
    QString m_serialNumber;
    quint16 m_vid = 0, m_pid = 0;
    bool m_hasIds = false;
    QString m_location;
    QString m_originalPath;
    QString m_lastError;
    bool m_released = false;
    // A released pseudo-terminal's slave side, held open so that its number is not reused; -1: none.
    int m_heldFd = -1;
    // A port known only by its path (a pseudo-terminal's symlink, as socat makes them): the link
    // as it was when the device went away. Only a link made anew is the device returning; the old
    // one left behind may point at another terminal that reuses its number.
    bool m_linkLost = false;
    quint64 m_lostInode = 0;
    qint64 m_lostChangeNs = 0;
};

} // namespace mtvw::transport
