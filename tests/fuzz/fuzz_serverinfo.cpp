// server_info_query results: the checked parse of any JSON document (object or array), and on
// success everything a caller asks of the result.
#include "fuzzcheck.h"
#include "projectapi/serverinfo.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using mtvw::projectapi::ServerInfo;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonValue value = doc.isObject()  ? QJsonValue(doc.object())
                             : doc.isArray() ? QJsonValue(doc.array())
                                             : QJsonValue(QJsonValue::Null);
    const auto info = ServerInfo::parse(value);
    if (!info) {
        fuzzCheck(!info.error().message().isEmpty());
        return 0;
    }
    fuzzCheck(!info->platformName.isEmpty());
    fuzzCheck(info->protocolVersion == ServerInfo::kProtocolVersion);
    for (const ServerInfo::Option &o : info->options) {
        fuzzCheck(!o.name.isEmpty());
        fuzzCheck(o.type == QLatin1String("bool") || o.type == QLatin1String("str") || o.type == QLatin1String("int"));
        fuzzCheck(info->option(o.name) == &o); // names are unique
        (void)o.namesPath();
        (void)o.isRequiredFor(QStringLiteral("build"));
    }
    for (const char *method : {"generate_project", "build", "flash", "open_transport"}) {
        const auto options = info->optionsFor(QString::fromLatin1(method), QJsonObject());
        if (options) {
            // Only the server's own options, with their defaults.
            for (auto it = options->begin(); it != options->end(); ++it) {
                const ServerInfo::Option *o = info->option(it.key());
                fuzzCheck(o != nullptr);
                fuzzCheck(QJsonValue(it.value()) == o->defaultValue);
            }
        }
    }
    // Every option given its own default (or nothing, when it has none) is checked the same way.
    QJsonObject given;
    for (const ServerInfo::Option &o : info->options)
        given.insert(o.name, o.defaultValue);
    (void)info->optionsFor(QStringLiteral("build"), given);
    (void)info->option(QStringLiteral("no such option"));
    return 0;
}
