#pragma once

#include "mlf/archivediff.h"
#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"

#include <QCoreApplication>
#include <QString>

// The human-readable output of mtvw-cli.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    static QString inspect(const mtvw::mlf::MlfArchive &mlf);
    static QString memory(const mtvw::mlf::MemoryMap &map, const mtvw::mlf::MemoryMap::Budget &budget);
    static QString memoryTotal(const mtvw::mlf::MemoryMap &total, const mtvw::mlf::MemoryMap::Budget &budget);
    static QString params(const mtvw::mlf::MlfArchive::Module &module);
    static QString graph(const mtvw::mlf::MlfArchive::Module &module);
    static QString diff(const mtvw::mlf::ArchiveDiff &diff);
    static QString bytes(qint64 n);
    static QString versionMeaning(int version);
};
