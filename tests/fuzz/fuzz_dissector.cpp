// The wire dissector (framing, session and RPC fields with byte ranges): any bytes, taken as
// one message as on the wire, dissect without failing into a bounded tree whose every field
// lies within the bytes and within its parent; a byte leads to a field that holds it.
#include "fuzzcheck.h"
#include "micro/wiredissector.h"

#include <QByteArray>

#include <cstdint>

using namespace mtvw::micro;

namespace {

void check(const QList<WireField> &fields, qint64 begin, qint64 end)
{
    for (const WireField &f : fields) {
        fuzzCheck(f.begin >= begin && f.begin <= f.end && f.end <= end);
        fuzzCheck(f.value.size() < 100000 && f.label.size() < 1000);
        check(f.children, f.begin, f.end);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    // Some handles with names, as a session would have learnt them.
    const QHash<quint64, QString> names{{0x80028000, QStringLiteral("runtime.SystemLib")},
                                        {0x8000, QStringLiteral("system library")}};
    const QList<WireField> roots = WireDissector::dissect(raw, names);
    fuzzCheck(!roots.isEmpty());
    fuzzCheck(WireDissector::count(roots) <= WireDissector::kMaxFields + 16);
    check(roots, 0, raw.size());
    for (qint64 offset : {qint64(0), qint64(raw.size() / 2), qint64(raw.size()) - 1}) {
        if (offset < 0)
            continue;
        const WireField *f = WireDissector::field(roots, WireDissector::fieldAt(roots, offset));
        fuzzCheck(!f || (f->begin <= offset && offset < f->end));
    }
    bool ok = false;
    const QByteArray payload = WireDissector::payload(raw, &ok);
    fuzzCheck(payload.size() <= raw.size());
    return 0;
}
