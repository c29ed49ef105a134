#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace mtvw::projectapi {

// Splits a byte stream into '\n'-terminated lines, whatever the chunks it arrives in. Each byte is
// looked at once (the search for the next newline resumes where the last one stopped), and a
// line may not grow past a cap: over it, the framer either fails (a JSON-RPC reply) or cuts the
// line there (a log line).
class LineFramer
{
public:
    enum class Overlong { Fail, Split };

    explicit LineFramer(qsizetype maxLineBytes, Overlong overlong = Overlong::Fail);

    // Appends bytes. Fails (LimitExceeded) when the line being assembled has grown over the cap
    // with Overlong::Fail; the framer then holds nothing until reset().
    Result<void> feed(QByteArrayView bytes);
    // The next complete line without its '\n' (a '\r' before it is removed), or nothing yet.
    std::optional<QByteArray> takeLine();
    // Whatever is left without a newline (the last line of a stream that ended), and resets.
    QByteArray takeRest();
    qsizetype pendingBytes() const { return m_buffer.size() - m_start; }
    qsizetype maxLineBytes() const { return m_max; }
    void reset();

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_start = 0;   // the first byte not yet handed out
    qsizetype m_scanned = 0; // bytes from m_start already known to hold no newline
    qsizetype m_max;
    Overlong m_overlong;
    bool m_broken = false;
};

} // namespace mtvw::projectapi
