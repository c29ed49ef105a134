#include "../testsupport.h"
#include "mlf/mlfarchive.h"
#include "paramsmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mtvw::mlf;

class TestParamsModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreTheTensors_data();
    void rowsAreTheTensors();
    void sortsByBytes();
};

void TestParamsModel::rowsAreTheTensors_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph fixture") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("two modules") << testsupport::fixture(QStringLiteral("v7_two_modules.tar"));
    QTest::newRow("big params") << testsupport::fixture(QStringLiteral("v7_bigparams.tar"));
}

void TestParamsModel::rowsAreTheTensors()
{
    QFETCH(QString, file);
    auto mlf = MlfArchive::open(file);
    QVERIFY2(mlf.ok(), qPrintable(mlf.ok() ? QString() : mlf.error().message()));
    ParamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int checked = 0;
    for (const MlfArchive::Module &m : (*mlf)->modules()) {
        if (!m.params)
            continue;
        model.setParams(*m.params);
        QCOMPARE(model.rowCount(), m.params->tensors.size());
        QCOMPARE(model.columnCount(), int(ParamsModel::ColumnCount));
        QCOMPARE(model.totalBytes(), m.params->totalDataBytes());
        double shares = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const ParamsFile::Tensor &t = m.params->tensors[r];
            auto cell = [&](int column, int role = Qt::DisplayRole) { return model.data(model.index(r, column), role); };
            QCOMPARE(cell(ParamsModel::NameColumn).toString(), t.name);
            QCOMPARE(cell(ParamsModel::DTypeColumn).toString(), t.dtype.name());
            QCOMPARE(cell(ParamsModel::ShapeColumn).toString(), t.shapeText());
            QCOMPARE(cell(ParamsModel::BytesColumn, ParamsModel::SortRole).toLongLong(), t.dataBytes);
            QCOMPARE(cell(ParamsModel::ShapeColumn, ParamsModel::SortRole).toLongLong(), t.elements);
            QCOMPARE(cell(ParamsModel::NameColumn, ParamsModel::TensorIndexRole).toInt(), r);
            QCOMPARE(model.tensor(r)->name, t.name);
            shares += cell(ParamsModel::ShareColumn, ParamsModel::SortRole).toDouble();
        }
        QVERIFY(qAbs(shares - 1.0) < 1e-9);
        ++checked;
    }
    QVERIFY(checked > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.tensor(0));
}

void TestParamsModel::sortsByBytes()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    ParamsModel model;
    model.setParams(*(*mlf)->modules().first().params);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ParamsModel::SortRole);
    proxy.sort(ParamsModel::BytesColumn, Qt::DescendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, ParamsModel::BytesColumn).data(ParamsModel::SortRole).toLongLong() >=
                proxy.index(r, ParamsModel::BytesColumn).data(ParamsModel::SortRole).toLongLong());
    QCOMPARE(proxy.index(0, ParamsModel::BytesColumn).data(ParamsModel::SortRole).toLongLong(),
             (*mlf)->modules().first().params->tensors.first().dataBytes); // p3, 256 bytes, is the largest
}

QTEST_GUILESS_MAIN(TestParamsModel)
#include "tst_paramsmodel.moc"
