#pragma once

#include "capturereader.h"
#include "transportsettings.h"
#include "transportworker.h"

#include <QElapsedTimer>
#include <QFile>

class QTimer;

namespace mtvw::transport {

// A capture played back as if its board were talking: the bytes it recorded from the device,
// at their recorded pace or as fast as possible; what the host wrote is dropped (it is the
// caller who writes now). A capture of several connections replays its first one. The file is read in pieces, so a capture of any
// size plays in bounded memory.
class ReplayWorker : public TransportWorker
{
    Q_OBJECT

public:
    explicit ReplayWorker(TransportSettings settings);
    ~ReplayWorker() override;

    void start() override;
    void write(const QByteArray &bytes) override;
    void stop() override;

protected:
    void resume() override;

private:
    void step();
    void finish(const std::optional<Error> &error);

    TransportSettings m_settings;
    QFile m_file;
    CaptureReader m_reader;
    QList<CaptureChunk> m_pending;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_firstUs = -1;
    bool m_done = false;
};

} // namespace mtvw::transport
