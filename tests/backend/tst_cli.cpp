#include "../modelfunctions.h"
#include "../testsupport.h"
#include "../wiretranscript.h"
#include "micro/framer.h"
#include "micro/sessionmessage.h"
#include "transport/capturewriter.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// mtvw-cli run as a process, as scripts and CI use it.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void inspectJson();
    void inspectText();
    void memoryBudgetExitCodes_data();
    void memoryBudgetExitCodes();
    void memoryCsv();
    void memoryUnknownBudget();
    void relativePaths();
    void paramsGraphDiffCat();
    void errors_data();
    void errors();
    void help_data();
    void help();
    void templatesAndProjects();
    void archivesNeverRunPrograms();
    void interruptEndsTheServer();
    void lsListsTheFiles();
    void diffSaysWhatChanged();
    void oneErrorStyle_data();
    void oneErrorStyle();
    void decodeTheTranscript();
    void decodeBadInput();
    void sessionWithADeviceProgram();
    void timingStatistics();
    void decodeTwoConnections();
    void sessionThroughAProject();
    void portsList();
    void inferOverRpcMatchesTheStandaloneRun();
    void profileTimesEveryOperatorFunction_data();
    void profileTimesEveryOperatorFunction();

private:
    struct Run
    {
        int code;
        QByteArray out, err;
    };
    static Run cli(const QStringList &args, const QString &workingDirectory = {});
    static QString extractExample(const QString &into); // the example archive as a folder
};

void TestCli::archivesNeverRunPrograms()
{
    // Decoys of the programs libarchive would fall back to: each leaves a mark when it runs.
    QTemporaryDir bin;
    const QString mark = bin.filePath(QStringLiteral("ran"));
    for (const char *tool : {"lrzip", "lzop", "grzip", "lz4", "zstd", "xz", "bzip2", "gzip"}) {
        QFile f(bin.filePath(QLatin1String(tool)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("#!/bin/sh\necho %1 >> '%2'\nexit 1\n").arg(QLatin1String(tool), mark).toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
    for (const char *fixture : {"hostile_gzip_lrzip.tar.gz", "hostile_gzip_lzop.tar.gz", "hostile_nested_gzip.tar.gz"}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MTVW_CLI), {QStringLiteral("inspect"), testsupport::fixture(QLatin1String(fixture))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("nested compression is refused"), err.constData());
    }
    QVERIFY2(!QFile::exists(mark), "a program named by the archive's content was run");
}

void TestCli::interruptEndsTheServer()
{
    // A server that ignores EOF and SIGTERM and never answers build; Ctrl+C to the command line.
    QTemporaryDir dir;
    QVERIFY(!testsupport::fakeServerProject(dir.path(), QStringLiteral("ignoreterm")).isEmpty());
    QProcess p;
    p.start(QStringLiteral(MTVW_CLI), {QStringLiteral("project"), QStringLiteral("build"), dir.path()});
    QVERIFY(p.waitForStarted());
    const QString pidFile = dir.filePath(QStringLiteral("server.pid"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), 20000);
    QFile pf(pidFile);
    QVERIFY(pf.open(QIODevice::ReadOnly));
    const qint64 server = pf.readAll().trimmed().toLongLong();
    QVERIFY(server > 0);
    QVERIFY(::kill(pid_t(server), 0) == 0);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit); // ended by the signal, as an unhandled one would
    // Gone, or a zombie waiting for whoever adopted it (the command line that started it is dead).
    auto gone = [server] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(server));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray text = stat.readAll();
        return text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
    };
    QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000);
}

TestCli::Run TestCli::cli(const QStringList &args, const QString &workingDirectory)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(MTVW_CLI), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::templatesAndProjects()
{
    const Run templates = cli({QStringLiteral("templates"), QStringLiteral("--json")});
    QCOMPARE(templates.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(templates.out).array();
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.first().toObject().value(QLatin1String("platform_name")).toString(), QStringLiteral("host-sim"));
    QVERIFY(!list.first().toObject().value(QLatin1String("project_options")).toArray().isEmpty());

    QTemporaryDir work;
    const QString project = work.filePath(QStringLiteral("p"));
    const QString templ = QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim");
    const Run generated =
        cli({QStringLiteral("project"), QStringLiteral("generate"), templ, testsupport::exampleArchive(), project});
    QVERIFY2(generated.code == 0, generated.err.constData());
    const Run again = cli({QStringLiteral("project"), QStringLiteral("generate"), templ, testsupport::exampleArchive(), project});
    QCOMPARE(again.code, 2);
    QVERIFY(again.err.contains("exists already"));
    const Run badOption =
        cli({QStringLiteral("project"), QStringLiteral("build"), project, QStringLiteral("-o"), QStringLiteral("runs=many")});
    QCOMPARE(badOption.code, 2);
    QVERIFY(badOption.err.contains("runs"));
    const Run built = cli({QStringLiteral("project"), QStringLiteral("build"), project});
    QCOMPARE(built.code, 0);
    QVERIFY2(built.out.contains("Program build/"), built.out.constData()); // with its size, see tst_elfsize
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("flash"), project}).code, 0);
    const Run run =
        cli({QStringLiteral("project"), QStringLiteral("run"), project, QStringLiteral("-o"), QStringLiteral("runs=2")});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(run.out.contains("run 2/2"));
    QVERIFY(run.out.contains("output default/output: float32[4]"));
    // The summary names the output's largest value by its index, as read here from the printed
    // values, and gives the runs' median.
    const QRegularExpression values(QStringLiteral("output default/output: float32\\[4\\] checksum=0x[0-9a-f]+ =([^\\n]*)"));
    const auto printed = values.match(QString::fromUtf8(run.out));
    QVERIFY(printed.hasMatch());
    const QStringList words = printed.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(words.size(), 4);
    int best = 0;
    for (int i = 1; i < words.size(); ++i)
        if (words[i].toDouble() > words[best].toDouble())
            best = i;
    QVERIFY2(run.out.contains(QStringLiteral("default/output float32[4]: largest at index %1;").arg(best).toUtf8()),
             run.out.constData());
    QVERIFY(run.out.contains("default: 2 run(s): median "));
    // timing DIR: the same runs' statistics, through the project's own transport.
    const Run timed =
        cli({QStringLiteral("timing"), project, QStringLiteral("-o"), QStringLiteral("runs=4"), QStringLiteral("--json")});
    QVERIFY2(timed.code == 0, timed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(timed.out).object()[QStringLiteral("source")].toString(), QStringLiteral("host-sim"));
    QCOMPARE(QJsonDocument::fromJson(timed.out).object()[QStringLiteral("runs")].toInt(), 4);
    // --json: the same facts as data; the program's own text went to stderr.
    const Run runJson = cli({QStringLiteral("project"), QStringLiteral("run"), project, QStringLiteral("-o"),
                             QStringLiteral("runs=3"), QStringLiteral("--json")});
    QVERIFY2(runJson.code == 0, runJson.err.constData());
    QVERIFY(runJson.err.contains("run 3/3"));
    const QJsonObject summary = QJsonDocument::fromJson(runJson.out).object();
    const QJsonObject output = summary[QStringLiteral("outputs")].toArray().first().toObject();
    QCOMPARE(output[QStringLiteral("name")].toString(), QStringLiteral("output"));
    QCOMPARE(output[QStringLiteral("elements")].toInt(), 4);
    QCOMPARE(output[QStringLiteral("top")].toArray().first().toObject()[QStringLiteral("index")].toInt(), best);
    const QJsonObject timing = summary[QStringLiteral("timing")].toArray().first().toObject();
    QCOMPARE(timing[QStringLiteral("runs")].toInt(), 3);
    QList<double> ms;
    for (const auto &m :
         QRegularExpression(QStringLiteral("run \\d/3 default: ([0-9.]+) ms")).globalMatch(QString::fromUtf8(runJson.err)))
        ms << m.captured(1).toDouble();
    QCOMPARE(ms.size(), 3);
    std::sort(ms.begin(), ms.end());
    QCOMPARE(timing[QStringLiteral("median_ms")].toDouble(), ms[1]);
    QCOMPARE(timing[QStringLiteral("min_ms")].toDouble(), ms[0]);
    const Run info = cli({QStringLiteral("project"), QStringLiteral("info"), project, QStringLiteral("--json")});
    QCOMPARE(info.code, 0);
    QCOMPARE(QJsonDocument::fromJson(info.out).object().value(QLatin1String("is_template")).toBool(), false);
}

void TestCli::inspectJson()
{
    const Run r = cli({QStringLiteral("inspect"), testsupport::exampleArchive(), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[QStringLiteral("version")].toInt(), 7);
    QCOMPARE(o[QStringLiteral("style")].toString(), QStringLiteral("full-model"));
    const QJsonObject m = o[QStringLiteral("modules")].toArray().first().toObject();
    QCOMPARE(m[QStringLiteral("name")].toString(), QStringLiteral("default"));
    QCOMPARE(m[QStringLiteral("executors")].toArray().first().toString(), QStringLiteral("aot"));
    QCOMPARE(m[QStringLiteral("operator_count")].toInt(), 3);
    QVERIFY(m[QStringLiteral("memory")].toObject()[QStringLiteral("workspace_bytes")].toInt() > 0);
    QCOMPARE(m[QStringLiteral("c_interface")].toObject()[QStringLiteral("run_function")].toString(),
             QStringLiteral("tvmgen_default_run"));
    QCOMPARE(m[QStringLiteral("params")].toObject()[QStringLiteral("count")].toInt(), 4);
}

void TestCli::inspectText()
{
    const Run r = cli({QStringLiteral("inspect"), testsupport::fixture(QStringLiteral("v8_future.tar"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("version 8"));
    QVERIFY(r.out.contains("Warnings:"));
    QVERIFY(r.out.contains("newer than the newest known"));
}

void TestCli::memoryBudgetExitCodes_data()
{
    QTest::addColumn<QStringList>("budget");
    QTest::addColumn<int>("code");
    QTest::newRow("no budget") << QStringList{} << 0;
    QTest::newRow("roomy") << QStringList{"--budget-ram", "256K", "--budget-flash", "1M"} << 0;
    QTest::newRow("ram too small") << QStringList{"--budget-ram", "100"} << 3;
    QTest::newRow("flash too small") << QStringList{"--budget-flash", "10"} << 3;
    QTest::newRow("bad number") << QStringList{"--budget-ram", "lots"} << 2;
}

void TestCli::memoryBudgetExitCodes()
{
    QFETCH(QStringList, budget);
    QFETCH(int, code);
    const Run r = cli(QStringList{QStringLiteral("memory"), testsupport::exampleArchive(), QStringLiteral("--json")} + budget);
    QCOMPARE(r.code, code);
    if (code != 2) {
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("fits")].toBool(), code == 0);
    } else {
        QVERIFY(r.err.contains("not a byte count"));
    }
}

QString TestCli::extractExample(const QString &into)
{
    QDir().mkpath(into);
    QProcess tar;
    tar.start(QStringLiteral("bsdtar"), {QStringLiteral("-xf"), testsupport::exampleArchive(), QStringLiteral("-C"), into});
    return tar.waitForFinished(30000) && tar.exitCode() == 0 ? into : QString();
}

void TestCli::memoryUnknownBudget()
{
    // The example without metadata.json and without the header's input/output size macros: the
    // workspace is known (the code's array), the io is not, so RAM is only a lower bound.
    QTemporaryDir tmp;
    const QString dir = extractExample(tmp.filePath(QStringLiteral("m")));
    QVERIFY(!dir.isEmpty());
    QVERIFY(QFile::remove(dir + QStringLiteral("/metadata.json")));
    const QString headerPath = dir + QStringLiteral("/codegen/host/include/tvmgen_default.h");
    QFile header(headerPath);
    QVERIFY(header.open(QIODevice::ReadOnly));
    QByteArray text;
    qint64 workspace = -1;
    for (const QByteArray &line : header.readAll().split('\n')) {
        if (line.startsWith("#define TVMGEN_DEFAULT_WORKSPACE_SIZE "))
            workspace = line.mid(37).trimmed().toLongLong();
        if (line.startsWith("#define") && line.contains("_SIZE") && !line.contains("WORKSPACE"))
            continue;
        text += line + '\n';
    }
    header.close();
    QVERIFY(workspace > 0);
    QVERIFY(header.open(QIODevice::WriteOnly | QIODevice::Truncate));
    header.write(text);
    header.close();

    const Run roomy = cli({QStringLiteral("memory"), dir, QStringLiteral("--budget-ram"), QStringLiteral("1M")});
    QCOMPARE(roomy.code, 4);
    QVERIFY2(roomy.out.contains("UNKNOWN") && roomy.out.contains("io sizes are unknown"), roomy.out.constData());
    const Run json =
        cli({QStringLiteral("memory"), dir, QStringLiteral("--json"), QStringLiteral("--budget-ram"), QStringLiteral("1M")});
    QCOMPARE(json.code, 4);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o[QStringLiteral("fits")].toBool(), false);
    const QJsonObject m = o[QStringLiteral("modules")].toArray().first().toObject();
    QCOMPARE(m[QStringLiteral("estimate")].toObject()[QStringLiteral("ram_known")].toBool(), false);
    QVERIFY(m[QStringLiteral("budget")].toObject()[QStringLiteral("ram_fits")].isNull());
    QVERIFY(m[QStringLiteral("estimate")].toObject()[QStringLiteral("ram_bytes")].toInteger() >= workspace);
    // A lower bound already over the budget is over: exit 3, not 4.
    QCOMPARE(cli({QStringLiteral("memory"), dir, QStringLiteral("--budget-ram"), QString::number(workspace - 1)}).code, 3);
    // Without a budget nothing is decided: exit 0.
    QCOMPARE(cli({QStringLiteral("memory"), dir}).code, 0);
}

void TestCli::relativePaths()
{
    QTemporaryDir tmp;
    QVERIFY(!extractExample(tmp.filePath(QStringLiteral("model"))).isEmpty());
    QVERIFY(QFile::copy(testsupport::exampleArchive(), tmp.filePath(QStringLiteral("x.tar"))));
    const Run absolute = cli({QStringLiteral("memory"), testsupport::exampleArchive(), QStringLiteral("--json")});
    QCOMPARE(absolute.code, 0);
    const QJsonArray expected = QJsonDocument::fromJson(absolute.out).object()[QStringLiteral("modules")].toArray();
    for (const QString &arg : {QStringLiteral("model"), QStringLiteral("x.tar"), QStringLiteral("./model/")}) {
        const Run r = cli({QStringLiteral("memory"), arg, QStringLiteral("--json")}, tmp.path());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray got = QJsonDocument::fromJson(r.out).object()[QStringLiteral("modules")].toArray();
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got.first().toObject()[QStringLiteral("estimate")], expected.first().toObject()[QStringLiteral("estimate")]);
        QCOMPARE(got.first().toObject()[QStringLiteral("constants_in_code_bytes")],
                 expected.first().toObject()[QStringLiteral("constants_in_code_bytes")]);
        QCOMPARE(cli({QStringLiteral("inspect"), arg}, tmp.path()).code, 0);
    }
}

void TestCli::memoryCsv()
{
    const Run r =
        cli({QStringLiteral("memory"), testsupport::fixture(QStringLiteral("v7_two_modules.tar")), QStringLiteral("--csv")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("module,kind,name,bytes"));
    QCOMPARE(r.out.count("module,kind,name,bytes"), 1);
    QVERIFY(r.out.contains("default,total,workspace,"));
    QVERIFY(r.out.contains("second,total,workspace,"));
    const Run one = cli({QStringLiteral("memory"), testsupport::fixture(QStringLiteral("v7_two_modules.tar")),
                         QStringLiteral("--module"), QStringLiteral("second")});
    QCOMPARE(one.code, 0);
    QVERIFY(!one.out.contains("\"default\""));
}

void TestCli::paramsGraphDiffCat()
{
    const Run p = cli({QStringLiteral("params"), testsupport::exampleArchive(), QStringLiteral("--json")});
    QCOMPARE(p.code, 0);
    const QJsonArray tensors = QJsonDocument::fromJson(p.out)
                                   .object()[QStringLiteral("modules")]
                                   .toArray()
                                   .first()
                                   .toObject()[QStringLiteral("tensors")]
                                   .toArray();
    QCOMPARE(tensors.size(), 4);
    const Run g = cli({QStringLiteral("graph"), testsupport::fixture(QStringLiteral("v7_graph.tar")), QStringLiteral("--json")});
    QCOMPARE(g.code, 0);
    QVERIFY(QJsonDocument::fromJson(g.out)
                .object()[QStringLiteral("modules")]
                .toArray()
                .first()
                .toObject()[QStringLiteral("nodes")]
                .toArray()
                .size() > 3);
    const Run d = cli({QStringLiteral("diff"), testsupport::fixture(QStringLiteral("v6_aot.tar")),
                       testsupport::fixture(QStringLiteral("v7_aot.tar")), QStringLiteral("--json")});
    QCOMPARE(d.code, 0);
    QCOMPARE(QJsonDocument::fromJson(d.out).object()[QStringLiteral("modules")].toArray().size(), 1);
    const Run c = cli({QStringLiteral("cat"), testsupport::exampleArchive(), QStringLiteral("./metadata.json")});
    QCOMPARE(c.code, 0);
    QVERIFY(QJsonDocument::fromJson(c.out).isObject());
    const Run nested =
        cli({QStringLiteral("cat"), testsupport::fixture(QStringLiteral("v7_nested.tar")), QStringLiteral("metadata.json")});
    QCOMPARE(nested.code, 0);
    QCOMPARE(QJsonDocument::fromJson(nested.out).object()[QStringLiteral("version")].toInt(), 7);
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
    QTest::newRow("missing archive") << QStringList{"inspect"} << "takes 1 argument";
    QTest::newRow("nonexistent") << QStringList{"inspect", "/nonexistent.tar"} << "does not exist";
    QTest::newRow("unknown option") << QStringList{"inspect", "x.tar", "--frob"} << "frob";
    QTest::newRow("hostile") << QStringList{"inspect", testsupport::fixture("hostile_symlink.tar")} << "symbolic link";
    QTest::newRow("bad json") << QStringList{"inspect", testsupport::fixture("hostile_badjson.tar")} << "not valid JSON";
    QTest::newRow("cat missing") << QStringList{"cat", testsupport::exampleArchive(), "nope.c"} << "no entry";
    QTest::newRow("cat traversal") << QStringList{"cat", testsupport::exampleArchive(), "../../etc/passwd"} << "..";
    QTest::newRow("no module") << QStringList{"memory", testsupport::exampleArchive(), "--module", "zzz"} << "no module";
    QTest::newRow("json and csv") << QStringList{"memory", testsupport::exampleArchive(), "--json", "--csv"}
                                  << "cannot be combined";
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err + r.out).contains(needle), r.err.constData());
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"inspect", "memory", "params", "graph", "diff", "cat", "ls", "templates", "project", "decode"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::help()
{
    QFETCH(QString, command);
    const Run r = cli({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(command.toUtf8()));
    QVERIFY(r.out.contains("--help"));
    QVERIFY2(!r.out.contains("host-sim"), r.out.constData()); // help, not a listing of the templates
}

// ls: every file of the archive with its size, as tar itself lists them.
void TestCli::lsListsTheFiles()
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-tvf"), testsupport::exampleArchive()});
    QVERIFY(tar.waitForFinished(30000));
    QHash<QString, qint64> sizes;
    for (const QString &line : QString::fromUtf8(tar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1Char('-')))
            continue; // folders
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        sizes.insert(QString(f.last()).remove(QRegularExpression(QStringLiteral("^\\./"))), f.value(2).toLongLong());
    }
    QVERIFY(sizes.size() >= 4);
    const Run r = cli({QStringLiteral("ls"), testsupport::exampleArchive(), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray files = QJsonDocument::fromJson(r.out).object()[QStringLiteral("files")].toArray();
    QCOMPARE(files.size(), sizes.size());
    for (const QJsonValue f : files) {
        const QString path = f[QStringLiteral("path")].toString();
        QVERIFY2(sizes.contains(path), qPrintable(path));
        QCOMPARE(f[QStringLiteral("size")].toInteger(), sizes.value(path));
        QVERIFY(!f[QStringLiteral("kind")].toString().isEmpty());
        if (path == QLatin1String("metadata.json"))
            QCOMPARE(f[QStringLiteral("kind")].toString(), QStringLiteral("metadata"));
        if (path.endsWith(QLatin1String(".c")))
            QCOMPARE(f[QStringLiteral("kind")].toString(), QStringLiteral("C source"));
        if (path.endsWith(QLatin1String(".params")))
            QCOMPARE(f[QStringLiteral("kind")].toString(), QStringLiteral("params"));
    }
    const Run text = cli({QStringLiteral("ls"), testsupport::exampleArchive()});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("metadata.json"));
    QVERIFY(text.out.contains(QStringLiteral("%1 file(s)").arg(sizes.size()).toUtf8()));
}

// diff: a line when the metadata version differs, no empty headings, sizes with units.
void TestCli::diffSaysWhatChanged()
{
    const Run d = cli({QStringLiteral("diff"), testsupport::fixture(QStringLiteral("v6_aot.tar")),
                       testsupport::fixture(QStringLiteral("v7_aot.tar"))});
    QCOMPARE(d.code, 0);
    QVERIFY2(d.out.startsWith("Metadata version 6 -> 7"), d.out.constData());
    QVERIFY2(
        QRegularExpression(QStringLiteral("workspace +\\d[\\d,.]* (B|KiB|MiB) -> ")).match(QString::fromUtf8(d.out)).hasMatch(),
        d.out.constData());
    const Run same = cli({QStringLiteral("diff"), testsupport::exampleArchive(), testsupport::exampleArchive()});
    QCOMPARE(same.code, 0);
    QVERIFY(!same.out.contains("Metadata version"));
    QVERIFY2(!same.out.contains("functions (") && !same.out.contains("params ("), same.out.constData());
    QVERIFY(same.out.contains("no function or parameter changed"));
    const Run json = cli({QStringLiteral("diff"), testsupport::fixture(QStringLiteral("v6_aot.tar")),
                          testsupport::fixture(QStringLiteral("v7_aot.tar")), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(json.out).object()[QStringLiteral("metadata_version_a")].toInt(), 6);
}

void TestCli::oneErrorStyle_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("line"); // the whole first line of stderr
    QTest::newRow("missing file") << QStringList{"inspect", "/nonexistent.tar"} << "mtvw-cli: /nonexistent.tar: does not exist";
    QTest::newRow("unknown option") << QStringList{"inspect", "--jsn", "x"}
                                    << "mtvw-cli: inspect: unknown option 'jsn' (see mtvw-cli inspect --help)";
    QTest::newRow("not an archive") << QStringList{"inspect", MTVW_SOURCE_DIR "/README.md"}
                                    << "mtvw-cli: " MTVW_SOURCE_DIR "/README.md: ";
    QTest::newRow("project") << QStringList{"project", "frob"}
                             << "mtvw-cli: project: unknown or incomplete command (see mtvw-cli project --help)";
    QTest::newRow("decode") << QStringList{"decode", MTVW_SOURCE_DIR "/README.md"}
                            << "mtvw-cli: " MTVW_SOURCE_DIR "/README.md: not a pcapng capture (for a plain byte file add --raw)";
}

void TestCli::oneErrorStyle()
{
    QFETCH(QStringList, args);
    QFETCH(QString, line);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    const QString first = QString::fromUtf8(r.err).section(QLatin1Char('\n'), 0, 0);
    if (line.endsWith(QLatin1String(": ")))
        QVERIFY2(first.startsWith(line) && first.size() > line.size() && first[line.size()].isLower(), qPrintable(first));
    else
        QCOMPARE(first, line);
    QVERIFY(!first.endsWith(QLatin1Char('.')));
    // Help names the command, not the program's path.
    const Run help = cli({args.first(), QStringLiteral("--help")});
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: mtvw-cli %1").arg(args.first()).toUtf8()), help.out.constData());
}

// The spec's session transcript (5.3), written as a capture in random pieces, decoded by the
// CLI: one record per message, the host's requests of the RPC steps named as the transcript's
// labels name them, and nothing reported wrong.
void TestCli::decodeTheTranscript()
{
    const QList<testsupport::TranscriptBlock> blocks = testsupport::sessionTranscript();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.pcapng"));
    mtvw::transport::CaptureWriter w;
    QVERIFY(w.open(path).ok());
    QVERIFY(w.addInterface(QStringLiteral("transcript")).ok());
    qint64 t = 1'700'000'000'000'000;
    QStringList requests; // what each RPC step's host block asks, by its label's first word
    for (const auto &b : blocks) {
        if (!b.wire || b.bytes.isEmpty())
            continue;
        for (qsizetype at = 0; at < b.bytes.size(); at += 5) // pieces that cut packets anywhere
            QVERIFY(w.write(0, b.fromHost ? mtvw::Direction::FromHost : mtvw::Direction::FromDevice, t += 10,
                            QByteArrayView(b.bytes).sliced(at, std::min<qsizetype>(5, b.bytes.size() - at)))
                        .ok());
        if (b.fromHost && !b.label.startsWith(QLatin1String("host ")))
            requests << b.label.section(QRegularExpression(QStringLiteral("[ (]")), 0, 0);
    }
    w.close();
    const Run r = cli({QStringLiteral("decode"), path, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(doc[QStringLiteral("error")].isNull(), r.out.constData());
    const QJsonArray records = doc[QStringLiteral("records")].toArray();
    QCOMPARE(doc[QStringLiteral("count")].toInt(), records.size());
    QStringList hostRpc;
    for (const QJsonValue rec : records) {
        QVERIFY2(rec[QStringLiteral("problem")].isNull(), qPrintable(rec[QStringLiteral("problem")].toString()));
        QVERIFY(rec[QStringLiteral("time_us")].toInteger() > 1'700'000'000'000'000);
        if (rec[QStringLiteral("direction")] == QLatin1String("host") && rec[QStringLiteral("layer")] == QLatin1String("rpc"))
            hostRpc << rec[QStringLiteral("type")].toString();
    }
    QCOMPARE(hostRpc, requests);
    QCOMPARE(records.first()[QStringLiteral("type")].toString(), QStringLiteral("TerminateSession"));
    // The text form says the same, a line per message.
    const Run text = cli({QStringLiteral("decode"), path});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("microTVM Zephyr runtime - running"));
    QVERIFY(text.out.contains("GetGlobalFunc(\"runtime.SystemLib\")"));
}

// Noise, a bad CRC and an invalid escape in a raw byte file are records with their problem;
// a capture cut off mid-block prints what it holds, then fails naming the place.
void TestCli::decodeBadInput()
{
    QTemporaryDir dir;
    mtvw::micro::Framer f;
    QByteArray bytes = "noise before\n" + f.frame(mtvw::micro::SessionMessage::encode(0, mtvw::micro::SessionMessage::Log, "ok"));
    QByteArray bad = f.frame("abc");
    bad[bad.size() - 1] = char(bad[bad.size() - 1] ^ 1);
    bytes += bad + QByteArray::fromHex("fffd01000000ff41");
    QFile raw(dir.filePath(QStringLiteral("raw.bin")));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    raw.write(bytes);
    raw.close();
    const Run r = cli({QStringLiteral("decode"), raw.fileName(), QStringLiteral("--raw"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray records = QJsonDocument::fromJson(r.out).object()[QStringLiteral("records")].toArray();
    QCOMPARE(records.size(), 4);
    QCOMPARE(records[0][QStringLiteral("summary")].toString(), QStringLiteral("noise before"));
    QCOMPARE(records[1][QStringLiteral("summary")].toString(), QStringLiteral("ok"));
    QVERIFY(records[2][QStringLiteral("problem")].toString().contains(QLatin1String("CRC")));
    QVERIFY(records[3][QStringLiteral("problem")].toString().contains(QLatin1String("0x202")));
    QCOMPARE(records[3][QStringLiteral("begin")].toInteger(), bytes.size() - 8);

    const QString path = dir.filePath(QStringLiteral("cut.pcapng"));
    mtvw::transport::CaptureWriter w;
    QVERIFY(w.open(path).ok());
    QVERIFY(w.addInterface(QStringLiteral("x")).ok());
    QVERIFY(w.write(0, mtvw::Direction::FromDevice, 1, "line one\n").ok());
    QVERIFY(w.write(0, mtvw::Direction::FromDevice, 2, "line two\n").ok());
    w.close();
    QVERIFY(QFile::resize(path, QFileInfo(path).size() - 6));
    const Run cut = cli({QStringLiteral("decode"), path});
    QCOMPARE(cut.code, 2);
    QVERIFY(cut.out.contains("line one"));
    QVERIFY(!cut.out.contains("line two"));
    QVERIFY2(cut.err.contains("stops inside its last block"), cut.err.constData());
}

// mtvw-cli session: the handshake with a device program, its Log messages, its reboot; a device
// that never answers fails with TVM's words after the start timeout; the program is gone after.
void TestCli::sessionWithADeviceProgram()
{
    const QString peer = QStringLiteral("python3 " MTVW_SOURCE_DIR "/tests/data/crtpeer.py");
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("s.pcapng"));
    const Run ok = cli({QStringLiteral("session"), QStringLiteral("--exec"), peer + QStringLiteral(" --reboot"),
                        QStringLiteral("--capture"), capture});
    QCOMPARE(ok.code, 0);
    QVERIFY2(ok.out.contains("device: microTVM Zephyr runtime - running"), ok.out.constData());
    QVERIFY(QRegularExpression(QStringLiteral("session 0x[0-9a-f]{4} established \\(attempt 1\\)"))
                .match(QString::fromUtf8(ok.out))
                .hasMatch());
    QVERIFY(ok.out.contains("device: about to reboot"));
    QVERIFY(ok.out.contains("session ended"));
    const Run decoded = cli({QStringLiteral("decode"), capture, QStringLiteral("--json")});
    QCOMPARE(decoded.code, 0);
    QStringList types;
    for (const QJsonValue r : QJsonDocument::fromJson(decoded.out).object()[QStringLiteral("records")].toArray())
        types << r[QStringLiteral("direction")].toString() + QLatin1Char(' ') + r[QStringLiteral("type")].toString();
    QVERIFY2(types.contains(QStringLiteral("host StartSessionInit")) &&
                 types.contains(QStringLiteral("device StartSessionReply")),
             qPrintable(types.join(QStringLiteral(", "))));
    const Run never =
        cli({QStringLiteral("session"), QStringLiteral("--exec"), peer + QStringLiteral(" --never"), QStringLiteral("--retry"),
             QStringLiteral("0.2"), QStringLiteral("--start-timeout"), QStringLiteral("0.5")});
    QCOMPARE(never.code, 2);
    QVERIFY2(never.err.contains("session start handshake failed after 0.5 s (3 attempt(s))"), never.err.constData());
    QProcess ps;
    ps.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("crtpeer.py --never")});
    QVERIFY(ps.waitForFinished(10000));
    QVERIFY2(ps.readAllStandardOutput().trimmed().isEmpty(), "the device program outlived mtvw-cli");
}

// timing: the statistics of the runs a device reported, from a text log and from a capture,
// checked against the samples computed here; the 230584247 s clock glitch of apache/tvm#12538
// among ~30 ms runs is the outlier, and the median does not move.
void TestCli::timingStatistics()
{
    QTemporaryDir dir;
    QList<double> samples{31, 30, 29, 30, 230584247000.0, 32, 30, 31};
    QByteArray text = QByteArray("wakeup\n") + '\0';
    for (double s : samples)
        text += "result:1:" + QByteArray::number(qint64(s)) + "\n";
    QFile log(dir.filePath(QStringLiteral("demo.txt")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(text);
    log.close();
    // The same text through a capture, cut in pieces.
    const QString capture = dir.filePath(QStringLiteral("demo.pcapng"));
    mtvw::transport::CaptureWriter w;
    QVERIFY(w.open(capture).ok());
    QVERIFY(w.addInterface(QStringLiteral("uart")).ok());
    for (qsizetype at = 0; at < text.size(); at += 7)
        QVERIFY(w.write(0, mtvw::Direction::FromDevice, 1000 + at, text.mid(at, 7)).ok());
    w.close();
    std::sort(samples.begin(), samples.end());
    const double median = (samples[3] + samples[4]) / 2;
    for (const QString &source : {log.fileName(), capture}) {
        const Run r = cli({QStringLiteral("timing"), source, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("source")].toString(), QStringLiteral("aot-demo"));
        QCOMPARE(o[QStringLiteral("runs")].toInt(), 8);
        QCOMPARE(o[QStringLiteral("median_ms")].toDouble(), median);
        QCOMPARE(o[QStringLiteral("min_ms")].toDouble(), samples.first());
        QCOMPARE(o[QStringLiteral("max_ms")].toDouble(), samples.last());
        const QJsonArray outliers = o[QStringLiteral("outliers")].toArray();
        QCOMPARE(outliers.size(), 1);
        QCOMPARE(outliers.first()[QStringLiteral("run")].toInt(), 5);
        QVERIFY(o[QStringLiteral("outlier_rule")].toString().contains(QLatin1String("median absolute deviation")));
    }
    const Run csv = cli({QStringLiteral("timing"), log.fileName(), QStringLiteral("--csv")});
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith("run,ms,outlier\n1,31,0\n"));
    QVERIFY(csv.out.contains("\n5,230584247000,1\n"));
    const Run text2 = cli({QStringLiteral("timing"), log.fileName()});
    QVERIFY2(text2.out.contains("aot-demo: 8 run(s): median"), text2.out.constData());
    QVERIFY(text2.out.contains("outliers: run 5:"));
    const Run none = cli({QStringLiteral("timing"), QStringLiteral(MTVW_SOURCE_DIR "/CMakeLists.txt")});
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains("no timings in"), none.err.constData());
}

// A capture of two connections, their pieces interleaved: each is reassembled on its own, so
// both decode whole and nothing is reported wrong.
void TestCli::decodeTwoConnections()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.pcapng"));
    mtvw::transport::CaptureWriter w;
    QVERIFY(w.open(path).ok());
    QVERIFY(w.addInterface(QStringLiteral("a")).ok());
    QVERIFY(w.addInterface(QStringLiteral("b")).ok());
    mtvw::micro::Framer fa, fb;
    const QByteArray a = fa.frame(mtvw::micro::SessionMessage::encode(0, mtvw::micro::SessionMessage::Log, "from board a"));
    const QByteArray b = fb.frame(mtvw::micro::SessionMessage::encode(0, mtvw::micro::SessionMessage::Log, "from board b"));
    for (qsizetype at = 0; at < std::max(a.size(), b.size()); at += 3) {
        QVERIFY(w.write(0, mtvw::Direction::FromDevice, 10 + at, a.mid(at, 3)).ok());
        QVERIFY(w.write(1, mtvw::Direction::FromDevice, 11 + at, b.mid(at, 3)).ok());
    }
    w.close();
    const Run r = cli({QStringLiteral("decode"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray records = QJsonDocument::fromJson(r.out).object()[QStringLiteral("records")].toArray();
    QCOMPARE(records.size(), 2);
    QSet<QString> logs;
    for (const QJsonValue rec : records) {
        QVERIFY(rec[QStringLiteral("problem")].isNull());
        logs << QString::number(rec[QStringLiteral("interface")].toInt()) + QLatin1Char(' ') +
                    rec[QStringLiteral("summary")].toString();
    }
    QCOMPARE(logs, (QSet<QString>{QStringLiteral("0 from board a"), QStringLiteral("1 from board b")}));
}

// session DIR: a generated project's own transport through its Project API server (a server
// whose transport is a microTVM device on a pipe), read as the unframer asks, with the timeouts
// its open_transport returned.
void TestCli::sessionThroughAProject()
{
    QTemporaryDir dir;
    const QString project = testsupport::fakeServerProject(dir.filePath(QStringLiteral("crt")), QStringLiteral("crt"));
    const QString capture = dir.filePath(QStringLiteral("p.pcapng"));
    QProcess p;
    p.start(QStringLiteral(MTVW_CLI), {QStringLiteral("session"), project, QStringLiteral("--capture"), capture});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    while (!out.contains("device: microTVM Zephyr runtime - running") || !out.contains("established"))
        if (!p.waitForReadyRead(20000))
            break;
        else
            out += p.readAllStandardOutput();
    QVERIFY2(out.contains("established (attempt 1)"), (out + p.readAllStandardError()).constData());
    QVERIFY(out.contains("device: microTVM Zephyr runtime - running"));
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    const Run decoded = cli({QStringLiteral("decode"), capture, QStringLiteral("--json")});
    const QJsonArray records = QJsonDocument::fromJson(decoded.out).object()[QStringLiteral("records")].toArray();
    QStringList types;
    for (const QJsonValue r : records)
        types << r[QStringLiteral("type")].toString();
    QVERIFY2(types.contains(QStringLiteral("StartSessionReply")), qPrintable(types.join(QLatin1Char(','))));
}

// ports: whatever this machine has (often nothing), as JSON of the documented shape, and the
// same count in text.
void TestCli::portsList()
{
    const Run json = cli({QStringLiteral("ports"), QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out);
    QVERIFY(doc.isObject() && doc.object()[QStringLiteral("ports")].isArray());
    for (const QJsonValue p : doc.object()[QStringLiteral("ports")].toArray()) {
        QVERIFY(p[QStringLiteral("path")].toString().startsWith(QLatin1Char('/')));
        QVERIFY(p[QStringLiteral("boards")].isArray());
    }
    const Run text = cli({QStringLiteral("ports")});
    QCOMPARE(text.code, 0);
    const qsizetype n = doc.object()[QStringLiteral("ports")].toArray().size();
    QCOMPARE(n == 0, text.out.startsWith("No serial ports found."));
}

// The example archive twice through host-sim: a standalone program, and a host-driven one that
// is a microTVM device. The output read back over RPC (mtvw-cli infer) has the checksum and the
// values the standalone program printed for the same (zero) inputs; the checksum is FNV-1a over
// the bytes, computed here. rpc list finds the archive's operators on the device.
void TestCli::inferOverRpcMatchesTheStandaloneRun()
{
    QTemporaryDir work;
    const QString templ = QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim");
    const QString standalone = work.filePath(QStringLiteral("standalone")), driven = work.filePath(QStringLiteral("driven"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("generate"), templ, testsupport::exampleArchive(), standalone}).code,
             0);
    const Run generated = cli({QStringLiteral("project"), QStringLiteral("generate"), templ, testsupport::exampleArchive(),
                               driven, QStringLiteral("-o"), QStringLiteral("project_type=host_driven")});
    QVERIFY2(generated.code == 0, generated.err.constData());
    for (const QString &dir : {standalone, driven}) {
        const Run built = cli({QStringLiteral("project"), QStringLiteral("build"), dir});
        QVERIFY2(built.code == 0, built.err.constData());
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("flash"), dir}).code, 0);
    }
    const Run run = cli({QStringLiteral("project"), QStringLiteral("run"), standalone});
    QVERIFY2(run.code == 0, run.err.constData());
    const QRegularExpression line(QStringLiteral("output default/output: float32\\[4\\] checksum=0x([0-9a-f]+) =([^\\n]*)"));
    const auto printed = line.match(QString::fromUtf8(run.out));
    QVERIFY(printed.hasMatch());

    const Run inferred = cli({QStringLiteral("infer"), driven, QStringLiteral("--json")});
    QVERIFY2(inferred.code == 0, inferred.err.constData());
    const QJsonArray outputs = QJsonDocument::fromJson(inferred.out).object()[QStringLiteral("outputs")].toArray();
    QCOMPARE(outputs.size(), 1);
    const QByteArray bytes = QByteArray::fromHex(outputs[0].toObject()[QStringLiteral("bytes_hex")].toString().toLatin1());
    QCOMPARE(bytes.size(), 16); // float32[4]
    quint32 h = 2166136261u;
    for (char c : bytes)
        h = (h ^ quint8(c)) * 16777619u;
    QCOMPARE(QString::number(h, 16).rightJustified(8, QLatin1Char('0')), printed.captured(1));
    const QStringList words = printed.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QJsonArray first = outputs[0].toObject()[QStringLiteral("first")].toArray();
    QCOMPARE(first.size(), words.size());
    for (int i = 0; i < words.size(); ++i)
        QVERIFY(std::abs(first[i].toDouble() - words[i].toDouble()) <= 1e-6 * std::max(1.0, std::abs(words[i].toDouble())));

    // --fill: ones give what the standalone program gives for ones; a random fill is the same for
    // the same seed and not for another.
    const Run ones = cli(
        {QStringLiteral("project"), QStringLiteral("run"), standalone, QStringLiteral("-o"), QStringLiteral("input_fill=ones")});
    const auto onesPrinted = line.match(QString::fromUtf8(ones.out));
    QVERIFY(onesPrinted.hasMatch());
    auto inferHex = [&](const QStringList &extra) {
        const Run r = cli(QStringList{QStringLiteral("infer"), driven, QStringLiteral("--json")} + extra);
        return QJsonDocument::fromJson(r.out)
            .object()[QStringLiteral("outputs")]
            .toArray()[0]
            .toObject()[QStringLiteral("bytes_hex")]
            .toString();
    };
    const QByteArray onesBytes = QByteArray::fromHex(inferHex({QStringLiteral("--fill"), QStringLiteral("ones")}).toLatin1());
    quint32 onesHash = 2166136261u;
    for (char c : onesBytes)
        onesHash = (onesHash ^ quint8(c)) * 16777619u;
    QCOMPARE(QString::number(onesHash, 16).rightJustified(8, QLatin1Char('0')), onesPrinted.captured(1));
    const QString seed3 =
        inferHex({QStringLiteral("--fill"), QStringLiteral("random"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY(!seed3.isEmpty());
    QCOMPARE(inferHex({QStringLiteral("--fill"), QStringLiteral("random"), QStringLiteral("--seed"), QStringLiteral("3")}),
             seed3);
    QVERIFY(inferHex({QStringLiteral("--fill"), QStringLiteral("random"), QStringLiteral("--seed"), QStringLiteral("4")}) !=
            seed3);
    QCOMPARE(cli({QStringLiteral("infer"), driven, QStringLiteral("--fill"), QStringLiteral("twos")}).code, 2);

    // The operators the archive names, each found on the device.
    const Run listed =
        cli({QStringLiteral("rpc"), driven, QStringLiteral("list"), QStringLiteral("--archive"), testsupport::exampleArchive()});
    QVERIFY2(listed.code == 0, listed.err.constData());
    const auto archive = mtvw::mlf::MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(archive.ok());
    const auto ops = archive.value()->operators(archive.value()->modules().first());
    QVERIFY(!ops.isEmpty());
    QVERIFY2(listed.out.contains(QStringLiteral("%1 of %1 operator function(s)").arg(ops.size()).toUtf8()),
             listed.out.constData());
    // A call by name: the packet size the device reports (spec 4.4.7: 2048 - 11).
    const Run size =
        cli({QStringLiteral("rpc"), driven, QStringLiteral("call"), QStringLiteral("tvm.rpc.server.GetCRTMaxPacketSize")});
    QVERIFY2(size.code == 0, size.err.constData());
    QCOMPARE(size.out.trimmed(), QByteArray("int 2037"));
}

using testsupport::fnv1a;
using testsupport::operatorFunctionsOf;

void TestCli::profileTimesEveryOperatorFunction_data()
{
    QTest::addColumn<QString>("archive");
    QTest::newRow("example") << testsupport::exampleArchive();
    // The corpus archives the host-sim template runs (tests/templates/test_hostsim.py), graph and AOT.
    for (const char *rel :
         {"guberti-arduino/v4_graph_yes_no_nrf5340.tar", "guberti-arduino/v5_graph_micro_speech_nrf5340.tar",
          "guberti-arduino/v5_aot_micro_speech_host.tar", "guberti-arduino/v4_graph_person_detection_nrf5340.tar",
          "guberti-arduino/v5_graph_person_detection_nrf5340.tar", "guberti-arduino/v5_aot_emotions_spresense.tar",
          "hannah-m3-magic-wand/model.tar"})
        QTest::newRow(rel) << testsupport::corpusDir() + QLatin1Char('/') + QLatin1String(rel);
}

// A host-driven host-sim project of each archive: mtvw-cli infer gives the outputs the standalone
// program prints (their FNV-1a checksums, computed here from the bytes), and mtvw-cli profile
// gives a figure on the device's clock for every operator function the model calls (the test
// lists them from the raw graph JSON or C code), and one for the whole model.
void TestCli::profileTimesEveryOperatorFunction()
{
    QFETCH(QString, archive);
    if (!QFileInfo::exists(archive))
        QSKIP(qPrintable(testsupport::absent(archive)));
    QTemporaryDir work;
    const QString templ = QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim");
    const QString standalone = work.filePath(QStringLiteral("standalone")), driven = work.filePath(QStringLiteral("driven"));
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("generate"), templ, archive, standalone}).code, 0);
    const Run generated = cli({QStringLiteral("project"), QStringLiteral("generate"), templ, archive, driven,
                               QStringLiteral("-o"), QStringLiteral("project_type=host_driven")});
    QVERIFY2(generated.code == 0, generated.err.constData());
    for (const QString &dir : {standalone, driven}) {
        const Run built = cli({QStringLiteral("project"), QStringLiteral("build"), dir});
        QVERIFY2(built.code == 0, built.err.constData());
        QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("flash"), dir}).code, 0);
    }
    const Run run = cli({QStringLiteral("project"), QStringLiteral("run"), standalone});
    QVERIFY2(run.code == 0, run.err.constData());
    static const QRegularExpression line(QStringLiteral("output \\S+: \\S+ checksum=0x([0-9a-f]+)"));
    QStringList expected;
    for (auto it = line.globalMatch(QString::fromUtf8(run.out)); it.hasNext();)
        expected << it.next().captured(1);
    QVERIFY2(!expected.isEmpty(), run.out.constData());

    const Run inferred = cli({QStringLiteral("infer"), driven, QStringLiteral("--json")});
    QVERIFY2(inferred.code == 0, inferred.err.constData());
    QStringList got;
    for (const auto &o : QJsonDocument::fromJson(inferred.out).object()[QStringLiteral("outputs")].toArray())
        got << QString::number(fnv1a(QByteArray::fromHex(o.toObject()[QStringLiteral("bytes_hex")].toString().toLatin1())), 16)
                   .rightJustified(8, QLatin1Char('0'));
    QCOMPARE(got, expected);

    const QSet<QString> functions = operatorFunctionsOf(QDir(driven).filePath(QStringLiteral("model")));
    QVERIFY(!functions.isEmpty());
    const Run profiled =
        cli({QStringLiteral("profile"), driven, QStringLiteral("--repeat"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(profiled.code == 0, profiled.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(profiled.out).object();
    QSet<QString> timed;
    for (const auto &o : report[QStringLiteral("operators")].toArray()) {
        const QJsonObject op = o.toObject();
        const QString f = op[QStringLiteral("function")].toString();
        QVERIFY2(!timed.contains(f), qPrintable(f));
        timed.insert(f);
        QVERIFY2(op[QStringLiteral("error")].toString().isEmpty(),
                 qPrintable(f + QStringLiteral(": ") + op[QStringLiteral("error")].toString()));
        const QJsonArray seconds = op[QStringLiteral("seconds")].toArray();
        QCOMPARE(seconds.size(), 3);
        for (const auto &s : seconds)
            QVERIFY2(s.toDouble() > 0, qPrintable(f));
    }
    QCOMPARE(timed, functions);
    const QJsonArray model = report[QStringLiteral("model")].toObject()[QStringLiteral("seconds")].toArray();
    QCOMPARE(model.size(), 3);
    QVERIFY(model[0].toDouble() > 0);

    // A device of TVM 0.13 or older takes the evaluator's 11 arguments (no cache_flush_bytes).
    if (QTest::currentDataTag() == QByteArray("example")) {
        QCOMPARE(report[QStringLiteral("evaluator_arguments")].toInt(), 12);
        const Run legacy = cli({QStringLiteral("profile"), driven, QStringLiteral("--repeat"), QStringLiteral("2"),
                                QStringLiteral("--tvm-version"), QStringLiteral("0.13"), QStringLiteral("--json")});
        QVERIFY2(legacy.code == 0, legacy.err.constData());
        const QJsonObject r = QJsonDocument::fromJson(legacy.out).object();
        QCOMPARE(r[QStringLiteral("evaluator_arguments")].toInt(), 11);
        QCOMPARE(r[QStringLiteral("operators")].toArray().size(), functions.size());
        for (const auto &o : r[QStringLiteral("operators")].toArray())
            QCOMPARE(o.toObject()[QStringLiteral("seconds")].toArray().size(), 2);
        QCOMPARE(cli({QStringLiteral("profile"), driven, QStringLiteral("--repeat"), QStringLiteral("0")}).code, 2);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
