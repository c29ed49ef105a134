// The RPC packet decoder: any packet, as a request or a reply, decodes without failing into a
// bounded record; the function names it learns stay under their cap.
#include "fuzzcheck.h"
#include "micro/rpcdecoder.h"

#include <QByteArray>

#include <cstdint>

using namespace mtvw::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RpcDecoder decoder;
    // The input as a run of packets, each prefixed by a length byte; odd ones are replies.
    for (size_t at = 0, k = 0; at < size; ++k) {
        const size_t n = std::min<size_t>(data[at], size - at - 1);
        const QByteArray packet(reinterpret_cast<const char *>(data + at + 1), qsizetype(n));
        const RpcRecord r = decoder.decode(packet, k % 2 == 0);
        fuzzCheck(!r.codeName.isEmpty());
        fuzzCheck(r.lines.size() <= RpcDecoder::kMaxArgs);
        fuzzCheck(r.summary.size() < 1 << 20);
        at += n + 1;
    }
    fuzzCheck(decoder.names().size() <= RpcDecoder::kMaxNames);
    return 0;
}
