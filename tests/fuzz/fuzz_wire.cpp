// The wire decoder (framing, session and RPC on both directions): any bytes, split between the
// two directions by the first byte, decode without failing into records that lie within what
// each direction was fed, with bounded text lines.
#include "fuzzcheck.h"
#include "micro/wiredecoder.h"

#include <QByteArray>

#include <cstdint>

using namespace mtvw::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    WireDecoder decoder(1 << 16);
    QList<WireRecord> out;
    qint64 fed[2] = {0, 0};
    const qsizetype step = 1 + data[0] % 17;
    for (qsizetype at = 0, k = 0; at < bytes.size(); at += step, ++k) {
        const bool host = (data[0] >> (k % 8)) & 1;
        const QByteArrayView piece = QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at));
        decoder.feed(host ? Direction::FromHost : Direction::FromDevice, piece, k, out);
        fed[host] += piece.size();
    }
    decoder.finish(out);
    for (const WireRecord &r : out) {
        const qint64 limit = fed[r.direction == Direction::FromHost];
        fuzzCheck(r.begin >= 0 && r.end >= r.begin && r.end <= limit);
        if (r.layer == WireRecord::Layer::Text)
            fuzzCheck(r.end - r.begin <= WireDecoder::kMaxTextLine);
        fuzzCheck(r.summary.size() < 100000);
    }
    return 0;
}
