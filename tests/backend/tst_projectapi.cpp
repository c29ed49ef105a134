#include "../testsupport.h"
#include "projectapi/base85.h"
#include "projectapi/projectapiclient.h"
#include "projectapi/serverinfo.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace mtvw;
using namespace mtvw::projectapi;

namespace {

// A project folder whose server is tests/data/fakeserver.py in the given mode.
QString fakeProject(QTemporaryDir &dir, const QString &mode)
{
    return testsupport::fakeServerProject(dir.path(), mode);
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0;
}

QString hostSim()
{
    return QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim");
}

} // namespace

class TestProjectApi : public QObject
{
    Q_OBJECT
private slots:
    void base85_data();
    void base85();
    void base85RejectsBadText();
    void templateInfo();
    void generateBuildFlash();
    void corpusArchivesRunOrSayWhy_data();
    void corpusArchivesRunOrSayWhy();
    void optionsAreChecked();
    void misbehavingServer_data();
    void misbehavingServer();
    void serverErrorKeepsTheTraceback();
    void stderrFloodIsLogged();
    void cancelEndsTheWholeGroup();
    void oldProtocolIsRefused();
    void noServerInTheFolder();
};

void TestProjectApi::base85_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    // The spec's vectors (section 3.5).
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("00") << QByteArray::fromHex("00") << QByteArray("00");
    QTest::newRow("fe") << QByteArray::fromHex("fe") << QByteArray("{r");
    QTest::newRow("zeros") << QByteArray::fromHex("00000000") << QByteArray("00000");
    QTest::newRow("ones") << QByteArray::fromHex("ffffffff") << QByteArray("|NsC0");
    QTest::newRow("fefffd03") << QByteArray::fromHex("fefffd03") << QByteArray("{{Q_0");
    QTest::newRow("five bytes") << QByteArray::fromHex("fefffd0300") << QByteArray("{{Q_000");
    QTest::newRow("twelve") << QByteArray::fromHex("fefffd030000000000026677") << QByteArray("{{Q_00000000L%r");
    QTest::newRow("twelve b") << QByteArray::fromHex("fffd04000000430000016b2c") << QByteArray("|NR62002V(00C<(");
}

void TestProjectApi::base85()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(Base85::encode(bytes), text);
    auto decoded = Base85::decode(text);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), bytes);
}

void TestProjectApi::base85RejectsBadText()
{
    auto r = Base85::decode("ab\"cd");
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(QLatin1String("offset 2")));
    QVERIFY(!Base85::decode("~~~~~").ok()); // over 2^32
}

void TestProjectApi::templateInfo()
{
    ProjectApiClient client;
    QVERIFY(client.start({hostSim()}).ok());
    auto reply =
        client.callAndWait(QStringLiteral("server_info_query"), {{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}});
    QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
    auto info = ServerInfo::parse(reply.value());
    QVERIFY(info.ok());
    QCOMPARE(info->platformName, QStringLiteral("host-sim"));
    QVERIFY(info->isTemplate);
    QVERIFY(!info->oldOptionShape);
    QVERIFY(!info->options.isEmpty());
    const qint64 pid = client.serverPid();
    client.stop();
    QTRY_VERIFY(processGone(pid)); // the reaper ends it on the event loop: stop() does not wait
}

void TestProjectApi::generateBuildFlash()
{
    QTemporaryDir work;
    const QString projectDir = work.filePath(QStringLiteral("project"));
    ProjectApiClient templ;
    QVERIFY(templ.start({hostSim()}).ok());
    auto infoReply =
        templ.callAndWait(QStringLiteral("server_info_query"), {{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}});
    QVERIFY(infoReply.ok());
    const ServerInfo info = ServerInfo::parse(infoReply.value()).value();
    auto options = info.optionsFor(QStringLiteral("generate_project"), {});
    QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error().message()));
    auto generated = templ.callAndWait(QStringLiteral("generate_project"),
                                       {{QStringLiteral("model_library_format_path"), testsupport::exampleArchive()},
                                        {QStringLiteral("standalone_crt_dir"), QString()},
                                        {QStringLiteral("project_dir"), projectDir},
                                        {QStringLiteral("options"), options.value()}});
    QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().message()));
    templ.stop();

    // Generating into the same folder again is refused by the server, with its reason.
    ProjectApiClient again;
    QVERIFY(again.start({hostSim()}).ok());
    auto twice = again.callAndWait(QStringLiteral("generate_project"),
                                   {{QStringLiteral("model_library_format_path"), testsupport::exampleArchive()},
                                    {QStringLiteral("standalone_crt_dir"), QString()},
                                    {QStringLiteral("project_dir"), projectDir},
                                    {QStringLiteral("options"), options.value()}});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code(), Error::Code::Remote);
    QCOMPARE(twice.error().name(), QStringLiteral("ServerError"));
    again.stop();

    ProjectApiClient project;
    QStringList log;
    connect(&project, &ProjectApiClient::logLine, this, [&log](bool, const QString &line) { log << line; });
    QVERIFY(project.start({projectDir}).ok());
    auto projectInfo =
        project.callAndWait(QStringLiteral("server_info_query"), {{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}});
    QVERIFY(projectInfo.ok());
    QVERIFY(!ServerInfo::parse(projectInfo.value()).value().isTemplate);
    auto built = project.callAndWait(QStringLiteral("build"),
                                     {{QStringLiteral("options"), info.optionsFor(QStringLiteral("build"), {}).value()}});
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message() + log.join(QLatin1Char('\n'))));
    auto flashed = project.callAndWait(QStringLiteral("flash"),
                                       {{QStringLiteral("options"), info.optionsFor(QStringLiteral("flash"), {}).value()}});
    QVERIFY2(flashed.ok(), qPrintable(flashed.ok() ? QString() : flashed.error().message()));
    // A transport call with nothing open maps to the named error.
    auto read =
        project.callAndWait(QStringLiteral("read_transport"), {{QStringLiteral("n"), 4}, {QStringLiteral("timeout_sec"), 0.1}});
    QVERIFY(!read.ok());
    QCOMPARE(read.error().name(), QStringLiteral("TransportClosedError"));
    QVERIFY(!read.error().detail().isEmpty()); // the traceback is kept
    project.stop();
}

void TestProjectApi::corpusArchivesRunOrSayWhy_data()
{
    QTest::addColumn<QString>("archive");
    QTest::newRow("example") << testsupport::exampleArchive();
    QDirIterator it(testsupport::corpusDir(), {QStringLiteral("*.tar")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList found;
    while (it.hasNext())
        found << it.next();
    found.sort();
    for (const QString &path : found)
        QTest::newRow(qPrintable(QDir(testsupport::corpusDir()).relativeFilePath(path))) << path;
}

// Every archive either runs on the host through our client (generate, build, flash, then the
// program's output read through the transport until it ends), or is refused at generate time
// with the reason. The plain-C corpus archives must run.
void TestProjectApi::corpusArchivesRunOrSayWhy()
{
    QFETCH(QString, archive);
    if (archive != testsupport::exampleArchive() && !QFileInfo::exists(testsupport::corpusDir()))
        QSKIP("../shared/corpus is absent: no corpus archive to run");
    QTemporaryDir work;
    const QString projectDir = work.filePath(QStringLiteral("project"));
    ProjectApiClient templ;
    QVERIFY(templ.start({hostSim()}).ok());
    const ServerInfo info =
        ServerInfo::parse(
            templ.callAndWait(QStringLiteral("server_info_query"), {{QStringLiteral("tvm_version"), QString()}}).value())
            .value();
    auto generated =
        templ.callAndWait(QStringLiteral("generate_project"),
                          {{QStringLiteral("model_library_format_path"), archive},
                           {QStringLiteral("standalone_crt_dir"), QString()},
                           {QStringLiteral("project_dir"), projectDir},
                           {QStringLiteral("options"), info.optionsFor(QStringLiteral("generate_project"), {}).value()}});
    templ.stop();
    // The plain-C archives: the example and the corpus's Arduino and magic-wand models. The others
    // need CMSIS-NN, Ethos-U, Arm intrinsics or headers the archive lacks.
    const bool plainC = archive == testsupport::exampleArchive() || archive.contains(QLatin1String("guberti-arduino")) ||
                        archive.contains(QLatin1String("hannah-m3-magic-wand"));
    if (!generated) {
        QVERIFY2(!plainC, qPrintable(generated.error().message()));
        QVERIFY2(generated.error().message().contains(QLatin1String("cannot run on the host: needs")),
                 qPrintable(generated.error().message()));
        return;
    }
    QVERIFY2(plainC, "an archive that needs libraries the host lacks was accepted");
    ProjectApiClient project;
    QVERIFY(project.start({projectDir}).ok());
    for (const char *method : {"build", "flash"}) {
        auto r = project.callAndWait(QLatin1String(method),
                                     {{QStringLiteral("options"), info.optionsFor(QLatin1String(method), {}).value()}});
        QVERIFY2(r.ok(), qPrintable(QLatin1String(method) + QStringLiteral(": ") + (r.ok() ? QString() : r.error().message())));
    }
    QVERIFY(project
                .callAndWait(QStringLiteral("open_transport"),
                             {{QStringLiteral("options"), info.optionsFor(QStringLiteral("open_transport"), {}).value()}})
                .ok());
    QByteArray output;
    for (;;) {
        auto r = project.callAndWait(QStringLiteral("read_transport"),
                                     {{QStringLiteral("n"), 65536}, {QStringLiteral("timeout_sec"), 30.0}});
        if (!r) {
            QCOMPARE(r.error().name(), QStringLiteral("TransportClosedError"));
            break;
        }
        output += Base85::decode(r.value().toObject().value(QLatin1String("data")).toString().toLatin1()).value();
    }
    QVERIFY2(output.contains("\ndone"), output.constData());
    QVERIFY(output.contains("run 1/1"));
    QVERIFY(output.contains("output "));
    project.stop();
}

void TestProjectApi::optionsAreChecked()
{
    ProjectApiClient client;
    QVERIFY(client.start({hostSim()}).ok());
    const ServerInfo info =
        ServerInfo::parse(
            client.callAndWait(QStringLiteral("server_info_query"), {{QStringLiteral("tvm_version"), QString()}}).value())
            .value();
    client.stop();
    auto unknown = info.optionsFor(QStringLiteral("build"), {{QStringLiteral("no_such_option"), 1}});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message().contains(QLatin1String("no_such_option")));
    for (const auto &o : info.options) {
        if (o.type == QLatin1String("int")) {
            auto wrong = info.optionsFor(QStringLiteral("build"), {{o.name, QStringLiteral("text")}});
            QVERIFY(!wrong.ok());
            QVERIFY(wrong.error().message().contains(o.name));
        }
    }
}

void TestProjectApi::misbehavingServer_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("garbage") << "garbage" << -1 << int(Error::Code::Protocol) << "malformed reply";
    QTest::newRow("wrong id") << "wrongid" << -1 << int(Error::Code::Protocol) << "with the id";
    QTest::newRow("huge line") << "hugeline" << -1 << int(Error::Code::Protocol) << "over 64 MB";
    QTest::newRow("no reply") << "noreply" << 500 << int(Error::Code::Timeout) << "did not answer build in time";
    QTest::newRow("crash") << "crash" << -1 << int(Error::Code::Process) << "exited with code 3";
    QTest::newRow("invalid request") << "invalid" << -1 << int(Error::Code::Remote) << "InvalidRequest";
    // Neither ends by itself before the build's 30-minute timeout: both are noticed at once.
    QTest::newRow("request pipe closed") << "closerequest" << -1 << int(Error::Code::Process) << "closed its request pipe";
    QTest::newRow("empty-line flood") << "blankflood" << -1 << int(Error::Code::Protocol) << "empty lines";
}

void TestProjectApi::misbehavingServer()
{
    QFETCH(QString, mode);
    QFETCH(int, timeoutMs);
    QFETCH(int, code);
    QFETCH(QString, inMessage);
    QTemporaryDir dir;
    ProjectApiClient client;
    QVERIFY(client.start({fakeProject(dir, mode)}).ok());
    QVERIFY(client.callAndWait(QStringLiteral("server_info_query"), {{QStringLiteral("tvm_version"), QString()}}).ok());
    const qint64 pid = client.serverPid();
    auto r = client.callAndWait(QStringLiteral("build"), {{QStringLiteral("options"), QJsonObject()}}, timeoutMs);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code()), code);
    QVERIFY2(r.error().message().contains(inMessage), qPrintable(r.error().message()));
    if (mode == QLatin1String("crash"))
        QVERIFY(r.error().message().contains(QLatin1String("about to crash"))); // its last stderr line
    client.stop();
    QTRY_VERIFY(processGone(pid)); // reaped: no zombie, nothing left behind
    // The client works again with a good server.
    QTemporaryDir okDir;
    QVERIFY(client.start({fakeProject(okDir, QStringLiteral("ok"))}).ok());
    QVERIFY(client.callAndWait(QStringLiteral("build"), {{QStringLiteral("options"), QJsonObject()}}).ok());
}

void TestProjectApi::serverErrorKeepsTheTraceback()
{
    QTemporaryDir dir;
    ProjectApiClient client;
    QVERIFY(client.start({fakeProject(dir, QStringLiteral("servererror"))}).ok());
    auto r = client.callAndWait(QStringLiteral("build"), {{QStringLiteral("options"), QJsonObject()}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().name(), QStringLiteral("ServerError"));
    // The short cause is the traceback's last exception line, in words; the whole traceback is kept.
    QVERIFY2(r.error().message().startsWith(QLatin1String("file not found: ")), qPrintable(r.error().message()));
    QVERIFY(!r.error().message().contains(QLatin1String("calling method")));
    QVERIFY(r.error().detail().startsWith(QLatin1String("Traceback")));
    QVERIFY(r.error().detail().contains(QLatin1String("FileNotFoundError")));
}

void TestProjectApi::stderrFloodIsLogged()
{
    QTemporaryDir dir;
    ProjectApiClient client;
    int lines = 0;
    connect(&client, &ProjectApiClient::logLine, this, [&lines](bool fromStderr, const QString &) { lines += fromStderr; });
    QVERIFY(client.start({fakeProject(dir, QStringLiteral("stderrflood"))}).ok());
    QVERIFY(client.callAndWait(QStringLiteral("build"), {{QStringLiteral("options"), QJsonObject()}}).ok());
    QTRY_COMPARE(lines, 200000);
    QCOMPARE(client.stderrTail().size(), ProjectApiClient::kStderrTailLines);
    QCOMPARE(client.stderrTail().last(), QStringLiteral("flood line 199999"));
}

void TestProjectApi::cancelEndsTheWholeGroup()
{
    QTemporaryDir dir;
    ProjectApiClient client;
    qint64 child = 0;
    connect(&client, &ProjectApiClient::logLine, this, [&child](bool, const QString &line) {
        if (line.startsWith(QLatin1String("child ")))
            child = line.mid(6).toLongLong();
    });
    QSignalSpy failed(&client, &ProjectApiClient::failed);
    QVERIFY(client.start({fakeProject(dir, QStringLiteral("spawnchild"))}).ok());
    QVERIFY(client.call(QStringLiteral("flash"), {{QStringLiteral("options"), QJsonObject()}}).ok());
    QTRY_VERIFY(child > 0);
    const qint64 server = client.serverPid();
    client.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<Error>().code(), Error::Code::Cancelled);
    QTRY_VERIFY(processGone(server));
    QTRY_VERIFY(processGone(child)); // the server's own child went with it
}

void TestProjectApi::oldProtocolIsRefused()
{
    QTemporaryDir dir;
    ProjectApiClient client;
    QVERIFY(client.start({fakeProject(dir, QStringLiteral("oldprotocol"))}).ok());
    auto reply = client.callAndWait(QStringLiteral("server_info_query"), {{QStringLiteral("tvm_version"), QString()}});
    QVERIFY(reply.ok());
    auto info = ServerInfo::parse(reply.value());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().name(), QStringLiteral("UnsupportedProtocolVersionError"));
}

void TestProjectApi::noServerInTheFolder()
{
    QTemporaryDir dir;
    ProjectApiClient client;
    auto r = client.start({dir.path()});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(QLatin1String("microtvm_api_server.py")));
    auto c = client.call(QStringLiteral("build"), {});
    QVERIFY(!c.ok());
}

QTEST_GUILESS_MAIN(TestProjectApi)
#include "tst_projectapi.moc"
