#include "clioutput.h"

#include <QCommandLineParser>
#include <QRegularExpression>

void CliOutput::print(const QString &text, FILE *stream)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void CliOutput::write(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return; // fwrite's buffer must not be null, even for no bytes
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString CliOutput::errorLine(const QString &what, const QString &why)
{
    QString cause = why.trimmed();
    // Messages that start with the thing they are about say it once.
    for (const QString &lead : {what + QStringLiteral(": "), what + QLatin1Char(' ')})
        if (!what.isEmpty() && cause.startsWith(lead)) {
            cause = cause.mid(lead.size());
            break;
        }
    // "Unknown option 'x'." → "unknown option 'x'" (a capital that starts a sentence, not a name).
    if (cause.size() > 1 && cause[0].isUpper() && cause[1].isLower())
        cause[0] = cause[0].toLower();
    if (cause.endsWith(QLatin1Char('.')) && !cause.endsWith(QLatin1String("..")))
        cause.chop(1);
    cause.replace(QLatin1String(". (see "), QLatin1String(" (see ")); // a parser's sentence, then where to look
    return what.isEmpty() ? QStringLiteral("mtvw-cli: %1").arg(cause) : QStringLiteral("mtvw-cli: %1: %2").arg(what, cause);
}

int CliOutput::fail(const QString &what, const QString &why)
{
    print(errorLine(what, why) + QLatin1Char('\n'), stderr);
    return kFailure;
}

QString CliOutput::help(const QCommandLineParser &parser, const QString &command)
{
    static const QRegularExpression usageLine(QStringLiteral("^Usage: \\S+"));
    return parser.helpText().replace(usageLine, QStringLiteral("Usage: mtvw-cli %1").arg(command));
}
