#include "../testsupport.h"
#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"
#include "overviewreport.h"

#include <QLocale>
#include <QTest>
#include <QTextDocument>

using namespace mtvw::mlf;

class TestOverviewReport : public QObject
{
    Q_OBJECT
private slots:
    void saysWhatTheArchiveIs_data();
    void saysWhatTheArchiveIs();
    void codegenOnlyIsExplained();
};

void TestOverviewReport::saysWhatTheArchiveIs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("executor");
    QTest::newRow("example aot") << testsupport::exampleArchive() << "aot";
    QTest::newRow("v7 graph") << testsupport::fixture(QStringLiteral("v7_graph.tar")) << "graph";
    QTest::newRow("v5 graph") << testsupport::fixture(QStringLiteral("v5_graph.tar")) << "graph";
    QTest::newRow("two modules") << testsupport::fixture(QStringLiteral("v7_two_modules.tar")) << "aot";
}

void TestOverviewReport::saysWhatTheArchiveIs()
{
    QFETCH(QString, file);
    QFETCH(QString, executor);
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    const MlfArchive &a = *mlf.value();
    QTextDocument doc;
    doc.setHtml(OverviewReport::html(a, file));
    const QString text = doc.toPlainText();
    QVERIFY(text.contains(OverviewReport::versionMeaning(a.metadata().version)));
    QVERIFY(text.contains(OverviewReport::executorMeaning(executor)));
    for (const auto &m : a.modules()) {
        QVERIFY2(text.contains(m.name), qPrintable(m.name));
        const MemoryMap mm = MemoryMap::compute(a, m);
        // The figures shown are the engine's.
        QVERIFY2(text.contains(QLocale().toString(mm.ramBytes)), qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(mm.workspaceBytes)));
    }
    for (const QString &w : a.warnings())
        QVERIFY(text.contains(w));
}

void TestOverviewReport::codegenOnlyIsExplained()
{
    const QString file = testsupport::corpusDir() + QStringLiteral("/nuvoton-m55m1-vww/codegen-only.tar");
    if (!QFile::exists(file))
        QSKIP("../shared/corpus is absent: the codegen-only corpus archive cannot be checked");
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    QTextDocument doc;
    doc.setHtml(OverviewReport::html(*mlf.value(), file));
    QVERIFY(doc.toPlainText().contains(QLatin1String("no metadata.json")));
}

QTEST_MAIN(TestOverviewReport)
#include "tst_overviewreport.moc"
