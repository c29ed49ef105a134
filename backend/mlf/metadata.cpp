#include "metadata.h"

#include <limits>
#include <optional>

#include "core/checkedmath.h"
#include "core/tr.h"
#include "jsonaccess.h"
#include "operatorlistreader.h"

#include <QSet>

namespace mtvw::mlf {

qint64 Metadata::OperatorMemory::workspaceBytes() const
{
    qint64 sum = 0;
    for (const auto &w : workspace)
        sum = saturatingAdd(sum, w.second);
    return sum;
}

namespace {

constexpr qsizetype kMaxModules = 10'000;

qint64 sumOverMain(const QList<Metadata::MainMemory> &main, qint64 Metadata::MainMemory::*field)
{
    qint64 sum = 0;
    for (const auto &m : main)
        sum = saturatingAdd(sum, m.*field);
    return sum;
}

} // namespace

qint64 Metadata::Module::workspaceBytes() const
{
    return sumOverMain(main, &MainMemory::workspaceBytes);
}

qint64 Metadata::Module::ioBytes() const
{
    return sumOverMain(main, &MainMemory::ioBytes);
}

qint64 Metadata::Module::constantsBytes() const
{
    return sumOverMain(main, &MainMemory::constantsBytes);
}

const Metadata::Module *Metadata::module(const QString &name) const
{
    for (const auto &m : modules)
        if (m.name == name)
            return &m;
    return nullptr;
}

namespace {

class Parser
{
public:
    Parser(const QString &entry, Metadata *out, const QList<QList<Metadata::OperatorMemory>> *lists = nullptr)
        : m_json(entry)
        , m_entry(entry)
        , m_out(out)
        , m_lists(lists)
        , m_listUses(lists ? lists->size() : 0, 0)
    {}

    Result<void> parseTop(const QJsonValue &top);
    // Every list OperatorListReader read was taken exactly once (else the document is read again).
    bool listsUsedOnce() const
    {
        return std::all_of(m_listUses.cbegin(), m_listUses.cend(), [](int n) { return n == 1; });
    }

private:
    Result<void> parseModule(const QJsonObject &obj, const JsonPath &path, const QString &name, Metadata::Module *m);
    Result<QStringList> parseTargets(const QJsonValue &v, const JsonPath &path);
    Result<void> parseFullMemory(const QJsonValue &memory, const JsonPath &path, Metadata::Module *m);
    Result<void> parseOperatorMemory(const QJsonValue &memory, const JsonPath &path, Metadata::Module *m);
    Result<QList<Metadata::Storage>> parseSids(const QJsonArray &list, const JsonPath &path);
    Result<Metadata::MainMemory> parseMain(const QJsonValue &v, const JsonPath &path);
    Result<QList<Metadata::Tensor>> parseTensorMap(const QJsonObject &obj, const JsonPath &path);
    Result<Metadata::OperatorMemory> parseOperator(const QJsonValue &v, const JsonPath &path);
    Result<QList<Metadata::Dependency>> parseDependencies(const QJsonArray &list, const JsonPath &path);
    void noteUnknownKeys(const QJsonObject &obj, const JsonPath &path);

    JsonAccess m_json;
    QString m_entry;
    Metadata *m_out;
    const QList<QList<Metadata::OperatorMemory>> *m_lists;
    QList<int> m_listUses;
};

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys = {QStringLiteral("version"),    QStringLiteral("modules"),
                                       QStringLiteral("model_name"), QStringLiteral("export_datetime"),
                                       QStringLiteral("memory"),     QStringLiteral("target"),
                                       QStringLiteral("executors"),  QStringLiteral("runtimes"),
                                       QStringLiteral("style"),      QStringLiteral("external_dependencies")};
    return keys;
}

void Parser::noteUnknownKeys(const QJsonObject &obj, const JsonPath &path)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = it.key();
        if (!knownKeys().contains(key))
            m_out->warnings << mtvw::BackendText::tr("%1: unknown field \"%2\" ignored").arg(m_entry, path.key(key).toString());
    }
}

Result<void> Parser::parseTop(const QJsonValue &topValue)
{
    const JsonPath root;
    if (!topValue.isObject())
        return m_json.typeError(root, "an object", topValue);
    const QJsonObject top = topValue.toObject();
    MTVW_TRY(version, m_json.integer(top, "version", root, true));
    if (version < 1)
        return Error(
            Error::Code::Unsupported,
            mtvw::BackendText::tr("%1: metadata version %2 does not exist (versions start at 1)").arg(m_entry).arg(version));
    m_out->version = int(std::min<qint64>(version, 1'000'000));
    if (version > Metadata::kNewestKnownVersion) {
        m_out->versionKnown = false;
        m_out->warnings
            << mtvw::BackendText::tr(
                   "%1: metadata version %2 is newer than the newest known (%3); it is read as far as it looks like version %3")
                   .arg(m_entry)
                   .arg(version)
                   .arg(Metadata::kNewestKnownVersion);
    }
    MTVW_TRY(modules, m_json.object(top, "modules", root, false));
    if (modules) {
        m_out->multiModule = true;
        if (!m_out->versionKnown)
            noteUnknownKeys(top, root);
        if (modules->isEmpty())
            return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: \"modules\" is empty").arg(m_entry));
        if (modules->size() > kMaxModules) // real archives hold one or two
            return Error(Error::Code::LimitExceeded, mtvw::BackendText::tr("%1: %2 modules is more than the %3 allowed")
                                                         .arg(m_entry)
                                                         .arg(modules->size())
                                                         .arg(kMaxModules));
        const JsonPath modulesPath = root.key("modules");
        for (auto it = modules->begin(); it != modules->end(); ++it) {
            const QString name = it.key();
            const JsonPath path = modulesPath.key(name);
            if (!it.value().isObject())
                return m_json.typeError(path, "an object", it.value());
            Metadata::Module m;
            if (auto r = parseModule(it.value().toObject(), path, name, &m); !r)
                return r.error();
            m_out->modules << m;
        }
    } else {
        MTVW_TRY(name, m_json.string(top, "model_name", root, false));
        if (name.isEmpty()) {
            name = QStringLiteral("default");
            m_out->warnings << mtvw::BackendText::tr("%1: no \"model_name\"; the module is called \"default\"").arg(m_entry);
        }
        Metadata::Module m;
        if (auto r = parseModule(top, root, name, &m); !r)
            return r.error();
        m_out->modules << m;
    }
    m_out->style = m_out->modules.first().style;
    return {};
}

Result<void> Parser::parseModule(const QJsonObject &obj, const JsonPath &path, const QString &name, Metadata::Module *m)
{
    m->name = name;
    if (!m_out->versionKnown)
        noteUnknownKeys(obj, path);
    MTVW_TRY(modelName, m_json.string(obj, "model_name", path, false));
    if (!modelName.isEmpty() && modelName != name)
        m_out->warnings << mtvw::BackendText::tr("%1: module \"%2\" calls itself \"%3\"").arg(m_entry, name, modelName);
    MTVW_TRY(style, m_json.string(obj, "style", path, false));
    m->style = style.isEmpty() ? QStringLiteral("full-model") : style;
    if (m->style != QLatin1String("full-model") && m->style != QLatin1String("operator"))
        m_out->warnings << mtvw::BackendText::tr("%1: unknown style \"%2\"; read as full-model").arg(m_entry, style);

    if (const QJsonValue ex = obj.value(QLatin1StringView("executors")); !ex.isUndefined()) {
        MTVW_TRY(list, m_json.stringList(ex, path.key("executors")));
        m->executors = list;
    } else if (const QJsonValue rt = obj.value(QLatin1StringView("runtimes")); !rt.isUndefined()) {
        MTVW_TRY(list, m_json.stringList(rt, path.key("runtimes")));
        m->executors = list;
        m_out->usesRuntimesKey = true;
    } else if (m->style != QLatin1String("operator")) {
        m_out->warnings << mtvw::BackendText::tr("%1: module \"%2\" names no executor").arg(m_entry, name);
    }
    if (const QJsonValue target = obj.value(QLatin1StringView("target")); !target.isUndefined()) {
        MTVW_TRY(targets, parseTargets(target, path.key("target")));
        m->targets = targets;
    }
    MTVW_TRY(datetime, m_json.string(obj, "export_datetime", path, false));
    m->exportDatetime = datetime;

    if (const QJsonValue memory = obj.value(QLatin1StringView("memory")); !memory.isUndefined()) {
        if (m->style == QLatin1String("operator")) {
            if (auto r = parseOperatorMemory(memory, path.key("memory"), m); !r)
                return r.error();
        } else if (auto r = parseFullMemory(memory, path.key("memory"), m); !r) {
            return r.error();
        }
    } else {
        m_out->warnings << mtvw::BackendText::tr("%1: module \"%2\" has no \"memory\" section").arg(m_entry, name);
    }
    MTVW_TRY(deps, m_json.array(obj, "external_dependencies", path, false));
    if (deps) {
        MTVW_TRY(list, parseDependencies(*deps, path.key("external_dependencies")));
        m->dependencies = list;
    }
    return {};
}

Result<QStringList> Parser::parseTargets(const QJsonValue &v, const JsonPath &path)
{
    if (v.isString())
        return QStringList{v.toString()};
    if (v.isArray())
        return m_json.stringList(v, path);
    if (v.isObject()) { // v1–v5: {"<device type>": "<target>"}
        const QJsonObject obj = v.toObject();
        QMap<QString, QString> byKey;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            MTVW_TRY(s, m_json.stringValue(it.value(), path.key(it.key())));
            byKey.insert(it.key(), s);
        }
        return QStringList(byKey.values());
    }
    return m_json.typeError(path, "a string, an array or an object", v);
}

Result<QList<Metadata::Storage>> Parser::parseSids(const QJsonArray &list, const JsonPath &path)
{
    QList<Metadata::Storage> out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath p = path.index(i);
        MTVW_TRY(obj, m_json.objectValue(list.at(i), p));
        Metadata::Storage s;
        MTVW_TRY(sid, m_json.integer(obj, "storage_id", p, true));
        MTVW_TRY(size, m_json.size(obj, "size_bytes", p, true));
        MTVW_TRY(binding, m_json.string(obj, "input_binding", p, false));
        s.storageId = sid;
        s.sizeBytes = size;
        s.inputBinding = binding;
        out << s;
    }
    return out;
}

Result<QList<Metadata::Tensor>> Parser::parseTensorMap(const QJsonObject &obj, const JsonPath &path)
{
    QList<Metadata::Tensor> out;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        Metadata::Tensor t;
        t.name = it.key();
        const JsonPath p = path.key(t.name);
        MTVW_TRY(tensor, m_json.objectValue(it.value(), p));
        MTVW_TRY(size, m_json.integer(tensor, "size", p, false));
        MTVW_TRY(dtype, m_json.string(tensor, "dtype", p, false));
        t.sizeBytes = size;
        t.dtype = dtype;
        out << t;
    }
    return out;
}

Result<Metadata::MainMemory> Parser::parseMain(const QJsonValue &v, const JsonPath &path)
{
    MTVW_TRY(obj, m_json.objectValue(v, path));
    Metadata::MainMemory mm;
    MTVW_TRY(device, m_json.integer(obj, "device", path, false, 1));
    MTVW_TRY(ws, m_json.size(obj, "workspace_size_bytes", path, false));
    MTVW_TRY(cs, m_json.size(obj, "constants_size_bytes", path, false));
    MTVW_TRY(io, m_json.size(obj, "io_size_bytes", path, false));
    mm.device = int(device);
    mm.workspaceBytes = ws;
    mm.constantsBytes = cs;
    mm.ioBytes = io;
    MTVW_TRY(inputs, m_json.object(obj, "inputs", path, false));
    if (inputs) {
        MTVW_TRY(list, parseTensorMap(*inputs, path.key("inputs")));
        mm.inputs = list;
    }
    MTVW_TRY(outputs, m_json.object(obj, "outputs", path, false));
    if (outputs) {
        MTVW_TRY(list, parseTensorMap(*outputs, path.key("outputs")));
        mm.outputs = list;
    }
    return mm;
}

// One operator_functions entry as TVM writes it, read without building checked results; anything
// unusual returns nothing and goes through the checked path, which names the field. Thousands of
// operators make this the hot loop of opening a big archive.
std::optional<Metadata::OperatorMemory> plainOperator(const QJsonValue &v)
{
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject obj = v.toObject();
    const QJsonValue name = obj.value(QLatin1StringView("function_name"));
    if (!name.isString())
        return std::nullopt;
    Metadata::OperatorMemory op;
    op.functionName = name.toString();
    const QJsonValue ws = obj.value(QLatin1StringView("workspace"));
    if (ws.isUndefined())
        return op;
    if (!ws.isArray())
        return std::nullopt;
    const QJsonArray list = ws.toArray(); // const: iterating it must not detach a copy
    for (const QJsonValueConstRef w : list) {
        if (!w.isObject())
            return std::nullopt;
        const QJsonObject wo = w.toObject();
        const QJsonValue device = wo.value(QLatin1StringView("device"));
        const qint64 d = device.isUndefined() ? 1 : device.toInteger(kNotWhole);
        const qint64 bytes = wo.value(QLatin1StringView("workspace_size_bytes")).toInteger(kNotWhole);
        if (d == kNotWhole || bytes == kNotWhole || bytes < 0 || bytes > JsonAccess::kMaxSizeBytes)
            return std::nullopt; // the checked parse says what is wrong
        op.workspace << qMakePair(int(d), bytes);
    }
    return op;
}

Result<Metadata::OperatorMemory> Parser::parseOperator(const QJsonValue &v, const JsonPath &path)
{
    if (auto plain = plainOperator(v))
        return *plain;
    MTVW_TRY(obj, m_json.objectValue(v, path));
    Metadata::OperatorMemory op;
    MTVW_TRY(name, m_json.string(obj, "function_name", path, true));
    op.functionName = name;
    MTVW_TRY(ws, m_json.array(obj, "workspace", path, false));
    if (ws) {
        const JsonPath wpath = path.key("workspace");
        for (qsizetype i = 0; i < ws->size(); ++i) {
            const JsonPath p = wpath.index(i);
            MTVW_TRY(wo, m_json.objectValue(ws->at(i), p));
            MTVW_TRY(device, m_json.integer(wo, "device", p, false, 1));
            MTVW_TRY(bytes, m_json.size(wo, "workspace_size_bytes", p, true));
            op.workspace << qMakePair(int(device), bytes);
        }
    }
    return op;
}

Result<void> Parser::parseFullMemory(const QJsonValue &memoryValue, const JsonPath &path, Metadata::Module *m)
{
    if (memoryValue.isArray()) { // v1: the list of storage ids
        MTVW_TRY(sids, parseSids(memoryValue.toArray(), path));
        m->sids = sids;
        m->hasSids = true;
        return {};
    }
    if (!memoryValue.isObject())
        return m_json.typeError(path, "an object or an array", memoryValue);
    const QJsonObject memory = memoryValue.toObject();
    MTVW_TRY(sids, m_json.array(memory, "sids", path, false));
    if (sids) {
        MTVW_TRY(list, parseSids(*sids, path.key("sids")));
        m->sids = list;
        m->hasSids = true;
    }
    MTVW_TRY(functions, m_json.object(memory, "functions", path, false));
    if (!functions)
        return {};
    const JsonPath fpath = path.key("functions");
    MTVW_TRY(main, m_json.array(*functions, "main", fpath, false));
    if (main) {
        const JsonPath mpath = fpath.key("main");
        for (qsizetype i = 0; i < main->size(); ++i) {
            MTVW_TRY(mm, parseMain(main->at(i), mpath.index(i)));
            m->main << mm;
        }
    }
    MTVW_TRY(ops, m_json.array(*functions, "operator_functions", fpath, false));
    if (ops && m_lists) {
        const qsizetype list = OperatorListReader::markerIndex(*ops);
        if (list >= 0 && list < m_lists->size()) {
            ++m_listUses[list];
            m->operators = m_lists->at(list);
            return {};
        }
    }
    if (ops) {
        const JsonPath opath = fpath.key("operator_functions");
        m->operators.reserve(ops->size());
        for (qsizetype i = 0; i < ops->size(); ++i) {
            MTVW_TRY(op, parseOperator(ops->at(i), opath.index(i)));
            m->operators << op;
        }
    }
    return {};
}

Result<void> Parser::parseOperatorMemory(const QJsonValue &memoryValue, const JsonPath &path, Metadata::Module *m)
{
    if (!memoryValue.isObject())
        return m_json.typeError(path, "an object", memoryValue);
    const QJsonObject memory = memoryValue.toObject();
    for (auto it = memory.begin(); it != memory.end(); ++it) {
        Metadata::OperatorFunction fn;
        fn.name = it.key();
        const JsonPath fpath = path.key(fn.name);
        if (!it.value().isArray())
            return m_json.typeError(fpath, "an array", it.value());
        const QJsonArray buffers = it.value().toArray();
        for (qsizetype i = 0; i < buffers.size(); ++i) {
            const JsonPath p = fpath.index(i);
            MTVW_TRY(buffer, m_json.objectValue(buffers.at(i), p));
            Metadata::Tensor t;
            MTVW_TRY(size, m_json.size(buffer, "size_bytes", p, false));
            MTVW_TRY(dtype, m_json.string(buffer, "dtype", p, false));
            MTVW_TRY(binding, m_json.string(buffer, "input_binding", p, false));
            MTVW_TRY(shape, m_json.array(buffer, "shape", p, false));
            t.sizeBytes = size;
            t.dtype = dtype;
            t.name = binding;
            if (shape) {
                const JsonPath spath = p.key("shape");
                for (qsizetype k = 0; k < shape->size(); ++k) {
                    MTVW_TRY(dim, m_json.integerValue(shape->at(k), spath.index(k)));
                    t.shape << dim;
                }
            }
            fn.params << t;
        }
        m->operatorFunctions << fn;
    }
    return {};
}

Result<QList<Metadata::Dependency>> Parser::parseDependencies(const QJsonArray &list, const JsonPath &path)
{
    QList<Metadata::Dependency> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath p = path.index(i);
        MTVW_TRY(obj, m_json.objectValue(list.at(i), p));
        Metadata::Dependency d;
        MTVW_TRY(shortName, m_json.string(obj, "short_name", p, false));
        MTVW_TRY(url, m_json.string(obj, "url", p, false));
        MTVW_TRY(urlType, m_json.string(obj, "url_type", p, false));
        MTVW_TRY(versionSpec, m_json.string(obj, "version_spec", p, false));
        d.shortName = shortName;
        d.url = url;
        d.urlType = urlType;
        d.versionSpec = versionSpec;
        out << d;
    }
    return out;
}

} // namespace

QString Metadata::statedRelease() const
{
    for (const Module &m : modules)
        for (const Dependency &d : m.dependencies)
            if (d.shortName == QLatin1String("tvm_standalone_crt") && !d.versionSpec.isEmpty())
                return d.versionSpec;
    return {};
}

Result<Metadata> Metadata::parse(const QByteArray &json, const QString &entry, Reading reading)
{
    // Big documents: the operator lists read straight from the bytes, the rest by the JSON parser.
    // Whatever that path does not take as it is goes through the ordinary one below.
    if (reading == Reading::Split || (reading == Reading::Auto && json.size() >= OperatorListReader::kMinBytes)) {
        if (auto split = OperatorListReader::split(json)) {
            if (auto doc = JsonAccess::parse(split->rest, entry)) {
                Metadata md;
                Parser parser(entry, &md, &split->lists);
                if (parser.parseTop(*doc) && parser.listsUsedOnce())
                    return md;
            }
        }
    }
    MTVW_TRY(doc, JsonAccess::parse(json, entry));
    Metadata md;
    Parser parser(entry, &md);
    if (auto r = parser.parseTop(doc); !r)
        return r.error();
    return md;
}

} // namespace mtvw::mlf
