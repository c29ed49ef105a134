#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace mtvw::mlf {

// Type-checked access to parsed JSON. Every getter names the full field path (for example
// "modules.default.memory.functions.main[0].device") and the entry it came from when the value
// is missing or of the wrong type. Backend-internal: not part of any public header.
class JsonAccess
{
public:
    using Json = nlohmann::json;

    explicit JsonAccess(QString entry)
        : m_entry(std::move(entry))
    {}

    static Result<Json> parse(const QByteArray &text, const QString &entry);

    Error typeError(const QString &path, const char *expected, const Json &got) const;
    Error missing(const QString &path) const;

    Result<const Json *> object(const Json &parent, const char *key, const QString &path, bool required) const;
    Result<const Json *> array(const Json &parent, const char *key, const QString &path, bool required) const;
    Result<qint64> integer(const Json &parent, const char *key, const QString &path, bool required, qint64 fallback = 0) const;
    Result<QString> string(const Json &parent, const char *key, const QString &path, bool required) const;
    Result<qint64> integerValue(const Json &value, const QString &path) const;
    Result<QString> stringValue(const Json &value, const QString &path) const;
    Result<QStringList> stringList(const Json &value, const QString &path) const;

    static QString typeName(const Json &v);
    static QString sub(const QString &path, const char *key);
    static QString at(const QString &path, size_t index);

private:
    // parent[key] when present and of the kind isKind tests; nullptr when absent and optional.
    Result<const Json *> member(const Json &parent, const char *key, const QString &path, bool required,
                                bool (Json::*isKind)() const noexcept, const char *expected) const;

    QString m_entry;
};

} // namespace mtvw::mlf
