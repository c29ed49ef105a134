#include "../testsupport.h"
#include "projectcontroller.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProjectController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void findsTheBundledTemplate();
    void generateBuildFlash();
    void brokenServerShowsItsPythonError();
    void requiredOptionsAreReported();
};

namespace {

QString hostSim()
{
    return QDir(QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim")).canonicalPath();
}

} // namespace

void TestProjectController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mtvw-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projectcontroller"));
}

void TestProjectController::findsTheBundledTemplate()
{
    ProjectController c;
    QSignalSpy changed(&c, &ProjectController::templatesChanged);
    c.refreshTemplates();
    QVERIFY(c.isRefreshing());
    QTRY_VERIFY_WITH_TIMEOUT(!c.isRefreshing(), 30000);
    QVERIFY(!changed.isEmpty());
    const auto it = std::find_if(c.templates().begin(), c.templates().end(),
                                 [](const ProjectController::Template &t) { return t.path == hostSim(); });
    QVERIFY(it != c.templates().end());
    QCOMPARE(it->platform, QStringLiteral("host-sim"));
    QVERIFY(it->isTemplate);
    QCOMPARE(it->origin, QStringLiteral("bundled"));
    QVERIFY(it->error.isEmpty());
}

void TestProjectController::generateBuildFlash()
{
    ProjectController c;
    QSignalSpy folder(&c, &ProjectController::folderChanged);
    c.setFolder(hostSim());
    QTRY_VERIFY_WITH_TIMEOUT(c.info().has_value(), 20000);
    QVERIFY(c.info()->isTemplate);
    c.setOptionValue(QStringLiteral("runs"), 2);
    c.setOptionValue(QStringLiteral("verbose"), true); // the build then logs its commands

    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("project"));
    QSignalSpy finished(&c, &ProjectController::finished);
    QSignalSpy errors(&c, &ProjectController::errorOccurred);
    auto lastError = [&errors] { return errors.isEmpty() ? QString() : errors.last().at(1).value<mtvw::Error>().message(); };
    QSignalSpy lines(&c, &ProjectController::logLine);
    c.generate(testsupport::exampleArchive(), out);
    QVERIFY(c.isBusy());
    QCOMPARE(c.busyMethod(), QStringLiteral("generate_project"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(lastError()));
    // The new project is the folder now, with the options carried over.
    QTRY_VERIFY_WITH_TIMEOUT(c.info().has_value() && !c.info()->isTemplate, 20000);
    QCOMPARE(c.folder(), QDir(out).absolutePath());
    QCOMPARE(c.optionValues().value(QLatin1String("runs")).toInt(), 2);
    QVERIFY(c.tvmcCommand(testsupport::exampleArchive(), out).contains(QLatin1String("tvmc micro build")));

    c.build();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(lastError()));
    c.flash();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
    QVERIFY(finished.last().at(1).toBool());
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("installed"))));
    QVERIFY(!lines.isEmpty());

    // Generating into a folder that exists is refused before the server is asked.
    ProjectController t;
    t.setFolder(hostSim());
    QTRY_VERIFY_WITH_TIMEOUT(t.info().has_value(), 20000);
    QSignalSpy refused(&t, &ProjectController::finished);
    QSignalSpy why(&t, &ProjectController::errorOccurred);
    t.generate(testsupport::exampleArchive(), out);
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.first().at(1).toBool());
    QCOMPARE(why.size(), 1);
    QVERIFY(why.first().at(1).value<mtvw::Error>().message().contains(QLatin1String("exists")));
}

void TestProjectController::brokenServerShowsItsPythonError()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("microtvm_api_server.py")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("import no_such_module_for_the_test\n");
    f.close();
    ProjectController c;
    c.setFolder(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!c.serverError().isEmpty(), 20000);
    QVERIFY2(c.serverError().contains(QLatin1String("no_such_module_for_the_test")), qPrintable(c.serverError()));
    QVERIFY(!c.info());
}

void TestProjectController::requiredOptionsAreReported()
{
    // The fake server's option "board" has no default; mark it required for build in a copy.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("microtvm_api_server.py")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(import json, os, sys
args = sys.argv[1:]
r = os.fdopen(int(args[args.index('--read-fd') + 1]), 'rb')
w = os.fdopen(int(args[args.index('--write-fd') + 1]), 'wb', buffering=0)
for line in r:
    req = json.loads(line)
    result = {'platform_name': 'demo', 'is_template': False, 'model_library_format_path': '', 'protocol_version': 1,
              'project_options': [{'name': 'serial', 'type': 'str', 'default': None, 'choices': None,
                                   'required': ['flash'], 'optional': None, 'help': 'The board serial number.'}]}
    w.write(json.dumps({'jsonrpc': '2.0', 'id': req['id'], 'result': result if req['method'] == 'server_info_query' else None}).encode() + b'\n')
)");
    f.close();
    ProjectController c;
    c.setFolder(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(c.info().has_value(), 20000);
    QCOMPARE(c.missingFor(QStringLiteral("flash")), QStringList{QStringLiteral("serial")});
    QVERIFY(c.missingFor(QStringLiteral("build")).isEmpty());
    c.setOptionValue(QStringLiteral("serial"), QStringLiteral("0001"));
    QVERIFY(c.missingFor(QStringLiteral("flash")).isEmpty());
    // Remembered for this folder.
    ProjectController again;
    again.setFolder(dir.path());
    QCOMPARE(again.optionValues().value(QLatin1String("serial")).toString(), QStringLiteral("0001"));
}

QTEST_GUILESS_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
