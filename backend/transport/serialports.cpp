#include "serialports.h"

#include "mlf/boardcatalogue.h"

#include <QSerialPortInfo>

namespace mtvw::transport {

QString SerialPortEntry::usbId() const
{
    if (vendorId < 0 || productId < 0)
        return {};
    return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
}

QList<SerialPortEntry> SerialPortEntry::list(const mlf::BoardCatalogue &boards)
{
    QList<SerialPortEntry> out;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        SerialPortEntry e;
        e.path = info.systemLocation();
        e.description = info.description();
        e.manufacturer = info.manufacturer();
        e.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier() && info.hasProductIdentifier()) {
            e.vendorId = info.vendorIdentifier();
            e.productId = info.productIdentifier();
            for (const auto *b : boards.boardsForUsb(info.vendorIdentifier(), info.productIdentifier()))
                e.boards << b->name;
        }
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const SerialPortEntry &a, const SerialPortEntry &b) { return a.path < b.path; });
    return out;
}

} // namespace mtvw::transport
