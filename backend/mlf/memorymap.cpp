#include "memorymap.h"

#include "core/tr.h"

namespace mtvw::mlf {

MemoryMap MemoryMap::compute(const MlfArchive &archive, const MlfArchive::Module &m)
{
    MemoryMap map;
    map.module = m.name;
    map.executors = m.meta.executors;
    map.known = archive.hasMetadata();
    map.workspaceBytes = m.meta.workspaceBytes();
    map.ioBytes = m.meta.ioBytes();
    map.constantsBytes = m.meta.constantsBytes();
    map.paramsBytes = m.params ? m.params->totalDataBytes() : 0;
    for (const QString &s : m.sources) {
        const qint64 bytes = archive.archive().find(s)->size;
        map.code << CodeFile{s, bytes, false};
        map.sourceBytes += bytes;
    }
    for (const QString &o : m.objects) {
        const qint64 bytes = archive.archive().find(o)->size;
        map.code << CodeFile{o, bytes, true};
        map.objectBytes += bytes;
    }
    for (const Metadata::OperatorMemory &op : m.meta.operators)
        map.operators << OperatorWorkspace{op.functionName, op.workspaceBytes()};
    for (const Metadata::OperatorFunction &fn : m.meta.operatorFunctions) {
        qint64 bytes = 0;
        for (const Metadata::Tensor &t : fn.params)
            bytes += t.sizeBytes;
        map.operators << OperatorWorkspace{fn.name, bytes};
    }
    std::stable_sort(map.operators.begin(), map.operators.end(),
                     [](const OperatorWorkspace &a, const OperatorWorkspace &b) { return a.bytes > b.bytes; });
    if (m.header) {
        map.pools = m.header->pools;
        map.headerWorkspaceBytes = m.header->workspaceBytes;
    }
    for (const Metadata::Storage &s : m.meta.sids) {
        map.storage << Storage{s.storageId, s.sizeBytes, s.inputBinding};
        map.storageBytes += s.sizeBytes;
    }
    if (!m.meta.hasSids && m.graph) {
        for (auto it = m.graph->storageBytes.constBegin(); it != m.graph->storageBytes.constEnd(); ++it) {
            map.storage << Storage{it.key(), it.value(), {}};
            map.storageBytes += it.value();
        }
    }

    // RAM: the graph executor allocates every storage id (inputs, parameters, intermediates,
    // outputs) plus the operators' workspace; AOT needs its workspace and the I/O buffers.
    // Flash: the parameters blob, the constants kept by the executor (AOT) and object code.
    const bool graph = m.meta.isGraph() || (!m.meta.isAot() && m.graph);
    qint64 pooled = 0;
    for (const InterfaceHeader::Pool &p : map.pools)
        if (p.kind == QLatin1String("workspace") && p.sizeBytes > 0)
            pooled += p.sizeBytes;
    if (graph && !map.storage.isEmpty()) {
        map.ramBytes = map.storageBytes + map.workspaceBytes;
        map.ramFormula = mtvw::BackendText::tr("storage ids + workspace");
    } else if (pooled > 0) {
        map.ramBytes = std::max(pooled, map.workspaceBytes) + (m.header && m.header->ioInPools ? 0 : map.ioBytes);
        map.ramFormula = mtvw::BackendText::tr("workspace pools + io");
    } else {
        map.ramBytes = map.workspaceBytes + map.ioBytes + (graph ? map.constantsBytes : 0);
        map.ramFormula = graph ? mtvw::BackendText::tr("workspace + io + constants") : mtvw::BackendText::tr("workspace + io");
    }
    // AOT links its constants into the C code and never loads the .params file; the graph
    // executor loads the .params blob.
    map.flashBytes = (graph ? map.paramsBytes : map.constantsBytes) + map.objectBytes;
    map.flashFormula = graph ? mtvw::BackendText::tr("params + object code (C code not compiled yet: not counted)")
                             : mtvw::BackendText::tr("constants + object code (C code not compiled yet: not counted)");
    return map;
}

MemoryMap::Fit MemoryMap::check(const Budget &budget) const
{
    Fit fit;
    if (budget.ramBytes >= 0) {
        fit.ramChecked = true;
        fit.ramHeadroom = budget.ramBytes - ramBytes;
        fit.ramFits = fit.ramHeadroom >= 0;
    }
    if (budget.flashBytes >= 0) {
        fit.flashChecked = true;
        fit.flashHeadroom = budget.flashBytes - flashBytes;
        fit.flashFits = fit.flashHeadroom >= 0;
    }
    return fit;
}

} // namespace mtvw::mlf
