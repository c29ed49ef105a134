#include "jsonaccess.h"

#include "core/tr.h"

#include <QJsonDocument>
#include <QVarLengthArray>

#include <cmath>

namespace mtvw::mlf {

QString JsonPath::toString() const
{
    QVarLengthArray<const JsonPath *, 16> chain;
    for (const JsonPath *p = this; p; p = p->m_parent)
        chain.append(p);
    QString out;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        const JsonPath *p = chain[i];
        if (!p->m_parent) {
            out = p->m_text;
            continue;
        }
        if (p->m_index >= 0) {
            out += QLatin1Char('[') + QString::number(p->m_index) + QLatin1Char(']');
            continue;
        }
        if (!out.isEmpty())
            out += QLatin1Char('.');
        out += p->m_key ? QString::fromUtf8(p->m_key) : p->m_text;
    }
    return out.isEmpty() ? QStringLiteral("(top level)") : out;
}

Result<QJsonValue> JsonAccess::parse(const QByteArray &text, const QString &entry)
{
    // QJsonDocument takes only an object or an array at the top; wrapping the text in an array
    // lets any value through, so that a wrong top-level type is reported as such.
    QByteArray wrapped;
    wrapped.reserve(text.size() + 3);
    wrapped.append('[').append(text).append("\n]");
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &err);
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1) {
        const qint64 offset = std::clamp<qint64>(err.offset - 1, 0, text.size());
        const QString what =
            err.error != QJsonParseError::NoError ? err.errorString() : mtvw::BackendText::tr("not exactly one value");
        return Error(Error::Code::Malformed,
                     mtvw::BackendText::tr("%1 is not valid JSON (byte %2): %3").arg(entry).arg(offset).arg(what));
    }
    return doc.array().at(0);
}

QString JsonAccess::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) ? QStringLiteral("an integer") : QStringLiteral("a number");
    }
    default: return QStringLiteral("undefined");
    }
}

Error JsonAccess::typeError(const JsonPath &path, const char *expected, const QJsonValue &got) const
{
    return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: field \"%2\" should be %3 but is %4")
                                             .arg(m_entry, path.toString(), QString::fromUtf8(expected), typeName(got)));
}

Error JsonAccess::missing(const JsonPath &path) const
{
    return Error(Error::Code::Malformed,
                 mtvw::BackendText::tr("%1: required field \"%2\" is missing").arg(m_entry, path.toString()));
}

Result<std::optional<QJsonObject>> JsonAccess::object(const QJsonObject &parent, const char *key, const JsonPath &path,
                                                      bool required) const
{
    const QJsonValue v = parent.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (required)
            return missing(path.key(key));
        return std::optional<QJsonObject>();
    }
    if (!v.isObject())
        return typeError(path.key(key), "an object", v);
    return std::optional<QJsonObject>(v.toObject());
}

Result<std::optional<QJsonArray>> JsonAccess::array(const QJsonObject &parent, const char *key, const JsonPath &path,
                                                    bool required) const
{
    const QJsonValue v = parent.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (required)
            return missing(path.key(key));
        return std::optional<QJsonArray>();
    }
    if (!v.isArray())
        return typeError(path.key(key), "an array", v);
    return std::optional<QJsonArray>(v.toArray());
}

Result<QJsonObject> JsonAccess::objectValue(const QJsonValue &value, const JsonPath &path) const
{
    if (!value.isObject())
        return typeError(path, "an object", value);
    return value.toObject();
}

Result<qint64> JsonAccess::integerValue(const QJsonValue &value, const JsonPath &path) const
{
    if (value.isDouble()) {
        constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
        const qint64 i = value.toInteger(kNotWhole);
        if (i != kNotWhole)
            return i;
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) >= 9.2e18)
            return Error(Error::Code::Malformed,
                         mtvw::BackendText::tr("%1: field \"%2\" is too large").arg(m_entry, path.toString()));
    }
    return typeError(path, "an integer", value);
}

Result<QString> JsonAccess::stringValue(const QJsonValue &value, const JsonPath &path) const
{
    if (!value.isString())
        return typeError(path, "a string", value);
    return value.toString();
}

Result<QStringList> JsonAccess::stringList(const QJsonValue &value, const JsonPath &path) const
{
    if (!value.isArray())
        return typeError(path, "an array of strings", value);
    const QJsonArray list = value.toArray();
    QStringList out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        MTVW_TRY(s, stringValue(list.at(i), path.index(i)));
        out << s;
    }
    return out;
}

Result<qint64> JsonAccess::integer(const QJsonObject &parent, const char *key, const JsonPath &path, bool required,
                                   qint64 fallback) const
{
    const QJsonValue v = parent.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (required)
            return missing(path.key(key));
        return fallback;
    }
    return integerValue(v, path.key(key));
}

Result<qint64> JsonAccess::size(const QJsonObject &parent, const char *key, const JsonPath &path, bool required,
                                qint64 fallback) const
{
    MTVW_TRY(n, integer(parent, key, path, required, fallback));
    if (n < 0)
        return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: field \"%2\" is %3: a size cannot be negative")
                                                 .arg(m_entry, path.key(key).toString())
                                                 .arg(n));
    if (n > kMaxSizeBytes)
        return Error(Error::Code::Malformed,
                     mtvw::BackendText::tr("%1: field \"%2\" is %3 bytes, more than any device has (over 256 TiB)")
                         .arg(m_entry, path.key(key).toString())
                         .arg(n));
    return n;
}

Result<QString> JsonAccess::string(const QJsonObject &parent, const char *key, const JsonPath &path, bool required) const
{
    const QJsonValue v = parent.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (required)
            return missing(path.key(key));
        return QString();
    }
    return stringValue(v, path.key(key));
}

} // namespace mtvw::mlf
