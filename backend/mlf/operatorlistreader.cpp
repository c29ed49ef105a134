#include "operatorlistreader.h"

#include "jsonaccess.h"

#include <QJsonArray>
#include <QJsonValue>

namespace mtvw::mlf {

namespace {

const QByteArray kMarkerPrefix = QByteArrayLiteral("mtvw-operator-list:");

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A strict reader of one operator_functions array at m_at; any surprise returns false.
class StrictReader
{
public:
    StrictReader(const QByteArray &json, qsizetype at)
        : m_s(json)
        , m_at(at)
    {}

    qsizetype position() const { return m_at; }

    bool operators(QList<Metadata::OperatorMemory> *out)
    {
        if (!consume('['))
            return false;
        if (peek() == ']')
            return consume(']');
        do {
            Metadata::OperatorMemory op;
            if (!oper(&op))
                return false;
            *out << op;
        } while (consume(','));
        return consume(']');
    }

private:
    char peek()
    {
        while (m_at < m_s.size() && isSpace(m_s[m_at]))
            ++m_at;
        return m_at < m_s.size() ? m_s[m_at] : '\0';
    }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    // A string of printable ASCII without escapes.
    bool plainString(QByteArray *out)
    {
        if (!consume('"'))
            return false;
        const qsizetype start = m_at;
        while (m_at < m_s.size() && m_s[m_at] != '"') {
            const unsigned char c = static_cast<unsigned char>(m_s[m_at]);
            if (c < 0x20 || c > 0x7e || c == '\\')
                return false;
            ++m_at;
        }
        if (m_at >= m_s.size())
            return false;
        *out = m_s.mid(start, m_at - start);
        ++m_at;
        return true;
    }
    // An integer as JSON writes it (no leading zeros, no fraction or exponent), exact as a double.
    bool integer(qint64 *out)
    {
        peek();
        const qsizetype start = m_at;
        if (m_at < m_s.size() && m_s[m_at] == '-')
            ++m_at;
        const qsizetype digits = m_at;
        while (m_at < m_s.size() && m_s[m_at] >= '0' && m_s[m_at] <= '9')
            ++m_at;
        const qsizetype n = m_at - digits;
        if (n == 0 || n > 15 || (n > 1 && m_s[digits] == '0'))
            return false;
        if (m_at < m_s.size() && (m_s[m_at] == '.' || m_s[m_at] == 'e' || m_s[m_at] == 'E'))
            return false;
        bool ok = false;
        *out = m_s.mid(start, m_at - start).toLongLong(&ok);
        return ok;
    }
    // {"key": value, …} where each key is one of `keys` at most once; `value` reads the value.
    template<typename Value>
    bool object(std::initializer_list<const char *> keys, Value value)
    {
        if (!consume('{'))
            return false;
        if (peek() == '}')
            return consume('}');
        QList<QByteArray> seen;
        do {
            QByteArray key;
            if (!plainString(&key) || !consume(':') || seen.contains(key))
                return false;
            if (std::none_of(keys.begin(), keys.end(), [&](const char *k) { return key == k; }))
                return false;
            seen << key;
            if (!value(key))
                return false;
        } while (consume(','));
        return consume('}');
    }
    bool oper(Metadata::OperatorMemory *op)
    {
        bool named = false;
        const bool ok = object({"function_name", "workspace"}, [&](const QByteArray &key) {
            if (key == "function_name") {
                QByteArray name;
                if (!plainString(&name))
                    return false;
                op->functionName = QString::fromLatin1(name);
                named = true;
                return true;
            }
            if (!consume('['))
                return false;
            if (peek() == ']')
                return consume(']');
            do {
                qint64 device = 1, bytes = -1;
                bool hasBytes = false;
                const bool entry = object({"device", "workspace_size_bytes"}, [&](const QByteArray &k) {
                    if (k == "device")
                        return integer(&device);
                    hasBytes = true;
                    return integer(&bytes);
                });
                if (!entry || !hasBytes || bytes < 0 || bytes > JsonAccess::kMaxSizeBytes)
                    return false; // the checked parse says what is wrong
                op->workspace << qMakePair(int(device), bytes);
            } while (consume(','));
            return consume(']');
        });
        return ok && named;
    }

    const QByteArray &m_s;
    qsizetype m_at;
};

} // namespace

std::optional<OperatorListReader::Split> OperatorListReader::split(const QByteArray &json)
{
    // The marker must not be forgeable by the document: the caller also checks that each marker
    // is consumed exactly once.
    if (json.contains(kMarkerPrefix))
        return std::nullopt;
    Split out;
    out.rest.reserve(json.size() / 8);
    qsizetype copied = 0;
    const QByteArray key = QByteArrayLiteral("operator_functions");
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json[i] != '"')
            continue;
        // A string token: to its closing quote, past escapes.
        qsizetype end = i + 1;
        while (end < json.size() && json[end] != '"')
            end += json[end] == '\\' ? 2 : 1;
        if (end >= json.size())
            return std::nullopt;
        const bool isKey = end - i - 1 == key.size() && json.mid(i + 1, key.size()) == key;
        i = end;
        if (!isKey)
            continue;
        qsizetype at = end + 1;
        while (at < json.size() && isSpace(json[at]))
            ++at;
        if (at >= json.size() || json[at] != ':')
            continue;
        ++at;
        while (at < json.size() && isSpace(json[at]))
            ++at;
        if (at >= json.size() || json[at] != '[')
            return std::nullopt; // not the shape TVM writes: the ordinary parse decides
        StrictReader reader(json, at);
        QList<Metadata::OperatorMemory> list;
        if (!reader.operators(&list))
            return std::nullopt;
        out.rest += json.mid(copied, at - copied);
        out.rest += "[\"" + kMarkerPrefix + QByteArray::number(out.lists.size()) + "\"]";
        copied = reader.position();
        out.lists << list;
        i = copied - 1;
    }
    if (out.lists.isEmpty())
        return std::nullopt;
    out.rest += json.mid(copied);
    return out;
}

qsizetype OperatorListReader::markerIndex(const QJsonArray &array)
{
    if (array.size() != 1 || !array.first().isString())
        return -1;
    const QString s = array.first().toString();
    if (!s.startsWith(QLatin1String(kMarkerPrefix)))
        return -1;
    bool ok = false;
    const qsizetype index = s.mid(kMarkerPrefix.size()).toLongLong(&ok);
    return ok && index >= 0 ? index : -1;
}

} // namespace mtvw::mlf
