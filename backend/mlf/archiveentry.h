#pragma once

#include <QString>

namespace mtvw::mlf {

// One regular file inside an archive. Paths are normalised: no "./" prefix, no empty or "."
// components, '/' separated.
struct ArchiveEntry
{
    QString path;
    qint64 size = 0;
    qint64 dataOffset = -1; // byte offset of the content in the backing file, when directly readable
    qint64 mtime = 0;       // seconds since the epoch
    qint64 ordinal = 0;     // position among the archive's headers, for streamed reads
};

} // namespace mtvw::mlf
