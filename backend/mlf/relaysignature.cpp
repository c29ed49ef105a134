#include "relaysignature.h"

#include <QRegularExpression>

namespace mtvw::mlf {

namespace {

// The main function's signature is on its first lines; a crafted file cannot make us read more.
constexpr qsizetype kMaxSignatureBytes = 1 << 20;
constexpr qsizetype kMaxTensors = 100'000;
// The text comes from QString::fromUtf8, so it is valid UTF-16: without this, every match would
// check the whole rest of the text again (quadratic in the number of parameters).
constexpr auto kValidText = QRegularExpression::DontCheckSubjectStringMatchOption;

QString sanitised(const QString &name)
{
    QString out = name;
    for (QChar &c : out)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return out;
}

// "Tensor[(1, 16), float32]" at the start of text; its length, or 0 when it is not one.
qsizetype readTensor(QStringView text, RelaySignature::Tensor &out)
{
    static const QRegularExpression tensor(QStringLiteral("^Tensor\\[\\(([0-9, ]*)\\),\\s*([A-Za-z][A-Za-z0-9_]*)\\]"));
    const auto m = tensor.match(text, 0, QRegularExpression::NormalMatch, kValidText);
    if (!m.hasMatch())
        return 0;
    out.shape.clear();
    for (const QString &d : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 v = d.trimmed().toLongLong(&ok);
        if (!ok || v < 0)
            return 0;
        out.shape << v;
    }
    out.dtype = m.captured(2);
    return m.capturedLength(0);
}

} // namespace

const RelaySignature::Tensor *RelaySignature::param(const QString &name) const
{
    for (const Tensor &t : params)
        if (t.name == name)
            return &t;
    for (const Tensor &t : params)
        if (sanitised(t.name) == sanitised(name))
            return &t;
    return nullptr;
}

RelaySignature RelaySignature::parse(const QByteArray &bytes)
{
    RelaySignature sig;
    const qsizetype start = bytes.indexOf("def @main(");
    if (start < 0)
        return sig;
    const QString text = QString::fromUtf8(bytes.mid(start, kMaxSignatureBytes));
    QStringView rest = QStringView(text).mid(qsizetype(sizeof("def @main(") - 1));
    static const QRegularExpression param(QStringLiteral("^\\s*%([A-Za-z0-9_.]+)\\s*:\\s*"));
    static const QRegularExpression comment(QStringLiteral("^\\s*/\\*.*?\\*/"));
    // Parameters: "%name: Tensor[…]" separated by commas, each maybe followed by a /* ty=… */.
    while (sig.params.size() < kMaxTensors) {
        const auto m = param.match(rest, 0, QRegularExpression::NormalMatch, kValidText);
        if (!m.hasMatch())
            break;
        Tensor t;
        t.name = m.captured(1);
        rest = rest.mid(m.capturedLength(0));
        const qsizetype n = readTensor(rest, t);
        if (n == 0)
            break; // a type this reader does not know (a tuple, a scalar): the signature ends here
        rest = rest.mid(n);
        sig.params << t;
        if (const auto c = comment.match(rest, 0, QRegularExpression::NormalMatch, kValidText); c.hasMatch())
            rest = rest.mid(c.capturedLength(0));
        rest = rest.trimmed();
        if (!rest.startsWith(QLatin1Char(',')))
            break;
        rest = rest.mid(1);
    }
    // The result: "-> Tensor[…]" or "-> (Tensor[…], Tensor[…])".
    const qsizetype arrow = rest.indexOf(QLatin1String("->"));
    const qsizetype brace = rest.indexOf(QLatin1Char('{'));
    if (arrow < 0 || (brace >= 0 && brace < arrow))
        return sig;
    rest = rest.mid(arrow + 2).trimmed();
    const bool tuple = rest.startsWith(QLatin1Char('('));
    if (tuple)
        rest = rest.mid(1).trimmed();
    while (sig.results.size() < kMaxTensors) {
        Tensor t;
        const qsizetype n = readTensor(rest, t);
        if (n == 0)
            break;
        sig.results << t;
        rest = rest.mid(n).trimmed();
        if (!tuple || !rest.startsWith(QLatin1Char(',')))
            break;
        rest = rest.mid(1).trimmed();
    }
    return sig;
}

} // namespace mtvw::mlf
