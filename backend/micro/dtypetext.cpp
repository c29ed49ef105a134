#include "dtypetext.h"

namespace mtvw::micro {

QString dtypeText(quint8 code, quint8 bits, quint16 lanes)
{
    static const char *const names[] = {"int", "uint", "float", "handle", "bfloat"};
    QString t = code < 5 ? QString::fromLatin1(names[code]) : QStringLiteral("type%1_").arg(code);
    t += QString::number(bits);
    if (lanes != 1)
        t += QLatin1Char('x') + QString::number(lanes);
    return t;
}

} // namespace mtvw::micro
