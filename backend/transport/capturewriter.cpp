#include "capturewriter.h"

#include "core/tr.h"

#include <QDateTime>
#include <QtEndian>

namespace mtvw::transport {

namespace {

template<typename T>
void put(QByteArray &out, T v)
{
    char b[sizeof(T)];
    qToLittleEndian<T>(v, b);
    out.append(b, sizeof(T));
}

void pad(QByteArray &out)
{
    while (out.size() % 4)
        out.append('\0');
}

void option(QByteArray &out, quint16 code, QByteArrayView value)
{
    put<quint16>(out, code);
    put<quint16>(out, quint16(value.size()));
    out.append(value.data(), value.size());
    pad(out);
}

void endOfOptions(QByteArray &out)
{
    put<quint32>(out, 0);
}

} // namespace

qint64 CaptureWriter::nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000; // millisecond clock, microsecond field
}

Result<void> CaptureWriter::open(const QString &path)
{
    m_file.close();
    m_file.setFileName(path);
    m_interfaces = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return Error(Error::Code::Io, BackendText::tr("cannot write the capture %1: %2").arg(path, m_file.errorString()));
    QByteArray shb;
    put<quint32>(shb, 0x1A2B3C4D); // byte-order magic
    put<quint16>(shb, 1);
    put<quint16>(shb, 0);
    put<qint64>(shb, -1);                 // section length: not known in advance
    option(shb, 4, "microTVM Workbench"); // shb_userappl
    endOfOptions(shb);
    return writeBlock(0x0A0D0D0A, shb);
}

Result<int> CaptureWriter::addInterface(const QString &name)
{
    QByteArray idb;
    put<quint16>(idb, kLinkType);
    put<quint16>(idb, 0);
    put<quint32>(idb, 0);          // no snapshot limit
    option(idb, 2, name.toUtf8()); // if_name
    const char micro = 6;
    option(idb, 9, QByteArrayView(&micro, 1)); // if_tsresol: 10^-6 s
    endOfOptions(idb);
    if (auto ok = writeBlock(1, idb); !ok)
        return ok.error();
    return m_interfaces++;
}

Result<void> CaptureWriter::write(int interface, Direction direction, qint64 timeUs, QByteArrayView bytes)
{
    if (interface < 0 || interface >= m_interfaces)
        return Error(Error::Code::NotFound, BackendText::tr("capture interface %1 was never added").arg(interface));
    for (qsizetype at = 0; at < bytes.size(); at += kMaxChunk) {
        const QByteArrayView piece = bytes.sliced(at, std::min(kMaxChunk, bytes.size() - at));
        QByteArray epb;
        epb.reserve(piece.size() + 48);
        put<quint32>(epb, quint32(interface));
        put<quint32>(epb, quint32(quint64(timeUs) >> 32));
        put<quint32>(epb, quint32(quint64(timeUs) & 0xFFFFFFFF));
        put<quint32>(epb, quint32(piece.size()));
        put<quint32>(epb, quint32(piece.size()));
        epb.append(piece.data(), piece.size());
        pad(epb);
        QByteArray flags;
        put<quint32>(flags, direction == Direction::FromDevice ? 1 : 2); // inbound / outbound
        option(epb, 2, flags);                                           // epb_flags
        endOfOptions(epb);
        if (auto ok = writeBlock(6, epb); !ok)
            return ok;
    }
    return {};
}

Result<void> CaptureWriter::writeBlock(quint32 type, const QByteArray &body)
{
    QByteArray block;
    block.reserve(body.size() + 12);
    const quint32 total = quint32(body.size() + 12);
    put<quint32>(block, type);
    put<quint32>(block, total);
    block.append(body);
    put<quint32>(block, total);
    if (m_file.write(block) != block.size())
        return Error(Error::Code::Io,
                     BackendText::tr("cannot write the capture %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

} // namespace mtvw::transport
