#include "tvmtextlexer.h"

#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QSet>

namespace {

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdent(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '.';
}

const QSet<QByteArray> &tvmKeywords()
{
    static const QSet<QByteArray> k = {"def",          "fn",
                                       "let",          "if",
                                       "else",         "for",
                                       "in",           "return",
                                       "with",         "while",
                                       "primfn",       "attr",
                                       "allocate",     "realize",
                                       "assert",       "free_var",
                                       "lambda",       "match",
                                       "type",         "and",
                                       "or",           "not",
                                       "True",         "False",
                                       "None",         "class",
                                       "meta",         "import",
                                       "from",         "as",
                                       "range",        "serial",
                                       "parallel",     "unroll",
                                       "vectorized",   "buffer",
                                       "block",        "T.prim_func",
                                       "T.evaluate",   "T.call_extern",
                                       "T.allocate",   "T.handle",
                                       "T.Buffer",     "T.serial",
                                       "T.parallel",   "T.grid",
                                       "T.block",      "T.reads",
                                       "T.writes",     "T.match_buffer",
                                       "T.func_attr",  "T.let",
                                       "T.address_of", "T.tvm_stack_make_array"};
    return k;
}

bool isType(const QByteArray &w)
{
    static const QSet<QByteArray> fixed = {"Tensor", "handle", "bool", "void", "Buffer", "T.Buffer", "T.handle"};
    if (fixed.contains(w))
        return true;
    const QByteArray base = w.startsWith("T.") ? w.mid(2) : w;
    for (const char *prefix : {"float", "int", "uint", "bfloat"}) {
        const qsizetype n = qsizetype(qstrlen(prefix));
        if (base.startsWith(prefix) && base.size() > n && std::isdigit(static_cast<unsigned char>(base[n])))
            return true;
    }
    return false;
}

} // namespace

TvmTextLexer::TvmTextLexer(QObject *parent)
    : QsciLexerCustom(parent)
{}

const char *TvmTextLexer::language() const
{
    return "TVM text";
}

QString TvmTextLexer::description(int style) const
{
    switch (style) {
    case Default: return tr("Default");
    case Comment: return tr("Comment");
    case String: return tr("String");
    case Number: return tr("Number");
    case Keyword: return tr("Keyword");
    case Global: return tr("Global name (@)");
    case Local: return tr("Local name (%)");
    case Type: return tr("Type");
    default: return {};
    }
}

void TvmTextLexer::setDark(bool dark)
{
    m_dark = dark;
    for (int s = 0; s < StyleCount; ++s)
        setColor(defaultColor(s), s);
}

QColor TvmTextLexer::defaultColor(int style) const
{
    // Each pair reads on a light and on a dark background.
    switch (style) {
    case Comment: return m_dark ? QColor(0x8a, 0x9a, 0x8a) : QColor(0x5a, 0x7a, 0x5a);
    case String: return m_dark ? QColor(0xe6, 0xb4, 0x73) : QColor(0xa3, 0x4a, 0x00);
    case Number: return m_dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x09, 0x6b, 0x9a);
    case Keyword: return m_dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x80, 0x00, 0x80);
    case Global: return m_dark ? QColor(0xdc, 0xdc, 0xaa) : QColor(0x79, 0x5e, 0x26);
    case Local: return m_dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x70, 0x70);
    case Type: return m_dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x1a, 0x3f, 0xb0);
    default: return m_dark ? QColor(0xd4, 0xd4, 0xd4) : QColor(0x20, 0x20, 0x20);
    }
}

QFont TvmTextLexer::defaultFont(int style) const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setBold(style == Keyword);
    return f;
}

void TvmTextLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed || end <= start)
        return;
    // Restart at the beginning of the line so that tokens are never cut in half.
    const long line = ed->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, long(start));
    start = int(ed->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line));
    QByteArray text(end - start + 1, '\0');
    ed->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, start, end, text.data());
    text.truncate(end - start);

    startStyling(start);
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto emitRun = [this](qsizetype length, int style) {
        if (length > 0)
            setStyling(int(length), style);
    };
    while (i < n) {
        const char c = text[i];
        qsizetype j = i + 1;
        int style = Default;
        if (c == '#' || (c == '/' && j < n && text[j] == '/')) {
            while (j < n && text[j] != '\n')
                ++j;
            style = Comment;
        } else if (c == '"' || c == '\'') {
            while (j < n && text[j] != c && text[j] != '\n')
                j += text[j] == '\\' ? 2 : 1;
            j = std::min(j + 1, n);
            style = String;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (j < n && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '.'))
                ++j;
            style = Number;
        } else if ((c == '@' || c == '%') && j < n && (isIdent(text[j]) || std::isdigit(static_cast<unsigned char>(text[j])))) {
            while (j < n && isIdent(text[j]))
                ++j;
            style = c == '@' ? Global : Local;
        } else if (isIdentStart(c)) {
            while (j < n && isIdent(text[j]))
                ++j;
            const QByteArray word = text.mid(i, j - i);
            style = tvmKeywords().contains(word) ? Keyword : isType(word) ? Type : Default;
        } else {
            while (j < n && !isIdentStart(text[j]) && !std::isdigit(static_cast<unsigned char>(text[j])) && text[j] != '#' &&
                   text[j] != '"' && text[j] != '\'' && text[j] != '@' && text[j] != '%' && text[j] != '/')
                ++j;
        }
        emitRun(j - i, style);
        i = j;
    }
}
