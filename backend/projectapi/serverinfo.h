#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace mtvw::projectapi {

// What a Project API server says of itself (server_info_query), with its options read from
// either shape: TVM v0.9+ (name, type, choices, default, required, optional, help) or v0.8
// (name, choices, help only).
class ServerInfo
{
public:
    struct Option
    {
        QString name;
        QString type; // "bool", "str", "int"; inferred from choices/default when the server omits it
        QJsonValue defaultValue;
        QStringList choices;
        QStringList required; // methods the option must be given for
        QStringList optional; // methods that consult it
        QString help;
        bool isRequiredFor(const QString &method) const { return required.contains(method); }
        bool namesPath() const; // a file or folder picker suits it
    };

    static constexpr int kProtocolVersion = 1;

    QString platformName;
    bool isTemplate = false;
    QString modelLibraryFormatPath;
    int protocolVersion = 0;
    bool oldOptionShape = false; // v0.8: no types, defaults or method lists
    QList<Option> options;

    const Option *option(const QString &name) const;

    // The server's options with defaults filled in, then `given` on top; fails on a name the
    // server does not know, on a value of the wrong type, and on a required option for `method`
    // that has neither a value nor a default.
    Result<QJsonObject> optionsFor(const QString &method, const QJsonObject &given) const;

    // The result of server_info_query, type-checked field by field. protocol_version must be an
    // integer (other than kProtocolVersion: Unsupported, named UnsupportedProtocolVersionError);
    // platform_name a non-empty string; is_template a boolean; model_library_format_path a string,
    // null or absent; project_options an array of objects, each with a non-empty, unique string
    // name, a type of "bool", "str" or "int" (absent or null: inferred from choices or default),
    // choices null or an array of strings, numbers or booleans, required/optional null or arrays
    // of strings, and help a string (null or absent: none). Anything else fails as Malformed with
    // a message naming the field, e.g. "project_options[2].required[0]".
    static Result<ServerInfo> parse(const QJsonValue &result);
};

} // namespace mtvw::projectapi
