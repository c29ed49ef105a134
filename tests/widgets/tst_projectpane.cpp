#include "../testsupport.h"
#include "core/bytetext.h"
#include "micro/elfsize.h"
#include "mlf/mlfarchive.h"
#include "optionsform.h"
#include "projectcontroller.h"
#include "projectpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestProjectPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void generateBuildFlash();
    void brokenServerShowsItsPythonError();
    void germanFailureNamesTheMethodOnce();
};

namespace {

constexpr int kStartMs = 20000;
constexpr int kMethodMs = 120000;

QString hostSim()
{
    return QDir(QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim")).canonicalPath();
}

bool hasTemplate(const ProjectController *c, const QString &path)
{
    return std::any_of(c->templates().begin(), c->templates().end(),
                       [&](const ProjectController::Template &t) { return t.path == path; });
}

} // namespace

void TestProjectPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mtvw-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projectpane"));
    QSettings().clear(); // no options remembered from an earlier run
}

void TestProjectPane::generateBuildFlash()
{
    auto archive = mtvw::mlf::MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(archive.ok());
    ProjectPane pane;
    pane.resize(900, 700);
    pane.show();
    pane.setArchive(archive.value());
    QCOMPARE(QFileInfo(pane.archivePath()).canonicalFilePath(), QFileInfo(testsupport::exampleArchive()).canonicalFilePath());
    ProjectController *c = pane.controller();

    QTRY_VERIFY_WITH_TIMEOUT(hasTemplate(c, hostSim()), kStartMs);
    QVERIFY(pane.templateCombo()->findData(hostSim()) >= 0);
    c->setFolder(hostSim());
    QTRY_VERIFY_WITH_TIMEOUT(c->info().has_value(), kStartMs);
    QVERIFY(c->info()->isTemplate);
    QCOMPARE(pane.templateCombo()->currentData().toString(), hostSim());
    QVERIFY(pane.generateButton()->isEnabled());
    QVERIFY(!pane.buildButton()->isEnabled());
    QVERIFY(!pane.cancelButton()->isEnabled());

    // One editor per option, of the option's kind.
    for (const auto &o : c->info()->options) {
        QWidget *editor = pane.optionsForm()->editor(o.name);
        QVERIFY2(editor, qPrintable(o.name));
        const char *kind = o.type == QLatin1String("bool")  ? "QCheckBox"
                           : !o.choices.isEmpty()           ? "QComboBox"
                           : o.type == QLatin1String("int") ? "QSpinBox"
                                                            : "QLineEdit";
        QVERIFY2(editor->inherits(kind), qPrintable(o.name));
    }
    auto *runs = qobject_cast<QSpinBox *>(pane.optionsForm()->editor(QStringLiteral("runs")));
    QVERIFY(runs);
    runs->setValue(2);
    QCOMPARE(c->optionValues().value(QLatin1String("runs")), QJsonValue(2));
    auto *verbose = qobject_cast<QCheckBox *>(pane.optionsForm()->editor(QStringLiteral("verbose")));
    QVERIFY(verbose);
    verbose->setChecked(true); // the build then logs its commands
    QCOMPARE(c->optionValues().value(QLatin1String("verbose")), QJsonValue(true));

    // The proposed folder is in the user's documents (never beside the archive: the bundled
    // example's folder is not the place); generate into a fresh one instead.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY2(pane.outDirEdit()->text().startsWith(QDir(documents).filePath(QStringLiteral("mtvw-projects/"))) ||
                 pane.outDirEdit()->text().startsWith(QDir::home().filePath(QStringLiteral("mtvw-projects/"))),
             qPrintable(pane.outDirEdit()->text()));
    QVERIFY(!pane.outDirEdit()->text().startsWith(QFileInfo(testsupport::exampleArchive()).absolutePath()));
    QVERIFY(pane.outDirEdit()->text().endsWith(QLatin1String("-host-sim-project")) ||
            pane.outDirEdit()->text().contains(QLatin1String("-host-sim-project-")));
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("project"));
    pane.outDirEdit()->setText(out);
    pane.copyCommandButton()->click();
    QVERIFY2(pane.statusLabel()->text().contains(QLatin1String("tvmc micro create-project")),
             qPrintable(pane.statusLabel()->text()));

    QSignalSpy finished(c, &ProjectController::finished);
    QSignalSpy errors(c, &ProjectController::errorOccurred);
    auto lastError = [&errors] { return errors.isEmpty() ? QString() : errors.last().at(1).value<mtvw::Error>().message(); };
    pane.generateButton()->click();
    QVERIFY(c->isBusy());
    QVERIFY(pane.cancelButton()->isEnabled());
    QVERIFY(!pane.generateButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kMethodMs);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(!c->isBusy() && c->info().has_value() && !c->info()->isTemplate, kStartMs);
    QCOMPARE(c->folder(), QDir(out).absolutePath());
    QVERIFY(pane.resultLabel()->isVisible());
    QVERIFY(pane.buildButton()->isEnabled());
    QVERIFY(pane.flashButton()->isEnabled());
    QVERIFY(!pane.generateButton()->isEnabled());

    for (auto [button, method] : {std::pair{pane.buildButton(), "build"}, std::pair{pane.flashButton(), "flash"}}) {
        const qsizetype before = finished.size();
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, kMethodMs);
        QCOMPARE(finished.last().at(0).toString(), QLatin1String(method));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(lastError()));
        QVERIFY2(pane.resultLabel()->text().contains(QLatin1String("finished in")), qPrintable(pane.resultLabel()->text()));
        QVERIFY(!pane.cancelButton()->isEnabled());
    }
    QVERIFY(pane.logView()->blockCount() > 0);
    QVERIFY(!pane.logView()->toPlainText().trimmed().isEmpty());

    // The build's program and its size, as binutils' size reads it, are in the result of Build.
    {
        const QString program = mtvw::micro::ElfSize::findProgram(out);
        QVERIFY2(!program.isEmpty(), "host-sim built no program in build/");
        QProcess size;
        size.start(QStringLiteral("size"), {QStringLiteral("-B"), program});
        QVERIFY(size.waitForFinished(30000));
        const QStringList fields = QString::fromUtf8(size.readAllStandardOutput())
                                       .split(QLatin1Char('\n'))
                                       .value(1)
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(fields.size() >= 3);
        QVERIFY2(c->programSize().contains(ByteText::size(fields[0].toLongLong())), qPrintable(c->programSize()));
        QVERIFY(c->programSize().contains(ByteText::size(fields[2].toLongLong())));
        QVERIFY(c->programSize().startsWith(QStringLiteral("Program build/")));
    }

    // Run: the program's lines appear in the log, and the result names the output's largest
    // value (checked here against the values the program printed) and the runs' median.
    QVERIFY(pane.runButton()->isEnabled());
    QSignalSpy lines(c, &ProjectController::programLine);
    {
        const qsizetype before = finished.size();
        pane.runButton()->click();
        QVERIFY(c->isBusy());
        QCOMPARE(c->busyMethod(), QStringLiteral("run"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, kMethodMs);
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("run"));
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(lastError()));
    }
    QString printed;
    for (const QList<QVariant> &l : std::as_const(lines))
        if (l.first().toString().startsWith(QLatin1String("output default/output:")))
            printed = l.first().toString();
    QVERIFY2(!printed.isEmpty(), "the program printed no output line");
    QVERIFY(pane.logView()->toPlainText().contains(printed));
    const QStringList values = printed.section(QLatin1Char('='), -1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int best = 0;
    for (int i = 1; i < values.size(); ++i)
        if (values[i].toDouble() > values[best].toDouble())
            best = i;
    const QString result = pane.resultLabel()->text();
    QVERIFY2(result.contains(QStringLiteral("largest at index %1").arg(best)), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("run(s): median")), qPrintable(result));

    // A run cancelled halfway still shows what the program reported until then.
    auto *projectRuns = qobject_cast<QSpinBox *>(pane.optionsForm()->editor(QStringLiteral("runs"))); // the project's form
    QVERIFY(projectRuns);
    projectRuns->setValue(projectRuns->maximum());
    {
        const qsizetype before = finished.size(), linesBefore = lines.size();
        pane.runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            lines.size() > linesBefore + 3 && lines.last().first().toString().startsWith(QLatin1String("run ")), kMethodMs);
        pane.cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, kMethodMs);
        QVERIFY(!finished.last().at(1).toBool());
    }
    const QString cancelled = pane.resultLabel()->text();
    QVERIFY2(cancelled.startsWith(QLatin1String("Run cancelled.\n")), qPrintable(cancelled));
    QVERIFY2(cancelled.contains(QLatin1String("Until it stopped:")) && cancelled.contains(QLatin1String("run(s): median")),
             qPrintable(cancelled));
    QTRY_VERIFY_WITH_TIMEOUT(!c->isBusy() && c->info().has_value(), kStartMs); // a fresh server serves the folder

    pane.copyCommandButton()->click();
    QVERIFY2(pane.statusLabel()->text().contains(QLatin1String("tvmc micro build")), qPrintable(pane.statusLabel()->text()));

    // Back to the template: generating into a folder that exists is refused with an error line.
    c->setFolder(hostSim());
    QTRY_VERIFY_WITH_TIMEOUT(c->info().has_value() && c->info()->isTemplate, kStartMs);
    pane.outDirEdit()->setText(out);
    const qsizetype before = finished.size();
    pane.generateButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, kStartMs);
    QVERIFY(!finished.last().at(1).toBool());
    QVERIFY(pane.resultLabel()->isVisible());
    QVERIFY2(pane.resultLabel()->text().contains(QLatin1String("failed")), qPrintable(pane.resultLabel()->text()));
    QVERIFY2(pane.resultLabel()->text().contains(QLatin1String("exists")), qPrintable(pane.resultLabel()->text()));
}

void TestProjectPane::brokenServerShowsItsPythonError()
{
    QTemporaryDir dir;
    QFile server(dir.filePath(QStringLiteral("microtvm_api_server.py")));
    QVERIFY(server.open(QIODevice::WriteOnly));
    server.write("import no_such_module_xyz\n");
    server.close();

    ProjectPane pane;
    pane.show();
    pane.controller()->setFolder(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(pane.serverErrorLabel()->isVisible(), kStartMs);
    QVERIFY2(pane.serverErrorLabel()->text().contains(QLatin1String("ModuleNotFoundError")),
             qPrintable(pane.serverErrorLabel()->text()));
    QVERIFY(!pane.controller()->info().has_value());
    QVERIFY(!pane.generateButton()->isEnabled());
    QVERIFY(!pane.buildButton()->isEnabled());
    QVERIFY(!pane.optionsForm()->editor(QStringLiteral("runs")));
}

void TestProjectPane::germanFailureNamesTheMethodOnce()
{
    // The German build of the pane: a failing build reads "Bauen fehlgeschlagen: <cause>", the
    // method named once (the pane used to look for the English "build failed" in the message).
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("mtvw_de"), QStringLiteral(MTVW_QM_DIR)));
    QCoreApplication::installTranslator(&german);
    QTemporaryDir dir;
    QVERIFY(!testsupport::fakeServerProject(dir.path(), QStringLiteral("servererror")).isEmpty());
    {
        ProjectPane pane;
        pane.show();
        ProjectController *c = pane.controller();
        c->setFolder(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(c->info().has_value(), kStartMs);
        QSignalSpy finished(c, &ProjectController::finished);
        QTRY_VERIFY(pane.buildButton()->isEnabled());
        pane.buildButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kStartMs);
        QVERIFY(!finished.first().at(1).toBool());
        const QString text = pane.resultLabel()->text();
        const QString failedWord = QCoreApplication::translate("ProjectPane", "%1 failed: %2").section(QLatin1Char(' '), 1, 1);
        QVERIFY2(failedWord != QLatin1String("failed:"), qPrintable(failedWord)); // really German
        QCOMPARE(text.count(failedWord), 1);
        QVERIFY2(!text.contains(QLatin1String("build failed")), qPrintable(text));
        // The cause in German words, not a Python class name.
        const QString notFound = QCoreApplication::translate("mtvw::BackendText", "file not found");
        QVERIFY2(notFound != QLatin1String("file not found"), qPrintable(notFound));
        QVERIFY2(text.contains(notFound), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("FileNotFoundError")));
        QVERIFY(pane.hintLabel()->isVisible()); // 'west' is missing: the hint says what to do
    }
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestProjectPane)
#include "tst_projectpane.moc"
