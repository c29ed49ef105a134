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

} // namespace

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
                               {QStringLiteral("binding"), orNull(s.binding)}};
    o[QStringLiteral("storage")] = storage;
    o[QStringLiteral("estimate")] = QJsonObject{{QStringLiteral("ram_bytes"), map.ramBytes},
                                                {QStringLiteral("ram_formula"), map.ramFormula},
                                                {QStringLiteral("flash_bytes"), map.flashBytes},
                                                {QStringLiteral("flash_formula"), map.flashFormula}};
    const MemoryMap::Fit fit = map.check(budget);
    o[QStringLiteral("budget")] =
        QJsonObject{{QStringLiteral("ram_bytes"), orNull(budget.ramBytes)},
                    {QStringLiteral("flash_bytes"), orNull(budget.flashBytes)},
                    {QStringLiteral("ram_fits"), fit.ramChecked ? QJsonValue(fit.ramFits) : QJsonValue()},
                    {QStringLiteral("flash_fits"), fit.flashChecked ? QJsonValue(fit.flashFits) : QJsonValue()},
                    {QStringLiteral("ram_headroom_bytes"), fit.ramChecked ? QJsonValue(fit.ramHeadroom) : QJsonValue()},
                    {QStringLiteral("flash_headroom_bytes"), fit.flashChecked ? QJsonValue(fit.flashHeadroom) : QJsonValue()},
                    {QStringLiteral("fits"), fit.fits()}};
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
                                {QStringLiteral("node"), s.node < 0 ? QJsonValue() : QJsonValue(s.node)}};
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

QByteArray MemoryExport::document(const QList<QJsonObject> &modules, bool fits)
{
    QJsonArray list;
    for (const QJsonObject &m : modules)
        list << m;
    return QJsonDocument(QJsonObject{{QStringLiteral("modules"), list}, {QStringLiteral("fits"), fits}}).toJson();
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
