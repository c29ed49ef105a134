#include "memorymap.h"

#include "codefacts.h"
#include "core/bytetext.h"
#include "core/checkedmath.h"
#include "core/tr.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace mtvw::mlf {

namespace {

using Tensor = AotActivations::Tensor;
using Role = AotActivations::Role;

QString bytesText(qint64 bytes)
{
    return ByteText::sizeAndExact(bytes);
}

// "2, 5, 8, … (50 of 62)"
QString idList(const QList<qint64> &ids, qsizetype of)
{
    QStringList shown;
    for (qsizetype i = 0; i < ids.size() && i < 8; ++i)
        shown << QString::number(ids[i]);
    QString text = shown.join(QStringLiteral(", "));
    if (ids.size() > 8)
        text += QStringLiteral(", …");
    return mtvw::BackendText::tr("%1 (%2 of %3)").arg(text).arg(ids.size()).arg(of);
}

void readStorage(MemoryMap &map, const MlfArchive::Module &m, const CodeFacts &facts)
{
    QHash<qint64, const Metadata::Storage *> claims;
    for (const Metadata::Storage &s : m.meta.sids)
        claims.insert(s.storageId, &s);
    QHash<qint64, QString> bindings; // storage id -> argument node name, from the graph
    if (m.graph) {
        for (const Graph::Node &n : m.graph->nodes) {
            if (n.isOperator())
                continue;
            if (const Graph::Entry *e = m.graph->entry({n.id, 0}); e && e->storageId >= 0 && !bindings.contains(e->storageId))
                bindings.insert(e->storageId, n.name);
        }
    }
    bool linkedByName = false;
    for (const CodeArrays::Array &a : facts.arrays)
        linkedByName = linkedByName || a.kind == CodeArrays::Kind::LinkedParam;
    auto linked = [&](qint64 sid, const QString &binding) {
        if (!facts.linkedStorage.isEmpty())
            return facts.linkedStorage.contains(sid);
        // No lookup table: a parameter is linked when its array is in the code.
        return linkedByName && !binding.isEmpty() && facts.array(QStringLiteral("__tvm_param__") + binding) != nullptr;
    };

    QList<qint64> differing;
    if (m.graph) {
        map.sources.insert(QStringLiteral("storage"), MemoryMap::Source::Graph);
        for (auto it = m.graph->storageBytes.constBegin(); it != m.graph->storageBytes.constEnd(); ++it) {
            MemoryMap::Storage s;
            s.storageId = it.key();
            s.bytes = it.value();
            const Metadata::Storage *claim = claims.value(s.storageId);
            s.claimedBytes = claim ? claim->sizeBytes : -1;
            s.binding = claim && !claim->inputBinding.isEmpty() ? claim->inputBinding : bindings.value(s.storageId);
            s.linked = linked(s.storageId, s.binding);
            if (claim && claim->sizeBytes != s.bytes)
                differing << s.storageId;
            map.storage << s;
        }
        if (!claims.isEmpty() && !differing.isEmpty())
            map.warnings << mtvw::BackendText::tr(
                                "metadata.json's memory.sids gives other sizes than the graph JSON for storage ids %1: TVM's "
                                "exporter sizes storage id N by the shape of graph entry N instead of by the entries stored "
                                "in it. The graph's sizes (the largest entry in each id) are used: %2 in all, against the "
                                "metadata's %3.")
                                .arg(idList(differing, map.storage.size()))
                                .arg(bytesText(std::accumulate(
                                    map.storage.cbegin(), map.storage.cend(), qint64(0),
                                    [](qint64 s, const MemoryMap::Storage &x) { return saturatingAdd(s, x.bytes); })))
                                .arg(bytesText(std::accumulate(
                                    m.meta.sids.cbegin(), m.meta.sids.cend(), qint64(0),
                                    [](qint64 s, const Metadata::Storage &x) { return saturatingAdd(s, x.sizeBytes); })));
    } else if (m.meta.hasSids) {
        map.sources.insert(QStringLiteral("storage"), MemoryMap::Source::Metadata);
        for (const Metadata::Storage &c : m.meta.sids) {
            MemoryMap::Storage s{c.storageId, c.sizeBytes, c.sizeBytes, c.inputBinding, false};
            s.linked = linked(s.storageId, s.binding);
            map.storage << s;
        }
    }
    for (const MemoryMap::Storage &s : std::as_const(map.storage)) {
        map.storageBytes = saturatingAdd(map.storageBytes, std::max<qint64>(0, s.bytes));
        if (s.linked)
            map.linkedStorageBytes = saturatingAdd(map.linkedStorageBytes, s.bytes);
    }
}

// Graph executor: every storage id not linked is allocated for the whole run; each operator's
// workspace while it runs.
void graphActivations(MemoryMap &map, const MlfArchive::Module &m, const QHash<QString, qint64> &workspace)
{
    if (!m.graph)
        return;
    QHash<qint64, int> firstUse, lastUse;
    QList<int> steps;
    for (const Graph::Node &n : m.graph->nodes) {
        if (!n.isOperator())
            continue;
        const int step = int(map.calls.size());
        map.calls << n.funcName;
        auto use = [&](qint64 sid) {
            if (!firstUse.contains(sid))
                firstUse.insert(sid, step);
            lastUse.insert(sid, step);
        };
        for (const Graph::EntryRef &ref : n.inputs)
            if (const Graph::Entry *e = m.graph->entry(ref); e && e->storageId >= 0)
                use(e->storageId);
        for (int k = 0; k < n.numOutputs; ++k)
            if (const Graph::Entry *e = m.graph->entry({n.id, k}); e && e->storageId >= 0)
                use(e->storageId);
    }
    if (map.calls.isEmpty())
        return;
    const int last = int(map.calls.size()) - 1;
    qint64 held = 0;
    for (const MemoryMap::Storage &s : std::as_const(map.storage)) {
        if (s.linked)
            continue;
        Tensor t;
        t.name = s.binding.isEmpty() ? mtvw::BackendText::tr("storage id %1").arg(s.storageId)
                                     : mtvw::BackendText::tr("storage id %1 (%2)").arg(s.storageId).arg(s.binding);
        t.pool = QStringLiteral("storage");
        t.role = s.binding.isEmpty() ? Role::Intermediate : Role::Input;
        t.bytes = s.bytes;
        t.exact = true;
        t.firstCall = firstUse.value(s.storageId, -1);
        t.lastCall = lastUse.value(s.storageId, -1);
        t.liveFrom = 0;
        t.liveTo = last;
        map.activations << t;
        held = saturatingAdd(held, s.bytes);
    }
    for (int call = 0; call <= last; ++call) {
        const qint64 ws = workspace.value(map.calls[call], 0);
        if (ws > 0) {
            Tensor t;
            t.name = map.calls[call] + QStringLiteral(":workspace");
            t.function = map.calls[call];
            t.pool = QLatin1String(AotActivations::kAllocatorPool);
            t.role = Role::Scratch;
            t.bytes = ws;
            t.exact = true;
            t.firstCall = t.lastCall = t.liveFrom = t.liveTo = call;
            map.activations << t;
        }
        const qint64 now = saturatingAdd(held, std::max<qint64>(0, ws));
        map.heldBytes << now;
        if (map.peakCall < 0 || now > map.peakBytes) {
            map.peakBytes = now;
            map.peakCall = call;
        }
    }
}

} // namespace

QString MemoryMap::sourceKey(Source source)
{
    switch (source) {
    case Source::Metadata: return QStringLiteral("metadata");
    case Source::Graph: return QStringLiteral("graph");
    case Source::Header: return QStringLiteral("header");
    case Source::Code: return QStringLiteral("code");
    case Source::ParamsFile: return QStringLiteral("params");
    case Source::Unknown: break;
    }
    return {};
}

MemoryMap MemoryMap::compute(const MlfArchive &archive, const MlfArchive::Module &m)
{
    MemoryMap map;
    map.module = m.name;
    map.executors = m.meta.executors;
    const std::shared_ptr<const CodeFacts> facts = archive.codeFacts(m);
    const bool hasMain = archive.hasMetadata() && !m.meta.main.isEmpty();
    const bool graph = m.meta.isGraph() || (!m.meta.isAot() && m.graph);

    for (const QString &s : m.sources) {
        const qint64 bytes = archive.archive().find(s)->size;
        map.code << CodeFile{s, bytes, false};
        map.sourceBytes = saturatingAdd(map.sourceBytes, bytes);
    }
    for (const QString &o : m.objects) {
        const qint64 bytes = archive.archive().find(o)->size;
        map.code << CodeFile{o, bytes, true};
        map.objectBytes = saturatingAdd(map.objectBytes, bytes);
    }

    // Operators' own workspace (metadata; the code's allocations when there is none).
    QHash<QString, qint64> workspace;
    for (const Metadata::OperatorMemory &op : m.meta.operators)
        map.operators << OperatorWorkspace{op.functionName, std::max<qint64>(0, op.workspaceBytes())};
    for (const Metadata::OperatorFunction &fn : m.meta.operatorFunctions) {
        qint64 bytes = 0;
        for (const Metadata::Tensor &t : fn.params)
            bytes = saturatingAdd(bytes, std::max<qint64>(0, t.sizeBytes));
        map.operators << OperatorWorkspace{fn.name, bytes};
    }
    if (map.operators.isEmpty()) {
        QMap<QString, qint64> fromCode;
        for (const Tensor &t : facts->activations.tensors)
            if (t.role == Role::Scratch && t.pool == QLatin1String(AotActivations::kAllocatorPool) && t.bytes > 0)
                fromCode[t.function] = saturatingAdd(fromCode.value(t.function), t.bytes);
        for (auto it = fromCode.constBegin(); it != fromCode.constEnd(); ++it)
            map.operators << OperatorWorkspace{it.key(), it.value()};
    }
    std::stable_sort(map.operators.begin(), map.operators.end(),
                     [](const OperatorWorkspace &a, const OperatorWorkspace &b) { return a.bytes > b.bytes; });
    for (const OperatorWorkspace &op : std::as_const(map.operators)) {
        workspace.insert(op.name, op.bytes);
        map.largestOperatorWorkspace = std::max(map.largestOperatorWorkspace, op.bytes);
    }

    if (m.header) {
        map.pools = m.header->pools;
        map.headerWorkspaceBytes = m.header->workspaceBytes;
    }
    if (hasMain)
        map.metadataWorkspaceBytes = std::max<qint64>(0, m.meta.workspaceBytes());

    // What the code declares.
    qint64 codeWorkspace = 0;
    for (const CodeArrays::Array &a : facts->arrays) {
        if (a.initialised()) {
            map.constantsInCode << a;
            map.constantsInCodeBytes = saturatingAdd(map.constantsInCodeBytes, std::max<qint64>(0, a.bytes));
        } else {
            map.workspaceInCode << a;
            codeWorkspace = saturatingAdd(codeWorkspace, std::max<qint64>(0, a.bytes));
        }
    }
    if (!map.workspaceInCode.isEmpty())
        map.codeWorkspaceBytes = codeWorkspace;
    for (const CodeArrays::Array &a : facts->arrays)
        if (a.bytes < 0)
            map.warnings << mtvw::BackendText::tr("%1 (%2:%3) is declared with the size [%4], which could not be evaluated: it "
                                                  "is not counted")
                                .arg(a.symbol, a.file)
                                .arg(a.line)
                                .arg(a.sizeText);

    // Workspace: the code's arrays, else the header's macro, else the metadata; disagreements named.
    if (map.codeWorkspaceBytes >= 0) {
        map.workspaceBytes = map.codeWorkspaceBytes;
        map.sources.insert(QStringLiteral("workspace"), Source::Code);
    } else if (map.headerWorkspaceBytes >= 0) {
        map.workspaceBytes = map.headerWorkspaceBytes;
        map.sources.insert(QStringLiteral("workspace"), Source::Header);
    } else if (map.metadataWorkspaceBytes >= 0) {
        map.workspaceBytes = map.metadataWorkspaceBytes;
        map.sources.insert(QStringLiteral("workspace"), Source::Metadata);
    }
    if (graph && !map.operators.isEmpty()) {
        if (map.metadataWorkspaceBytes >= 0 && map.metadataWorkspaceBytes != map.largestOperatorWorkspace)
            map.notes << mtvw::BackendText::tr("metadata.json gives the main function %1 of workspace; the graph executor "
                                               "allocates storage ids instead, and on top of them only the workspace of "
                                               "the operator running (the largest: %2).")
                             .arg(bytesText(map.metadataWorkspaceBytes), bytesText(map.largestOperatorWorkspace));
        map.workspaceBytes = map.largestOperatorWorkspace;
    }
    if (!graph) {
        QStringList figures;
        QList<qint64> values;
        auto figure = [&](qint64 v, const QString &where) {
            if (v < 0)
                return;
            figures << mtvw::BackendText::tr("%1 says %2").arg(where, bytesText(v));
            values << v;
        };
        figure(map.metadataWorkspaceBytes, mtvw::BackendText::tr("metadata.json"));
        figure(map.headerWorkspaceBytes, mtvw::BackendText::tr("the header's TVMGEN_%1_WORKSPACE_SIZE").arg(m.name.toUpper()));
        figure(map.codeWorkspaceBytes,
               mtvw::BackendText::tr("the C code's %1")
                   .arg(map.workspaceInCode.isEmpty() ? QString() : map.workspaceInCode.first().symbol + QStringLiteral("[…]")));
        if (values.size() > 1 && std::any_of(values.cbegin(), values.cend(), [&](qint64 v) { return v != values.first(); }))
            map.warnings << mtvw::BackendText::tr("the workspace figures disagree: %1. The code's figure is used, as the "
                                                  "firmware allocates what the code declares.")
                                .arg(figures.join(QStringLiteral("; ")));
    }

    // Inputs and outputs.
    qint64 metaInOut = -1;
    if (hasMain && (!m.meta.main.first().inputs.isEmpty() || !m.meta.main.first().outputs.isEmpty())) {
        metaInOut = 0;
        for (const Metadata::MainMemory &mm : m.meta.main)
            for (const Metadata::Tensor &t : mm.inputs + mm.outputs)
                metaInOut = saturatingAdd(metaInOut, std::max<qint64>(0, t.sizeBytes));
    }
    qint64 headerInOut = -1;
    if (m.header && !(m.header->inputs + m.header->outputs).isEmpty()) {
        headerInOut = 0;
        for (const InterfaceHeader::Tensor &t : m.header->inputs + m.header->outputs)
            headerInOut = t.sizeBytes < 0 || headerInOut < 0 ? -1 : saturatingAdd(headerInOut, t.sizeBytes);
    }
    // The application allocates the inputs and outputs the header declares: the header's sizes,
    // else the metadata's per-tensor sizes, else its io_size_bytes claim.
    const qint64 metaIo = hasMain ? std::max<qint64>(0, m.meta.ioBytes()) : -1;
    if (headerInOut >= 0) {
        map.ioBytes = headerInOut;
        map.sources.insert(QStringLiteral("io"), Source::Header);
    } else if (metaInOut >= 0) {
        map.ioBytes = metaInOut;
        map.sources.insert(QStringLiteral("io"), Source::Metadata);
    } else if (metaIo >= 0) {
        map.ioBytes = metaIo;
        map.sources.insert(QStringLiteral("io"), Source::Metadata);
    }
    if (metaIo >= 0 && map.ioBytes != metaIo)
        map.warnings << mtvw::BackendText::tr("metadata.json's io_size_bytes (%1) is not the size of the model's inputs and "
                                              "outputs (%2, %3); the latter is used")
                            .arg(bytesText(metaIo), bytesText(map.ioBytes),
                                 headerInOut >= 0 ? mtvw::BackendText::tr("from the header's size macros")
                                                  : mtvw::BackendText::tr("from metadata.json's inputs and outputs"));
    if (headerInOut >= 0 && metaInOut >= 0 && headerInOut != metaInOut)
        map.warnings << mtvw::BackendText::tr("the header's input and output sizes (%1) differ from metadata.json's (%2)")
                            .arg(bytesText(headerInOut), bytesText(metaInOut));

    readStorage(map, m, *facts);

    // Constants: what the code holds, else the metadata's claim.
    const qint64 metaConstants = hasMain ? std::max<qint64>(0, m.meta.constantsBytes()) : -1;
    if (map.constantsInCodeBytes > 0) {
        map.constantsBytes = map.constantsInCodeBytes;
        map.sources.insert(QStringLiteral("constants"), Source::Code);
        if (metaConstants > 0 && metaConstants != map.constantsInCodeBytes)
            map.warnings << mtvw::BackendText::tr("metadata.json's constants_size_bytes (%1) differs from the constants "
                                                  "declared in the C code (%2); the code's figure is used")
                                .arg(bytesText(metaConstants), bytesText(map.constantsInCodeBytes));
        else if (metaConstants == 0)
            map.notes << mtvw::BackendText::tr("metadata.json counts 0 B of constants, but the C code declares %1 of them "
                                               "(%n array(s)): they are counted in flash.",
                                               nullptr, int(map.constantsInCode.size()))
                             .arg(bytesText(map.constantsInCodeBytes));
    } else if (metaConstants >= 0) {
        map.constantsBytes = metaConstants;
        map.sources.insert(QStringLiteral("constants"), Source::Metadata);
    }

    map.paramsBytes = m.params ? m.params->totalDataBytes() : 0;
    if (const ArchiveEntry *e = m.paramsEntry.isEmpty() ? nullptr : archive.archive().find(m.paramsEntry))
        map.paramsFileBytes = e->size;
    const bool anyLinked = map.linkedStorageBytes > 0 ||
                           std::any_of(map.constantsInCode.cbegin(), map.constantsInCode.cend(),
                                       [](const CodeArrays::Array &a) { return a.kind == CodeArrays::Kind::LinkedParam; });
    map.paramsFileUsed = graph && !anyLinked && map.paramsBytes > 0;
    if (graph && facts->linkParamsTarget && !anyLinked)
        map.warnings << mtvw::BackendText::tr("the target says -link-params=1, but the C code holds no linked parameters "
                                              "(no _lookup_linked_param table, no __tvm_param__ arrays): the parameters "
                                              "file is counted as loaded into RAM");
    if (map.paramsBytes > 0 && !map.paramsFileUsed && map.constantsInCodeBytes > 0)
        map.notes << mtvw::BackendText::tr("The firmware uses the %1 of constants in the C code; the parameters file (%2) is "
                                           "not loaded (%3).")
                         .arg(bytesText(map.constantsInCodeBytes), bytesText(map.paramsBytes),
                              graph ? mtvw::BackendText::tr("the graph executor takes linked parameters from the code")
                                    : mtvw::BackendText::tr("the AOT executor never reads it"));

    // The tensors held while the model runs.
    if (graph) {
        graphActivations(map, m, workspace);
    } else if (!facts->activations.isEmpty()) {
        if (facts->activations.truncated)
            map.warnings << mtvw::BackendText::tr("the main function %1 makes more than %2 calls or places more than %3 "
                                                  "tensors: only the first are read")
                                .arg(facts->activations.mainFunction)
                                .arg(AotActivations::kMaxCalls)
                                .arg(AotActivations::kMaxTensors);
        map.calls = facts->activations.calls;
        map.activations = facts->activations.tensors;
        map.heldBytes = facts->activations.heldBytes;
        map.peakBytes = facts->activations.peakBytes;
        map.peakCall = facts->activations.peakCall;
    }

    for (const QString &problem : facts->problems)
        map.warnings
            << mtvw::BackendText::tr("a source could not be read, so its constants and tensors are missing: %1").arg(problem);
    if (!facts->missingIncludes.isEmpty())
        map.warnings << mtvw::BackendText::tr("the C code includes %1, which the archive does not hold: constants or "
                                              "buffers declared there are not counted")
                            .arg(facts->missingIncludes.join(QStringLiteral(", ")));

    // NPU.
    const bool ethosU = facts->npuCalls.contains(QLatin1String("TVMEthosULaunch")) ||
                        facts->npuCalls.contains(QLatin1String("TVMDeviceEthosU")) ||
                        (m.header && m.header->devices.contains(QLatin1String("ethos_u")));
    if (ethosU) {
        qint64 weights = 0, commands = 0;
        for (const CodeArrays::Array &a : std::as_const(map.constantsInCode)) {
            if (a.kind == CodeArrays::Kind::NpuWeights)
                weights = saturatingAdd(weights, std::max<qint64>(0, a.bytes));
            else if (a.kind == CodeArrays::Kind::NpuCommandStream)
                commands = saturatingAdd(commands, std::max<qint64>(0, a.bytes));
        }
        map.notes << mtvw::BackendText::tr(
                         "Part of this model runs on an Arm Ethos-U NPU. The CPU code passes the NPU its command stream "
                         "(%1) and weights (%2), both in flash, with TVMEthosULaunch; the NPU's handle comes in the "
                         "tvmgen_%3_devices struct, and its tensors live in the workspace. The NPU's own time and "
                         "memory bandwidth are not in these figures.")
                         .arg(bytesText(commands), bytesText(weights), m.name);
    }

    // RAM.
    const bool workspaceKnown = map.sources.contains(QStringLiteral("workspace"));
    const bool ioKnown = map.sources.contains(QStringLiteral("io")) || (m.header && m.header->ioInPools);
    qint64 headerPools = 0;
    for (const InterfaceHeader::Pool &p : std::as_const(map.pools))
        if (p.kind == QLatin1String("workspace") && p.sizeBytes > 0)
            headerPools = saturatingAdd(headerPools, p.sizeBytes);
    const qint64 io = m.header && m.header->ioInPools ? 0 : map.ioBytes;
    if (graph && !map.storage.isEmpty()) {
        map.ramBytes = saturatingAdd(map.storageBytes - map.linkedStorageBytes, map.largestOperatorWorkspace);
        map.ramFormula = map.linkedStorageBytes > 0
                             ? mtvw::BackendText::tr("storage ids not linked into the code + the largest operator workspace")
                             : mtvw::BackendText::tr("storage ids + the largest operator workspace");
        map.ramKnown = true;
    } else if (map.codeWorkspaceBytes < 0 && headerPools > 0) {
        map.ramBytes = saturatingAdd(std::max(headerPools, map.workspaceBytes), io);
        map.ramFormula = mtvw::BackendText::tr("workspace pools + io");
        map.ramKnown = ioKnown;
    } else {
        map.ramBytes = saturatingAdd(map.workspaceBytes, io);
        map.ramFormula = map.codeWorkspaceBytes >= 0 ? mtvw::BackendText::tr("workspace arrays in the code + io")
                                                     : mtvw::BackendText::tr("workspace + io");
        map.ramKnown = workspaceKnown && ioKnown;
    }
    if (!map.ramKnown)
        map.ramFormula +=
            QStringLiteral(" — ") + (workspaceKnown ? mtvw::BackendText::tr("the io sizes are unknown, so this is a lower bound")
                                                    : mtvw::BackendText::tr("the workspace size is unknown"));

    // Flash.
    // The graph executor loads the parameters file as a whole (its header included) from flash;
    // with it, the constants the executor keeps are the same tensors and are not counted twice.
    map.flashBytes = saturatingAdd(
        map.paramsFileUsed ? saturatingAdd(map.paramsFileBytes, map.constantsInCodeBytes) : map.constantsBytes, map.objectBytes);
    map.flashFormula = map.paramsFileUsed
                           ? mtvw::BackendText::tr("params file + constants in the code + object code (C code not compiled "
                                                   "yet: not counted)")
                           : mtvw::BackendText::tr("constants + object code (C code not compiled yet: not counted)");
    map.flashKnown =
        map.sources.contains(QStringLiteral("constants")) || map.paramsFileUsed || !m.sources.isEmpty() || !m.objects.isEmpty();
    map.known = map.ramKnown && map.flashKnown;
    return map;
}

MemoryMap MemoryMap::total(const QList<MemoryMap> &maps)
{
    MemoryMap t;
    t.module = mtvw::BackendText::tr("all modules");
    for (const MemoryMap &m : maps) {
        t.ramBytes = saturatingAdd(t.ramBytes, m.ramBytes);
        t.flashBytes = saturatingAdd(t.flashBytes, m.flashBytes);
        t.ramKnown = t.ramKnown && m.ramKnown;
        t.flashKnown = t.flashKnown && m.flashKnown;
        t.workspaceBytes = saturatingAdd(t.workspaceBytes, m.workspaceBytes);
        t.ioBytes = saturatingAdd(t.ioBytes, m.ioBytes);
        t.constantsBytes = saturatingAdd(t.constantsBytes, m.constantsBytes);
        t.constantsInCodeBytes = saturatingAdd(t.constantsInCodeBytes, m.constantsInCodeBytes);
        t.paramsBytes = saturatingAdd(t.paramsBytes, m.paramsBytes);
    }
    t.known = t.ramKnown && t.flashKnown;
    t.ramFormula = mtvw::BackendText::tr("the sum of every module's RAM (one firmware links them all)");
    t.flashFormula = mtvw::BackendText::tr("the sum of every module's flash");
    return t;
}

MemoryMap::Fit MemoryMap::check(const Budget &budget) const
{
    Fit fit;
    if (budget.ramBytes >= 0) {
        fit.ramChecked = true;
        fit.ramHeadroom = budget.ramBytes - ramBytes;
        fit.ramFits = fit.ramHeadroom >= 0;
        // A lower bound that already exceeds the budget is over; one below it decides nothing.
        fit.ramUnknown = !ramKnown && fit.ramFits;
    }
    if (budget.flashBytes >= 0) {
        fit.flashChecked = true;
        fit.flashHeadroom = budget.flashBytes - flashBytes;
        fit.flashFits = fit.flashHeadroom >= 0;
        fit.flashUnknown = !flashKnown && fit.flashFits;
    }
    return fit;
}

} // namespace mtvw::mlf
