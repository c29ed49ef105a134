// The line framer, in both overlong modes. Input: byte 0 sets the cap (1…64), byte 1 how many
// chunk sizes follow (0…7; 0: the stream in one piece), then those sizes (0…31 each, used in
// turn), then the stream itself.
//   Split: no line exceeds the cap; nothing is invented (bytes out <= bytes in); and when the
//   stream holds no '\r', the lines (each with its '\n' where the stream had one) and takeRest()
//   give back the stream exactly.
//   Fail: the lines taken before a failure respect the cap; once feed() fails, every later feed
//   fails and nothing is handed out, until reset().
#include "fuzzcheck.h"
#include "projectapi/lineframer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace {

using mtvw::projectapi::LineFramer;

// The stream cut by `sizes`, used in turn; a size 0 is an empty feed. No sizes, or only zeros:
// those empty feeds, then the stream in one piece.
QList<QByteArrayView> chunks(QByteArrayView stream, const QList<qsizetype> &sizes)
{
    QList<QByteArrayView> out;
    if (std::all_of(sizes.begin(), sizes.end(), [](qsizetype n) { return n == 0; })) {
        for (qsizetype i = 0; i < sizes.size(); ++i)
            out << QByteArrayView();
        out << stream;
        return out;
    }
    qsizetype at = 0;
    for (qsizetype k = 0; at < stream.size(); ++k) {
        const qsizetype n = std::min(sizes[k % sizes.size()], stream.size() - at);
        out << stream.sliced(at, n);
        at += n;
    }
    return out;
}

void split(QByteArrayView stream, const QList<QByteArrayView> &pieces, qsizetype cap)
{
    LineFramer framer(cap, LineFramer::Overlong::Split);
    const QByteArray bytes = stream.toByteArray();
    const bool exact = !bytes.contains('\r');
    QByteArray rebuilt;
    qsizetype bytesOut = 0;
    for (QByteArrayView piece : pieces) {
        fuzzCheck(framer.feed(piece).ok()); // Split never fails
        while (auto line = framer.takeLine()) {
            fuzzCheck(line->size() <= cap);
            bytesOut += line->size();
            if (!exact)
                continue;
            rebuilt += *line;
            // A line handed out whole had its '\n' right after it; a line cut at the cap never
            // has one there (else it would have been whole).
            if (rebuilt.size() < bytes.size() && bytes.at(rebuilt.size()) == '\n')
                rebuilt += '\n';
            fuzzCheck(rebuilt == bytes.left(rebuilt.size()));
        }
        fuzzCheck(framer.pendingBytes() <= cap); // what waits for its newline is under the cap
    }
    const QByteArray rest = framer.takeRest();
    fuzzCheck(rest.size() <= cap);
    fuzzCheck(framer.pendingBytes() == 0);
    bytesOut += rest.size();
    fuzzCheck(bytesOut <= bytes.size());
    if (exact)
        fuzzCheck(rebuilt + rest == bytes);
}

void fail(const QList<QByteArrayView> &pieces, qsizetype cap)
{
    LineFramer framer(cap, LineFramer::Overlong::Fail);
    bool broken = false;
    for (QByteArrayView piece : pieces) {
        const auto fed = framer.feed(piece);
        if (broken) {
            fuzzCheck(!fed.ok());
        } else if (!fed.ok()) {
            fuzzCheck(fed.error().code() == mtvw::Error::Code::LimitExceeded);
            broken = true;
        }
        if (broken) {
            fuzzCheck(framer.pendingBytes() == 0);
            fuzzCheck(!framer.takeLine().has_value());
            continue;
        }
        while (auto line = framer.takeLine())
            fuzzCheck(line->size() <= cap);
        fuzzCheck(framer.pendingBytes() <= cap);
    }
    if (broken)
        fuzzCheck(!framer.feed(QByteArrayView("\n", 1)).ok());
    framer.reset();
    fuzzCheck(framer.feed(QByteArrayView("\n", 1)).ok());
    const auto line = framer.takeLine();
    fuzzCheck(line.has_value() && line->isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype cap = 1 + data[0] % 64;
    const size_t count = data[1] % 8;
    if (size < 2 + count)
        return 0;
    QList<qsizetype> sizes;
    for (size_t i = 0; i < count; ++i)
        sizes << qsizetype(data[2 + i] % 32);
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 2 + count), qsizetype(size - 2 - count));
    const QList<QByteArrayView> pieces = chunks(stream, sizes);
    split(stream, pieces, cap);
    fail(pieces, cap);
    return 0;
}
