#pragma once

#include <QByteArray>
#include <QString>

namespace mtvw::mlf {

// What a compressed file's own headers or trailers say its content expands to, as a lower
// bound (-1 when they say nothing): the xz index of the last stream (its footer checked by its
// CRC), the content size in the first zstd frame. A bound that lies is harmless: the
// decompressor checks these fields itself and fails on a mismatch. gzip's ISIZE is not used:
// in a file cut short, the last four bytes are whatever was there.
qint64 expandedSizeLowerBound(const QString &filter, const QString &file);

// The same, from the file's first bytes (zstd) or last bytes (gzip, xz); exposed for tests and
// the fuzzer.
qint64 expandedSizeFromBytes(const QString &filter, const QByteArray &head, const QByteArray &tail);

} // namespace mtvw::mlf
