#include "archivediff.h"

#include "memorymap.h"

#include <QMap>
#include <QSet>

namespace mtvw::mlf {

namespace {

QString stripPrefix(const QString &name, const QString &module)
{
    const QString prefix = QStringLiteral("tvmgen_") + module + QLatin1Char('_');
    return name.startsWith(prefix) ? name.mid(prefix.size()) : name;
}

ArchiveDiff::Totals totalsOf(const MlfArchive &archive, const MlfArchive::Module *m)
{
    ArchiveDiff::Totals t;
    if (!m)
        return t;
    const MemoryMap map = MemoryMap::compute(archive, *m);
    t.workspace = map.workspaceBytes;
    t.io = map.ioBytes;
    t.constants = map.constantsBytes;
    t.params = map.paramsBytes;
    t.code = map.sourceBytes + map.objectBytes;
    t.ram = map.ramBytes;
    t.flash = map.flashBytes;
    return t;
}

struct FunctionFacts
{
    qint64 workspace = -1;
    qint64 code = -1;
};

QMap<QString, FunctionFacts> functionsOf(const MlfArchive &archive, const MlfArchive::Module *m)
{
    QMap<QString, FunctionFacts> out;
    if (!m)
        return out;
    for (const MlfArchive::Operator &op : archive.operators(*m))
        out[stripPrefix(op.name, m->name)].workspace = op.workspaceBytes;
    const QSet<QString> files(m->sources.begin(), m->sources.end());
    for (const SourceIndex::Function &f : archive.sourceIndex().functions()) {
        if (!files.contains(f.file))
            continue;
        FunctionFacts &facts = out[stripPrefix(f.name, m->name)];
        facts.code = std::max<qint64>(facts.code, 0) + f.bytes();
    }
    return out;
}

template<typename T>
ArchiveDiff::Change changeOf(const T &a, const T &b, bool inA, bool inB)
{
    if (!inA)
        return ArchiveDiff::Change::Added;
    if (!inB)
        return ArchiveDiff::Change::Removed;
    return a == b ? ArchiveDiff::Change::Same : ArchiveDiff::Change::Changed;
}

ArchiveDiff::ModuleDiff diffModules(const MlfArchive &a, const MlfArchive::Module *ma, const MlfArchive &b,
                                    const MlfArchive::Module *mb)
{
    ArchiveDiff::ModuleDiff d;
    d.moduleA = ma ? ma->name : QString();
    d.moduleB = mb ? mb->name : QString();
    d.executorsA = ma ? ma->meta.executors.join(QStringLiteral(", ")) : QString();
    d.executorsB = mb ? mb->meta.executors.join(QStringLiteral(", ")) : QString();
    d.a = totalsOf(a, ma);
    d.b = totalsOf(b, mb);
    const auto fa = functionsOf(a, ma);
    const auto fb = functionsOf(b, mb);
    QStringList names = fa.keys();
    for (const QString &n : fb.keys())
        if (!fa.contains(n))
            names << n;
    for (const QString &n : names) {
        ArchiveDiff::FunctionRow row;
        row.name = n;
        const FunctionFacts x = fa.value(n), y = fb.value(n);
        row.workspaceA = x.workspace;
        row.codeA = x.code;
        row.workspaceB = y.workspace;
        row.codeB = y.code;
        row.change = changeOf(std::pair(x.workspace, x.code), std::pair(y.workspace, y.code), fa.contains(n), fb.contains(n));
        d.functions << row;
    }
    std::stable_sort(d.functions.begin(), d.functions.end(), [](const auto &l, const auto &r) {
        return std::abs(l.workspaceDelta()) + std::abs(l.codeDelta()) > std::abs(r.workspaceDelta()) + std::abs(r.codeDelta());
    });
    QMap<QString, const ParamsFile::Tensor *> pa, pb;
    if (ma && ma->params)
        for (const auto &t : ma->params->tensors)
            pa.insert(t.name, &t);
    if (mb && mb->params)
        for (const auto &t : mb->params->tensors)
            pb.insert(t.name, &t);
    QStringList pnames = pa.keys();
    for (const QString &n : pb.keys())
        if (!pa.contains(n))
            pnames << n;
    for (const QString &n : pnames) {
        ArchiveDiff::ParamRow row;
        row.name = n;
        if (const auto *t = pa.value(n)) {
            row.bytesA = t->dataBytes;
            row.shapeA = t->shapeText();
            row.dtypeA = t->dtype.name();
        }
        if (const auto *t = pb.value(n)) {
            row.bytesB = t->dataBytes;
            row.shapeB = t->shapeText();
            row.dtypeB = t->dtype.name();
        }
        row.change = changeOf(std::tuple(row.bytesA, row.shapeA, row.dtypeA), std::tuple(row.bytesB, row.shapeB, row.dtypeB),
                              pa.contains(n), pb.contains(n));
        d.params << row;
    }
    std::stable_sort(d.params.begin(), d.params.end(),
                     [](const auto &l, const auto &r) { return std::abs(l.delta()) > std::abs(r.delta()); });
    return d;
}

} // namespace

QString ArchiveDiff::changeName(Change c)
{
    switch (c) {
    case Change::Same: return QStringLiteral("same");
    case Change::Changed: return QStringLiteral("changed");
    case Change::Added: return QStringLiteral("added");
    case Change::Removed: return QStringLiteral("removed");
    }
    return {};
}

ArchiveDiff ArchiveDiff::compute(const MlfArchive &a, const MlfArchive &b)
{
    ArchiveDiff diff;
    diff.versionA = a.hasMetadata() ? a.metadata().version : 0;
    diff.versionB = b.hasMetadata() ? b.metadata().version : 0;
    const auto &ma = a.modules();
    const auto &mb = b.modules();
    if (ma.size() == 1 && mb.size() == 1) { // one model each: compare them whatever their names
        diff.modules << diffModules(a, &ma.first(), b, &mb.first());
        return diff;
    }
    for (const auto &m : ma)
        diff.modules << diffModules(a, &m, b, b.module(m.name));
    for (const auto &m : mb)
        if (!a.module(m.name))
            diff.modules << diffModules(a, nullptr, b, &m);
    return diff;
}

} // namespace mtvw::mlf
