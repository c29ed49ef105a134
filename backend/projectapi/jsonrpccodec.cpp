#include "jsonrpccodec.h"

#include "core/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mtvw::projectapi {

namespace {

constexpr int kQuotedBytes = 200; // of a malformed line, in the error

Error malformed(const QByteArray &line, const QString &why)
{
    return Error(Error::Code::Protocol, BackendText::tr("the Project API server sent a malformed reply (%1): %2")
                                            .arg(why, QString::fromUtf8(line.left(kQuotedBytes))))
        .withName(QStringLiteral("MalformedReplyError"));
}

QString compactJson(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // without the [ ]
}

} // namespace

QByteArray JsonRpcCodec::encodeRequest(int id, const QString &method, const QJsonObject &params)
{
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("method"), method},
                              {QStringLiteral("params"), params},
                              {QStringLiteral("id"), id}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

bool JsonRpcCodec::isValidMethod(const QString &method)
{
    if (method.isEmpty())
        return false;
    for (QChar c : method)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    return true;
}

QString JsonRpcCodec::errorName(int code, const QString &message)
{
    switch (code) {
    case -32000:
        for (const char *named : {"TransportClosedError", "IoTimeoutError", "UnsupportedTVMVersionError"})
            if (message == QLatin1String(named))
                return message;
        return QStringLiteral("ServerError");
    case -32700: return QStringLiteral("ParseError");
    case -32600: return QStringLiteral("InvalidRequest");
    case -32601: return QStringLiteral("MethodNotFound");
    case -32602: return QStringLiteral("InvalidParams");
    case -32603: return QStringLiteral("InternalError");
    default: return QStringLiteral("JSONRPCError");
    }
}

QString JsonRpcCodec::lastExceptionLine(const QString &traceback)
{
    const QStringList lines = traceback.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (it->startsWith(QLatin1Char(' ')) || line.isEmpty() || line.startsWith(QLatin1String("Traceback (")))
            continue;
        return line; // "FileNotFoundError: …", or a bare exception name such as "KeyboardInterrupt"
    }
    return {};
}

QString JsonRpcCodec::readableException(const QString &line)
{
    static const QRegularExpression head(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.]*)(?::\\s*(.*))?$"));
    const QRegularExpressionMatch m = head.match(line.trimmed());
    if (!m.hasMatch())
        return line.trimmed(); // not "Name: text": said as it is
    const QString name = m.captured(1).section(QLatin1Char('.'), -1);
    const QString text = m.captured(2).trimmed();
    static const QHash<QString, const char *> words{
        {QStringLiteral("FileNotFoundError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "file not found")},
        {QStringLiteral("PermissionError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "permission denied")},
        {QStringLiteral("FileExistsError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "already exists")},
        {QStringLiteral("IsADirectoryError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "is a folder, not a file")},
        {QStringLiteral("NotADirectoryError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "is not a folder")},
        {QStringLiteral("ModuleNotFoundError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "a Python module is missing")},
        {QStringLiteral("ImportError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "a Python import failed")},
        {QStringLiteral("CalledProcessError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "a command failed")},
        {QStringLiteral("TimeoutExpired"), QT_TRANSLATE_NOOP("mtvw::BackendText", "timed out")},
        {QStringLiteral("TimeoutError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "timed out")},
        {QStringLiteral("KeyError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "missing key")},
        {QStringLiteral("KeyboardInterrupt"), QT_TRANSLATE_NOOP("mtvw::BackendText", "the server was interrupted")},
        {QStringLiteral("MemoryError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "the server ran out of memory")},
        {QStringLiteral("RecursionError"), QT_TRANSLATE_NOOP("mtvw::BackendText", "too deeply nested")}};
    if (const auto it = words.constFind(name); it != words.constEnd()) {
        const QString said = BackendText::tr(it.value());
        return text.isEmpty() ? said : BackendText::tr("%1: %2").arg(said, text);
    }
    return text.isEmpty() ? name : text;
}

Result<QJsonValue> JsonRpcCodec::decodeReply(const QByteArray &line, int expectedId)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(line, parseError.errorString());
    if (!doc.isObject())
        return malformed(line, BackendText::tr("not a JSON object"));
    const QJsonObject reply = doc.object();
    if (reply.value(QLatin1String("jsonrpc")) != QJsonValue(QStringLiteral("2.0")))
        return malformed(line, BackendText::tr("\"jsonrpc\" is not \"2.0\""));
    const QJsonValue id = reply.value(QLatin1String("id"));
    const QJsonValue error = reply.value(QLatin1String("error"));
    // An invalid-request error carries a null id; every other reply must carry ours.
    const bool ours = id.isDouble() && id.toDouble() == double(expectedId);
    if (!ours && !(id.isNull() && error.isObject()))
        return Error(Error::Code::Protocol, BackendText::tr("the Project API server answered request %1 with the id %2")
                                                .arg(expectedId)
                                                .arg(compactJson(id)))
            .withName(QStringLiteral("MismatchedIdError"));
    if (reply.contains(QLatin1String("error"))) {
        if (!error.isObject())
            return malformed(line, BackendText::tr("\"error\" is not an object"));
        const QJsonObject e = error.toObject();
        const QJsonValue codeValue = e.value(QLatin1String("code"));
        const QJsonValue messageValue = e.value(QLatin1String("message"));
        if (!codeValue.isDouble() || codeValue.toDouble() != double(codeValue.toInt()))
            return malformed(line, BackendText::tr("\"error.code\" is not an integer"));
        if (!messageValue.isString())
            return malformed(line, BackendText::tr("\"error.message\" is not a string"));
        const int code = codeValue.toInt();
        const QString message = messageValue.toString();
        const QString name = errorName(code, message);
        const QJsonValue data = e.value(QLatin1String("data"));
        const QString traceback = data.isObject() ? data.toObject().value(QLatin1String("traceback")).toString() : QString();
        QString text;
        if (name == QLatin1String("IoTimeoutError"))
            text = BackendText::tr("the board did not answer in time (IoTimeoutError)");
        else if (name == QLatin1String("TransportClosedError"))
            text = BackendText::tr("the transport is closed (TransportClosedError)");
        else if (name == QLatin1String("UnsupportedTVMVersionError"))
            text = BackendText::tr("the template does not support this TVM version");
        else if (code == -32000) {
            // TVM's servers say "calling method build" and put the cause in the traceback's
            // last line: the cause, in words, is what is shown; the method is named by the caller.
            const QString cause = lastExceptionLine(traceback);
            const QString readable = cause.isEmpty() ? QString() : readableException(cause);
            const bool bare = message.isEmpty() || message.startsWith(QLatin1String("calling method "));
            if (readable.isEmpty())
                text = message;
            else if (bare || cause == message || cause.endsWith(message) || readable == message)
                text = readable;
            else
                text = BackendText::tr("%1 (%2)").arg(message, readable);
        } else {
            text = BackendText::tr("%1 (JSON-RPC error %2, %3)").arg(message).arg(code).arg(name);
        }
        if (text.trimmed().isEmpty())
            text = BackendText::tr("the server reported an error without a message (%1, code %2)").arg(name).arg(code);
        return Error(Error::Code::Remote, text).withName(name).withDetail(traceback);
    }
    if (!reply.contains(QLatin1String("result")))
        return malformed(line, BackendText::tr("neither \"result\" nor \"error\""));
    return reply.value(QLatin1String("result"));
}

} // namespace mtvw::projectapi
