#pragma once

#include "core/direction.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

namespace mtvw::transport {

// One piece of bytes from a capture, as it was read from or written to the board.
struct CaptureChunk
{
    int interface = 0;
    Direction direction = Direction::FromDevice;
    bool directionKnown = true; // false: the block had no epb_flags direction (taken as from the device)
    qint64 timeUs = -1;         // microseconds since the epoch; -1: none (simple packet blocks)
    QByteArray bytes;
    qint64 fileOffset = 0; // where its block starts in the file
};

// Reads pcapng (either byte order) as a push parser: feed() the file in pieces of any size,
// chunks come out as each block completes; memory is one block at most. Blocks it does not use
// are skipped; a damaged block ends the parse with an error naming its offset; a file cut off
// inside its last block (a capture whose writer was killed) keeps everything before it and
// says so from finish().
class CaptureReader
{
public:
    static constexpr quint32 kMaxBlock = 32 * 1024 * 1024;
    struct Interface
    {
        quint16 linkType = 0;
        QString name;
        qint64 unitsPerSecond = 1000000;
    };

    Result<void> feed(QByteArrayView bytes, QList<CaptureChunk> &chunks);
    // The end of the file: an error when it stopped inside a block (the chunks before it stand).
    Result<void> finish() const;

    const QList<Interface> &interfaces() const { return m_interfaces; }
    qint64 position() const { return m_position; }

    // The whole file through the parser, 1 MiB at a time; sink sees each chunk. The error, if
    // any, says where the file broke off; what came before it was delivered.
    static Result<void> readFile(const QString &path, const std::function<void(const CaptureChunk &)> &sink,
                                 CaptureReader *reader = nullptr);
    // Whether these are the first bytes of a pcapng file.
    static bool isPcapng(QByteArrayView head);

private:
    Result<void> block(quint32 type, QByteArrayView body, QList<CaptureChunk> &chunks);
    quint32 u32(const char *p) const;
    quint16 u16(const char *p) const;

    QByteArray m_buffer;       // the block being read
    quint32 m_blockLength = 0; // its length, once its header is in
    qint64 m_blockOffset = 0;  // where it starts in the file
    qint64 m_position = 0;     // bytes fed so far
    bool m_bigEndian = false;
    bool m_sawSection = false;
    QList<Interface> m_interfaces;
};

} // namespace mtvw::transport
