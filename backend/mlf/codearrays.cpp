#include "codearrays.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace mtvw::mlf {

namespace {

constexpr qsizetype kMaxDeclBytes = 4096;    // a declaration longer than this is not one TVM writes
constexpr qint64 kMaxArrayBytes = 1LL << 40; // sizes are summed later; nothing real is bigger
constexpr int kMaxMacroDepth = 8;

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// `#define NAME value` lines of a file, for size expressions such as `[XOM_BASE_ALIGN - HEADER]`.
QHash<QByteArray, QByteArray> defines(const QByteArray &src)
{
    QHash<QByteArray, QByteArray> out;
    qsizetype at = 0;
    while ((at = src.indexOf("#define", at)) >= 0) {
        at += 7;
        qsizetype eol = src.indexOf('\n', at);
        if (eol < 0)
            eol = src.size();
        const QByteArray line = src.mid(at, eol - at).simplified();
        const qsizetype space = line.indexOf(' ');
        if (space > 0 && !line.left(space).contains('('))
            out.insert(line.left(space), line.mid(space + 1));
        at = eol;
    }
    return out;
}

// Integers, macros, + - * / and parentheses, with overflow checked: enough for array sizes.
class SizeExpression
{
public:
    SizeExpression(const QByteArray &text, const QHash<QByteArray, QByteArray> &macros, int depth)
        : m_text(text)
        , m_macros(macros)
        , m_depth(depth)
    {}

    std::optional<qint64> evaluate()
    {
        const auto v = sum();
        skipSpace();
        if (!v || m_at != m_text.size() || *v < 0)
            return std::nullopt;
        return v;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && isSpace(m_text[m_at]))
            ++m_at;
    }
    std::optional<qint64> sum()
    {
        auto left = product();
        for (;;) {
            skipSpace();
            if (!left || m_at >= m_text.size() || (m_text[m_at] != '+' && m_text[m_at] != '-'))
                return left;
            const char op = m_text[m_at++];
            const auto right = product();
            if (!right)
                return std::nullopt;
            qint64 r = 0;
            if (op == '+' ? __builtin_add_overflow(*left, *right, &r) : __builtin_sub_overflow(*left, *right, &r))
                return std::nullopt;
            left = r;
        }
    }
    std::optional<qint64> product()
    {
        auto left = factor();
        for (;;) {
            skipSpace();
            if (!left || m_at >= m_text.size() || (m_text[m_at] != '*' && m_text[m_at] != '/'))
                return left;
            const char op = m_text[m_at++];
            const auto right = factor();
            if (!right || (op == '/' && *right == 0))
                return std::nullopt;
            qint64 r = 0;
            if (op == '*') {
                if (__builtin_mul_overflow(*left, *right, &r))
                    return std::nullopt;
            } else {
                r = *left / *right;
            }
            left = r;
        }
    }
    std::optional<qint64> factor()
    {
        skipSpace();
        if (m_at >= m_text.size())
            return std::nullopt;
        const char c = m_text[m_at];
        if (c == '(') {
            ++m_at;
            const auto v = sum();
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] != ')')
                return std::nullopt;
            ++m_at;
            return v;
        }
        const qsizetype start = m_at;
        while (m_at < m_text.size() && isIdentChar(m_text[m_at]))
            ++m_at;
        QByteArray word = m_text.mid(start, m_at - start);
        if (word.isEmpty())
            return std::nullopt;
        if (word[0] >= '0' && word[0] <= '9') {
            while (!word.isEmpty() && (word.back() == 'u' || word.back() == 'U' || word.back() == 'l' || word.back() == 'L'))
                word.chop(1);
            bool ok = false;
            const qint64 v = word.toLongLong(&ok, 0);
            return ok ? std::optional<qint64>(v) : std::nullopt;
        }
        const auto macro = m_macros.constFind(word);
        if (macro == m_macros.constEnd() || m_depth >= kMaxMacroDepth)
            return std::nullopt;
        return SizeExpression(*macro, m_macros, m_depth + 1).evaluate();
    }

    QByteArray m_text;
    const QHash<QByteArray, QByteArray> &m_macros;
    int m_depth = 0;
    qsizetype m_at = 0;
};

// A declaration with its __attribute__((…)) groups taken out and their section and alignment kept.
struct Stripped
{
    QByteArray text;
    QByteArray section;
    qint64 aligned = 0;
};

Stripped stripAttributes(const QByteArray &decl)
{
    Stripped out;
    qsizetype at = 0;
    for (;;) {
        const qsizetype attr = decl.indexOf("__attribute__", at);
        if (attr < 0) {
            out.text += decl.mid(at);
            break;
        }
        out.text += decl.mid(at, attr - at);
        qsizetype open = decl.indexOf('(', attr);
        if (open < 0) {
            at = attr + 13;
            continue;
        }
        int depth = 0;
        qsizetype end = open;
        for (; end < decl.size(); ++end) {
            if (decl[end] == '(')
                ++depth;
            else if (decl[end] == ')' && --depth == 0)
                break;
        }
        const QByteArray group = decl.mid(open, end - open + 1);
        const qsizetype sec = group.indexOf("section");
        if (sec >= 0) {
            const qsizetype q1 = group.indexOf('"', sec);
            const qsizetype q2 = q1 < 0 ? -1 : group.indexOf('"', q1 + 1);
            if (q2 > q1)
                out.section = group.mid(q1 + 1, q2 - q1 - 1);
        }
        const qsizetype al = group.indexOf("aligned");
        if (al >= 0) {
            const qsizetype p = group.indexOf('(', al);
            const qsizetype q = p < 0 ? -1 : group.indexOf(')', p);
            if (q > p)
                out.aligned = group.mid(p + 1, q - p - 1).trimmed().toLongLong();
        }
        out.text += ' ';
        at = end + 1;
    }
    return out;
}

// One declarator `type name[a][b]` of stripped text: type words, symbol, size expressions.
struct Declarator
{
    QByteArray type;
    QByteArray symbol;
    QList<QByteArray> sizes;
    bool isStruct = false;
};

std::optional<Declarator> parseDeclarator(const QByteArray &text)
{
    Declarator d;
    const qsizetype firstBracket = text.indexOf('[');
    if (firstBracket < 0 || text.contains('(') || text.contains('*'))
        return std::nullopt;
    qsizetype at = firstBracket;
    while (at < text.size()) {
        while (at < text.size() && isSpace(text[at]))
            ++at;
        if (at >= text.size() || text[at] != '[')
            break;
        const qsizetype close = text.indexOf(']', at);
        if (close < 0)
            return std::nullopt;
        const QByteArray size = text.mid(at + 1, close - at - 1).trimmed();
        if (size.isEmpty())
            return std::nullopt; // `x[] = {…}`: generated tables, not tensors
        d.sizes << size;
        at = close + 1;
    }
    qsizetype symEnd = firstBracket;
    while (symEnd > 0 && isSpace(text[symEnd - 1]))
        --symEnd;
    qsizetype symStart = symEnd;
    while (symStart > 0 && isIdentChar(text[symStart - 1]))
        --symStart;
    d.symbol = text.mid(symStart, symEnd - symStart);
    if (d.symbol.isEmpty() || (d.symbol[0] >= '0' && d.symbol[0] <= '9'))
        return std::nullopt;
    static const QSet<QByteArray> qualifiers = {"static", "const",     "volatile", "extern",      "TVM_ATTRIBUTE_UNUSED",
                                                "inline", "constexpr", "register", "__restrict__"};
    QList<QByteArray> words;
    for (const QByteArray &w : text.left(symStart).simplified().split(' ')) {
        if (w.isEmpty())
            continue;
        if (w == "struct")
            d.isStruct = true;
        if (!qualifiers.contains(w))
            words << w;
    }
    d.type = words.join(' ');
    return d;
}

std::optional<qint64> arrayBytes(const Declarator &d, const QHash<QByteArray, QByteArray> &macros)
{
    const qint64 element = CodeArrays::elementBytes(d.type);
    if (element <= 0)
        return std::nullopt;
    qint64 bytes = element;
    for (const QByteArray &s : d.sizes) {
        const auto n = SizeExpression(s, macros, 0).evaluate();
        if (!n || __builtin_mul_overflow(bytes, *n, &bytes) || bytes > kMaxArrayBytes)
            return std::nullopt;
    }
    return bytes;
}

// The members of `struct { int8_t a[N] __attribute__((aligned(16))); … }` laid out as the
// compiler lays them: each at its alignment (aligned(), else the element size). The end of the
// last member is the pool's size.
std::optional<QPair<qint64, int>> structBytes(const QByteArray &body, const QHash<QByteArray, QByteArray> &macros)
{
    // Comments out first (TVM writes "// N bytes, aligned offset: O" after each member).
    QByteArray clean;
    clean.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == '/' && i + 1 < body.size() && body[i + 1] == '/') {
            while (i < body.size() && body[i] != '\n')
                ++i;
            clean += '\n';
        } else if (body[i] == '/' && i + 1 < body.size() && body[i + 1] == '*') {
            const qsizetype end = body.indexOf("*/", i + 2);
            i = end < 0 ? body.size() : end + 1;
        } else {
            clean += body[i];
        }
    }
    qint64 end = 0;
    int members = 0;
    for (const QByteArray &member : clean.split(';')) {
        if (member.trimmed().isEmpty())
            continue;
        const Stripped s = stripAttributes(member);
        const auto d = parseDeclarator(s.text);
        if (!d)
            return std::nullopt;
        const auto bytes = arrayBytes(*d, macros);
        if (!bytes)
            return std::nullopt;
        const qint64 align = s.aligned > 0 ? s.aligned : CodeArrays::elementBytes(d->type);
        const qint64 offset = (end + align - 1) / align * align;
        if (__builtin_add_overflow(offset, *bytes, &end) || end > kMaxArrayBytes)
            return std::nullopt;
        ++members;
    }
    if (members == 0)
        return std::nullopt;
    return QPair<qint64, int>(end, members);
}

CodeArrays::Kind kindOf(const QByteArray &symbol, bool initialised, bool pool)
{
    if (!initialised)
        return CodeArrays::Kind::Workspace;
    if (pool)
        return CodeArrays::Kind::ConstantPool;
    if (symbol.startsWith("__tvm_param__"))
        return CodeArrays::Kind::LinkedParam;
    if (symbol.contains("cms_data") || symbol.contains("command_stream"))
        return CodeArrays::Kind::NpuCommandStream;
    if (symbol.endsWith("_weights") || symbol.endsWith("_weight"))
        return CodeArrays::Kind::NpuWeights;
    return CodeArrays::Kind::Constant;
}

// Where the statement holding `anchor` begins: its line, or the line before when that line holds
// only an attribute (`__attribute__((section(".rodata.tvm"), ))` above `static struct …`).
qsizetype statementStart(const QByteArray &src, qsizetype anchor)
{
    qsizetype start = src.lastIndexOf('\n', anchor) + 1;
    if (start >= 2) {
        const qsizetype prev = src.lastIndexOf('\n', start - 2) + 1;
        const QByteArray line = src.mid(prev, start - 1 - prev).trimmed();
        if (line.startsWith("__attribute__") && !line.contains(';') && !line.contains('{'))
            start = prev;
    }
    return start;
}

} // namespace

qint64 CodeArrays::elementBytes(const QByteArray &type)
{
    static const QHash<QByteArray, qint64> sizes = {
        {"int8_t", 1},        {"uint8_t", 1},   {"char", 1},           {"signed char", 1},
        {"unsigned char", 1}, {"bool", 1},      {"_Bool", 1},          {"int16_t", 2},
        {"uint16_t", 2},      {"short", 2},     {"unsigned short", 2}, {"int32_t", 4},
        {"uint32_t", 4},      {"int", 4},       {"unsigned", 4},       {"unsigned int", 4},
        {"float", 4},         {"long", 4},      {"unsigned long", 4},  {"int64_t", 8},
        {"uint64_t", 8},      {"double", 8},    {"long long", 8},      {"unsigned long long", 8},
        {"signed", 4},        {"signed int", 4}};
    return sizes.value(type, -1);
}

QString CodeArrays::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::LinkedParam: return QStringLiteral("linked_param");
    case Kind::Constant: return QStringLiteral("constant");
    case Kind::ConstantPool: return QStringLiteral("constant_pool");
    case Kind::NpuWeights: return QStringLiteral("npu_weights");
    case Kind::NpuCommandStream: return QStringLiteral("npu_command_stream");
    case Kind::Workspace: return QStringLiteral("workspace");
    }
    return {};
}

QList<CodeArrays::Array> CodeArrays::scan(const QByteArray &src, const QString &file)
{
    QList<Array> out;
    const QHash<QByteArray, QByteArray> macros = src.contains("#define") ? defines(src) : QHash<QByteArray, QByteArray>{};
    QSet<QByteArray> seen;
    qsizetype lineAt = 0;
    int line = 1;
    auto lineOf = [&](qsizetype pos) {
        if (pos < lineAt) { // rare: a symbol before the last position counted
            return 1 + int(std::count(src.constBegin(), src.constBegin() + pos, '\n'));
        }
        line += int(std::count(src.constBegin() + lineAt, src.constBegin() + pos, '\n'));
        lineAt = pos;
        return line;
    };

    qsizetype from = 0;
    qsizetype lastStart = -1;
    // The next of each anchor, looked for again only once `from` has passed it: a file without
    // any `section(` is searched for one once, not once per `static` (that was quadratic).
    qsizetype a = -2, b = -2;
    for (;;) {
        // Anchors: the word `static` and `section(` (arrays declared without static).
        if (a != -1 && a < from) {
            a = src.indexOf("static", from);
            while (a > 0 && (isIdentChar(src[a - 1]) || (a + 6 < src.size() && isIdentChar(src[a + 6]))))
                a = src.indexOf("static", a + 6);
        }
        if (b != -1 && b < from)
            b = src.indexOf("section(", from);
        const qsizetype anchor = a < 0 ? b : (b < 0 ? a : std::min(a, b));
        if (anchor < 0)
            break;
        from = anchor + 6;
        const qsizetype start = statementStart(src, anchor);
        if (start == lastStart)
            continue;
        lastStart = start;

        // The declaration runs to the first `=`, `;` or `{` outside parentheses.
        int depth = 0;
        qsizetype end = start;
        const qsizetype limit = std::min(src.size(), start + kMaxDeclBytes);
        for (; end < limit; ++end) {
            const char c = src[end];
            if (c == '(')
                ++depth;
            else if (c == ')')
                --depth;
            else if (depth == 0 && (c == '=' || c == ';' || c == '{'))
                break;
        }
        // Each byte is scanned once: the next anchor is looked for past this statement.
        from = std::max(from, end);
        if (end >= limit)
            continue;
        QByteArray decl = src.mid(start, end - start);
        // Preprocessor lines inside the declaration's span (the #if branches of nuvoton's weights).
        if (decl.contains('#')) {
            QByteArray kept;
            for (const QByteArray &l : decl.split('\n'))
                if (!l.trimmed().startsWith('#'))
                    kept += l + '\n';
            decl = kept;
        }
        const Stripped s = stripAttributes(decl);
        Array arr;
        arr.file = file;
        arr.section = QString::fromLatin1(s.section);
        bool initialised = false;
        qsizetype symbolSearchFrom = start;

        if (src[end] == '{') {
            // `static struct name { members } var = {…};`: a constant pool.
            const QByteArray head = s.text.simplified();
            if (!head.contains("struct ") || head.contains('['))
                continue;
            const qsizetype close = src.indexOf('}', end);
            if (close < 0 || close - end > kMaxDeclBytes * 64)
                continue;
            const auto layout = structBytes(src.mid(end + 1, close - end - 1), macros);
            qsizetype at = close + 1;
            while (at < src.size() && isSpace(src[at]))
                ++at;
            const qsizetype nameStart = at;
            while (at < src.size() && isIdentChar(src[at]))
                ++at;
            const QByteArray var = src.mid(nameStart, at - nameStart);
            while (at < src.size() && isSpace(src[at]))
                ++at;
            if (!layout || var.isEmpty() || at >= src.size() || (src[at] != '=' && src[at] != ';'))
                continue;
            initialised = src[at] == '=';
            arr.symbol = QString::fromLatin1(var);
            arr.bytes = layout->first;
            arr.members = layout->second;
            arr.elementType = QString::fromLatin1(head.mid(head.indexOf("struct ")));
            arr.kind = kindOf(var, initialised, true);
            symbolSearchFrom = nameStart;
            from = std::max(from, at);
        } else {
            const auto d = parseDeclarator(s.text);
            if (!d || d->isStruct)
                continue;
            if (src[end] == '=') {
                // The initialiser, past blanks and preprocessor lines (`= \n#endif\n"\x80…"`).
                qsizetype at = end + 1;
                for (;;) {
                    while (at < src.size() && isSpace(src[at]))
                        ++at;
                    if (at >= src.size() || src[at] != '#')
                        break;
                    const qsizetype eol = src.indexOf('\n', at);
                    at = eol < 0 ? src.size() : eol;
                }
                if (at >= src.size() || (src[at] != '{' && src[at] != '"'))
                    continue;
                initialised = true;
            }
            const auto bytes = arrayBytes(*d, macros);
            if (!bytes && CodeArrays::elementBytes(d->type) <= 0)
                continue; // a table of some struct type: not a tensor
            arr.symbol = QString::fromLatin1(d->symbol);
            arr.bytes = bytes.value_or(-1);
            QList<QByteArray> sizes = d->sizes;
            arr.sizeText = QString::fromLatin1(sizes.join("]["));
            arr.elementType = QString::fromLatin1(d->type);
            arr.kind = kindOf(d->symbol, initialised, false);
            from = std::max(from, end);
        }
        const QByteArray symbol = arr.symbol.toLatin1();
        if (seen.contains(symbol))
            continue;
        seen.insert(symbol);
        const qsizetype symbolAt = src.indexOf(symbol, symbolSearchFrom);
        arr.line = lineOf(symbolAt < 0 ? start : symbolAt);
        out << arr;
    }
    return out;
}

} // namespace mtvw::mlf
