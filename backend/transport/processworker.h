#pragma once

#include "transportsettings.h"
#include "transportworker.h"

class QProcess;

namespace mtvw::transport {

// A program that speaks the device side on its stdin and stdout (the shape of TVM's host CRT
// program), on the transport's thread; its stderr is its diagnostics, reported as lines in
// the detail of the error when it fails. Stopping closes its stdin, then (if it is still running
// after a grace period) sends SIGTERM, then SIGKILL, on timers.
class ProcessWorker : public TransportWorker
{
    Q_OBJECT

public:
    explicit ProcessWorker(TransportSettings settings);
    ~ProcessWorker() override;

    void start() override;
    void write(const QByteArray &bytes) override;
    void stop() override;

    QByteArray stderrTail() const { return m_stderr; }

private:
    TransportSettings m_settings;
    QProcess *m_process = nullptr;
    QByteArray m_stderr; // the last 4 KiB
    bool m_closedSent = false;
    bool m_stopping = false;              // we asked it to end: how it ends is no error
    static constexpr int kGraceMs = 2000; // after end of input, before SIGTERM, and before SIGKILL
};

} // namespace mtvw::transport
