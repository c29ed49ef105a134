#include "lineframer.h"

#include "core/tr.h"

namespace mtvw::projectapi {

LineFramer::LineFramer(qsizetype maxLineBytes, Overlong overlong)
    : m_max(std::max<qsizetype>(1, maxLineBytes))
    , m_overlong(overlong)
{}

Result<void> LineFramer::feed(QByteArrayView bytes)
{
    if (m_broken)
        return Error(Error::Code::LimitExceeded, BackendText::tr("the stream broke the line length limit earlier"));
    compact();
    m_buffer.append(bytes.data(), bytes.size());
    if (m_overlong == Overlong::Split)
        return {};
    // Fail as soon as the line in progress is too long, not only once its newline comes.
    qsizetype from = m_start;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', from + (from == m_start ? m_scanned : 0));
        const qsizetype end = newline < 0 ? m_buffer.size() : newline;
        if (end - from > m_max) {
            reset();
            m_broken = true;
            return Error(Error::Code::LimitExceeded, BackendText::tr("a line of over %1 bytes").arg(m_max));
        }
        if (newline < 0) {
            if (from == m_start)
                m_scanned = m_buffer.size() - m_start; // the next search starts past these bytes
            return {};
        }
        from = newline + 1;
    }
}

std::optional<QByteArray> LineFramer::takeLine()
{
    const qsizetype newline = m_buffer.indexOf('\n', m_start + m_scanned);
    qsizetype end = newline;
    qsizetype next = newline + 1;
    if (newline < 0) {
        m_scanned = m_buffer.size() - m_start;
        if (m_overlong != Overlong::Split || m_scanned <= m_max)
            return std::nullopt;
        end = m_start + m_max; // a log line too long: cut it here
        next = end;
    } else if (m_overlong == Overlong::Split && newline - m_start > m_max) {
        end = m_start + m_max;
        next = end;
    }
    QByteArray line = m_buffer.mid(m_start, end - m_start);
    m_start = next;
    m_scanned = 0;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray LineFramer::takeRest()
{
    QByteArray rest = m_buffer.mid(m_start);
    reset();
    return rest;
}

void LineFramer::reset()
{
    m_buffer.clear();
    m_start = 0;
    m_scanned = 0;
    m_broken = false;
}

void LineFramer::compact()
{
    // Handed-out bytes are dropped in one move once they are most of the buffer: each byte is
    // moved a bounded number of times, not once per line.
    if (m_start > 0 && m_start >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
}

} // namespace mtvw::projectapi
