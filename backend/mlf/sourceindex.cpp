#include "sourceindex.h"

#include <QSet>

#include <algorithm>
#include <cstring>

namespace mtvw::mlf {

namespace {

bool isIdentChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isAttributeWord(const QByteArray &word)
{
    static const QSet<QByteArray> words = {"__attribute__", "__declspec",           "alignas",  "_Alignas", "__asm__",
                                           "asm",           "TVM_ATTRIBUTE_UNUSED", "__aligned"};
    return words.contains(word);
}

} // namespace

QList<SourceIndex::Function> SourceIndex::scan(const QByteArray &src, const QString &file, int *lineCount, qsizetype limit)
{
    QList<Function> out;
    const qsizetype n = src.size();
    const char *s = src.constData();
    int line = 1;
    int braceDepth = 0;
    int parenDepth = 0;
    bool atLineStart = true;
    // State of the current top-level statement.
    qsizetype stmtStart = -1;
    int stmtLine = 0;
    QByteArray candidate;
    qsizetype lastIdentStart = -1, lastIdentEnd = -1;
    char lastSignificant = 0;
    Function current;
    bool inFunction = false;
    int externBlocks = 0; // open `extern "C" {` blocks: their braces do not nest definitions
    auto lastIdentIs = [&](const char *word) {
        const qsizetype len = qsizetype(strlen(word));
        return lastIdentStart >= 0 && lastIdentEnd - lastIdentStart == len && memcmp(s + lastIdentStart, word, size_t(len)) == 0;
    };

    auto resetStatement = [&]() {
        stmtStart = -1;
        candidate.clear();
        lastSignificant = 0;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            atLineStart = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            continue;
        // Comments.
        if (c == '/' && i + 1 < n && s[i + 1] == '/') {
            while (i < n && s[i] != '\n')
                ++i;
            --i;
            continue;
        }
        if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            i += 2;
            while (i + 1 < n && !(s[i] == '*' && s[i + 1] == '/')) {
                if (s[i] == '\n')
                    ++line;
                ++i;
            }
            ++i;
            continue;
        }
        // Preprocessor lines (with continuations).
        if (c == '#' && atLineStart) {
            while (i < n && s[i] != '\n') {
                if (s[i] == '\\' && i + 1 < n && s[i + 1] == '\n') {
                    ++line;
                    ++i;
                } else if (s[i] == '\\' && i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n') {
                    ++line;
                    i += 2;
                }
                ++i;
            }
            --i;
            if (braceDepth == 0 && parenDepth == 0)
                resetStatement();
            continue;
        }
        atLineStart = false;
        // String and character literals.
        if (c == '"' || c == '\'') {
            ++i;
            while (i < n && s[i] != c) {
                if (s[i] == '\\' && i + 1 < n)
                    ++i;
                if (s[i] == '\n')
                    ++line;
                ++i;
            }
            lastSignificant = c;
            continue;
        }
        if (braceDepth == 0 && stmtStart < 0) {
            stmtStart = i;
            stmtLine = line;
        }
        if (isIdentChar(c)) {
            const qsizetype start = i;
            while (i + 1 < n && isIdentChar(s[i + 1]))
                ++i;
            lastIdentStart = start;
            lastIdentEnd = i + 1;
            lastSignificant = 'a';
            continue;
        }
        switch (c) {
        case '(':
            if (braceDepth == 0 && parenDepth == 0 && candidate.isEmpty() && lastSignificant == 'a') {
                const QByteArray word(s + lastIdentStart, lastIdentEnd - lastIdentStart);
                if (!isAttributeWord(word))
                    candidate = word;
            }
            ++parenDepth;
            break;
        case ')': parenDepth = std::max(0, parenDepth - 1); break;
        case '{':
            if (braceDepth == 0 && parenDepth == 0 && lastSignificant == '"' && lastIdentIs("extern")) {
                ++externBlocks;
                resetStatement();
                continue;
            }
            if (braceDepth == 0 && parenDepth == 0 && lastSignificant == ')' && !candidate.isEmpty()) {
                inFunction = true;
                current = Function();
                current.name = QString::fromUtf8(candidate);
                current.file = file;
                current.startLine = stmtLine;
                current.startOffset = stmtStart;
            }
            ++braceDepth;
            break;
        case '}':
            if (braceDepth == 0 && externBlocks > 0) {
                --externBlocks;
                resetStatement();
                continue;
            }
            braceDepth = std::max(0, braceDepth - 1);
            if (braceDepth == 0) {
                if (inFunction) {
                    current.endLine = line;
                    current.endOffset = i + 1;
                    if (out.size() < limit)
                        out << current;
                    inFunction = false;
                    resetStatement();
                    continue;
                }
            }
            break;
        case ';':
            if (braceDepth == 0 && parenDepth == 0) {
                resetStatement();
                continue;
            }
            break;
        default: break;
        }
        lastSignificant = c;
    }
    if (lineCount)
        *lineCount = (n > 0 && s[n - 1] != '\n') ? line : line - 1;
    return out;
}

bool SourceIndex::addFile(const QString &path, const QByteArray &source)
{
    File f;
    f.path = path;
    f.bytes = source.size();
    const qsizetype room = kMaxFunctions - m_functions.size();
    const QList<Function> found = scan(source, path, &f.lines, room + 1);
    const bool complete = found.size() <= room;
    f.functionCount = int(std::min(found.size(), room));
    for (const Function &fn : found) {
        if (m_functions.size() >= kMaxFunctions)
            break;
        if (!m_byName.contains(fn.name))
            m_byName.insert(fn.name, m_functions.size());
        m_functions << fn;
    }
    m_files << f;
    return complete;
}

const SourceIndex::Function *SourceIndex::find(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? nullptr : &m_functions[*it];
}

} // namespace mtvw::mlf
