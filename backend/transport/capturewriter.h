#pragma once

#include "core/direction.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace mtvw::transport {

// Writes every byte of one or more connections to a pcapng file as it arrives, so Wireshark,
// tshark and the workbench itself can open it (docs/capture-format.md): one interface per
// connection, link type 147 (LINKTYPE_USER0), microsecond timestamps, and one packet block per
// piece of bytes read or written, its direction in epb_flags (inbound: from the device,
// outbound: from the host). Each block goes to the file unbuffered as it is written, so a
// crash or kill -9 loses nothing already shown.
class CaptureWriter
{
public:
    static constexpr quint16 kLinkType = 147;
    static constexpr qsizetype kMaxChunk = 65536; // longer pieces are split

    CaptureWriter() = default;
    CaptureWriter(const CaptureWriter &) = delete;
    CaptureWriter &operator=(const CaptureWriter &) = delete;

    Result<void> open(const QString &path);
    // A connection, named as the user knows it ("serial /dev/ttyACM0 115200 8N1"); its id.
    Result<int> addInterface(const QString &name);
    Result<void> write(int interface, Direction direction, qint64 timeUs, QByteArrayView bytes);
    void close() { m_file.close(); }
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    static qint64 nowUs(); // the wall clock, as captures stamp it

private:
    Result<void> writeBlock(quint32 type, const QByteArray &body);
    QFile m_file;
    int m_interfaces = 0;
};

} // namespace mtvw::transport
