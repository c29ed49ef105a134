#include "../testsupport.h"
#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mtvw::mlf;

// Every real archive in ../shared/corpus, with facts read independently from its metadata.json.
class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    void opens_data();
    void opens();
    void codegenOnlyIsExplained_data();
    void codegenOnlyIsExplained();
    void restructuredIsRecognised();
};

void TestCorpus::opens_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<QString>("module");
    QTest::addColumn<int>("operators");
    QTest::addColumn<qint64>("workspace");
    QTest::addColumn<qint64>("io");
    QTest::addColumn<qint64>("constants");
    QTest::addColumn<int>("graphNodes");
    if (!QDir(testsupport::corpusDir()).exists())
        QSKIP("../shared/corpus is absent: the corpus tests need the shared folder beside the checkout");
    QTest::newRow("ethosu v7 aot") << "ethosu-compiler13/module.tar" << 7 << "aot"
                                   << "default" << 2 << qint64(7782656) << qint64(5734400) << qint64(0) << -1;
    QTest::newRow("person v4 graph") << "guberti-arduino/v4_graph_person_detection_nrf5340.tar" << 4 << "graph"
                                     << "default" << 30 << qint64(228096) << qint64(9219) << qint64(427406) << 88;
    QTest::newRow("yes_no v4 graph") << "guberti-arduino/v4_graph_yes_no_nrf5340.tar" << 4 << "graph"
                                     << "default" << 6 << qint64(17392) << qint64(1964) << qint64(33524) << 16;
    QTest::newRow("emotions v5 aot") << "guberti-arduino/v5_aot_emotions_spresense.tar" << 5 << "aot"
                                     << "default" << 28 << qint64(1317852) << qint64(9244) << qint64(225316) << -1;
    QTest::newRow("micro_speech v5 aot") << "guberti-arduino/v5_aot_micro_speech_host.tar" << 5 << "aot"
                                         << "default" << 6 << qint64(21312) << qint64(1964) << qint64(33524) << -1;
    QTest::newRow("micro_speech v5 graph") << "guberti-arduino/v5_graph_micro_speech_nrf5340.tar" << 5 << "graph"
                                           << "default" << 6 << qint64(17392) << qint64(1964) << qint64(33524) << 16;
    QTest::newRow("person v5 graph") << "guberti-arduino/v5_graph_person_detection_nrf5340.tar" << 5 << "graph"
                                     << "default" << 30 << qint64(228096) << qint64(9219) << qint64(427406) << 88;
    QTest::newRow("hannah v7 graph") << "hannah-m3-magic-wand/model.tar" << 7 << "graph"
                                     << "default" << 9 << qint64(28128) << qint64(1552) << qint64(17200) << 18;
    QTest::newRow("utoe v7 aot") << "utoe-riot-mnist/default.tar" << 7 << "aot"
                                 << "default" << 9 << qint64(5336) << qint64(11872) << qint64(48952) << -1;
}

void TestCorpus::opens()
{
    QFETCH(QString, file);
    QFETCH(int, version);
    QFETCH(QString, executor);
    QFETCH(QString, module);
    QFETCH(int, operators);
    QFETCH(qint64, workspace);
    QFETCH(qint64, io);
    QFETCH(qint64, constants);
    QFETCH(int, graphNodes);
    auto opened = MlfArchive::open(QDir(testsupport::corpusDir()).filePath(file));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    const MlfArchive &mlf = **opened;
    QCOMPARE(mlf.metadata().version, version);
    QCOMPARE(mlf.metadata().style, QStringLiteral("full-model"));
    QCOMPARE(mlf.modules().size(), 1);
    const MlfArchive::Module &m = mlf.modules().first();
    QCOMPARE(m.name, module);
    QCOMPARE(m.meta.executors, QStringList{executor});
    QCOMPARE(m.meta.operators.size(), operators);
    QCOMPARE(m.meta.workspaceBytes(), workspace);
    QCOMPARE(m.meta.ioBytes(), io);
    QCOMPARE(m.meta.constantsBytes(), constants);
    QCOMPARE(m.graph ? int(m.graph->nodes.size()) : -1, graphNodes);
    QVERIFY(m.params);
    if (executor == QLatin1String("graph")) {
        // The graph executor keeps the parameters as its constants.
        QCOMPARE(m.params->totalDataBytes(), constants);
        QCOMPARE(m.graph->operatorCount() >= operators, true);
    }
    const MemoryMap map = MemoryMap::compute(mlf, m);
    QCOMPARE(map.metadataWorkspaceBytes, workspace); // TVM's claim, kept beside the figure believed
    QVERIFY(map.ramKnown);
    QVERIFY(map.ramBytes > 0);
    // Every operator in the metadata has its C definition in the sources.
    for (const auto &op : m.meta.operators)
        QVERIFY2(mlf.links(m, op.functionName).cFunction, qPrintable(op.functionName));
}

void TestCorpus::codegenOnlyIsExplained_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minOperators");
    if (!QDir(testsupport::corpusDir()).exists())
        QSKIP("../shared/corpus is absent: the corpus tests need the shared folder beside the checkout");
    QTest::newRow("octoml kws") << "octoml-mlperftiny-kws/model-codegen-only.tar" << 5;
    QTest::newRow("nuvoton vww") << "nuvoton-m55m1-vww/codegen-only.tar" << 1;
}

void TestCorpus::codegenOnlyIsExplained()
{
    QFETCH(QString, file);
    QFETCH(int, minOperators);
    auto opened = MlfArchive::open(QDir(testsupport::corpusDir()).filePath(file));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    const MlfArchive &mlf = **opened;
    QVERIFY(!mlf.hasMetadata());
    QCOMPARE(mlf.layout(), MlfArchive::Layout::CodegenOnly);
    QVERIFY(mlf.warnings().join(QLatin1Char('\n')).contains(QLatin1String("no metadata.json")));
    QCOMPARE(mlf.modules().size(), 1);
    const auto &m = mlf.modules().first();
    QCOMPARE(m.name, QStringLiteral("default"));
    QVERIFY(m.header);
    QCOMPARE(m.header->runFunction, QStringLiteral("tvmgen_default_run"));
    QVERIFY(mlf.operators(m).size() >= minOperators);
}

void TestCorpus::restructuredIsRecognised()
{
    if (!QDir(testsupport::corpusDir()).exists())
        QSKIP("../shared/corpus is absent: the corpus tests need the shared folder beside the checkout");
    auto opened =
        MlfArchive::open(QDir(testsupport::corpusDir()).filePath(QStringLiteral("match-riscv-two-modules/restructured.tar")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    const MlfArchive &mlf = **opened;
    QCOMPARE(mlf.layout(), MlfArchive::Layout::Restructured);
    QStringList names;
    for (const auto &m : mlf.modules())
        names << m.name;
    names.sort();
    QCOMPARE(names, (QStringList{"cpuonly", "default"}));
    const auto *cpu = mlf.module(QStringLiteral("cpuonly"));
    QCOMPARE(cpu->meta.workspaceBytes(), 4816);
    QCOMPARE(cpu->sources.size(), 2);
    QVERIFY(cpu->header);
    QVERIFY(mlf.links(*cpu, QStringLiteral("tvmgen_cpuonly_fused_nn_conv2d_add_nn_relu")).cFunction);
    QVERIFY(mlf.warnings().join(QLatin1Char('\n')).contains(QLatin1String("taken apart by another tool")));
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
