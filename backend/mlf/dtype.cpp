#include "dtype.h"

#include <QRegularExpression>

namespace mtvw::mlf {

bool DType::parse(const QString &text, DType *out)
{
    if (text == QLatin1String("bool")) {
        *out = {UInt, 1, 1};
        return true;
    }
    static const QRegularExpression re(QStringLiteral("^(int|uint|float|bfloat|handle|complex)(\\d+)(?:x(\\d+))?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString kind = m.captured(1);
    DType d;
    d.code = kind == QLatin1String("int")      ? Int
             : kind == QLatin1String("uint")   ? UInt
             : kind == QLatin1String("float")  ? Float
             : kind == QLatin1String("bfloat") ? BFloat
             : kind == QLatin1String("handle") ? Handle
                                               : Complex;
    d.bits = m.captured(2).toInt();
    d.lanes = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    if (d.bits <= 0 || d.bits > 1024 || d.lanes <= 0 || d.lanes > 65535)
        return false;
    *out = d;
    return true;
}

QString DType::name() const
{
    if (code == UInt && bits == 1 && lanes == 1)
        return QStringLiteral("bool");
    static const char *const names[] = {"int", "uint", "float", "handle", "bfloat", "complex"};
    const QString base = (code >= 0 && code <= 5) ? QString::fromLatin1(names[code]) : QStringLiteral("code%1_").arg(code);
    QString s = base + QString::number(bits);
    if (lanes != 1)
        s += QLatin1Char('x') + QString::number(lanes);
    return s;
}

qint64 DType::bytesFor(qint64 elements) const
{
    return (elements * bits * lanes + 7) / 8;
}

} // namespace mtvw::mlf
