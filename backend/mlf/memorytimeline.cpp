#include "memorytimeline.h"

#include "core/tr.h"
#include "memorymap.h"

#include <QRegularExpression>

#include <algorithm>

namespace mtvw::mlf {

namespace {

constexpr qint64 kMaxSourceBytes = 256LL << 20;

} // namespace

QString MemoryTimeline::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Input: return mtvw::BackendText::tr("input");
    case Kind::Param: return mtvw::BackendText::tr("parameter");
    case Kind::Intermediate: return mtvw::BackendText::tr("intermediate");
    case Kind::Output: return mtvw::BackendText::tr("output");
    case Kind::Workspace: return mtvw::BackendText::tr("workspace");
    }
    return {};
}

MemoryTimeline MemoryTimeline::compute(const MlfArchive &archive, const MlfArchive::Module &module, const MemoryMap &map)
{
    MemoryTimeline t;
    QHash<QString, qint64> workspace;
    for (const Metadata::OperatorMemory &op : module.meta.operators)
        workspace.insert(op.functionName, op.workspaceBytes());

    if (module.graph && (module.meta.isGraph() || !module.meta.isAot())) {
        QSet<QString> params;
        if (module.params)
            for (const auto &p : module.params->tensors)
                params << p.name;
        QSet<qint64> linked;
        for (const MemoryMap::Storage &s : map.storage)
            if (s.linked)
                linked << s.storageId;
        t = fromGraph(*module.graph, workspace, params, linked);
        if (t.steps.isEmpty())
            t.reason = mtvw::BackendText::tr("The graph has no operator nodes.");
        return t;
    }
    if (module.meta.isAot() || !archive.hasMetadata()) {
        if (!map.activations.isEmpty()) {
            t = fromActivations(map.calls, map.activations, map.heldBytes);
            return t;
        }
        if (!archive.hasMetadata()) {
            t.reason = mtvw::BackendText::tr("The archive has no metadata.json and its C has no AOT main function, so the "
                                             "buffers are unknown.");
            return t;
        }
        QSet<QString> operators;
        for (const MlfArchive::Operator &op : archive.operators(module))
            operators << op.name;
        if (operators.isEmpty()) {
            t.reason = mtvw::BackendText::tr("The metadata lists no operator functions, so there is nothing to lay out.");
            return t;
        }
        const QStringList calls = aotCallOrder(archive, module, operators);
        if (calls.isEmpty()) {
            t.reason =
                mtvw::BackendText::tr("The AOT executor's main function was not found in the generated C, so the order of the "
                                      "operator calls is unknown.");
            return t;
        }
        t = fromCalls(calls, workspace);
        if (t.segments.isEmpty())
            t.reason = mtvw::BackendText::tr("No operator call uses workspace memory.");
        return t;
    }
    t.reason =
        module.meta.style == QLatin1String("operator")
            ? mtvw::BackendText::tr("An operator-style archive holds separate functions that are not run in a fixed order.")
            : mtvw::BackendText::tr("This module has neither a graph nor an AOT executor, so there is no execution order.");
    return t;
}

MemoryTimeline MemoryTimeline::fromGraph(const Graph &graph, const QHash<QString, qint64> &workspace,
                                         const QSet<QString> &paramNames, const QSet<qint64> &linkedStorage)
{
    MemoryTimeline t;
    t.source = Source::GraphStorage;
    QList<int> stepOfNode(graph.nodes.size(), -1);
    for (const Graph::Node &n : graph.nodes) {
        if (!n.isOperator())
            continue;
        stepOfNode[n.id] = int(t.steps.size());
        t.steps << Step{n.funcName, n.id};
    }
    if (t.steps.isEmpty())
        return t;
    const int lastStep = int(t.steps.size()) - 1;

    // The last step that reads each entry.
    QHash<qint64, int> lastRead; // entry id -> step
    for (const Graph::Node &n : graph.nodes) {
        if (!n.isOperator())
            continue;
        for (const Graph::EntryRef &ref : n.inputs) {
            int &read = lastRead[graph.entryId(ref.node, ref.index)];
            read = std::max(read, stepOfNode[n.id]);
        }
    }
    QSet<qint64> heads;
    for (const Graph::EntryRef &ref : graph.heads)
        heads << graph.entryId(ref.node, ref.index);

    QHash<qint64, qint64> sidOffset;
    qint64 offset = 0;
    for (auto it = graph.storageBytes.constBegin(); it != graph.storageBytes.constEnd(); ++it) {
        if (linkedStorage.contains(it.key()))
            continue;
        sidOffset.insert(it.key(), offset);
        offset += it.value();
    }
    const qint64 storageEnd = offset;

    for (const Graph::Node &n : graph.nodes) {
        for (int k = 0; k < n.numOutputs; ++k) {
            const Graph::Entry *e = graph.entry({n.id, k});
            if (!e || e->storageId < 0 || !sidOffset.contains(e->storageId))
                continue;
            const qint64 id = graph.entryId(n.id, k);
            Segment s;
            s.node = n.id;
            s.storageId = e->storageId;
            s.offset = sidOffset.value(e->storageId);
            s.bytes = e->bytes;
            s.startStep = n.isOperator() ? stepOfNode[n.id] : 0;
            s.endStep = std::max(s.startStep, lastRead.value(id, s.startStep));
            // Parameters stay for the next run; outputs are read after the last step.
            if (heads.contains(id) || (!n.isOperator() && paramNames.contains(n.name)))
                s.endStep = lastStep;
            if (!n.isOperator()) {
                const bool param = paramNames.contains(n.name);
                s.kind = param ? Kind::Param : Kind::Input;
                s.label = (param ? mtvw::BackendText::tr("parameter %1 (storage id %2)")
                                 : mtvw::BackendText::tr("input %1 (storage id %2)"))
                              .arg(n.name)
                              .arg(e->storageId);
            } else {
                s.function = n.funcName;
                s.kind = heads.contains(id) ? Kind::Output : Kind::Intermediate;
                s.label =
                    mtvw::BackendText::tr("output of %1 (node %2, storage id %3)").arg(n.funcName).arg(n.id).arg(e->storageId);
            }
            t.segments << s;
        }
    }
    for (int step = 0; step <= lastStep; ++step) {
        const QString &fn = t.steps[step].function;
        const qint64 bytes = workspace.value(fn, 0);
        if (bytes <= 0)
            continue;
        Segment s;
        s.label = mtvw::BackendText::tr("workspace of %1 (node %2)").arg(fn).arg(t.steps[step].node);
        s.function = fn;
        s.kind = Kind::Workspace;
        s.startStep = s.endStep = step;
        s.offset = storageEnd;
        s.bytes = bytes;
        s.node = t.steps[step].node;
        t.segments << s;
    }
    t.findPeak();
    return t;
}

MemoryTimeline MemoryTimeline::fromCalls(const QStringList &calls, const QHash<QString, qint64> &workspace)
{
    MemoryTimeline t;
    t.source = Source::AotWorkspace;
    for (int step = 0; step < calls.size(); ++step) {
        t.steps << Step{calls[step], -1};
        const qint64 bytes = workspace.value(calls[step], 0);
        if (bytes <= 0)
            continue;
        Segment s;
        s.label = mtvw::BackendText::tr("workspace of %1 (call %2)").arg(calls[step]).arg(step + 1);
        s.function = calls[step];
        s.kind = Kind::Workspace;
        s.startStep = s.endStep = step;
        s.bytes = bytes;
        t.segments << s;
    }
    t.findPeak();
    return t;
}

MemoryTimeline MemoryTimeline::fromActivations(const QStringList &calls, const QList<AotActivations::Tensor> &tensors,
                                               const QList<qint64> &heldBytes)
{
    using Role = AotActivations::Role;
    MemoryTimeline t;
    t.source = Source::AotTensors;
    for (const QString &c : calls)
        t.steps << Step{c, -1};
    // Lanes: the pools with offsets by name, then the runtime's allocator, then the application's buffers.
    QStringList pools;
    for (const AotActivations::Tensor &a : tensors)
        if (a.bytes > 0 && !pools.contains(a.pool))
            pools << a.pool;
    auto rank = [](const QString &p) {
        return p == QLatin1String(AotActivations::kIoPool) ? 2 : p == QLatin1String(AotActivations::kAllocatorPool) ? 1 : 0;
    };
    std::stable_sort(pools.begin(), pools.end(),
                     [&](const QString &a, const QString &b) { return rank(a) != rank(b) ? rank(a) < rank(b) : a < b; });
    qint64 base = 0;
    for (const QString &pool : std::as_const(pools)) {
        Lane lane{pool, base, 0};
        QList<Segment> placed;
        for (const AotActivations::Tensor &a : tensors) {
            if (a.pool != pool || a.bytes <= 0 || a.liveFrom < 0)
                continue;
            Segment s;
            s.pool = pool;
            s.exact = a.exact;
            s.function = a.function;
            s.startStep = a.liveFrom;
            s.endStep = std::max(a.liveFrom, a.liveTo);
            s.bytes = a.bytes;
            s.kind = a.role == Role::Input     ? Kind::Input
                     : a.role == Role::Output  ? Kind::Output
                     : a.role == Role::Scratch ? Kind::Workspace
                                               : Kind::Intermediate;
            qint64 offset = a.offset;
            if (offset < 0) { // first fit among the segments held at the same time
                offset = 0;
                QList<const Segment *> overlapping;
                for (const Segment &p : std::as_const(placed))
                    if (p.startStep <= s.endStep && s.startStep <= p.endStep)
                        overlapping << &p;
                std::sort(overlapping.begin(), overlapping.end(),
                          [](const Segment *x, const Segment *y) { return x->offset < y->offset; });
                for (const Segment *p : std::as_const(overlapping))
                    if (offset + s.bytes > p->offset - lane.base && offset < p->offset - lane.base + p->bytes)
                        offset = p->offset - lane.base + p->bytes;
            }
            s.offset = lane.base + offset;
            s.label = a.offset >= 0 ? mtvw::BackendText::tr("%1 (%2 at offset %3, %4%5 B)")
                                          .arg(a.name, pool)
                                          .arg(a.offset)
                                          .arg(a.exact ? QString() : QStringLiteral("≤ "))
                                          .arg(a.bytes)
                                    : mtvw::BackendText::tr("%1 (%2, %3 B)").arg(a.name, pool).arg(a.bytes);
            lane.bytes = std::max(lane.bytes, offset + s.bytes);
            placed << s;
        }
        t.segments += placed;
        t.lanes << lane;
        base += lane.bytes;
    }
    t.extentBytes = base;
    t.liveBytes = heldBytes;
    t.peakBytes = 0;
    t.peakStep = -1;
    for (int step = 0; step < t.liveBytes.size(); ++step) {
        if (t.peakStep < 0 || t.liveBytes[step] > t.peakBytes) {
            t.peakBytes = t.liveBytes[step];
            t.peakStep = step;
        }
    }
    return t;
}

void MemoryTimeline::findPeak()
{
    liveBytes = QList<qint64>(steps.size(), 0);
    // Storage segments grouped by storage id: per step, the largest live entry of each id counts.
    QHash<qint64, QList<const Segment *>> bySid;
    for (const Segment &s : segments) {
        extentBytes = std::max(extentBytes, s.offset + s.bytes);
        if (s.kind == Kind::Workspace || s.storageId < 0) {
            for (int step = s.startStep; step <= s.endStep && step < steps.size(); ++step)
                liveBytes[step] += s.bytes;
        } else {
            bySid[s.storageId] << &s;
        }
    }
    for (const QList<const Segment *> &group : std::as_const(bySid)) {
        int first = int(steps.size()), last = -1;
        for (const Segment *s : group) {
            first = std::min(first, s->startStep);
            last = std::max(last, s->endStep);
        }
        for (int step = std::max(first, 0); step <= last && step < steps.size(); ++step) {
            qint64 best = 0;
            for (const Segment *s : group)
                if (s->liveAt(step))
                    best = std::max(best, s->bytes);
            liveBytes[step] += best;
        }
    }
    peakBytes = 0;
    peakStep = -1;
    for (int step = 0; step < liveBytes.size(); ++step) {
        if (peakStep < 0 || liveBytes[step] > peakBytes) {
            peakBytes = liveBytes[step];
            peakStep = step;
        }
    }
}

QStringList MemoryTimeline::aotCallOrder(const MlfArchive &archive, const MlfArchive::Module &module,
                                         const QSet<QString> &operators)
{
    // Candidates: __tvm_main__ and run_model (one of them may only unpack arguments and call the
    // other); the one that calls the most operators is the executor's main function.
    static const QRegularExpression call(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\("));
    const QSet<QString> files(module.sources.begin(), module.sources.end());
    QStringList best;
    QString readFile;
    QByteArray source;
    for (const SourceIndex::Function &f : archive.sourceIndex().functions()) {
        if (!files.contains(f.file) ||
            !(f.name.endsWith(QLatin1String("__tvm_main__")) || f.name.endsWith(QLatin1String("run_model"))))
            continue;
        if (f.file != readFile) {
            auto bytes = archive.read(f.file, kMaxSourceBytes);
            if (!bytes)
                continue;
            readFile = f.file;
            source = std::move(bytes).value();
        }
        const QByteArray text = source.mid(f.startOffset, f.bytes());
        const qsizetype body = text.indexOf('{');
        if (body < 0)
            continue;
        QStringList calls;
        auto it = call.globalMatch(QString::fromUtf8(text.mid(body)));
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (operators.contains(name))
                calls << name;
        }
        if (calls.size() > best.size())
            best = calls;
    }
    return best;
}

} // namespace mtvw::mlf
