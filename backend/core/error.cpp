#include "error.h"

namespace mtvw {

QString Error::codeName() const
{
    switch (m_code) {
    case Code::Io: return QStringLiteral("io");
    case Code::NotAnArchive: return QStringLiteral("not-an-archive");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Unsafe: return QStringLiteral("unsafe");
    case Code::LimitExceeded: return QStringLiteral("limit-exceeded");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::Malformed: return QStringLiteral("malformed");
    case Code::Unsupported: return QStringLiteral("unsupported");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::Process: return QStringLiteral("process");
    case Code::Timeout: return QStringLiteral("timeout");
    case Code::Protocol: return QStringLiteral("protocol");
    case Code::Remote: return QStringLiteral("remote");
    }
    return QStringLiteral("unknown");
}

Error Error::prefixed(const QString &context) const
{
    Error e = *this;
    e.m_message = context + QStringLiteral(": ") + m_message;
    return e;
}

Error Error::withName(QString name) const
{
    Error e = *this;
    e.m_name = std::move(name);
    return e;
}

Error Error::withDetail(QString detail) const
{
    Error e = *this;
    e.m_detail = std::move(detail);
    return e;
}

} // namespace mtvw
