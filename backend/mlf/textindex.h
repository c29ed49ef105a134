#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mtvw::mlf {

// Functions in Relay text (src/<mod>.relay, relay.txt) and TIR text (src/tir-<dev>.txt), by name
// and line range.
class TextIndex
{
public:
    struct Function
    {
        QString name;
        QString file;
        int startLine = 0; // 1-based
        int endLine = 0;
    };

    static QList<Function> relay(const QByteArray &text, const QString &file);
    static QList<Function> tir(const QByteArray &text, const QString &file);
};

} // namespace mtvw::mlf
