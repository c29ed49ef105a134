// The pcapng reader: any file, fed in pieces, gives chunks that each came from a complete block
// within the bytes fed, ends cleanly or with an error, and the same chunks however it is split.
#include "fuzzcheck.h"
#include "transport/capturereader.h"

#include <QByteArray>

#include <cstdint>

using namespace mtvw::transport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto read = [&bytes](qsizetype step) {
        CaptureReader r;
        QList<CaptureChunk> chunks;
        for (qsizetype at = 0; at < bytes.size(); at += step)
            if (!r.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)), chunks))
                break;
        static_cast<void>(r.finish());
        return chunks;
    };
    const QList<CaptureChunk> whole = read(std::max<qsizetype>(1, bytes.size()));
    const QList<CaptureChunk> split = read(size ? 1 + data[size - 1] % 29 : 1);
    fuzzCheck(whole.size() == split.size());
    for (int i = 0; i < whole.size(); ++i) {
        fuzzCheck(whole[i].bytes == split[i].bytes && whole[i].fileOffset == split[i].fileOffset);
        fuzzCheck(whole[i].fileOffset >= 0 && whole[i].fileOffset + whole[i].bytes.size() <= bytes.size());
    }
    return 0;
}
