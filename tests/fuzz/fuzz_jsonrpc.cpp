// JSON-RPC replies: the first byte is the id the reply should carry (0xff: the next four bytes,
// big-endian, for any int), the rest is the line. A success is a reply without "error" and with
// our id; an error is a protocol error or a named remote one.
#include "fuzzcheck.h"
#include "projectapi/jsonrpccodec.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using mtvw::Error;
    using mtvw::projectapi::JsonRpcCodec;
    if (size < 1)
        return 0;
    int expectedId = data[0];
    size_t skip = 1;
    if (data[0] == 0xff && size >= 5) {
        const quint32 raw = (quint32(data[1]) << 24) | (quint32(data[2]) << 16) | (quint32(data[3]) << 8) | quint32(data[4]);
        expectedId = int(qint32(raw));
        skip = 5;
    }
    const QByteArray line(reinterpret_cast<const char *>(data + skip), qsizetype(size - skip));

    const auto reply = JsonRpcCodec::decodeReply(line, expectedId);
    if (reply) {
        // A success never comes with an error, always with a result and our id.
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        fuzzCheck(!object.contains(QLatin1String("error")));
        fuzzCheck(object.contains(QLatin1String("result")));
        fuzzCheck(object.value(QLatin1String("id")).toDouble() == double(expectedId));
    } else {
        const Error &e = reply.error();
        fuzzCheck(e.code() == Error::Code::Protocol || e.code() == Error::Code::Remote);
        fuzzCheck(!e.message().isEmpty());
        if (e.code() == Error::Code::Remote)
            fuzzCheck(!e.name().isEmpty());
    }

    const QString text = QString::fromUtf8(line);
    const QString last = JsonRpcCodec::lastExceptionLine(text);
    if (!last.isEmpty()) {
        fuzzCheck(last == last.trimmed());
        fuzzCheck(!last.contains(QLatin1Char('\n')));
        fuzzCheck(!last.startsWith(QLatin1String("Traceback (")));
    }
    // -32000 keeps a named server error's name, else says ServerError; every code has a name.
    const QString named = JsonRpcCodec::errorName(-32000, text);
    fuzzCheck(named == text || named == QLatin1String("ServerError"));
    fuzzCheck(!JsonRpcCodec::errorName(expectedId, text).isEmpty());
    (void)JsonRpcCodec::isValidMethod(text);
    return 0;
}
