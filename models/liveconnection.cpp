#include "liveconnection.h"

#include "core/logging.h"
#include "transport/capturewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

using mtvw::Direction;
using mtvw::transport::CaptureWriter;
using mtvw::transport::Transport;
using mtvw::transport::TransportSettings;

LiveConnection::LiveConnection(QObject *parent)
    : QObject(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &LiveConnection::flush);
}

LiveConnection::~LiveConnection()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        delete m_transport; // a threaded transport lets its worker finish the close by itself
    }
}

void LiveConnection::open(const TransportSettings &settings)
{
    TransportSettings s = settings;
    const bool replay = s.kind == TransportSettings::Kind::Replay;
    s.replayAsRecorded = replay; // the panes watch both directions, at the times recorded
    attach(Transport::create(s), s.describe(), replay);
    if (replay)
        m_replayFile = s.file; // the capture is the file itself
}

void LiveConnection::openTransport(Transport *transport, const QString &description)
{
    attach(transport, description, false);
}

void LiveConnection::attach(Transport *transport, const QString &description, bool replay)
{
    close();
    if (m_transport) { // a slot of disconnected() connected another one meanwhile: this one wins
        Transport *other = m_transport;
        m_transport = nullptr;
        other->disconnect(this);
        finishOff(other, true);
    }
    m_capture.reset();
    m_captureInterface = -1;
    m_capturedBytes = 0;
    m_replayFile = replay ? description : QString();
    m_transport = transport;
    m_transport->setParent(this);
    m_description = description;
    m_replay = replay;
    m_released = false;
    m_fromDevice = m_fromHost = 0;
    connect(transport, &Transport::bytesArrived, this,
            [this](const QByteArray &bytes, qint64 timeUs) { take(Direction::FromDevice, bytes, timeUs); });
    connect(transport, &Transport::bytesWritten, this,
            [this](const QByteArray &bytes, qint64 timeUs) { take(Direction::FromHost, bytes, timeUs); });
    connect(transport, &Transport::stateChanged, this, &LiveConnection::handleState);
    connect(transport, &Transport::errorOccurred, this, &LiveConnection::errorOccurred);
    connect(transport, &Transport::closed, this, &LiveConnection::handleClosed);
    // What one turn of the GUI's event loop takes in is what the panes decode before it paints.
    transport->setMaxInFlight(kFlushBytes);
    if (!replay)
        startCapture(description);
    qCInfo(lcTransport) << "live connection" << description;
    emit connected(description);
    emit notice(replay ? tr("Replaying %1").arg(description) : tr("Connecting to %1").arg(description));
    transport->open();
}

void LiveConnection::startCapture(const QString &description)
{
    m_capture.reset();
    m_captureInterface = -1;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/captures");
    if (!QDir().mkpath(dir)) {
        emit errorOccurred(mtvw::Error(mtvw::Error::Code::Io, tr("cannot make the capture folder %1").arg(dir)));
        return;
    }
    // One file per connection, the older ones of this folder kept only while they are recent.
    const QDir d(dir);
    const QFileInfoList old = d.entryInfoList({QStringLiteral("live-*.pcapng")}, QDir::Files, QDir::Time);
    for (qsizetype i = 8; i < old.size(); ++i)
        QFile::remove(old[i].filePath());
    auto capture = std::make_unique<CaptureWriter>();
    const QString path = d.filePath(QStringLiteral("live-%1-%2.pcapng")
                                        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                                        .arg(QCoreApplication::applicationPid()));
    auto opened = capture->open(path);
    if (!opened.ok()) {
        qCWarning(lcTransport) << "no capture:" << opened.error().message();
        emit errorOccurred(opened.error());
        return;
    }
    auto id = capture->addInterface(description);
    if (!id.ok()) {
        emit errorOccurred(id.error());
        return;
    }
    m_captureInterface = id.value();
    m_capture = std::move(capture);
}

void LiveConnection::finishOff(Transport *t, bool closeIt)
{
    // Deleted once it has closed (a project's transport still has to ask its server to end the
    // program), or after kCloseGraceMs at the latest; never inside its own signal.
    if (!closeIt || t->state() == State::Closed) {
        t->deleteLater();
        return;
    }
    connect(t, &Transport::closed, t, &QObject::deleteLater);
    QTimer::singleShot(kCloseGraceMs, t, &QObject::deleteLater);
    t->close();
}

void LiveConnection::close()
{
    if (m_transport)
        detach(true, tr("Disconnected from %1").arg(m_description));
}

void LiveConnection::detach(bool closeIt, const QString &why)
{
    flush();
    Transport *t = m_transport;
    m_transport = nullptr;
    t->disconnect(this);
    finishOff(t, closeIt);
    if (m_capture)
        m_capture->close();
    qCInfo(lcTransport) << "live connection ended:" << why;
    emit notice(why);
    emit stateChanged(State::Closed, {});
    emit disconnected();
}

void LiveConnection::write(const QByteArray &bytes)
{
    if (m_transport && !m_replay && !bytes.isEmpty())
        m_transport->write(bytes);
}

LiveConnection::State LiveConnection::state() const
{
    return m_transport ? m_transport->state() : State::Closed;
}

QString LiveConnection::capturePath() const
{
    if (m_replay)
        return m_replayFile;
    return m_capture ? m_capture->path() : QString();
}

void LiveConnection::take(Direction direction, const QByteArray &bytes, qint64 timeUs)
{
    if (bytes.isEmpty())
        return;
    (direction == Direction::FromDevice ? m_fromDevice : m_fromHost) += bytes.size();
    if (m_capture && m_capture->isOpen()) {
        auto written = m_capture->write(m_captureInterface, direction, timeUs, bytes);
        m_capturedBytes += bytes.size();
        if (!written.ok()) {
            m_capture->close();
            qCWarning(lcTransport) << "capture stopped:" << written.error().message();
            emit errorOccurred(written.error());
        } else if (m_capturedBytes >= kMaxCaptureBytes) {
            m_capture->close();
            qCInfo(lcTransport) << "capture full" << m_capture->path();
            emit notice(tr("The capture %1 reached %2 and stops here; the panes go on")
                            .arg(m_capture->path(), QLocale().formattedDataSize(kMaxCaptureBytes)));
        }
    }
    m_pending.append(LiveChunk{direction, timeUs, bytes});
    m_pendingBytes += bytes.size();
    if (m_pendingBytes >= kFlushBytes)
        flush();
    else if (!m_batch.isActive())
        m_batch.start();
}

void LiveConnection::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    LiveChunks chunks;
    chunks.swap(m_pending);
    m_pendingBytes = 0;
    emit chunksArrived(chunks);
}

void LiveConnection::handleState(State state, const QString &detail)
{
    if (!detail.isEmpty())
        emit notice(detail);
    emit stateChanged(state, detail);
}

void LiveConnection::handleClosed()
{
    if (m_transport)
        detach(false, m_replay ? tr("End of the replay of %1").arg(m_description) : tr("%1 closed").arg(m_description));
}

bool LiveConnection::canRelease() const
{
    return m_transport && m_transport->canRelease();
}

void LiveConnection::release(const QString &why)
{
    if (!canRelease() || m_released)
        return;
    m_released = true;
    flush();
    m_transport->release(why);
}

void LiveConnection::reacquire()
{
    if (!m_released)
        return;
    m_released = false;
    if (m_transport)
        m_transport->reacquire();
}
