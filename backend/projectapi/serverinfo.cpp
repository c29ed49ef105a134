#include "serverinfo.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QSet>
#include <QVariant>

#include <cmath>
#include <limits>

namespace mtvw::projectapi {

namespace {

bool isKnownType(const QString &type)
{
    return type == QLatin1String("bool") || type == QLatin1String("str") || type == QLatin1String("int");
}

Error malformed(const QString &what)
{
    return Error(Error::Code::Malformed, BackendText::tr("server_info_query: %1").arg(what));
}

// What a JSON value is, in words, for a message.
QString kindOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return BackendText::tr("null");
    case QJsonValue::Bool: return BackendText::tr("a boolean");
    case QJsonValue::Double: return BackendText::tr("a number");
    case QJsonValue::String: return BackendText::tr("a string");
    case QJsonValue::Array: return BackendText::tr("an array");
    case QJsonValue::Object: return BackendText::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return BackendText::tr("nothing");
}

// `field` (a path such as project_options[2].choices) is missing, or is not `wanted`.
Error wrongType(const QString &field, const QString &wanted, const QJsonValue &got)
{
    if (got.isUndefined())
        return malformed(BackendText::tr("\"%1\" is missing").arg(field));
    return malformed(BackendText::tr("\"%1\" is not %2 (it is %3)").arg(field, wanted, kindOf(got)));
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d == std::floor(d) && d >= double(std::numeric_limits<int>::min()) && d <= double(std::numeric_limits<int>::max());
}

// A list of method names: null or absent (none), else an array of strings.
Result<QStringList> methodList(const QJsonValue &v, const QString &field)
{
    if (v.isNull() || v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return wrongType(field, BackendText::tr("an array of strings"), v);
    QStringList out;
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString())
            return wrongType(QStringLiteral("%1[%2]").arg(field).arg(i), BackendText::tr("a string"), item);
        out << item.toString();
    }
    return out;
}

// Choices: null or absent (none), else an array of strings, numbers or booleans (v0.8 servers
// offer [true, false]), kept as text.
Result<QStringList> choiceList(const QJsonValue &v, const QString &field)
{
    if (v.isNull() || v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return wrongType(field, BackendText::tr("an array"), v);
    QStringList out;
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isString())
            out << item.toString();
        else if (item.isBool() || item.isDouble())
            out << item.toVariant().toString();
        else
            return wrongType(QStringLiteral("%1[%2]").arg(field).arg(i), BackendText::tr("a string, number or boolean"), item);
    }
    return out;
}

QString typeOf(const QJsonValue &v)
{
    if (v.isBool())
        return QStringLiteral("bool");
    if (v.isDouble())
        return QStringLiteral("int");
    return QStringLiteral("str");
}

// One ProjectOption (spec 3.5), found at `at` (project_options[i]). `typeStated` says whether it
// had a "type" key at all (v0.9+) or not (v0.8).
Result<ServerInfo::Option> parseOption(const QJsonValue &value, const QString &at, bool *typeStated)
{
    if (!value.isObject())
        return wrongType(at, BackendText::tr("an object"), value);
    const QJsonObject o = value.toObject();
    auto field = [&at](const char *key) -> QString { return at + QLatin1Char('.') + QLatin1String(key); };
    ServerInfo::Option opt;

    const QJsonValue name = o.value(QLatin1String("name"));
    if (!name.isString())
        return wrongType(field("name"), BackendText::tr("a string"), name);
    opt.name = name.toString();
    if (opt.name.isEmpty())
        return malformed(BackendText::tr("\"%1\" is empty").arg(field("name")));
    // From here on the message also says which option it is.
    auto named = [&opt](const Error &e) {
        return Error(e.code(), BackendText::tr("%1 (option \"%2\")").arg(e.message(), opt.name));
    };

    // "type" may be absent (v0.8) or null (a v0.9+ server that left it None): then it is inferred.
    const QJsonValue type = o.value(QLatin1String("type"));
    *typeStated = !type.isUndefined();
    if (!type.isUndefined() && !type.isNull()) {
        if (!type.isString())
            return named(wrongType(field("type"), BackendText::tr("a string"), type));
        opt.type = type.toString();
        if (!isKnownType(opt.type))
            return named(malformed(
                BackendText::tr("\"%1\" is \"%2\"; it should be \"bool\", \"str\" or \"int\"").arg(field("type"), opt.type)));
    }

    auto choices = choiceList(o.value(QLatin1String("choices")), field("choices"));
    if (!choices)
        return named(choices.error());
    opt.choices = choices.value();
    auto required = methodList(o.value(QLatin1String("required")), field("required"));
    if (!required)
        return named(required.error());
    opt.required = required.value();
    auto optional = methodList(o.value(QLatin1String("optional")), field("optional"));
    if (!optional)
        return named(optional.error());
    opt.optional = optional.value();

    // TVM fills an unset help with None, so null counts as absent.
    const QJsonValue help = o.value(QLatin1String("help"));
    if (!help.isUndefined() && !help.isNull() && !help.isString())
        return named(wrongType(field("help"), BackendText::tr("a string"), help));
    opt.help = help.toString();

    // Any JSON value, or null: none.
    opt.defaultValue = o.value(QLatin1String("default"));
    if (opt.defaultValue.isUndefined())
        opt.defaultValue = QJsonValue::Null;

    if (opt.type.isEmpty()) {
        const QJsonArray rawChoices = o.value(QLatin1String("choices")).toArray();
        opt.type = !rawChoices.isEmpty()       ? typeOf(rawChoices.first())
                   : opt.defaultValue.isNull() ? QStringLiteral("str")
                                               : typeOf(opt.defaultValue);
    }
    return opt;
}

} // namespace

bool ServerInfo::Option::namesPath() const
{
    const QString n = name.toLower();
    return type == QLatin1String("str") &&
           (n.endsWith(QLatin1String("_path")) || n.endsWith(QLatin1String("_dir")) || n.endsWith(QLatin1String("_file")) ||
            n.contains(QLatin1String("cmsis")) || n == QLatin1String("input_file"));
}

const ServerInfo::Option *ServerInfo::option(const QString &name) const
{
    for (const Option &o : options)
        if (o.name == name)
            return &o;
    return nullptr;
}

Result<ServerInfo> ServerInfo::parse(const QJsonValue &result)
{
    if (!result.isObject())
        return wrongType(QStringLiteral("result"), BackendText::tr("an object"), result);
    const QJsonObject obj = result.toObject();
    ServerInfo info;

    // The protocol version first: a server of another version may shape the rest differently.
    const QJsonValue version = obj.value(QLatin1String("protocol_version"));
    if (!isInteger(version))
        return wrongType(QStringLiteral("protocol_version"), BackendText::tr("an integer"), version);
    info.protocolVersion = version.toInt();
    if (info.protocolVersion != kProtocolVersion)
        return Error(Error::Code::Unsupported,
                     BackendText::tr("the server speaks Project API protocol version %1; only version %2 is supported")
                         .arg(info.protocolVersion)
                         .arg(kProtocolVersion))
            .withName(QStringLiteral("UnsupportedProtocolVersionError"));

    const QJsonValue platform = obj.value(QLatin1String("platform_name"));
    if (!platform.isString())
        return wrongType(QStringLiteral("platform_name"), BackendText::tr("a string"), platform);
    info.platformName = platform.toString();
    if (info.platformName.isEmpty())
        return malformed(BackendText::tr("\"platform_name\" is empty"));

    const QJsonValue templ = obj.value(QLatin1String("is_template"));
    if (!templ.isBool())
        return wrongType(QStringLiteral("is_template"), BackendText::tr("a boolean"), templ);
    info.isTemplate = templ.toBool();

    // "" in templates; a server whose handler returned None sends null.
    const QJsonValue mlfPath = obj.value(QLatin1String("model_library_format_path"));
    if (!mlfPath.isUndefined() && !mlfPath.isNull() && !mlfPath.isString())
        return wrongType(QStringLiteral("model_library_format_path"), BackendText::tr("a string"), mlfPath);
    info.modelLibraryFormatPath = mlfPath.toString();

    const QJsonValue options = obj.value(QLatin1String("project_options"));
    if (!options.isArray())
        return wrongType(QStringLiteral("project_options"), BackendText::tr("an array"), options);
    const QJsonArray list = options.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("project_options[%1]").arg(i);
        bool typeStated = false;
        MTVW_TRY(opt, parseOption(list.at(i), at, &typeStated));
        if (names.contains(opt.name))
            return malformed(BackendText::tr("\"%1.name\" repeats the option \"%2\"").arg(at, opt.name));
        if (!typeStated)
            info.oldOptionShape = true;
        names.insert(opt.name);
        info.options << opt;
    }
    return info;
}

Result<QJsonObject> ServerInfo::optionsFor(const QString &method, const QJsonObject &given) const
{
    QJsonObject out;
    for (const Option &o : options)
        if (!o.defaultValue.isNull())
            out.insert(o.name, o.defaultValue);
    for (auto it = given.begin(); it != given.end(); ++it) {
        const Option *o = option(it.key());
        if (!o)
            return Error(Error::Code::NotFound,
                         BackendText::tr("the %1 template has no option \"%2\"").arg(platformName, it.key()));
        const QJsonValue v = it.value();
        const bool typeOk = o->type == QLatin1String("bool")  ? v.isBool()
                            : o->type == QLatin1String("int") ? v.isDouble()
                                                              : v.isString();
        if (!typeOk && !v.isNull())
            return Error(Error::Code::Malformed, BackendText::tr("option \"%1\" should be of type %2").arg(it.key(), o->type));
        if (!o->choices.isEmpty() && v.isString() && !o->choices.contains(v.toString()))
            return Error(Error::Code::Malformed, BackendText::tr("option \"%1\" is \"%2\"; it should be one of: %3")
                                                     .arg(it.key(), v.toString(), o->choices.join(QStringLiteral(", "))));
        out.insert(it.key(), v);
    }
    for (const Option &o : options)
        if (o.isRequiredFor(method) && (!out.contains(o.name) || out.value(o.name).isNull()))
            return Error(
                Error::Code::NotFound,
                BackendText::tr("%1 needs the option \"%2\": %3").arg(method, o.name, o.help.isEmpty() ? o.name : o.help));
    return out;
}

} // namespace mtvw::projectapi
