#pragma once

#include <QCoreApplication>
#include <QString>

// Byte counts as people read them: thousands separators in the user's locale, KiB from 10 KiB on and
// MiB from 1 MiB on, and signed changes with a real minus sign. Unknown figures (negative) read "—".
class ByteText
{
    Q_DECLARE_TR_FUNCTIONS(ByteText)

public:
    static QString size(qint64 bytes);  // "80 B", "9,999 B", "12.3 KiB", "7.81 MiB"
    static QString exact(qint64 bytes); // "12,345 bytes"
    static QString delta(qint64 bytes); // "+64 B", "−1.5 KiB", "0"
};
