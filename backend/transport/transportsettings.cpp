#include "transportsettings.h"

namespace mtvw::transport {

QString TransportSettings::describe() const
{
    switch (kind) {
    case Kind::Serial:
        return QStringLiteral("serial %1 %2 %3%4%5")
            .arg(port)
            .arg(baud)
            .arg(dataBits)
            .arg(QChar::fromLatin1(parity))
            .arg(stopBits == 3 ? QStringLiteral("1.5") : QString::number(stopBits));
    case Kind::Subprocess: return QStringLiteral("program %1").arg((QStringList{program} + arguments).join(QLatin1Char(' ')));
    case Kind::Replay: return QStringLiteral("replay %1").arg(file);
    }
    return {};
}

} // namespace mtvw::transport
