#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace mtvw::mlf {

// A field path such as "modules.default.memory.functions.main[0].device", built into text only
// when an error names it. A child points at its parent, so a path lives no longer than the path
// it was made from: pass children as arguments, never keep one in a variable past its parent.
class JsonPath
{
public:
    JsonPath() = default;
    explicit JsonPath(QString prefix)
        : m_text(std::move(prefix))
    {}

    JsonPath key(const char *key) const { return JsonPath(this, key, {}, -1); }
    JsonPath key(const QString &key) const { return JsonPath(this, nullptr, key, -1); }
    JsonPath index(qsizetype i) const { return JsonPath(this, nullptr, {}, i); }
    QString toString() const;

private:
    JsonPath(const JsonPath *parent, const char *key, QString text, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_text(std::move(text))
        , m_index(index)
    {}

    const JsonPath *m_parent = nullptr;
    const char *m_key = nullptr;
    QString m_text; // the prefix of a root, or a key read from the document
    qsizetype m_index = -1;
};

// Type-checked access to parsed JSON. Every error names the entry and the full field path when
// a value is missing or of the wrong type. Backend-internal: not part of any public header.
class JsonAccess
{
public:
    explicit JsonAccess(QString entry)
        : m_entry(std::move(entry))
    {}

    // The document's top-level value; any JSON value is accepted.
    static Result<QJsonValue> parse(const QByteArray &text, const QString &entry);

    Error typeError(const JsonPath &path, const char *expected, const QJsonValue &got) const;
    Error missing(const JsonPath &path) const;

    // parent[key] of that kind; nullopt when absent and not required.
    Result<std::optional<QJsonObject>> object(const QJsonObject &parent, const char *key, const JsonPath &path,
                                              bool required) const;
    Result<std::optional<QJsonArray>> array(const QJsonObject &parent, const char *key, const JsonPath &path,
                                            bool required) const;
    Result<qint64> integer(const QJsonObject &parent, const char *key, const JsonPath &path, bool required,
                           qint64 fallback = 0) const;
    // A byte count: an integer from 0 to kMaxSizeBytes. A negative or absurd size is an error that
    // names the field; it must never read as "unknown" or wrap around in a sum.
    Result<qint64> size(const QJsonObject &parent, const char *key, const JsonPath &path, bool required,
                        qint64 fallback = 0) const;
    static constexpr qint64 kMaxSizeBytes = qint64(1) << 48; // 256 TiB: more than any device has
    Result<QString> string(const QJsonObject &parent, const char *key, const JsonPath &path, bool required) const;

    Result<QJsonObject> objectValue(const QJsonValue &value, const JsonPath &path) const;
    Result<qint64> integerValue(const QJsonValue &value, const JsonPath &path) const;
    Result<QString> stringValue(const QJsonValue &value, const JsonPath &path) const;
    Result<QStringList> stringList(const QJsonValue &value, const JsonPath &path) const;

    static QString typeName(const QJsonValue &v);

private:
    QString m_entry;
};

} // namespace mtvw::mlf
