#include "../testsupport.h"
#include "archivetreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mtvw::mlf;

class TestArchiveTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void treeMatchesEntries_data();
    void treeMatchesEntries();
};

void TestArchiveTreeModel::treeMatchesEntries_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("nested") << testsupport::fixture(QStringLiteral("v7_nested.tar"));
    QTest::newRow("two modules") << testsupport::fixture(QStringLiteral("v7_two_modules.tar"));
}

void TestArchiveTreeModel::treeMatchesEntries()
{
    QFETCH(QString, file);
    auto archive = Archive::open(file);
    QVERIFY(archive.ok());
    ArchiveTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArchive(archive.value());
    QVERIFY(model.rowCount() > 0);
    // Every entry is a leaf reachable by its path, with its size; leaves count = entries.
    int leaves = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (model.data(i, ArchiveTreeModel::IsFolderRole).toBool())
                walk(i);
            else
                ++leaves;
        }
    };
    walk({});
    QCOMPARE(leaves, (*archive)->entries().size());
    for (const ArchiveEntry &e : (*archive)->entries()) {
        const QModelIndex i = model.indexForPath(e.path);
        QVERIFY2(i.isValid(), qPrintable(e.path));
        QCOMPARE(model.data(i, ArchiveTreeModel::PathRole).toString(), e.path);
        QVERIFY(!model.data(i, ArchiveTreeModel::IsFolderRole).toBool());
    }
    model.setArchive({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestArchiveTreeModel)
#include "tst_archivetreemodel.moc"
