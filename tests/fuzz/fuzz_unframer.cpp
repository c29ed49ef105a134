// The unframer: any bytes, in pieces of any size, give events that tile the stream in order
// (each within what was fed, none overlapping), payloads no longer than the limit, and the same
// events whether fed whole or split; a framed payload comes back unchanged.
#include "fuzzcheck.h"
#include "micro/framer.h"
#include "micro/unframer.h"

#include <QByteArray>

#include <cstdint>

using namespace mtvw::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qint64 kMax = 4096;
    Unframer whole(kMax), split(kMax);
    QList<FrameEvent> a, b;
    whole.feed(bytes, a);
    whole.finish(a);
    const qsizetype step = size ? 1 + data[0] % 13 : 1;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        split.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)), b);
    split.finish(b);
    qint64 last = 0;
    for (const FrameEvent &e : a) {
        fuzzCheck(e.begin >= last && e.end >= e.begin && e.end <= bytes.size());
        fuzzCheck(e.payload.size() <= kMax);
        if (e.kind == FrameEvent::Kind::Skipped)
            fuzzCheck(e.skipped == bytes.mid(e.begin, e.end - e.begin));
        last = e.kind == FrameEvent::Kind::Error && e.error == FrameEvent::Error::ShortPacket ? e.end : e.end;
    }
    // Skipped text may be cut into pieces differently; the packets and errors are the same.
    auto framed = [](const QList<FrameEvent> &events) {
        QList<QByteArray> out;
        for (const FrameEvent &e : events)
            if (e.kind != FrameEvent::Kind::Skipped)
                out << QByteArray::number(e.begin) + ':' + QByteArray::number(e.end) + ':' + QByteArray::number(int(e.error)) +
                           ':' + QByteArray::number(e.crcOk) + ':' + e.payload;
        return out;
    };
    fuzzCheck(framed(a) == framed(b));
    // Round trip: the input as a payload.
    Framer f;
    Unframer back(1 << 20);
    QList<FrameEvent> r;
    back.feed(f.frame(bytes.left(1 << 16)), r);
    fuzzCheck(r.size() == 1 && r[0].kind == FrameEvent::Kind::Packet && r[0].crcOk && r[0].payload == bytes.left(1 << 16));
    return 0;
}
