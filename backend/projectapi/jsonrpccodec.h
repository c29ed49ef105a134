#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace mtvw::projectapi {

// JSON-RPC 2.0 as the Project API speaks it (spec 3.2): one compact request object per line, one
// reply per request. Pure functions: no I/O, no state, so every reply shape can be tested and
// fuzzed without a process.
class JsonRpcCodec
{
public:
    // The request line, newline included.
    static QByteArray encodeRequest(int id, const QString &method, const QJsonObject &params);

    // One reply line to the request `expectedId`: its result; a server error as Error::Code::Remote
    // with the server's error name (IoTimeoutError, TransportClosedError, ServerError, …) and its
    // traceback as detail; or Error::Code::Protocol saying what is wrong with the line
    // (MalformedReplyError, MismatchedIdError). The message names the cause, not the method:
    // callers say which call it was.
    static Result<QJsonValue> decodeReply(const QByteArray &line, int expectedId);

    // The name of a JSON-RPC error: the Project API's named -32000 errors, else the code's name.
    static QString errorName(int code, const QString &message);
    // The last "SomeError: text" line of a Python traceback, trimmed; empty when there is none.
    static QString lastExceptionLine(const QString &traceback);
    // An exception line in words for people who do not read Python: the common classes said in
    // words ("FileNotFoundError: no west" → "file not found: no west"), other class names dropped
    // when the line has text of its own.
    static QString readableException(const QString &line);
    // A method name the Project API could have: letters, digits and '_'.
    static bool isValidMethod(const QString &method);
};

} // namespace mtvw::projectapi
