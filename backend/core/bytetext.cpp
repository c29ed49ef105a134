#include "bytetext.h"

#include <QLocale>

#include <cstdlib>

namespace {
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;
constexpr qint64 kGiB = 1024 * kMiB;
constexpr qint64 kScaleFrom = 10 * kKiB;
} // namespace

QString ByteText::size(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return QStringLiteral("—");
    if (bytes < kScaleFrom)
        return tr("%1 B").arg(locale.toString(bytes));
    // A value that rounds to 1024.0 of a unit is written in the next one ("1.0 MiB").
    const auto below = [bytes](qint64 unit) { return double(bytes) / double(unit) < 1023.95; };
    if (below(kKiB))
        return tr("%1 KiB").arg(locale.toString(double(bytes) / kKiB, 'f', 1));
    if (below(kMiB))
        return tr("%1 MiB").arg(locale.toString(double(bytes) / kMiB, 'f', 1));
    return tr("%1 GiB").arg(locale.toString(double(bytes) / kGiB, 'f', 1));
}

QString ByteText::sizeAndExact(qint64 bytes, const QLocale &locale)
{
    if (bytes < kScaleFrom)
        return size(bytes, locale);
    return tr("%1 (%2 B)").arg(size(bytes, locale), locale.toString(bytes));
}

QString ByteText::exact(qint64 bytes)
{
    if (bytes < 0)
        return tr("unknown");
    return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(QLocale().toString(bytes));
}

QString ByteText::delta(qint64 bytes)
{
    if (bytes == 0)
        return QStringLiteral("0");
    const QString magnitude = size(std::llabs(bytes));
    return (bytes > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}
