#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Byte counts as people read them, the one way every pane, report and message writes them: bytes
// with thousands separators in the user's locale up to 10 KiB, then KiB, MiB and GiB (1024-based,
// as their names say) with one decimal; signed changes with a real minus sign. Unknown figures
// (negative) read "—".
class ByteText
{
    Q_DECLARE_TR_FUNCTIONS(ByteText)

public:
    static QString size(qint64 bytes, const QLocale &locale = QLocale()); // "80 B", "9,999 B", "12.3 KiB", "7.8 MiB", "3.0 GiB"
    static QString exact(qint64 bytes);                                   // "12,345 bytes"
    // Where figures are compared and a rounded one could hide the difference: "7.4 MiB
    // (7,782,656 B)"; below 10 KiB the same as size().
    static QString sizeAndExact(qint64 bytes, const QLocale &locale = QLocale());
    static QString delta(qint64 bytes); // "+64 B", "−1.5 KiB", "0"
};
