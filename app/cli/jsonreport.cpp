#include "jsonreport.h"

#include "micro/timingstats.h"

#include "mlf/memorymap.h"

#include <QJsonArray>

using namespace mtvw::mlf;

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue orNull(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray shape(const QList<qint64> &dims)
{
    QJsonArray a;
    for (qint64 d : dims)
        a << d;
    return a;
}

QJsonArray tensors(const QList<Metadata::Tensor> &list)
{
    QJsonArray a;
    for (const auto &t : list)
        a << QJsonObject{
            {QStringLiteral("name"), t.name}, {QStringLiteral("dtype"), t.dtype}, {QStringLiteral("size_bytes"), t.sizeBytes}};
    return a;
}

} // namespace

QJsonObject JsonReport::inspect(const MlfArchive &mlf)
{
    QJsonObject o;
    o[QStringLiteral("archive")] = mlf.archive().path();
    o[QStringLiteral("format")] = mlf.archive().formatName();
    o[QStringLiteral("layout")] = mlf.layoutName();
    o[QStringLiteral("root")] = mlf.root();
    o[QStringLiteral("has_metadata")] = mlf.hasMetadata();
    o[QStringLiteral("version")] = mlf.hasMetadata() ? QJsonValue(mlf.metadata().version) : QJsonValue();
    o[QStringLiteral("version_known")] = mlf.hasMetadata() && mlf.metadata().versionKnown;
    o[QStringLiteral("style")] = orNull(mlf.metadata().style);

    int sources = 0, headers = 0, params = 0, other = 0;
    for (const ArchiveEntry &e : mlf.archive().entries()) {
        if (e.path.endsWith(QLatin1String(".c")) || e.path.endsWith(QLatin1String(".cc")) ||
            e.path.endsWith(QLatin1String(".cpp")))
            ++sources;
        else if (e.path.endsWith(QLatin1String(".h")))
            ++headers;
        else if (e.path.endsWith(QLatin1String(".params")))
            ++params;
        else
            ++other;
    }
    o[QStringLiteral("file_counts")] = QJsonObject{{QStringLiteral("total"), int(mlf.archive().entries().size())},
                                                   {QStringLiteral("c_sources"), sources},
                                                   {QStringLiteral("headers"), headers},
                                                   {QStringLiteral("params"), params},
                                                   {QStringLiteral("other"), other}};
    o[QStringLiteral("total_bytes")] = mlf.archive().totalBytes();

    QJsonArray modules;
    for (const MlfArchive::Module &m : mlf.modules()) {
        const MemoryMap map = MemoryMap::compute(mlf, m);
        QJsonObject jm;
        jm[QStringLiteral("name")] = m.name;
        jm[QStringLiteral("style")] = orNull(m.meta.style);
        jm[QStringLiteral("executors")] = strings(m.meta.executors);
        jm[QStringLiteral("targets")] = strings(m.meta.targets);
        jm[QStringLiteral("export_datetime")] = orNull(m.meta.exportDatetime);
        jm[QStringLiteral("files")] =
            QJsonObject{{QStringLiteral("sources"), strings(m.sources)},   {QStringLiteral("objects"), strings(m.objects)},
                        {QStringLiteral("header"), orNull(m.headerEntry)}, {QStringLiteral("params"), orNull(m.paramsEntry)},
                        {QStringLiteral("graph"), orNull(m.graphEntry)},   {QStringLiteral("relay"), orNull(m.relayEntry)},
                        {QStringLiteral("tir"), strings(m.tirEntries)}};
        const auto ops = mlf.operators(m);
        jm[QStringLiteral("operator_count")] = int(ops.size());
        jm[QStringLiteral("memory")] =
            QJsonObject{{QStringLiteral("known"), map.known},
                        {QStringLiteral("workspace_bytes"), map.workspaceBytes},
                        {QStringLiteral("io_bytes"), map.ioBytes},
                        {QStringLiteral("constants_bytes"), map.constantsBytes},
                        {QStringLiteral("params_bytes"), map.paramsBytes},
                        {QStringLiteral("storage_bytes"), map.storageBytes},
                        {QStringLiteral("source_bytes"), map.sourceBytes},
                        {QStringLiteral("object_bytes"), map.objectBytes},
                        {QStringLiteral("ram_estimate_bytes"), map.ramBytes},
                        {QStringLiteral("flash_estimate_bytes"), map.flashBytes},
                        {QStringLiteral("ram_known"), map.ramKnown},
                        {QStringLiteral("flash_known"), map.flashKnown},
                        {QStringLiteral("constants_in_code_bytes"), map.constantsInCodeBytes},
                        {QStringLiteral("peak_bytes"), map.peakCall < 0 ? QJsonValue() : QJsonValue(map.peakBytes)},
                        {QStringLiteral("warnings"), strings(map.warnings)},
                        {QStringLiteral("notes"), strings(map.notes)}};
        QJsonArray top;
        for (const auto &op : map.operators.mid(0, 5))
            top << QJsonObject{{QStringLiteral("name"), op.name}, {QStringLiteral("workspace_bytes"), op.bytes}};
        jm[QStringLiteral("top_operators")] = top;
        jm[QStringLiteral("params")] = m.params ? QJsonValue(QJsonObject{{QStringLiteral("count"), int(m.params->tensors.size())},
                                                                         {QStringLiteral("bytes"), m.params->totalDataBytes()}})
                                                : QJsonValue();
        jm[QStringLiteral("graph")] = m.graph ? QJsonValue(QJsonObject{{QStringLiteral("nodes"), int(m.graph->nodes.size())},
                                                                       {QStringLiteral("operators"), m.graph->operatorCount()}})
                                              : QJsonValue();
        QList<Metadata::Tensor> inputs, outputs;
        for (const auto &mm : m.meta.main) {
            inputs << mm.inputs;
            outputs << mm.outputs;
        }
        jm[QStringLiteral("inputs")] = tensors(inputs);
        jm[QStringLiteral("outputs")] = tensors(outputs);
        if (m.header) {
            QJsonArray pools;
            for (const auto &p : m.header->pools)
                pools << QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("kind"), p.kind},
                                     {QStringLiteral("size_bytes"), orNull(p.sizeBytes)}};
            jm[QStringLiteral("c_interface")] = QJsonObject{{QStringLiteral("run_function"), m.header->runFunction},
                                                            {QStringLiteral("workspace_bytes"), orNull(m.header->workspaceBytes)},
                                                            {QStringLiteral("pools"), pools}};
        } else {
            jm[QStringLiteral("c_interface")] = QJsonValue();
        }
        modules << jm;
    }
    o[QStringLiteral("modules")] = modules;
    o[QStringLiteral("warnings")] = strings(mlf.warnings());
    return o;
}

QJsonObject JsonReport::params(const MlfArchive::Module &m)
{
    QJsonObject o;
    o[QStringLiteral("module")] = m.name;
    o[QStringLiteral("file")] = orNull(m.paramsEntry);
    QJsonArray list;
    qint64 total = 0;
    if (m.params) {
        for (const auto &t : m.params->tensors) {
            list << QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("dtype"), t.dtype.name()},
                                {QStringLiteral("shape"), shape(t.shape)},
                                {QStringLiteral("bytes"), t.dataBytes},
                                {QStringLiteral("offset"), t.dataOffset}};
            total += t.dataBytes;
        }
    }
    o[QStringLiteral("tensors")] = list;
    o[QStringLiteral("total_bytes")] = total;
    return o;
}

QJsonObject JsonReport::graph(const MlfArchive::Module &m)
{
    QJsonObject o;
    o[QStringLiteral("module")] = m.name;
    o[QStringLiteral("file")] = orNull(m.graphEntry);
    if (!m.graph)
        return o;
    const Graph &g = *m.graph;
    QJsonArray nodes;
    for (const Graph::Node &n : g.nodes) {
        QJsonArray inputs;
        for (const auto &ref : n.inputs)
            inputs << QJsonArray{ref.node, ref.index};
        QJsonArray outputs;
        for (int k = 0; k < n.numOutputs; ++k) {
            const Graph::Entry *e = g.entry({n.id, k});
            if (!e)
                continue;
            outputs << QJsonObject{{QStringLiteral("shape"), shape(e->shape)},
                                   {QStringLiteral("dtype"), e->dtype},
                                   {QStringLiteral("storage_id"), e->storageId},
                                   {QStringLiteral("bytes"), e->bytes}};
        }
        QJsonObject attrs;
        for (auto it = n.attrs.constBegin(); it != n.attrs.constEnd(); ++it)
            attrs[it.key()] = it.value();
        nodes << QJsonObject{{QStringLiteral("id"), n.id},       {QStringLiteral("op"), n.op},
                             {QStringLiteral("name"), n.name},   {QStringLiteral("func_name"), orNull(n.funcName)},
                             {QStringLiteral("inputs"), inputs}, {QStringLiteral("outputs"), outputs},
                             {QStringLiteral("attrs"), attrs}};
    }
    o[QStringLiteral("nodes")] = nodes;
    QJsonArray heads;
    for (const auto &h : g.heads)
        heads << QJsonArray{h.node, h.index};
    o[QStringLiteral("heads")] = heads;
    QJsonArray args;
    for (int a : g.argNodes)
        args << a;
    o[QStringLiteral("arg_nodes")] = args;
    QJsonArray storage;
    for (auto it = g.storageBytes.constBegin(); it != g.storageBytes.constEnd(); ++it)
        storage << QJsonObject{{QStringLiteral("storage_id"), it.key()}, {QStringLiteral("bytes"), it.value()}};
    o[QStringLiteral("storage")] = storage;
    return o;
}

QJsonObject JsonReport::diff(const ArchiveDiff &diff, const QString &a, const QString &b)
{
    auto totals = [](const ArchiveDiff::Totals &t) {
        return QJsonObject{{QStringLiteral("workspace_bytes"), t.workspace}, {QStringLiteral("io_bytes"), t.io},
                           {QStringLiteral("constants_bytes"), t.constants}, {QStringLiteral("params_bytes"), t.params},
                           {QStringLiteral("code_bytes"), t.code},           {QStringLiteral("ram_estimate_bytes"), t.ram},
                           {QStringLiteral("flash_estimate_bytes"), t.flash}};
    };
    QJsonArray modules;
    for (const auto &m : diff.modules) {
        QJsonArray functions;
        for (const auto &f : m.functions)
            functions << QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("change"), ArchiveDiff::changeName(f.change)},
                                     {QStringLiteral("workspace_a"), orNull(f.workspaceA)},
                                     {QStringLiteral("workspace_b"), orNull(f.workspaceB)},
                                     {QStringLiteral("workspace_delta"), f.workspaceDelta()},
                                     {QStringLiteral("code_a"), orNull(f.codeA)},
                                     {QStringLiteral("code_b"), orNull(f.codeB)},
                                     {QStringLiteral("code_delta"), f.codeDelta()}};
        QJsonArray params;
        for (const auto &p : m.params)
            params << QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("change"), ArchiveDiff::changeName(p.change)},
                                  {QStringLiteral("bytes_a"), orNull(p.bytesA)},
                                  {QStringLiteral("bytes_b"), orNull(p.bytesB)},
                                  {QStringLiteral("delta"), p.delta()},
                                  {QStringLiteral("shape_a"), orNull(p.shapeA)},
                                  {QStringLiteral("shape_b"), orNull(p.shapeB)}};
        modules << QJsonObject{{QStringLiteral("module_a"), orNull(m.moduleA)},
                               {QStringLiteral("module_b"), orNull(m.moduleB)},
                               {QStringLiteral("executors_a"), orNull(m.executorsA)},
                               {QStringLiteral("executors_b"), orNull(m.executorsB)},
                               {QStringLiteral("totals_a"), totals(m.a)},
                               {QStringLiteral("totals_b"), totals(m.b)},
                               {QStringLiteral("functions"), functions},
                               {QStringLiteral("params"), params}};
    }
    auto version = [](int v) { return v > 0 ? QJsonValue(v) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("a"), a},
                       {QStringLiteral("b"), b},
                       {QStringLiteral("metadata_version_a"), version(diff.versionA)},
                       {QStringLiteral("metadata_version_b"), version(diff.versionB)},
                       {QStringLiteral("modules"), modules}};
}

QJsonObject JsonReport::run(const mtvw::micro::HostSimOutput &output)
{
    using mtvw::micro::TimingStats;
    QJsonArray outputs;
    for (const auto &t : output.outputs()) {
        QJsonArray first, top;
        for (qsizetype i = 0; i < std::min<qsizetype>(t.values.size(), 16); ++i)
            first << t.values[i];
        for (const auto &[index, value] : t.top(3))
            top << QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("value"), value}};
        outputs << QJsonObject{{QStringLiteral("module"), t.module},    {QStringLiteral("name"), t.name},
                               {QStringLiteral("dtype"), t.dtype},      {QStringLiteral("elements"), t.count},
                               {QStringLiteral("first_values"), first}, {QStringLiteral("top"), top}};
    }
    QStringList modules;
    for (const auto &r : output.runs())
        if (!modules.contains(r.module))
            modules << r.module;
    QJsonArray timing;
    for (const QString &m : std::as_const(modules)) {
        QJsonObject t = JsonReport::timing(output.runTimes(m));
        t.insert(QStringLiteral("module"), m);
        timing << t;
    }
    return QJsonObject{{QStringLiteral("outputs"), outputs}, {QStringLiteral("timing"), timing}};
}

QJsonObject JsonReport::timing(const QList<double> &ms)
{
    using mtvw::micro::TimingStats;
    const TimingStats s = TimingStats::compute(ms);
    QJsonArray outliers;
    for (int i : s.outliers)
        outliers << QJsonObject{{QStringLiteral("run"), i + 1}, {QStringLiteral("ms"), ms[i]}};
    return QJsonObject{{QStringLiteral("runs"), s.count},       {QStringLiteral("min_ms"), s.min},
                       {QStringLiteral("median_ms"), s.median}, {QStringLiteral("mean_ms"), s.mean},
                       {QStringLiteral("p95_ms"), s.p95},       {QStringLiteral("max_ms"), s.max},
                       {QStringLiteral("stddev_ms"), s.stddev}, {QStringLiteral("mad_ms"), s.mad},
                       {QStringLiteral("outliers"), outliers},  {QStringLiteral("outlier_rule"), TimingStats::rule()}};
}
