#include "replayworker.h"

#include "core/tr.h"

#include <QTimer>

namespace mtvw::transport {

ReplayWorker::ReplayWorker(TransportSettings settings)
    : m_settings(std::move(settings))
{}

ReplayWorker::~ReplayWorker() = default;

void ReplayWorker::start()
{
    if (m_timer)
        return;
    emit stateChanged(Transport::State::Opening, m_settings.describe());
    m_file.setFileName(m_settings.file);
    if (!m_file.open(QIODevice::ReadOnly)) {
        finish(Error(Error::Code::Io, BackendText::tr("cannot read %1: %2").arg(m_settings.file, m_file.errorString())));
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReplayWorker::step);
    m_clock.start();
    emit stateChanged(Transport::State::Open, m_settings.describe());
    m_timer->start(0);
}

void ReplayWorker::step()
{
    if (backlogged())
        return; // resume() steps on once the receiver has caught up
    // Refill from the file while nothing is pending.
    while (m_pending.isEmpty()) {
        const QByteArray piece = m_file.read(1 << 16);
        if (piece.isEmpty()) {
            const Result<void> end = m_reader.finish();
            finish(end ? std::nullopt : std::optional<Error>(end.error().prefixed(m_settings.file)));
            return;
        }
        if (auto ok = m_reader.feed(piece, m_pending); !ok) {
            finish(ok.error().prefixed(m_settings.file));
            return;
        }
        const bool both = m_settings.replayAsRecorded;
        m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                       [both](const CaptureChunk &c) {
                                           return (!both && c.direction != Direction::FromDevice) || c.interface != 0;
                                       }),
                        m_pending.end());
    }
    const CaptureChunk chunk = m_pending.takeFirst();
    if (m_settings.realtime && chunk.timeUs >= 0) {
        if (m_firstUs < 0)
            m_firstUs = chunk.timeUs;
        const qint64 dueMs = (chunk.timeUs - m_firstUs) / 1000 - m_clock.elapsed();
        if (dueMs > 0) {
            m_pending.prepend(chunk);
            m_timer->start(int(std::min<qint64>(dueMs, 1000)));
            return;
        }
    }
    const qint64 timeUs = m_settings.replayAsRecorded && chunk.timeUs >= 0 ? chunk.timeUs : Transport::nowUs();
    if (chunk.direction == Direction::FromHost)
        deliverWritten(chunk.bytes, timeUs);
    else
        deliver(chunk.bytes, timeUs);
    m_timer->start(0); // back to the event loop between pieces: a stop is never held up
}

void ReplayWorker::resume()
{
    if (!m_done && m_timer)
        m_timer->start(0);
}

void ReplayWorker::write(const QByteArray &bytes)
{
    emit bytesWritten(bytes, Transport::nowUs()); // recorded, not delivered: the replay cannot answer
}

void ReplayWorker::finish(const std::optional<Error> &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (error)
        emit errorOccurred(*error);
    emit closed();
}

void ReplayWorker::stop()
{
    finish(std::nullopt);
}

} // namespace mtvw::transport
