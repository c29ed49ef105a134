#include "../testsupport.h"
#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"
#include "overviewreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
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
    void showsInputsAndOutputs_data();
    void showsInputsAndOutputs();
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

void TestOverviewReport::showsInputsAndOutputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example aot") << testsupport::exampleArchive();
    QTest::newRow("v7 graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    const QString corpus = testsupport::corpusDir();
    for (const char *f :
         {"guberti-arduino/v5_graph_person_detection_nrf5340.tar", "guberti-arduino/v5_aot_emotions_spresense.tar"})
        if (QFile::exists(corpus + QLatin1Char('/') + QLatin1String(f)))
            QTest::newRow(f) << corpus + QLatin1Char('/') + QLatin1String(f);
}

// The model's first input (and, for graphs, every output) is named with its dtype and shape, as
// read here from the raw files: the graph JSON's arg_nodes, heads and attrs, or the Relay text's
// main signature.
void TestOverviewReport::showsInputsAndOutputs()
{
    QFETCH(QString, file);
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    const MlfArchive &a = *mlf.value();
    const MlfArchive::Module &m = a.modules().first();
    QTextDocument doc;
    doc.setHtml(OverviewReport::html(a, file));
    const QString text = doc.toPlainText();
    QStringList expected;
    const auto dims = [](const QJsonArray &shape) {
        QStringList d;
        for (const QJsonValue v : shape)
            d << QString::number(v.toInteger());
        return QLatin1Char('[') + d.join(QStringLiteral(", ")) + QLatin1Char(']');
    };
    if (!m.graphEntry.isEmpty()) {
        const QJsonObject g = QJsonDocument::fromJson(a.archive().read(m.graphEntry).value()).object();
        const QJsonArray nodes = g[QLatin1String("nodes")].toArray();
        const QJsonArray rowPtr = g[QLatin1String("node_row_ptr")].toArray();
        const QJsonArray shapes = g[QLatin1String("attrs")][QLatin1String("shape")].toArray()[1].toArray();
        const QJsonArray dtypes = g[QLatin1String("attrs")][QLatin1String("dltype")].toArray()[1].toArray();
        const auto entryText = [&](int node, int index) {
            const int entry = rowPtr[node].toInt() + index;
            return nodes[node][QLatin1String("name")].toString() + QLatin1Char(' ') + dtypes[entry].toString() +
                   QLatin1Char(' ') + dims(shapes[entry].toArray());
        };
        expected << entryText(g[QLatin1String("arg_nodes")].toArray()[0].toInt(), 0);
        for (const QJsonValue h : g[QLatin1String("heads")].toArray())
            expected << entryText(h.toArray()[0].toInt(), h.toArray()[1].toInt());
    } else {
        const QString relay = QString::fromUtf8(a.archive().read(m.relayEntry).value());
        const QRegularExpression first(QStringLiteral("def @main\\(%(\\w+): Tensor\\[\\(([0-9, ]*)\\), (\\w+)\\]"));
        const auto match = first.match(relay);
        QVERIFY(match.hasMatch());
        QStringList d = match.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &x : d)
            x = x.trimmed();
        expected << match.captured(1) + QLatin1Char(' ') + match.captured(3) + QStringLiteral(" [") +
                        d.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + text.left(1500)));
    QVERIFY(text.contains(OverviewReport::tr("Inputs")));
    // Weights passed to main (v_param_…) are not inputs.
    QVERIFY(!text.contains(QLatin1String("v_param_")));
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
