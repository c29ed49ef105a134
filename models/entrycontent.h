#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mtvw::mlf {
class MlfArchive;
}

// An archive entry made ready for the viewer: its kind (which decides the highlighting), and its
// text: the file itself, JSON pretty-printed, or a hex dump for binary files. Loaded off the GUI
// thread.
class EntryContent
{
    Q_DECLARE_TR_FUNCTIONS(EntryContent)

public:
    enum class Kind { C, Tir, Relay, Json, Text, Hex };

    QString entry;
    Kind kind = Kind::Text;
    QByteArray text; // UTF-8
    qint64 entryBytes = 0;
    QString note; // e.g. "showing the first 1 MiB of 400 MiB", "pretty-printed"

    static constexpr qint64 kMaxTextBytes = 512LL * 1024 * 1024;
    static constexpr qint64 kMaxHexBytes = 1024 * 1024;
    static constexpr qint64 kMaxPrettyJsonBytes = 64LL * 1024 * 1024;

    static Kind kindFor(const QString &entry, const QByteArray &head);
    static bool isBinary(const QString &entry, const QByteArray &head);
    static QByteArray hexDump(const QByteArray &data, qint64 baseOffset = 0);
    static mtvw::Result<EntryContent> load(const mtvw::mlf::MlfArchive &archive, const QString &entry);
};
