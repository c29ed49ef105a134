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
    }
    return QStringLiteral("unknown");
}

Error Error::prefixed(const QString &context) const
{
    return Error(m_code, context + QStringLiteral(": ") + m_message);
}

} // namespace mtvw
