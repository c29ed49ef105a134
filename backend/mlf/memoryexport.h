#pragma once

#include "memorymap.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mtvw::mlf {

class MemoryTimeline;

// The memory map as JSON and CSV, shared by mtvw-cli (memory --json/--csv) and the workbench's
// exports. The JSON shape is documented in the README and kept stable: fields may be added,
// never renamed or removed.
class MemoryExport
{
public:
    // One module: {"module", "known", "totals", "code", "operators", "pools", "storage", "estimate", "budget"}.
    static QJsonObject moduleObject(const MemoryMap &map, const MemoryMap::Budget &budget);
    // {"source", "steps": [...], "segments": [...], "live_bytes": [...], "peak_bytes", "peak_step", "extent_bytes"}.
    static QJsonObject timelineObject(const MemoryTimeline &timeline);
    // All modules together: {"ram_bytes", "flash_bytes", "ram_known", "flash_known", …, "budget"}.
    static QJsonObject totalObject(const MemoryMap &total, const MemoryMap::Budget &budget);
    // The document: {"modules": [...], "fits": bool, "total": {...}}, indented, ending in a newline.
    static QByteArray document(const QList<QJsonObject> &modules, bool fits, const QJsonObject &total = {});

    // module,kind,name,bytes rows (one header line) for every module.
    static QString csv(const QList<MemoryMap> &maps);
};

} // namespace mtvw::mlf
