#include "projectapi/failurehint.h"
#include "projectapi/templatediscovery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw::projectapi;

class TestFailureHint : public QObject
{
    Q_OBJECT
private slots:
    void knownPatterns_data();
    void knownPatterns();
    void discoveryFindsServerFolders();
};

void TestFailureHint::knownPatterns_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("log");
    QTest::addColumn<QString>("hintHas"); // empty: no hint expected
    QTest::newRow("serial permission")
        << "flash failed: calling method flash"
        << QStringList{"serial.serialutil.SerialException: [Errno 13] could not open port /dev/ttyACM0: "
                       "[Errno 13] Permission denied: '/dev/ttyACM0'"}
        << "dialout";
    QTest::newRow("west missing") << "build failed: FileNotFoundError: [Errno 2] No such file or directory: 'west'"
                                  << QStringList() << "west";
    QTest::newRow("arduino-cli missing") << "build failed" << QStringList{"/bin/sh: 1: arduino-cli: not found"} << "arduino-cli";
    QTest::newRow("cmake missing") << "build failed" << QStringList{"bash: cmake: command not found"} << "apt-get install cmake";
    QTest::newRow("make missing") << "build failed: No such file or directory: 'make'" << QStringList() << "apt-get install make";
    QTest::newRow("no board") << "flash failed" << QStringList{"Error: no boards found"} << "No board was found";
    QTest::newRow("no module") << "the Project API server exited with code 1: ModuleNotFoundError: No module named 'serial'"
                               << QStringList() << "\"serial\"";
    QTest::newRow("serial is pyserial") << "ModuleNotFoundError: No module named 'serial.tools'" << QStringList() << "pyserial";
    QTest::newRow("usb is pyusb") << "No module named 'usb'" << QStringList() << "apt-get install python3-usb";
    QTest::newRow("psutil") << "No module named 'psutil'" << QStringList() << "python3-psutil";
    QTest::newRow("unknown") << "build failed: something else entirely" << QStringList{"it broke"} << QString();
}

void TestFailureHint::knownPatterns()
{
    QFETCH(QString, message);
    QFETCH(QStringList, log);
    QFETCH(QString, hintHas);
    const QString hint = FailureHint::forFailure(message, log);
    if (hintHas.isEmpty())
        QVERIFY2(hint.isEmpty(), qPrintable(hint));
    else
        QVERIFY2(hint.contains(hintHas), qPrintable(hint));
}

void TestFailureHint::discoveryFindsServerFolders()
{
    QTemporaryDir root;
    for (const char *name : {"a", "b", "not-a-template"}) {
        QDir(root.path()).mkpath(QLatin1String(name));
        if (QLatin1String(name) != QLatin1String("not-a-template")) {
            QFile f(QDir(root.path()).filePath(QLatin1String(name) + QStringLiteral("/microtvm_api_server.py")));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
    }
    // A root that holds the server itself, and a root whose subfolders do; duplicates once.
    const QStringList found = TemplateDiscovery::serverFolders({root.path(), QDir(root.path()).filePath(QStringLiteral("a"))});
    QCOMPARE(found.size(), 2);
    QVERIFY(found[0].endsWith(QLatin1String("/a")));
    QVERIFY(found[1].endsWith(QLatin1String("/b")));
    // A repository whose server sits in template_project/ is found two levels down; a folder with
    // no server at either level is listed as skipped, with the reason.
    QTemporaryDir repos;
    QVERIFY(QDir(repos.path()).mkpath(QStringLiteral("vendor-repo/template_project")));
    QVERIFY(QDir(repos.path()).mkpath(QStringLiteral("docs/images")));
    {
        QFile f(QDir(repos.path()).filePath(QStringLiteral("vendor-repo/template_project/microtvm_api_server.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const TemplateDiscovery::Scan scan = TemplateDiscovery::scan({repos.path(), repos.filePath(QStringLiteral("gone"))});
    QCOMPARE(scan.folders.size(), 1);
    QVERIFY(scan.folders[0].endsWith(QLatin1String("/vendor-repo/template_project")));
    QCOMPARE(scan.skipped.size(), 2);
    QVERIFY(scan.skipped[0].path.endsWith(QLatin1String("/docs")));
    QVERIFY(scan.skipped[0].reason.contains(QLatin1String("microtvm_api_server.py")));
    QVERIFY(scan.skipped[1].path.endsWith(QLatin1String("/gone")));
    // The bundled templates are found from the build's default.
    const QStringList bundled = TemplateDiscovery::serverFolders(TemplateDiscovery::bundledRoots());
    QVERIFY(std::any_of(bundled.begin(), bundled.end(), [](const QString &p) { return p.endsWith(QLatin1String("host-sim")); }));
}

QTEST_GUILESS_MAIN(TestFailureHint)
#include "tst_failurehint.moc"
