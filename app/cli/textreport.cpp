#include "textreport.h"

#include "core/bytetext.h"

#include <QLocale>

using namespace mtvw::mlf;

namespace {

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QString TextReport::bytes(qint64 n)
{
    if (n < 0)
        return tr("unknown");
    if (n < 10 * 1024)
        return tr("%1 B").arg(n); // ByteText too writes bytes up to 10 KiB
    return tr("%1 B (%2)").arg(n).arg(ByteText::size(n, QLocale::c()));
}

QString TextReport::versionMeaning(int version)
{
    switch (version) {
    case 5: return tr("TVM 0.8");
    case 7: return tr("TVM 0.9 to 0.18");
    case 1:
    case 2:
    case 3:
    case 4:
    case 6: return tr("a TVM development build between releases");
    default: return tr("newer than any TVM release with microTVM");
    }
}

QString TextReport::inspect(const MlfArchive &mlf)
{
    QString out;
    out += tr("Archive:   %1 (%2, %n entries)\n", nullptr, int(mlf.archive().entries().size()))
               .arg(mlf.archive().path(), mlf.archive().formatName());
    out += tr("Layout:    %1\n").arg(mlf.layoutName());
    if (mlf.hasMetadata()) {
        const QString release = mlf.metadata().statedRelease();
        const QString meaning = versionMeaning(mlf.metadata().version);
        out += tr("Metadata:  version %1 (%2)%3\n")
                   .arg(mlf.metadata().version)
                   .arg(release.isEmpty()
                            ? meaning
                            : tr("written by TVM %1, as its standalone C runtime states; the format of %2").arg(release, meaning),
                        mlf.metadata().versionKnown ? QString() : tr(", unknown version: read as far as recognisable"));
        out += tr("Style:     %1\n").arg(mlf.metadata().style);
    } else {
        out += tr("Metadata:  none (no metadata.json)\n");
    }
    out += tr("Modules:   %1\n").arg(mlf.modules().size());
    for (const MlfArchive::Module &m : mlf.modules()) {
        const MemoryMap map = MemoryMap::compute(mlf, m);
        out += QLatin1Char('\n') + tr("Module \"%1\"\n").arg(m.name);
        if (mlf.hasMetadata()) {
            out += tr("  executors:   %1\n").arg(m.meta.executors.join(QStringLiteral(", ")));
            out += tr("  targets:     %1\n").arg(m.meta.targets.join(QStringLiteral(" | ")));
            if (!m.meta.exportDatetime.isEmpty())
                out += tr("  exported:    %1 (local time of the exporting machine)\n").arg(m.meta.exportDatetime);
        }
        out += tr("  files:       %1 C source(s), %2 object(s)%3%4%5%6\n")
                   .arg(m.sources.size())
                   .arg(m.objects.size())
                   .arg(m.headerEntry.isEmpty() ? QString() : tr(", header %1").arg(m.headerEntry))
                   .arg(m.graphEntry.isEmpty() ? QString() : tr(", graph %1").arg(m.graphEntry))
                   .arg(m.paramsEntry.isEmpty() ? QString() : tr(", params %1").arg(m.paramsEntry))
                   .arg(m.relayEntry.isEmpty() ? QString() : tr(", relay %1").arg(m.relayEntry));
        const auto ops = mlf.operators(m);
        out += tr("  operators:   %1\n").arg(ops.size());
        if (map.ramKnown || map.flashKnown) {
            out += tr("  workspace:   %1\n").arg(bytes(map.workspaceBytes));
            out += tr("  io:          %1\n").arg(bytes(map.ioBytes));
            out += tr("  constants:   %1\n").arg(bytes(map.constantsBytes));
        }
        out += tr("  params:      %1 in %n tensor(s)\n", nullptr, m.params ? int(m.params->tensors.size()) : 0)
                   .arg(bytes(map.paramsBytes));
        out += tr("  code:        %1 of C source, %2 of object code\n").arg(bytes(map.sourceBytes), bytes(map.objectBytes));
        if (map.ramKnown || map.flashKnown)
            out += tr("  estimate:    RAM %1 (%2), flash %3 (%4)\n")
                       .arg(bytes(map.ramBytes), map.ramFormula, bytes(map.flashBytes), map.flashFormula);
        for (const QString &w : map.warnings)
            out += tr("  warning:     %1\n").arg(w);
        for (const QString &n : map.notes)
            out += tr("  note:        %1\n").arg(n);
        if (m.graph)
            out += tr("  graph:       %1 nodes, %2 operator calls\n").arg(m.graph->nodes.size()).arg(m.graph->operatorCount());
        if (m.header)
            out += tr("  C interface: %1\n").arg(m.header->runSignature);
        for (const auto &mm : m.meta.main) {
            for (const auto &t : mm.inputs)
                out += tr("  input:       %1 %2, %3\n").arg(t.name, t.dtype, bytes(t.sizeBytes));
            for (const auto &t : mm.outputs)
                out += tr("  output:      %1 %2, %3\n").arg(t.name, t.dtype, bytes(t.sizeBytes));
        }
        if (!map.operators.isEmpty()) {
            out += tr("  top operators by workspace:\n");
            for (const auto &op : map.operators.mid(0, 5))
                out += QStringLiteral("    %1  %2\n").arg(bytes(op.bytes), -24).arg(op.name);
        }
    }
    const QStringList warnings = mlf.warnings();
    if (!warnings.isEmpty()) {
        out += QLatin1Char('\n') + tr("Warnings:\n");
        for (const QString &w : warnings)
            out += QStringLiteral("  - ") + w + QLatin1Char('\n');
    }
    return out;
}

namespace {

QString sourceWord(const MemoryMap &map, const QString &figure)
{
    if (!map.sources.contains(figure))
        return TextReport::tr("unknown");
    switch (map.sources.value(figure)) {
    case MemoryMap::Source::Metadata: return TextReport::tr("from metadata.json");
    case MemoryMap::Source::Graph: return TextReport::tr("from the graph JSON");
    case MemoryMap::Source::Header: return TextReport::tr("from the C header");
    case MemoryMap::Source::Code: return TextReport::tr("from the C code");
    case MemoryMap::Source::ParamsFile: return TextReport::tr("from the parameters file");
    case MemoryMap::Source::Unknown: break;
    }
    return TextReport::tr("unknown");
}

QString fitLines(const MemoryMap &map, const MemoryMap::Budget &budget)
{
    QString out;
    const MemoryMap::Fit fit = map.check(budget);
    auto line = [&](bool checked, bool fits, bool unknown, qint64 headroom, qint64 limit, const QString &what,
                    const QString &formula) {
        if (!checked)
            return;
        if (unknown)
            out += TextReport::tr("  %1 UNKNOWN: the estimate (%2) is incomplete: %3; so the %4 budget cannot be checked\n")
                       .arg(what, TextReport::bytes(limit - headroom), formula, TextReport::bytes(limit));
        else if (fits)
            out += TextReport::tr("  %1 fits: %2 of %3 budget free\n")
                       .arg(what, TextReport::bytes(headroom), TextReport::bytes(limit));
        else
            out += TextReport::tr("  %1 OVER BUDGET by %2 (budget %3)\n")
                       .arg(what, TextReport::bytes(-headroom), TextReport::bytes(limit));
    };
    line(fit.ramChecked, fit.ramFits, fit.ramUnknown, fit.ramHeadroom, budget.ramBytes, TextReport::tr("RAM"), map.ramFormula);
    line(fit.flashChecked, fit.flashFits, fit.flashUnknown, fit.flashHeadroom, budget.flashBytes, TextReport::tr("flash"),
         map.flashFormula);
    return out;
}

} // namespace

QString TextReport::memory(const MemoryMap &map, const MemoryMap::Budget &budget)
{
    QString out;
    out += tr("Memory of module \"%1\"%2\n").arg(map.module, map.known ? QString() : tr(" (some figures unknown)"));
    out += tr("  workspace   %1 (%2)\n").arg(bytes(map.workspaceBytes), sourceWord(map, QStringLiteral("workspace")));
    out += tr("  io          %1 (%2)\n")
               .arg(bytes(map.sources.contains(QStringLiteral("io")) ? map.ioBytes : -1), sourceWord(map, QStringLiteral("io")));
    out += tr("  constants   %1 (%2)\n").arg(bytes(map.constantsBytes), sourceWord(map, QStringLiteral("constants")));
    out +=
        tr("  params      %1%2\n")
            .arg(bytes(map.paramsBytes),
                 map.paramsBytes > 0 && !map.paramsFileUsed ? tr(" (parameters file, not loaded by the firmware)") : QString());
    if (!map.storage.isEmpty())
        out += tr("  storage     %1 in %2 storage ids (%3), %4 of them linked into the code\n")
                   .arg(bytes(map.storageBytes))
                   .arg(map.storage.size())
                   .arg(sourceWord(map, QStringLiteral("storage")), bytes(map.linkedStorageBytes));
    out += tr("  code:\n");
    for (const auto &c : map.code)
        out += QStringLiteral("    %1  %2%3\n").arg(bytes(c.bytes), -24).arg(c.path, c.object ? tr(" (object)") : QString());
    if (!map.constantsInCode.isEmpty()) {
        out +=
            tr("  constants in the code (flash): %1 in %n array(s), largest first:\n", nullptr, int(map.constantsInCode.size()))
                .arg(bytes(map.constantsInCodeBytes));
        QList<CodeArrays::Array> sorted = map.constantsInCode;
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.bytes > b.bytes; });
        for (const auto &a : sorted.mid(0, 10))
            out += QStringLiteral("    %1  %2  %3:%4%5\n")
                       .arg(bytes(a.bytes), -24)
                       .arg(a.symbol, a.file)
                       .arg(a.line)
                       .arg(a.section.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(a.section));
        if (sorted.size() > 10)
            out += tr("    … and %n more (--json lists them all)\n", nullptr, int(sorted.size() - 10));
    }
    for (const auto &a : map.workspaceInCode)
        out += tr("  workspace array in the code (RAM): %1 %2  %3:%4\n").arg(a.symbol, bytes(a.bytes), a.file).arg(a.line);
    if (!map.pools.isEmpty()) {
        out += tr("  pools:\n");
        for (const auto &p : map.pools)
            out += QStringLiteral("    %1  %2 (%3)\n").arg(bytes(p.sizeBytes), -24).arg(p.name, p.kind);
    }
    if (!map.operators.isEmpty()) {
        out += tr("  operators by workspace:\n");
        for (const auto &op : map.operators)
            out += QStringLiteral("    %1  %2\n").arg(bytes(op.bytes), -24).arg(op.name);
    }
    if (map.peakCall >= 0) {
        out += tr("  peak while running: %1 at call %2 of %3 (%4); held then:\n")
                   .arg(bytes(map.peakBytes))
                   .arg(map.peakCall + 1)
                   .arg(map.calls.size())
                   .arg(map.peakFunction());
        QList<MemoryMap::Activation> live;
        for (const auto &a : map.activations)
            if (a.heldAt(map.peakCall))
                live << a;
        std::stable_sort(live.begin(), live.end(), [](const auto &a, const auto &b) { return a.bytes > b.bytes; });
        for (const auto &a : live.mid(0, 12))
            out += QStringLiteral("    %1  %2 (%3%4)\n")
                       .arg((a.exact || a.bytes < 0 ? QString() : QStringLiteral("≤ ")) + bytes(a.bytes), -26)
                       .arg(a.name, a.pool, a.offset >= 0 ? tr(" at offset %1").arg(a.offset) : QString());
    }
    out += tr("  RAM estimate    %1 = %2\n").arg(bytes(map.ramBytes), map.ramFormula);
    out += tr("  flash estimate  %1 = %2\n").arg(bytes(map.flashBytes), map.flashFormula);
    for (const QString &w : map.warnings)
        out += tr("  warning: %1\n").arg(w);
    for (const QString &n : map.notes)
        out += tr("  note: %1\n").arg(n);
    out += fitLines(map, budget);
    return out;
}

QString TextReport::memoryTotal(const MemoryMap &total, const MemoryMap::Budget &budget)
{
    QString out = tr("All modules together (one firmware links them all)\n");
    out += tr("  RAM estimate    %1%2\n").arg(bytes(total.ramBytes), total.ramKnown ? QString() : tr(" (a lower bound)"));
    out += tr("  flash estimate  %1%2\n").arg(bytes(total.flashBytes), total.flashKnown ? QString() : tr(" (a lower bound)"));
    out += fitLines(total, budget);
    return out;
}

QString TextReport::params(const MlfArchive::Module &m)
{
    if (!m.params)
        return tr("Module \"%1\" has no parameters file.\n").arg(m.name);
    QString out = tr("Parameters of module \"%1\" (%2): %n tensor(s), %3\n", nullptr, int(m.params->tensors.size()))
                      .arg(m.name, m.paramsEntry, bytes(m.params->totalDataBytes()));
    for (const auto &t : m.params->tensors)
        out += QStringLiteral("  %1 %2 %3 %4\n")
                   .arg(pad(t.name, 24), pad(t.dtype.name(), 8), pad(t.shapeText(), 20), bytes(t.dataBytes));
    return out;
}

QString TextReport::graph(const MlfArchive::Module &m)
{
    if (!m.graph)
        return tr("Module \"%1\" has no graph (AOT executor or no graph JSON).\n").arg(m.name);
    const Graph &g = *m.graph;
    QString out = tr("Graph of module \"%1\" (%2): %3 nodes, %4 operator calls, %5 storage ids, %6 of storage\n")
                      .arg(m.name, m.graphEntry)
                      .arg(g.nodes.size())
                      .arg(g.operatorCount())
                      .arg(g.storageBytes.size())
                      .arg(bytes(g.totalStorageBytes()));
    for (const Graph::Node &n : g.nodes) {
        QStringList inputs;
        for (const auto &ref : n.inputs)
            inputs << QString::number(ref.node);
        const Graph::Entry *e = g.entry({n.id, 0});
        QString shape;
        if (e) {
            QStringList dims;
            for (qint64 d : e->shape)
                dims << QString::number(d);
            shape = QStringLiteral("%1[%2] sid %3").arg(e->dtype, dims.join(QLatin1Char(','))).arg(e->storageId);
        }
        out += QStringLiteral("  %1 %2 %3 <- [%4] %5\n")
                   .arg(n.id, 4)
                   .arg(pad(n.isOperator() ? n.funcName : tr("input %1").arg(n.name), 48), pad(shape, 28),
                        inputs.join(QLatin1Char(',')), e ? bytes(e->bytes) : QString());
    }
    return out;
}

QString TextReport::diff(const ArchiveDiff &diff)
{
    const QLocale c = QLocale::c();
    auto size = [&c](qint64 n) { return n < 0 ? tr("absent") : ByteText::size(n, c); };
    auto delta = [](qint64 n) { return n == 0 ? QStringLiteral("0") : ByteText::delta(n); };
    auto version = [](int v) { return v > 0 ? QString::number(v) : tr("none (no metadata.json)"); };
    QString out;
    if (diff.versionA != diff.versionB)
        out += tr("Metadata version %1 -> %2: the archives come from different TVM releases, so some figures are "
                  "counted differently\n")
                   .arg(version(diff.versionA), version(diff.versionB));
    for (const auto &m : diff.modules) {
        out += tr("Module %1 -> %2\n")
                   .arg(m.moduleA.isEmpty() ? tr("(none)") : m.moduleA, m.moduleB.isEmpty() ? tr("(none)") : m.moduleB);
        if (m.executorsA != m.executorsB && !m.moduleA.isEmpty() && !m.moduleB.isEmpty())
            out += tr("  executor %1 -> %2\n")
                       .arg(m.executorsA.isEmpty() ? tr("unknown") : m.executorsA,
                            m.executorsB.isEmpty() ? tr("unknown") : m.executorsB);
        auto total = [&](const QString &name, qint64 a, qint64 b) {
            out += QStringLiteral("  %1 %2 -> %3  (%4)\n").arg(pad(name, 12), size(a), size(b), delta(b - a));
        };
        total(tr("workspace"), m.a.workspace, m.b.workspace);
        total(tr("io"), m.a.io, m.b.io);
        total(tr("constants"), m.a.constants, m.b.constants);
        total(tr("params"), m.a.params, m.b.params);
        total(tr("code"), m.a.code, m.b.code);
        total(tr("RAM est."), m.a.ram, m.b.ram);
        total(tr("flash est."), m.a.flash, m.b.flash);
        QStringList functions, params;
        for (const auto &f : m.functions)
            if (f.change != ArchiveDiff::Change::Same)
                functions << QStringLiteral("    %1 %2 %3 %4\n")
                                 .arg(pad(ArchiveDiff::changeName(f.change), 8), pad(delta(f.workspaceDelta()), 11),
                                      pad(delta(f.codeDelta()), 11), f.name);
        for (const auto &p : m.params)
            if (p.change != ArchiveDiff::Change::Same)
                params << QStringLiteral("    %1 %2 %3 %4 -> %5\n")
                              .arg(pad(ArchiveDiff::changeName(p.change), 8), pad(delta(p.delta()), 11), p.name,
                                   p.shapeA.isEmpty() ? tr("absent") : p.shapeA, p.shapeB.isEmpty() ? tr("absent") : p.shapeB);
        if (!functions.isEmpty())
            out += tr("  functions (workspace change, code change):\n") + functions.join(QString());
        if (!params.isEmpty())
            out += tr("  params (bytes change, shape):\n") + params.join(QString());
        if (functions.isEmpty() && params.isEmpty())
            out += tr("  no function or parameter changed\n");
    }
    return out;
}
