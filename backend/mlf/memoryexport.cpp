#include "memoryexport.h"

#include "memorytimeline.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mtvw::mlf {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue orNull(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString sourceName(MemoryTimeline::Source source)
{
    switch (source) {
    case MemoryTimeline::Source::GraphStorage: return QStringLiteral("graph_storage");
    case MemoryTimeline::Source::AotWorkspace: return QStringLiteral("aot_workspace");
    case MemoryTimeline::Source::AotTensors: return QStringLiteral("aot_tensors");
    case MemoryTimeline::Source::None: break;
    }
    return QStringLiteral("none");
}

QString kindKey(MemoryTimeline::Kind kind)
{
    switch (kind) {
    case MemoryTimeline::Kind::Input: return QStringLiteral("input");
    case MemoryTimeline::Kind::Param: return QStringLiteral("param");
    case MemoryTimeline::Kind::Intermediate: return QStringLiteral("intermediate");
    case MemoryTimeline::Kind::Output: return QStringLiteral("output");
    case MemoryTimeline::Kind::Workspace: return QStringLiteral("workspace");
    }
    return {};
}

QString roleKey(AotActivations::Role role)
{
    switch (role) {
    case AotActivations::Role::Input: return QStringLiteral("input");
    case AotActivations::Role::Output: return QStringLiteral("output");
    case AotActivations::Role::Intermediate: return QStringLiteral("intermediate");
    case AotActivations::Role::Scratch: return QStringLiteral("scratch");
    }
    return {};
}

QJsonValue index(int i)
{
    return i < 0 ? QJsonValue() : QJsonValue(i);
}

QJsonArray arrays(const QList<CodeArrays::Array> &list, bool withKind)
{
    QJsonArray out;
    for (const CodeArrays::Array &a : list) {
        QJsonObject o{{QStringLiteral("symbol"), a.symbol},
                      {QStringLiteral("file"), a.file},
                      {QStringLiteral("line"), a.line},
                      {QStringLiteral("bytes"), orNull(a.bytes)},
                      {QStringLiteral("section"), orNull(a.section)}};
        if (withKind)
            o[QStringLiteral("kind")] = CodeArrays::kindKey(a.kind);
        out << o;
    }
    return out;
}

QJsonObject budgetObject(const MemoryMap &map, const MemoryMap::Budget &budget)
{
    const MemoryMap::Fit fit = map.check(budget);
    auto fits = [](bool checked, bool unknown, bool value) { return checked && !unknown ? QJsonValue(value) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("ram_bytes"), orNull(budget.ramBytes)},
                       {QStringLiteral("flash_bytes"), orNull(budget.flashBytes)},
                       {QStringLiteral("ram_fits"), fits(fit.ramChecked, fit.ramUnknown, fit.ramFits)},
                       {QStringLiteral("flash_fits"), fits(fit.flashChecked, fit.flashUnknown, fit.flashFits)},
                       {QStringLiteral("ram_headroom_bytes"), fit.ramChecked ? QJsonValue(fit.ramHeadroom) : QJsonValue()},
                       {QStringLiteral("flash_headroom_bytes"), fit.flashChecked ? QJsonValue(fit.flashHeadroom) : QJsonValue()},
                       {QStringLiteral("unknown"), fit.unknown()},
                       {QStringLiteral("fits"), fit.fits()}};
}

QJsonObject estimateObject(const MemoryMap &map)
{
    return QJsonObject{{QStringLiteral("ram_bytes"), map.ramBytes},         {QStringLiteral("ram_formula"), map.ramFormula},
                       {QStringLiteral("ram_known"), map.ramKnown},         {QStringLiteral("flash_bytes"), map.flashBytes},
                       {QStringLiteral("flash_formula"), map.flashFormula}, {QStringLiteral("flash_known"), map.flashKnown}};
}

} // namespace

QJsonObject MemoryExport::totalObject(const MemoryMap &total, const MemoryMap::Budget &budget)
{
    QJsonObject o = estimateObject(total);
    o[QStringLiteral("budget")] = budgetObject(total, budget);
    return o;
}

QJsonObject MemoryExport::moduleObject(const MemoryMap &map, const MemoryMap::Budget &budget)
{
    QJsonObject o;
    o[QStringLiteral("module")] = map.module;
    o[QStringLiteral("known")] = map.known;
    o[QStringLiteral("totals")] =
        QJsonObject{{QStringLiteral("workspace_bytes"), map.workspaceBytes}, {QStringLiteral("io_bytes"), map.ioBytes},
                    {QStringLiteral("constants_bytes"), map.constantsBytes}, {QStringLiteral("params_bytes"), map.paramsBytes},
                    {QStringLiteral("storage_bytes"), map.storageBytes},     {QStringLiteral("source_bytes"), map.sourceBytes},
                    {QStringLiteral("object_bytes"), map.objectBytes}};
    QJsonArray code;
    for (const auto &c : map.code)
        code << QJsonObject{{QStringLiteral("path"), c.path},
                            {QStringLiteral("bytes"), c.bytes},
                            {QStringLiteral("kind"), c.object ? QStringLiteral("object") : QStringLiteral("source")}};
    o[QStringLiteral("code")] = code;
    QJsonArray ops;
    for (const auto &op : map.operators)
        ops << QJsonObject{{QStringLiteral("name"), op.name}, {QStringLiteral("workspace_bytes"), op.bytes}};
    o[QStringLiteral("operators")] = ops;
    QJsonArray pools;
    for (const auto &p : map.pools)
        pools << QJsonObject{{QStringLiteral("name"), p.name},
                             {QStringLiteral("kind"), p.kind},
                             {QStringLiteral("size_bytes"), orNull(p.sizeBytes)}};
    o[QStringLiteral("pools")] = pools;
    QJsonArray storage;
    for (const auto &s : map.storage)
        storage << QJsonObject{{QStringLiteral("storage_id"), s.storageId},
                               {QStringLiteral("bytes"), s.bytes},
                               {QStringLiteral("binding"), orNull(s.binding)},
                               {QStringLiteral("linked"), s.linked},
                               {QStringLiteral("claimed_bytes"), orNull(s.claimedBytes)}};
    o[QStringLiteral("storage")] = storage;
    o[QStringLiteral("constants_in_code")] = arrays(map.constantsInCode, true);
    o[QStringLiteral("constants_in_code_bytes")] = map.constantsInCodeBytes;
    o[QStringLiteral("workspace_in_code")] = arrays(map.workspaceInCode, false);
    o[QStringLiteral("params_file_used")] = map.paramsFileUsed;
    QJsonArray calls;
    for (const QString &c : map.calls)
        calls << c;
    o[QStringLiteral("calls")] = calls;
    QJsonArray activations;
    for (const auto &a : map.activations)
        activations << QJsonObject{{QStringLiteral("name"), a.name},
                                   {QStringLiteral("pool"), a.pool},
                                   {QStringLiteral("offset"), orNull(a.offset)},
                                   {QStringLiteral("bytes"), orNull(a.bytes)},
                                   {QStringLiteral("exact"), a.exact},
                                   {QStringLiteral("first_call"), index(a.firstCall)},
                                   {QStringLiteral("last_call"), index(a.lastCall)},
                                   {QStringLiteral("live_from"), index(a.liveFrom)},
                                   {QStringLiteral("live_to"), index(a.liveTo)},
                                   {QStringLiteral("kind"), roleKey(a.role)},
                                   {QStringLiteral("function"), orNull(a.function)}};
    o[QStringLiteral("activations")] = activations;
    o[QStringLiteral("peak_bytes")] = map.peakCall < 0 ? QJsonValue() : QJsonValue(map.peakBytes);
    o[QStringLiteral("peak_call")] = index(map.peakCall);
    o[QStringLiteral("peak_function")] = orNull(map.peakFunction());
    QJsonObject sources;
    for (const QString &key :
         {QStringLiteral("workspace"), QStringLiteral("io"), QStringLiteral("storage"), QStringLiteral("constants")})
        sources[key] = map.sources.contains(key) ? QJsonValue(MemoryMap::sourceKey(map.sources.value(key))) : QJsonValue();
    o[QStringLiteral("sources_of_figures")] = sources;
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(map.warnings);
    o[QStringLiteral("notes")] = QJsonArray::fromStringList(map.notes);
    o[QStringLiteral("estimate")] = estimateObject(map);
    o[QStringLiteral("budget")] = budgetObject(map, budget);
    return o;
}

QJsonObject MemoryExport::timelineObject(const MemoryTimeline &timeline)
{
    QJsonArray steps;
    for (const auto &s : timeline.steps)
        steps << QJsonObject{{QStringLiteral("function"), s.function},
                             {QStringLiteral("node"), s.node < 0 ? QJsonValue() : QJsonValue(s.node)}};
    QJsonArray segments;
    for (const auto &s : timeline.segments)
        segments << QJsonObject{{QStringLiteral("label"), s.label},
                                {QStringLiteral("kind"), kindKey(s.kind)},
                                {QStringLiteral("function"), orNull(s.function)},
                                {QStringLiteral("start_step"), s.startStep},
                                {QStringLiteral("end_step"), s.endStep},
                                {QStringLiteral("offset"), s.offset},
                                {QStringLiteral("bytes"), s.bytes},
                                {QStringLiteral("storage_id"), orNull(s.storageId)},
                                {QStringLiteral("node"), s.node < 0 ? QJsonValue() : QJsonValue(s.node)},
                                {QStringLiteral("pool"), orNull(s.pool)},
                                {QStringLiteral("exact"), s.exact}};
    QJsonArray live;
    for (qint64 b : timeline.liveBytes)
        live << b;
    return QJsonObject{{QStringLiteral("source"), sourceName(timeline.source)},
                       {QStringLiteral("reason"), orNull(timeline.reason)},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("segments"), segments},
                       {QStringLiteral("live_bytes"), live},
                       {QStringLiteral("peak_bytes"), timeline.peakBytes},
                       {QStringLiteral("peak_step"), timeline.peakStep < 0 ? QJsonValue() : QJsonValue(timeline.peakStep)},
                       {QStringLiteral("extent_bytes"), timeline.extentBytes}};
}

QByteArray MemoryExport::document(const QList<QJsonObject> &modules, bool fits, const QJsonObject &total)
{
    QJsonArray list;
    for (const QJsonObject &m : modules)
        list << m;
    QJsonObject doc{{QStringLiteral("modules"), list}, {QStringLiteral("fits"), fits}};
    if (!total.isEmpty())
        doc[QStringLiteral("total")] = total;
    return QJsonDocument(doc).toJson();
}

QString MemoryExport::csv(const QList<MemoryMap> &maps)
{
    QString out = QStringLiteral("module,kind,name,bytes\n");
    for (const MemoryMap &map : maps) {
        auto row = [&](const QString &kind, const QString &name, qint64 value) {
            out += QStringLiteral("%1,%2,%3,%4\n").arg(csvField(map.module), kind, csvField(name)).arg(value);
        };
        row(QStringLiteral("total"), QStringLiteral("workspace"), map.workspaceBytes);
        row(QStringLiteral("total"), QStringLiteral("io"), map.ioBytes);
        row(QStringLiteral("total"), QStringLiteral("constants"), map.constantsBytes);
        row(QStringLiteral("total"), QStringLiteral("params"), map.paramsBytes);
        row(QStringLiteral("total"), QStringLiteral("storage"), map.storageBytes);
        row(QStringLiteral("total"), QStringLiteral("ram_estimate"), map.ramBytes);
        row(QStringLiteral("total"), QStringLiteral("flash_estimate"), map.flashBytes);
        row(QStringLiteral("total"), QStringLiteral("constants_in_code"), map.constantsInCodeBytes);
        if (map.peakCall >= 0)
            row(QStringLiteral("total"), QStringLiteral("peak"), map.peakBytes);
        for (const auto &a : map.constantsInCode)
            row(QStringLiteral("constant_in_code"), a.symbol, a.bytes);
        for (const auto &a : map.activations)
            if (a.bytes >= 0)
                row(QStringLiteral("activation"), a.name, a.bytes);
        for (const auto &c : map.code)
            row(c.object ? QStringLiteral("object") : QStringLiteral("source"), c.path, c.bytes);
        for (const auto &op : map.operators)
            row(QStringLiteral("operator_workspace"), op.name, op.bytes);
        for (const auto &p : map.pools)
            row(p.kind + QStringLiteral("_pool"), p.name, p.sizeBytes);
        for (const auto &s : map.storage)
            row(QStringLiteral("storage_id"),
                QString::number(s.storageId) + (s.binding.isEmpty() ? QString() : QLatin1Char(':') + s.binding), s.bytes);
    }
    return out;
}

} // namespace mtvw::mlf
