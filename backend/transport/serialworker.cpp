#include "serialworker.h"

#include "core/logging.h"
#include "core/tr.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSerialPort>
#include <QTimer>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mtvw::transport {

namespace {

QSerialPort::Parity parityOf(char p)
{
    switch (p) {
    case 'E': return QSerialPort::EvenParity;
    case 'O': return QSerialPort::OddParity;
    case 'S': return QSerialPort::SpaceParity;
    case 'M': return QSerialPort::MarkParity;
    default: return QSerialPort::NoParity;
    }
}

} // namespace

SerialWorker::SerialWorker(TransportSettings settings)
    : m_settings(std::move(settings))
{}

SerialWorker::~SerialWorker()
{
    dropHeld();
}

void SerialWorker::start()
{
    if (m_port)
        return;
    emit stateChanged(Transport::State::Opening, m_settings.port);
    // Who the device is, to know it again when it comes back.
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        if (info.systemLocation() == m_settings.port || info.portName() == m_settings.port) {
            m_serialNumber = info.serialNumber();
            m_hasIds = info.hasVendorIdentifier() && info.hasProductIdentifier();
            m_vid = info.vendorIdentifier();
            m_pid = info.productIdentifier();
            m_location = info.systemLocation();
        }
    m_originalPath = m_settings.port;
    if (!openPort()) {
        emit closed();
        return;
    }
}

bool SerialWorker::openPort(bool quiet)
{
    auto *port = new QSerialPort(this);
    port->setPortName(m_settings.port);
    auto failed = [&](const QString &why) {
        m_lastError = why;
        if (!quiet)
            emit errorOccurred(Error(Error::Code::Io, why));
        delete port;
        return false;
    };
    if (!port->open(QIODevice::ReadWrite))
        return failed(BackendText::tr("cannot open %1: %2").arg(m_settings.port, port->errorString()));
    // Each line setting is checked: a speed the port refuses must not leave it at another.
    const QSerialPort::StopBits stop = m_settings.stopBits == 2   ? QSerialPort::TwoStop
                                       : m_settings.stopBits == 3 ? QSerialPort::OneAndHalfStop
                                                                  : QSerialPort::OneStop;
    if (!port->setBaudRate(m_settings.baud) || !port->setDataBits(QSerialPort::DataBits(m_settings.dataBits)) ||
        !port->setParity(parityOf(m_settings.parity)) || !port->setStopBits(stop) ||
        !port->setFlowControl(m_settings.hardwareFlow ? QSerialPort::HardwareControl : QSerialPort::NoFlowControl))
        return failed(
            BackendText::tr("cannot set %1 on %2: %3").arg(m_settings.describe(), m_settings.port, port->errorString()));
    port->setDataTerminalReady(m_settings.dtr);
    if (!m_settings.hardwareFlow)
        port->setRequestToSend(m_settings.rts);
    port->setReadBufferSize(kReadBuffer); // full: the port stops reading and the line holds the rest
    connect(port, &QSerialPort::readyRead, this, &SerialWorker::handleReadable);
    connect(port, &QSerialPort::errorOccurred, this, &SerialWorker::handleError);
    m_port = port;
    qCDebug(lcTransport) << "serial open" << m_settings.describe();
    emit stateChanged(Transport::State::Open, m_settings.describe());
    return true;
}

void SerialWorker::handleReadable()
{
    if (!m_port || backlogged())
        return; // the port's bounded buffer holds the rest until resume()
    const QByteArray bytes = m_port->readAll();
    if (!bytes.isEmpty())
        deliver(bytes, Transport::nowUs());
}

void SerialWorker::resume()
{
    handleReadable();
}

void SerialWorker::write(const QByteArray &bytes)
{
    if (!m_port)
        return; // closed or waiting: the bytes have nowhere to go (the caller sees the state)
    if (m_port->write(bytes) != bytes.size()) {
        emit errorOccurred(
            Error(Error::Code::Io, BackendText::tr("writing to %1 failed: %2").arg(m_settings.port, m_port->errorString())));
        return;
    }
    emit bytesWritten(bytes, Transport::nowUs());
}

void SerialWorker::handleError()
{
    if (!m_port)
        return;
    const QSerialPort::SerialPortError e = m_port->error();
    if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError)
        return;
    // Gone (unplugged, or a pty whose other side closed): wait for it to return.
    if (e == QSerialPort::ResourceError || e == QSerialPort::PermissionError || e == QSerialPort::DeviceNotFoundError ||
        e == QSerialPort::ReadError || e == QSerialPort::WriteError) {
        lost(m_port->errorString());
        return;
    }
    emit errorOccurred(Error(Error::Code::Io, BackendText::tr("%1: %2").arg(m_settings.port, m_port->errorString())));
}

void SerialWorker::closePort()
{
    handleReadable(); // what came before it went
    m_port->disconnect(this);
    m_port->close();
    m_port->deleteLater();
    m_port = nullptr;
}

void SerialWorker::startPolling()
{
    m_lostAtMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_poll) {
        m_poll = new QTimer(this);
        m_poll->setInterval(kPollMs);
        connect(m_poll, &QTimer::timeout, this, &SerialWorker::poll);
    }
    m_poll->start();
}

void SerialWorker::lost(const QString &why)
{
    closePort();
    qCInfo(lcTransport) << m_settings.port << "went away:" << why;
    emit stateChanged(Transport::State::Waiting, BackendText::tr("%1 went away (%2); waiting %3 s for it to return")
                                                     .arg(m_settings.port, why)
                                                     .arg(m_settings.reattachMs / 1000));
    rememberLink();
    if (!m_released)
        startPolling();
}

void SerialWorker::rememberLink()
{
    struct stat link = {};
    m_linkLost = ::lstat(QFile::encodeName(m_settings.port).constData(), &link) == 0 && S_ISLNK(link.st_mode);
    m_lostInode = m_linkLost ? quint64(link.st_ino) : 0;
    m_lostChangeNs = m_linkLost ? qint64(link.st_ctim.tv_sec) * 1'000'000'000 + link.st_ctim.tv_nsec : 0;
}

void SerialWorker::release(const QString &why)
{
    if (m_released)
        return;
    m_released = true;
    if (m_poll)
        m_poll->stop();
    rememberLink();
    // A pseudo-terminal has no identity but itself: the open port's own descriptor is kept (not
    // read; what the device sends waits in the line) while it is released, so its number cannot
    // go to another terminal meanwhile, and a hang-up says the terminal went. It is taken from
    // the port, not opened again by the path: by then the terminal may have gone and its number
    // gone to another one. A port already lost holds nothing: only a new link brings it back.
    if (m_port && m_linkLost && m_serialNumber.isEmpty() && !m_hasIds && m_port->handle() >= 0)
        m_heldFd = ::fcntl(m_port->handle(), F_DUPFD_CLOEXEC, 0);
    if (m_port)
        closePort();
    qCInfo(lcTransport) << m_settings.port << "released:" << why;
    emit stateChanged(Transport::State::Waiting, BackendText::tr("%1 released (%2)").arg(m_settings.port, why));
}

void SerialWorker::reacquire()
{
    if (!m_released)
        return;
    m_released = false;
    emit stateChanged(Transport::State::Waiting,
                      BackendText::tr("waiting up to %1 s for the same device as %2 (serial number %3)")
                          .arg(m_settings.reattachMs / 1000)
                          .arg(m_originalPath, m_serialNumber.isEmpty() ? BackendText::tr("none; by its path") : m_serialNumber));
    startPolling();
    poll(); // it may be there already
}

bool SerialWorker::isOurs(const QSerialPortInfo &info) const
{
    if (!m_serialNumber.isEmpty())
        return info.serialNumber() == m_serialNumber;
    if (m_hasIds)
        return info.hasVendorIdentifier() && info.vendorIdentifier() == m_vid && info.productIdentifier() == m_pid &&
               info.systemLocation() == m_location;
    return false;
}

void SerialWorker::poll()
{
    if (QDateTime::currentMSecsSinceEpoch() - m_lostAtMs > m_settings.reattachMs) {
        m_poll->stop();
        QString why = BackendText::tr("%1 did not come back within %2 s").arg(m_settings.port).arg(m_settings.reattachMs / 1000);
        if (!m_lastError.isEmpty())
            why += BackendText::tr(" (last try: %1)").arg(m_lastError);
        emit errorOccurred(Error(Error::Code::Timeout, why));
        dropHeld();
        emit closed();
        return;
    }
    // The same device, wherever it is now; a pseudo-terminal (no identity) only at its own path.
    QString where;
    if (!m_serialNumber.isEmpty() || m_hasIds) {
        // Its old path if the device is there again; else its one new place. A board with
        // several ports of one serial number (a debugger's VCOMs) that moved is ambiguous:
        // nothing is taken, the user picks.
        QStringList matches;
        for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
            if (isOurs(info))
                matches << info.systemLocation();
        if (matches.contains(m_originalPath))
            where = m_originalPath;
        else if (matches.size() == 1)
            where = matches.first();
    } else if (QFileInfo::exists(m_settings.port)) {
        struct stat link = {};
        const bool isLink = ::lstat(QFile::encodeName(m_settings.port).constData(), &link) == 0 && S_ISLNK(link.st_mode);
        const qint64 changeNs = isLink ? qint64(link.st_ctim.tv_sec) * 1'000'000'000 + link.st_ctim.tv_nsec : 0;
        const bool madeAnew = !m_linkLost || !isLink || quint64(link.st_ino) != m_lostInode || changeNs != m_lostChangeNs;
        // Released and held: the same terminal if it never hung up and the link still leads to it.
        bool sameTerminal = false;
        if (!madeAnew && m_heldFd >= 0) {
            pollfd p = {m_heldFd, POLLIN, 0};
            struct stat held = {}, target = {};
            sameTerminal = ::poll(&p, 1, 0) >= 0 && !(p.revents & (POLLHUP | POLLERR | POLLNVAL)) &&
                           ::fstat(m_heldFd, &held) == 0 &&
                           ::stat(QFile::encodeName(m_settings.port).constData(), &target) == 0 && held.st_rdev == target.st_rdev;
        }
        if (madeAnew || sameTerminal)
            where = m_settings.port;
    }
    if (where.isEmpty())
        return;
    const QString was = m_settings.port;
    m_settings.port = where;
    if (openPort(true)) { // quiet: a node udev has not yet given its permissions is tried again
        m_poll->stop();
        dropHeld();
        qCInfo(lcTransport) << was << "is back as" << where;
        emit stateChanged(Transport::State::Open, BackendText::tr("the same device is back as %1").arg(where));
    } else {
        m_settings.port = was;
    }
}

void SerialWorker::dropHeld()
{
    if (m_heldFd >= 0)
        ::close(m_heldFd);
    m_heldFd = -1;
}

void SerialWorker::stop()
{
    dropHeld();
    if (m_poll)
        m_poll->stop();
    if (m_port) {
        handleReadable();
        m_port->disconnect(this);
        m_port->close();
        delete m_port;
        m_port = nullptr;
    }
    emit closed();
}

} // namespace mtvw::transport
