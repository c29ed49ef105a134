#include "metadata.h"

#include "core/tr.h"
#include "jsonaccess.h"

#include <QSet>

namespace mtvw::mlf {

using Json = JsonAccess::Json;

qint64 Metadata::OperatorMemory::workspaceBytes() const
{
    qint64 sum = 0;
    for (const auto &w : workspace)
        sum += w.second;
    return sum;
}

namespace {

qint64 sumOverMain(const QList<Metadata::MainMemory> &main, qint64 Metadata::MainMemory::*field)
{
    qint64 sum = 0;
    for (const auto &m : main)
        sum += m.*field;
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
    Parser(const QString &entry, Metadata *out)
        : m_json(entry)
        , m_entry(entry)
        , m_out(out)
    {}

    Result<void> parseTop(const Json &top);

private:
    Result<void> parseModule(const Json &obj, const QString &path, const QString &name, Metadata::Module *m);
    Result<QStringList> parseTargets(const Json &v, const QString &path);
    Result<void> parseFullMemory(const Json &memory, const QString &path, Metadata::Module *m);
    Result<void> parseOperatorMemory(const Json &memory, const QString &path, Metadata::Module *m);
    Result<QList<Metadata::Storage>> parseSids(const Json &list, const QString &path);
    Result<Metadata::MainMemory> parseMain(const Json &obj, const QString &path);
    Result<QList<Metadata::Tensor>> parseTensorMap(const Json &obj, const QString &path);
    Result<Metadata::OperatorMemory> parseOperator(const Json &obj, const QString &path);
    Result<QList<Metadata::Dependency>> parseDependencies(const Json &list, const QString &path);
    void noteUnknownKeys(const Json &obj, const QString &path);

    JsonAccess m_json;
    QString m_entry;
    Metadata *m_out;
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

void Parser::noteUnknownKeys(const Json &obj, const QString &path)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!knownKeys().contains(key))
            m_out->warnings << MTVW_TR("%1: unknown field \"%2\" ignored").arg(m_entry, JsonAccess::sub(path, it.key().c_str()));
    }
}

Result<void> Parser::parseTop(const Json &top)
{
    if (!top.is_object())
        return m_json.typeError(QStringLiteral("(top level)"), "an object", top);
    MTVW_TRY(version, m_json.integer(top, "version", {}, true));
    if (version < 1)
        return Error(Error::Code::Unsupported,
                     MTVW_TR("%1: metadata version %2 does not exist (versions start at 1)").arg(m_entry).arg(version));
    m_out->version = int(std::min<qint64>(version, 1'000'000));
    if (version > Metadata::kNewestKnownVersion) {
        m_out->versionKnown = false;
        m_out->warnings
            << MTVW_TR(
                   "%1: metadata version %2 is newer than the newest known (%3); it is read as far as it looks like version %3")
                   .arg(m_entry)
                   .arg(version)
                   .arg(Metadata::kNewestKnownVersion);
    }
    MTVW_TRY(modules, m_json.object(top, "modules", {}, false));
    if (modules) {
        m_out->multiModule = true;
        if (!m_out->versionKnown)
            noteUnknownKeys(top, {});
        if (modules->empty())
            return Error(Error::Code::Malformed, MTVW_TR("%1: \"modules\" is empty").arg(m_entry));
        for (auto it = modules->begin(); it != modules->end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            const QString path = JsonAccess::sub(QStringLiteral("modules"), it.key().c_str());
            if (!it->is_object())
                return m_json.typeError(path, "an object", *it);
            Metadata::Module m;
            if (auto r = parseModule(*it, path, name, &m); !r)
                return r.error();
            m_out->modules << m;
        }
    } else {
        MTVW_TRY(name, m_json.string(top, "model_name", {}, false));
        if (name.isEmpty()) {
            name = QStringLiteral("default");
            m_out->warnings << MTVW_TR("%1: no \"model_name\"; the module is called \"default\"").arg(m_entry);
        }
        Metadata::Module m;
        if (auto r = parseModule(top, {}, name, &m); !r)
            return r.error();
        m_out->modules << m;
    }
    m_out->style = m_out->modules.first().style;
    return {};
}

Result<void> Parser::parseModule(const Json &obj, const QString &path, const QString &name, Metadata::Module *m)
{
    m->name = name;
    if (!m_out->versionKnown && !path.isEmpty())
        noteUnknownKeys(obj, path);
    else if (!m_out->versionKnown)
        noteUnknownKeys(obj, {});
    MTVW_TRY(modelName, m_json.string(obj, "model_name", path, false));
    if (!modelName.isEmpty() && modelName != name)
        m_out->warnings << MTVW_TR("%1: module \"%2\" calls itself \"%3\"").arg(m_entry, name, modelName);
    MTVW_TRY(style, m_json.string(obj, "style", path, false));
    m->style = style.isEmpty() ? QStringLiteral("full-model") : style;
    if (m->style != QLatin1String("full-model") && m->style != QLatin1String("operator"))
        m_out->warnings << MTVW_TR("%1: unknown style \"%2\"; read as full-model").arg(m_entry, style);

    if (auto it = obj.find("executors"); it != obj.end()) {
        MTVW_TRY(list, m_json.stringList(*it, JsonAccess::sub(path, "executors")));
        m->executors = list;
    } else if (auto rt = obj.find("runtimes"); rt != obj.end()) {
        MTVW_TRY(list, m_json.stringList(*rt, JsonAccess::sub(path, "runtimes")));
        m->executors = list;
        m_out->usesRuntimesKey = true;
    } else if (m->style != QLatin1String("operator")) {
        m_out->warnings << MTVW_TR("%1: module \"%2\" names no executor").arg(m_entry, name);
    }
    if (auto it = obj.find("target"); it != obj.end()) {
        MTVW_TRY(targets, parseTargets(*it, JsonAccess::sub(path, "target")));
        m->targets = targets;
    }
    MTVW_TRY(datetime, m_json.string(obj, "export_datetime", path, false));
    m->exportDatetime = datetime;

    if (auto it = obj.find("memory"); it != obj.end()) {
        const QString mpath = JsonAccess::sub(path, "memory");
        if (m->style == QLatin1String("operator")) {
            if (auto r = parseOperatorMemory(*it, mpath, m); !r)
                return r.error();
        } else if (auto r = parseFullMemory(*it, mpath, m); !r) {
            return r.error();
        }
    } else {
        m_out->warnings << MTVW_TR("%1: module \"%2\" has no \"memory\" section").arg(m_entry, name);
    }
    MTVW_TRY(deps, m_json.array(obj, "external_dependencies", path, false));
    if (deps) {
        MTVW_TRY(list, parseDependencies(*deps, JsonAccess::sub(path, "external_dependencies")));
        m->dependencies = list;
    }
    return {};
}

Result<QStringList> Parser::parseTargets(const Json &v, const QString &path)
{
    if (v.is_string())
        return QStringList{QString::fromStdString(v.get<std::string>())};
    if (v.is_array())
        return m_json.stringList(v, path);
    if (v.is_object()) { // v1–v5: {"<device type>": "<target>"}
        QMap<QString, QString> byKey;
        for (auto it = v.begin(); it != v.end(); ++it) {
            MTVW_TRY(s, m_json.stringValue(*it, JsonAccess::sub(path, it.key().c_str())));
            byKey.insert(QString::fromStdString(it.key()), s);
        }
        return QStringList(byKey.values());
    }
    return m_json.typeError(path, "a string, an array or an object", v);
}

Result<QList<Metadata::Storage>> Parser::parseSids(const Json &list, const QString &path)
{
    QList<Metadata::Storage> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const QString p = JsonAccess::at(path, i);
        if (!list[i].is_object())
            return m_json.typeError(p, "an object", list[i]);
        Metadata::Storage s;
        MTVW_TRY(sid, m_json.integer(list[i], "storage_id", p, true));
        MTVW_TRY(size, m_json.integer(list[i], "size_bytes", p, true));
        MTVW_TRY(binding, m_json.string(list[i], "input_binding", p, false));
        s.storageId = sid;
        s.sizeBytes = size;
        s.inputBinding = binding;
        out << s;
    }
    return out;
}

Result<QList<Metadata::Tensor>> Parser::parseTensorMap(const Json &obj, const QString &path)
{
    QList<Metadata::Tensor> out;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString p = JsonAccess::sub(path, it.key().c_str());
        if (!it->is_object())
            return m_json.typeError(p, "an object", *it);
        Metadata::Tensor t;
        t.name = QString::fromStdString(it.key());
        MTVW_TRY(size, m_json.integer(*it, "size", p, false));
        MTVW_TRY(dtype, m_json.string(*it, "dtype", p, false));
        t.sizeBytes = size;
        t.dtype = dtype;
        out << t;
    }
    return out;
}

Result<Metadata::MainMemory> Parser::parseMain(const Json &obj, const QString &path)
{
    if (!obj.is_object())
        return m_json.typeError(path, "an object", obj);
    Metadata::MainMemory mm;
    MTVW_TRY(device, m_json.integer(obj, "device", path, false, 1));
    MTVW_TRY(ws, m_json.integer(obj, "workspace_size_bytes", path, false));
    MTVW_TRY(cs, m_json.integer(obj, "constants_size_bytes", path, false));
    MTVW_TRY(io, m_json.integer(obj, "io_size_bytes", path, false));
    mm.device = int(device);
    mm.workspaceBytes = ws;
    mm.constantsBytes = cs;
    mm.ioBytes = io;
    MTVW_TRY(inputs, m_json.object(obj, "inputs", path, false));
    if (inputs) {
        MTVW_TRY(list, parseTensorMap(*inputs, JsonAccess::sub(path, "inputs")));
        mm.inputs = list;
    }
    MTVW_TRY(outputs, m_json.object(obj, "outputs", path, false));
    if (outputs) {
        MTVW_TRY(list, parseTensorMap(*outputs, JsonAccess::sub(path, "outputs")));
        mm.outputs = list;
    }
    return mm;
}

Result<Metadata::OperatorMemory> Parser::parseOperator(const Json &obj, const QString &path)
{
    if (!obj.is_object())
        return m_json.typeError(path, "an object", obj);
    Metadata::OperatorMemory op;
    MTVW_TRY(name, m_json.string(obj, "function_name", path, true));
    op.functionName = name;
    MTVW_TRY(ws, m_json.array(obj, "workspace", path, false));
    if (ws) {
        const QString wpath = JsonAccess::sub(path, "workspace");
        for (size_t i = 0; i < ws->size(); ++i) {
            const QString p = JsonAccess::at(wpath, i);
            if (!(*ws)[i].is_object())
                return m_json.typeError(p, "an object", (*ws)[i]);
            MTVW_TRY(device, m_json.integer((*ws)[i], "device", p, false, 1));
            MTVW_TRY(bytes, m_json.integer((*ws)[i], "workspace_size_bytes", p, true));
            op.workspace << qMakePair(int(device), bytes);
        }
    }
    return op;
}

Result<void> Parser::parseFullMemory(const Json &memory, const QString &path, Metadata::Module *m)
{
    if (memory.is_array()) { // v1: the list of storage ids
        MTVW_TRY(sids, parseSids(memory, path));
        m->sids = sids;
        m->hasSids = true;
        return {};
    }
    if (!memory.is_object())
        return m_json.typeError(path, "an object or an array", memory);
    MTVW_TRY(sids, m_json.array(memory, "sids", path, false));
    if (sids) {
        MTVW_TRY(list, parseSids(*sids, JsonAccess::sub(path, "sids")));
        m->sids = list;
        m->hasSids = true;
    }
    MTVW_TRY(functions, m_json.object(memory, "functions", path, false));
    if (!functions)
        return {};
    const QString fpath = JsonAccess::sub(path, "functions");
    MTVW_TRY(main, m_json.array(*functions, "main", fpath, false));
    if (main) {
        const QString mpath = JsonAccess::sub(fpath, "main");
        for (size_t i = 0; i < main->size(); ++i) {
            MTVW_TRY(mm, parseMain((*main)[i], JsonAccess::at(mpath, i)));
            m->main << mm;
        }
    }
    MTVW_TRY(ops, m_json.array(*functions, "operator_functions", fpath, false));
    if (ops) {
        const QString opath = JsonAccess::sub(fpath, "operator_functions");
        for (size_t i = 0; i < ops->size(); ++i) {
            MTVW_TRY(op, parseOperator((*ops)[i], JsonAccess::at(opath, i)));
            m->operators << op;
        }
    }
    return {};
}

Result<void> Parser::parseOperatorMemory(const Json &memory, const QString &path, Metadata::Module *m)
{
    if (!memory.is_object())
        return m_json.typeError(path, "an object", memory);
    for (auto it = memory.begin(); it != memory.end(); ++it) {
        const QString fpath = JsonAccess::sub(path, it.key().c_str());
        if (!it->is_array())
            return m_json.typeError(fpath, "an array", *it);
        Metadata::OperatorFunction fn;
        fn.name = QString::fromStdString(it.key());
        for (size_t i = 0; i < it->size(); ++i) {
            const Json &b = (*it)[i];
            const QString p = JsonAccess::at(fpath, i);
            if (!b.is_object())
                return m_json.typeError(p, "an object", b);
            Metadata::Tensor t;
            MTVW_TRY(size, m_json.integer(b, "size_bytes", p, false));
            MTVW_TRY(dtype, m_json.string(b, "dtype", p, false));
            MTVW_TRY(binding, m_json.string(b, "input_binding", p, false));
            MTVW_TRY(shape, m_json.array(b, "shape", p, false));
            t.sizeBytes = size;
            t.dtype = dtype;
            t.name = binding;
            if (shape) {
                for (size_t k = 0; k < shape->size(); ++k) {
                    MTVW_TRY(dim, m_json.integerValue((*shape)[k], JsonAccess::at(JsonAccess::sub(p, "shape"), k)));
                    t.shape << dim;
                }
            }
            fn.params << t;
        }
        m->operatorFunctions << fn;
    }
    return {};
}

Result<QList<Metadata::Dependency>> Parser::parseDependencies(const Json &list, const QString &path)
{
    QList<Metadata::Dependency> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const QString p = JsonAccess::at(path, i);
        if (!list[i].is_object())
            return m_json.typeError(p, "an object", list[i]);
        Metadata::Dependency d;
        MTVW_TRY(shortName, m_json.string(list[i], "short_name", p, false));
        MTVW_TRY(url, m_json.string(list[i], "url", p, false));
        MTVW_TRY(urlType, m_json.string(list[i], "url_type", p, false));
        MTVW_TRY(versionSpec, m_json.string(list[i], "version_spec", p, false));
        d.shortName = shortName;
        d.url = url;
        d.urlType = urlType;
        d.versionSpec = versionSpec;
        out << d;
    }
    return out;
}

} // namespace

Result<Metadata> Metadata::parse(const QByteArray &json, const QString &entry)
{
    MTVW_TRY(doc, JsonAccess::parse(json, entry));
    Metadata md;
    Parser parser(entry, &md);
    if (auto r = parser.parseTop(doc); !r)
        return r.error();
    return md;
}

} // namespace mtvw::mlf
