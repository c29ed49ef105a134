#include "projectapi/jsonrpccodec.h"
#include "projectapi/lineframer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mtvw;
using namespace mtvw::projectapi;

// The Project API's JSON-RPC codec and line framer, without a process: every reply shape the
// client meets, and the framing of a stream cut into any chunks.
class TestJsonRpcCodec : public QObject
{
    Q_OBJECT
private slots:
    void requestLine();
    void replies_data();
    void replies();
    void framerWholeLinesWhateverTheChunks_data();
    void framerWholeLinesWhateverTheChunks();
    void framerCapsALine();
    void exceptionsInWords_data();
    void exceptionsInWords();
    void framerSplitsLogLines();
};

void TestJsonRpcCodec::exceptionsInWords_data()
{
    QTest::addColumn<QString>("message"); // the JSON-RPC error's message
    QTest::addColumn<QString>("last");    // the traceback's last line
    QTest::addColumn<QString>("shown");
    QTest::newRow("TVM's wording") << "calling method build"
                                   << "FileNotFoundError: [Errno 2] No such file: 'west'"
                                   << "file not found: [Errno 2] No such file: 'west'";
    QTest::newRow("dotted class") << "calling method build"
                                  << "subprocess.CalledProcessError: Command 'make' returned non-zero exit status 2."
                                  << "a command failed: Command 'make' returned non-zero exit status 2.";
    QTest::newRow("same text once") << "board is required"
                                    << "ValueError: board is required"
                                    << "board is required";
    QTest::newRow("other class, text kept") << ""
                                            << "ServerError: the board did not reset"
                                            << "the board did not reset";
    QTest::newRow("bare name in words") << "calling method flash"
                                        << "KeyboardInterrupt"
                                        << "the server was interrupted";
    QTest::newRow("unknown bare name") << "calling method flash"
                                       << "WeirdThing"
                                       << "WeirdThing";
    QTest::newRow("both say something") << "west failed"
                                        << "RuntimeError: exit status 1"
                                        << "west failed (exit status 1)";
}

// What a server's failure reads as: the cause in words, once, with no Python class name where
// words say it and no "calling method" the caller names anyway.
void TestJsonRpcCodec::exceptionsInWords()
{
    QFETCH(QString, message);
    QFETCH(QString, last);
    QFETCH(QString, shown);
    const QJsonObject error{
        {QStringLiteral("code"), -32000},
        {QStringLiteral("message"), message},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("traceback"), QStringLiteral("Traceback (most recent call last):\n  "
                                                                                          "File \"x.py\", line 3, in f\n") +
                                                                               last + QLatin1Char('\n')}}}};
    const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                      {QStringLiteral("id"), 3},
                                                      {QStringLiteral("error"), error}})
                                .toJson(QJsonDocument::Compact);
    auto reply = JsonRpcCodec::decodeReply(line, 3);
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error().message(), shown);
    QVERIFY(reply.error().detail().contains(last)); // the traceback stays for Details
}

void TestJsonRpcCodec::requestLine()
{
    const QJsonObject params{{QStringLiteral("n"), 4}, {QStringLiteral("timeout_sec"), 1.5}};
    const QByteArray line = JsonRpcCodec::encodeRequest(7, QStringLiteral("read_transport"), params);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value(QLatin1String("jsonrpc")).toString(), QStringLiteral("2.0"));
    QCOMPARE(o.value(QLatin1String("id")).toInt(), 7);
    QCOMPARE(o.value(QLatin1String("method")).toString(), QStringLiteral("read_transport"));
    QCOMPARE(o.value(QLatin1String("params")).toObject(), params);
    QVERIFY(JsonRpcCodec::isValidMethod(QStringLiteral("generate_project")));
    QVERIFY(!JsonRpcCodec::isValidMethod(QStringLiteral("build; rm")));
    QVERIFY(!JsonRpcCodec::isValidMethod(QString()));
}

void TestJsonRpcCodec::replies_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("code");     // when not ok
    QTest::addColumn<QString>("name"); // the error's name
    QTest::addColumn<QString>("inMessage");
    const int protocol = int(Error::Code::Protocol), remote = int(Error::Code::Remote);
    QTest::newRow("result") << QByteArray(R"({"jsonrpc": "2.0", "id": 3, "result": {"data": "abc"}})") << true << 0 << ""
                            << "";
    QTest::newRow("null result") << QByteArray(R"({"jsonrpc": "2.0", "id": 3, "result": null})") << true << 0 << ""
                                 << "";
    QTest::newRow("io timeout") << QByteArray(
                                       R"({"jsonrpc": "2.0", "id": 3, "error": {"code": -32000, "message": "IoTimeoutError"}})")
                                << false << remote << "IoTimeoutError"
                                << "did not answer in time";
    QTest::newRow("transport closed")
        << QByteArray(R"({"jsonrpc": "2.0", "id": 3, "error": {"code": -32000, "message": "TransportClosedError"}})") << false
        << remote << "TransportClosedError"
        << "closed";
    QTest::newRow("server error, traceback")
        << QByteArray(
               R"({"jsonrpc": "2.0", "id": 3, "error": {"code": -32000, "message": "calling method build", "data": {"traceback": "Traceback (most recent call last):\n  File \"x.py\", line 1\nFileNotFoundError: no west\n"}}})")
        << false << remote << "ServerError"
        << "file not found: no west";
    QTest::newRow("bare exception name")
        << QByteArray(
               R"({"jsonrpc": "2.0", "id": 3, "error": {"code": -32000, "message": "m", "data": {"traceback": "Traceback (most recent call last):\n  File \"x.py\"\nKeyboardInterrupt\n"}}})")
        << false << remote << "ServerError"
        << "the server was interrupted";
    QTest::newRow("empty message")
        << QByteArray(
               R"({"jsonrpc": "2.0", "id": 3, "error": {"code": -32000, "message": "", "data": {"traceback": "Traceback (most recent call last):\n"}}})")
        << false << remote << "ServerError"
        << "without a message";
    QTest::newRow("invalid request, null id")
        << QByteArray(R"({"jsonrpc": "2.0", "id": null, "error": {"code": -32600, "message": "want dict"}})") << false << remote
        << "InvalidRequest"
        << "JSON-RPC error -32600";
    QTest::newRow("wrong id") << QByteArray(R"({"jsonrpc": "2.0", "id": 4, "result": null})") << false << protocol
                              << "MismatchedIdError"
                              << "with the id 4";
    QTest::newRow("string id") << QByteArray(R"({"jsonrpc": "2.0", "id": "3", "result": null})") << false << protocol
                               << "MismatchedIdError"
                               << "\"3\"";
    QTest::newRow("not json") << QByteArray("this is not json") << false << protocol << "MalformedReplyError"
                              << "malformed";
    QTest::newRow("array") << QByteArray("[1, 2]") << false << protocol << "MalformedReplyError"
                           << "not a JSON object";
    QTest::newRow("old jsonrpc") << QByteArray(R"({"jsonrpc": "1.0", "id": 3, "result": null})") << false << protocol
                                 << "MalformedReplyError"
                                 << "2.0";
    QTest::newRow("no result") << QByteArray(R"({"jsonrpc": "2.0", "id": 3})") << false << protocol << "MalformedReplyError"
                               << "neither";
    QTest::newRow("error not an object") << QByteArray(R"({"jsonrpc": "2.0", "id": 3, "error": "bad"})") << false << protocol
                                         << "MalformedReplyError"
                                         << "\"error\"";
    QTest::newRow("code not an integer") << QByteArray(R"({"jsonrpc": "2.0", "id": 3, "error": {"code": "x", "message": "m"}})")
                                         << false << protocol << "MalformedReplyError"
                                         << "error.code";
    QTest::newRow("message not a string") << QByteArray(R"({"jsonrpc": "2.0", "id": 3, "error": {"code": -32000, "message": 5}})")
                                          << false << protocol << "MalformedReplyError"
                                          << "error.message";
}

void TestJsonRpcCodec::replies()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, ok);
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(QString, inMessage);
    const auto reply = JsonRpcCodec::decodeReply(line, 3);
    QCOMPARE(reply.ok(), ok);
    if (ok) {
        QCOMPARE(reply.value(), QJsonDocument::fromJson(line).object().value(QLatin1String("result")));
        return;
    }
    QCOMPARE(int(reply.error().code()), code);
    QCOMPARE(reply.error().name(), name);
    QVERIFY2(reply.error().message().contains(inMessage), qPrintable(reply.error().message()));
    // The cause alone: the caller names the method.
    QVERIFY(!reply.error().message().contains(QLatin1String("failed:")));
    const QString traceback = QJsonDocument::fromJson(line)
                                  .object()
                                  .value(QLatin1String("error"))
                                  .toObject()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("traceback"))
                                  .toString();
    QCOMPARE(reply.error().detail(), traceback);
}

void TestJsonRpcCodec::framerWholeLinesWhateverTheChunks_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 2, 3, 7, 64, 100000})
        QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
}

void TestJsonRpcCodec::framerWholeLinesWhateverTheChunks()
{
    QFETCH(int, chunk);
    QList<QByteArray> sent;
    QByteArray stream;
    for (int i = 0; i < 200; ++i) {
        const QByteArray line =
            QByteArray("{\"id\": ") + QByteArray::number(i) + ", \"pad\": \"" + QByteArray(i % 37, 'x') + "\"}";
        sent << line;
        stream += line + (i % 5 == 0 ? "\r\n" : "\n");
    }
    stream += "partial";
    LineFramer framer(1024);
    QList<QByteArray> got;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        QVERIFY(framer.feed(QByteArrayView(stream.constData() + at, std::min<qsizetype>(chunk, stream.size() - at))).ok());
        while (auto line = framer.takeLine())
            got << *line;
    }
    QCOMPARE(got, sent);
    QCOMPARE(framer.pendingBytes(), qsizetype(7));
    QCOMPARE(framer.takeRest(), QByteArray("partial"));
}

void TestJsonRpcCodec::framerCapsALine()
{
    LineFramer framer(16);
    QVERIFY(framer.feed("short\n").ok());
    QCOMPARE(*framer.takeLine(), QByteArray("short"));
    // Over the cap before its newline comes: refused at once, and from then on.
    QVERIFY(framer.feed(QByteArray(10, 'a')).ok());
    const auto over = framer.feed(QByteArray(10, 'a'));
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code(), Error::Code::LimitExceeded);
    QVERIFY(!framer.feed("\n").ok());
    framer.reset();
    QVERIFY(framer.feed("again\n").ok());
    QCOMPARE(*framer.takeLine(), QByteArray("again"));
}

void TestJsonRpcCodec::framerSplitsLogLines()
{
    LineFramer framer(4, LineFramer::Overlong::Split);
    QVERIFY(framer.feed("abcdefghij\nxy\n").ok());
    QList<QByteArray> got;
    while (auto line = framer.takeLine())
        got << *line;
    QCOMPARE(got, (QList<QByteArray>{"abcd", "efgh", "ij", "xy"}));
}

QTEST_GUILESS_MAIN(TestJsonRpcCodec)
#include "tst_jsonrpccodec.moc"
