#include "serverinfo.h"

#include "core/tr.h"

#include <QJsonArray>

namespace mtvw::projectapi {

namespace {

Error malformed(const QString &what)
{
    return Error(Error::Code::Protocol, BackendText::tr("server_info_query reply: %1").arg(what));
}

Result<QStringList> stringList(const QJsonValue &v, const QString &field)
{
    if (v.isNull() || v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return malformed(BackendText::tr("\"%1\" should be a list").arg(field));
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << (item.isString() ? item.toString() : item.toVariant().toString());
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
        return malformed(BackendText::tr("the result should be an object"));
    const QJsonObject obj = result.toObject();
    ServerInfo info;
    info.platformName = obj.value(QLatin1String("platform_name")).toString();
    if (info.platformName.isEmpty())
        return malformed(BackendText::tr("\"platform_name\" is missing"));
    info.isTemplate = obj.value(QLatin1String("is_template")).toBool();
    info.modelLibraryFormatPath = obj.value(QLatin1String("model_library_format_path")).toString();
    info.protocolVersion = obj.value(QLatin1String("protocol_version")).toInt(0);
    if (info.protocolVersion != kProtocolVersion)
        return Error(Error::Code::Unsupported,
                     BackendText::tr("the server speaks Project API protocol version %1; only version %2 is supported")
                         .arg(info.protocolVersion)
                         .arg(kProtocolVersion))
            .withName(QStringLiteral("UnsupportedProtocolVersionError"));
    const QJsonValue options = obj.value(QLatin1String("project_options"));
    if (!options.isArray())
        return malformed(BackendText::tr("\"project_options\" should be a list"));
    for (const QJsonValue &v : options.toArray()) {
        if (!v.isObject())
            return malformed(BackendText::tr("each project option should be an object"));
        const QJsonObject o = v.toObject();
        Option opt;
        opt.name = o.value(QLatin1String("name")).toString();
        if (opt.name.isEmpty())
            return malformed(BackendText::tr("a project option has no name"));
        opt.help = o.value(QLatin1String("help")).toString();
        opt.defaultValue = o.value(QLatin1String("default"));
        if (opt.defaultValue.isUndefined())
            opt.defaultValue = QJsonValue::Null;
        MTVW_TRY(choices, stringList(o.value(QLatin1String("choices")), opt.name + QStringLiteral(".choices")));
        MTVW_TRY(required, stringList(o.value(QLatin1String("required")), opt.name + QStringLiteral(".required")));
        MTVW_TRY(optional, stringList(o.value(QLatin1String("optional")), opt.name + QStringLiteral(".optional")));
        opt.choices = choices;
        opt.required = required;
        opt.optional = optional;
        if (!o.contains(QLatin1String("type")))
            info.oldOptionShape = true;
        opt.type = o.value(QLatin1String("type")).toString();
        if (opt.type.isEmpty()) {
            const QJsonArray rawChoices = o.value(QLatin1String("choices")).toArray();
            opt.type = !rawChoices.isEmpty()       ? typeOf(rawChoices.first())
                       : opt.defaultValue.isNull() ? QStringLiteral("str")
                                                   : typeOf(opt.defaultValue);
        }
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
