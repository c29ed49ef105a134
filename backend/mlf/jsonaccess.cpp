#include "jsonaccess.h"

#include "core/tr.h"

namespace mtvw::mlf {

Result<JsonAccess::Json> JsonAccess::parse(const QByteArray &text, const QString &entry)
{
    try {
        return Json::parse(text.constBegin(), text.constEnd());
    } catch (const Json::parse_error &e) {
        return Error(
            Error::Code::Malformed,
            MTVW_TR("%1 is not valid JSON (byte %2): %3").arg(entry).arg(qint64(e.byte)).arg(QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        return Error(Error::Code::Malformed, MTVW_TR("%1 is not valid JSON: %2").arg(entry, QString::fromUtf8(e.what())));
    }
}

QString JsonAccess::typeName(const Json &v)
{
    switch (v.type()) {
    case Json::value_t::null: return QStringLiteral("null");
    case Json::value_t::object: return QStringLiteral("an object");
    case Json::value_t::array: return QStringLiteral("an array");
    case Json::value_t::string: return QStringLiteral("a string");
    case Json::value_t::boolean: return QStringLiteral("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return QStringLiteral("an integer");
    case Json::value_t::number_float: return QStringLiteral("a number");
    default: return QStringLiteral("binary data");
    }
}

QString JsonAccess::sub(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromUtf8(key) : path + QLatin1Char('.') + QString::fromUtf8(key);
}

QString JsonAccess::at(const QString &path, size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Error JsonAccess::typeError(const QString &path, const char *expected, const Json &got) const
{
    return Error(
        Error::Code::Malformed,
        MTVW_TR("%1: field \"%2\" should be %3 but is %4").arg(m_entry, path, QString::fromUtf8(expected), typeName(got)));
}

Error JsonAccess::missing(const QString &path) const
{
    return Error(Error::Code::Malformed, MTVW_TR("%1: required field \"%2\" is missing").arg(m_entry, path));
}

Result<const JsonAccess::Json *> JsonAccess::member(const Json &parent, const char *key, const QString &path, bool required,
                                                    bool (Json::*isKind)() const noexcept, const char *expected) const
{
    const auto it = parent.find(key);
    if (it == parent.end()) {
        if (required)
            return missing(sub(path, key));
        return static_cast<const Json *>(nullptr);
    }
    if (!((*it).*isKind)())
        return typeError(sub(path, key), expected, *it);
    return &*it;
}

Result<const JsonAccess::Json *> JsonAccess::object(const Json &parent, const char *key, const QString &path, bool required) const
{
    return member(parent, key, path, required, &Json::is_object, "an object");
}

Result<const JsonAccess::Json *> JsonAccess::array(const Json &parent, const char *key, const QString &path, bool required) const
{
    return member(parent, key, path, required, &Json::is_array, "an array");
}

Result<qint64> JsonAccess::integerValue(const Json &value, const QString &path) const
{
    if (value.is_number_unsigned()) {
        const auto u = value.get<std::uint64_t>();
        if (u > std::uint64_t(std::numeric_limits<qint64>::max()))
            return Error(Error::Code::Malformed, MTVW_TR("%1: field \"%2\" is too large").arg(m_entry, path));
        return qint64(u);
    }
    if (value.is_number_integer())
        return qint64(value.get<std::int64_t>());
    return typeError(path, "an integer", value);
}

Result<QString> JsonAccess::stringValue(const Json &value, const QString &path) const
{
    if (!value.is_string())
        return typeError(path, "a string", value);
    return QString::fromStdString(value.get<std::string>());
}

Result<QStringList> JsonAccess::stringList(const Json &value, const QString &path) const
{
    if (!value.is_array())
        return typeError(path, "an array of strings", value);
    QStringList out;
    for (size_t i = 0; i < value.size(); ++i) {
        auto s = stringValue(value[i], at(path, i));
        if (!s)
            return s.error();
        out << s.value();
    }
    return out;
}

Result<qint64> JsonAccess::integer(const Json &parent, const char *key, const QString &path, bool required, qint64 fallback) const
{
    const auto it = parent.find(key);
    if (it == parent.end()) {
        if (required)
            return missing(sub(path, key));
        return fallback;
    }
    return integerValue(*it, sub(path, key));
}

Result<QString> JsonAccess::string(const Json &parent, const char *key, const QString &path, bool required) const
{
    const auto it = parent.find(key);
    if (it == parent.end()) {
        if (required)
            return missing(sub(path, key));
        return QString();
    }
    return stringValue(*it, sub(path, key));
}

} // namespace mtvw::mlf
