#include "../testsupport.h"
#include "mlf/mlfarchive.h"
#include "paramscontroller.h"
#include "paramsmodel.h"
#include "paramspane.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace mtvw::mlf;

class TestParamsPane : public QObject
{
    Q_OBJECT
private slots:
    void showsTensorsAndStats_data();
    void showsTensorsAndStats();
    void filterAndModules();
    void noParamsMessage_data();
    void noParamsMessage();
};

void TestParamsPane::showsTensorsAndStats_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph fixture") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("person detection") << testsupport::corpusDir() +
                                             QStringLiteral("/guberti-arduino/v5_graph_person_detection_nrf5340.tar");
}

void TestParamsPane::showsTensorsAndStats()
{
    QFETCH(QString, file);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(testsupport::absent(file)));
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    ParamsPane pane;
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setArchive(mlf.value());
    ParamsController *c = pane.controller();
    const ParamsFile *params = c->params();
    QVERIFY(params);
    QVERIFY(!pane.isShowingMessage());
    QCOMPARE(pane.proxy()->rowCount(), params->tensors.size());

    // The largest tensor is selected and its figures appear.
    qint64 largest = 0;
    for (const ParamsFile::Tensor &t : params->tensors)
        largest = std::max(largest, t.dataBytes);
    QVERIFY(c->selectedTensor() >= 0);
    QCOMPARE(params->tensors[c->selectedTensor()].dataBytes, largest);
    QTRY_VERIFY(c->stats());
    const TensorStats *s = c->stats();
    const QString text = pane.statsText();
    QVERIFY2(text.contains(QStringLiteral("Elements: %1").arg(QLocale().toString(s->count))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Zeros: %1").arg(QLocale().toString(s->zeros))), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Min: ")) && text.contains(QStringLiteral("Std dev: ")));
    QCOMPARE(pane.chart()->series().size(), 1);

    // Selecting another row computes that tensor.
    pane.table()->setCurrentIndex(pane.proxy()->index(pane.proxy()->rowCount() - 1, 0));
    const int tensor = pane.proxy()->mapToSource(pane.table()->currentIndex()).row();
    QCOMPARE(c->selectedTensor(), tensor);
    QTRY_VERIFY(c->stats());
    QCOMPARE(c->stats()->count, params->tensors[tensor].elements);

    // The log scale redraws the histogram.
    auto *log = pane.findChild<QCheckBox *>();
    QVERIFY(log);
    log->setChecked(true);
    QCOMPARE(pane.chart()->series().size(), 1);
}

void TestParamsPane::filterAndModules()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_two_modules.tar")));
    QVERIFY(mlf.ok());
    ParamsPane pane;
    pane.setArchive(mlf.value());
    auto *combo = pane.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), (*mlf)->modules().size());
    QVERIFY(combo->isEnabled());
    auto *filter = pane.findChild<QLineEdit *>();
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("P3"));
    QCOMPARE(pane.proxy()->rowCount(), 1);
    QCOMPARE(pane.proxy()->index(0, ParamsModel::NameColumn).data().toString(), QStringLiteral("p3"));
    filter->clear();
    const QString second = (*mlf)->modules().at(1).name;
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(pane.controller()->module(), second);
    QCOMPARE(pane.proxy()->rowCount(), (*mlf)->module(second)->params->tensors.size());
}

void TestParamsPane::noParamsMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("link-params") << testsupport::fixture(QStringLiteral("v7_noparams.tar")) << QStringLiteral("holds no tensors");
    QTest::newRow("codegen-only") << testsupport::corpusDir() + QStringLiteral("/nuvoton-m55m1-vww/codegen-only.tar")
                                  << QStringLiteral("This archive has no parameters file");
}

void TestParamsPane::noParamsMessage()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(testsupport::absent(file)));
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    ParamsPane pane;
    pane.setArchive(mlf.value());
    QVERIFY(pane.isShowingMessage());
    QVERIFY2(pane.messageText().contains(expected), qPrintable(pane.messageText()));
    pane.setArchive(nullptr);
    QVERIFY(pane.isShowingMessage());
    QCOMPARE(pane.proxy()->rowCount(), 0);
}

QTEST_MAIN(TestParamsPane)
#include "tst_paramspane.moc"
