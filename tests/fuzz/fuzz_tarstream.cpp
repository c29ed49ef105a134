// The tar header watch and the trailer size readers. Input: byte 0 picks the piece size the
// stream is fed in (1…256), the rest is the stream.
//   The watch: fed whole or in pieces, it reaches the same verdict, the same member count and
//   the same declared size; what it declares never goes negative; once it has refused, the
//   error is a limit.
//   The trailer readers: any bytes give a bound of -1 or more, for head and tail alike.
#include "fuzzcheck.h"
#include "mlf/expandedsize.h"
#include "mlf/tarstreamwatch.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>

using namespace mtvw::mlf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qint64 piece = 1 + data[0];
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    ArchiveLimits limits;
    limits.maxEntries = 50;
    limits.maxEntryBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;

    TarStreamWatch whole(limits);
    const auto wholeResult = whole.feed(stream.constData(), stream.size());
    TarStreamWatch pieces(limits);
    mtvw::Result<void> piecesResult;
    for (qint64 at = 0; at < stream.size() && piecesResult.ok(); at += piece)
        piecesResult = pieces.feed(stream.constData() + at, std::min<qint64>(piece, stream.size() - at));
    fuzzCheck(wholeResult.ok() == piecesResult.ok());
    fuzzCheck(whole.members() == pieces.members());
    fuzzCheck(whole.declaredBytes() == pieces.declaredBytes());
    fuzzCheck(whole.declaredBytes() >= 0);
    if (!wholeResult.ok())
        fuzzCheck(wholeResult.error().code() == mtvw::Error::Code::LimitExceeded);

    for (const char *filter : {"xz", "zstd", "gzip", "bzip2"})
        fuzzCheck(expandedSizeFromBytes(QString::fromLatin1(filter), stream, stream) >= -1);
    return 0;
}
