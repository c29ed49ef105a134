#pragma once

#include <QString>

namespace mtvw {

// What went wrong, in words a user can act on. The message names the thing that was wrong
// (file, archive entry, JSON field, byte offset) and is already translated.
class Error
{
public:
    enum class Code {
        Io,            // the file system refused (missing file, permission)
        NotAnArchive,  // not a tar, gzip, zip or folder we can read
        Corrupt,       // a recognised format whose bytes are broken or truncated
        Unsafe,        // a hostile entry: traversal, absolute path, link, device
        LimitExceeded, // entry count, entry size or total size over the configured cap
        NotFound,      // a requested entry, module or function does not exist
        Malformed,     // JSON or binary content of the wrong shape or type
        Unsupported,   // recognised but not something we can read
        Cancelled,
        Process,  // a helper process did not start, crashed or exited
        Timeout,  // no answer within the time allowed
        Protocol, // a peer broke the protocol (bad reply, wrong id, line too long)
        Remote,   // a peer answered with an error of its own (name() says which)
    };

    Error() = default;
    Error(Code code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    QString codeName() const;

    // For Remote errors the peer's own error name (e.g. "IoTimeoutError"); empty otherwise.
    const QString &name() const { return m_name; }
    // Longer text kept for whoever wants it: a server's traceback, a process's last stderr lines.
    const QString &detail() const { return m_detail; }
    Error withName(QString name) const;
    Error withDetail(QString detail) const;

    // The same error with "context: " in front of the message.
    Error prefixed(const QString &context) const;

private:
    Code m_code = Code::Io;
    QString m_message;
    QString m_name;
    QString m_detail;
};

} // namespace mtvw
