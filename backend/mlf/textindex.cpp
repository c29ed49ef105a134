#include "textindex.h"

#include <QRegularExpression>
#include <QStringList>

namespace mtvw::mlf {

namespace {

// Closes each function at the last non-blank line before the next one starts.
void closeRanges(QList<TextIndex::Function> &fns, const QStringList &lines)
{
    for (qsizetype i = 0; i < fns.size(); ++i) {
        int end = (i + 1 < fns.size()) ? fns[i + 1].startLine - 1 : int(lines.size());
        while (end > fns[i].startLine && lines[end - 1].trimmed().isEmpty())
            --end;
        fns[i].endLine = end;
    }
}

} // namespace

QList<TextIndex::Function> TextIndex::relay(const QByteArray &text, const QString &file)
{
    static const QRegularExpression def(QStringLiteral("^\\s*def\\s+@([\\w.]+)\\s*\\("));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QList<Function> out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (const auto m = def.match(lines[i]); m.hasMatch())
            out << Function{m.captured(1), file, int(i + 1), 0};
    closeRanges(out, lines);
    return out;
}

QList<TextIndex::Function> TextIndex::tir(const QByteArray &text, const QString &file)
{
    // TVMScript: "@T.prim_func" then "def name(". Older printer: "primfn(...)" with
    // attr = {"global_symbol": "name", ...} on the following lines, or "@name = primfn(".
    static const QRegularExpression def(QStringLiteral("^\\s*def\\s+(\\w+)\\s*\\("));
    static const QRegularExpression primfn(QStringLiteral("^\\s*(?:@(\\w+)\\s*=\\s*)?primfn\\s*\\("));
    static const QRegularExpression symbol(QStringLiteral("\"global_symbol\"\\s*:\\s*\"(\\w+)\""));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QList<Function> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto m = def.match(lines[i]); m.hasMatch()) {
            int start = int(i + 1);
            for (qsizetype k = i - 1; k >= 0 && k >= i - 3; --k)
                if (lines[k].trimmed().startsWith(QLatin1Char('@')))
                    start = int(k + 1);
            out << Function{m.captured(1), file, start, 0};
        } else if (const auto p = primfn.match(lines[i]); p.hasMatch()) {
            QString name = p.captured(1);
            for (qsizetype k = i; k < lines.size() && k < i + 8; ++k)
                if (const auto s = symbol.match(lines[k]); s.hasMatch()) {
                    name = s.captured(1);
                    break;
                }
            if (name.isEmpty())
                name = QStringLiteral("primfn@%1").arg(i + 1);
            out << Function{name, file, int(i + 1), 0};
        }
    }
    closeRanges(out, lines);
    return out;
}

} // namespace mtvw::mlf
