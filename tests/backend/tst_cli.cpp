#include "../testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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
    for (const char *c : {"inspect", "memory", "params", "graph", "diff", "cat", "templates", "project"})
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
