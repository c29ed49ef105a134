#pragma once

#include <QtGlobal>

#include <limits>

namespace mtvw {

// Sums of sizes read from input: they saturate instead of wrapping (a wrapped sum could "fit").
inline qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

} // namespace mtvw
