#pragma once

#include "core/result.h"

#include <QByteArray>

namespace mtvw::projectapi {

// The base85 of the Project API's transport calls: RFC 1924's alphabet, big-endian groups of
// four bytes, the last group shortened (Python's base64.b85encode / b85decode).
class Base85
{
public:
    static QByteArray encode(const QByteArray &bytes);
    static Result<QByteArray> decode(const QByteArray &text);
};

} // namespace mtvw::projectapi
