#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mtvw::mlf {
class BoardCatalogue;
}

namespace mtvw::transport {

// The serial ports this machine has, with what identifies each device and the boards of the
// stock templates whose USB VID:PID it carries.
struct SerialPortEntry
{
    QString path; // /dev/ttyACM0
    QString description, manufacturer, serialNumber;
    int vendorId = -1, productId = -1; // -1: not a USB device
    QStringList boards;                // board names from the catalogue

    QString usbId() const; // "0483:374b", or empty
    static QList<SerialPortEntry> list(const mtvw::mlf::BoardCatalogue &boards);
};

} // namespace mtvw::transport
