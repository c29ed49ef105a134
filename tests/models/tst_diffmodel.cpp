#include "../testsupport.h"
#include "diffmodel.h"
#include "mlf/archivediff.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mtvw::mlf;

namespace {

std::shared_ptr<MlfArchive> openArchive(const QString &file)
{
    auto archive = MlfArchive::open(file);
    return archive.ok() ? archive.value() : nullptr;
}

} // namespace

class TestDiffModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsMatchEngine_data();
    void rowsMatchEngine();
    void selfDiffIsZero_data();
    void selfDiffIsZero();
    void sortsNumerically();
    void deltaColours();
    void clear();
};

void TestDiffModel::rowsMatchEngine_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("graph vs aot") << QStringLiteral("v7_graph.tar") << QStringLiteral("v7_aot.tar");
    QTest::newRow("aot vs big params") << QStringLiteral("v7_aot.tar") << QStringLiteral("v7_bigparams.tar");
    QTest::newRow("one vs two modules") << QStringLiteral("v6_graph.tar") << QStringLiteral("v7_two_modules.tar");
}

void TestDiffModel::rowsMatchEngine()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const auto archiveA = openArchive(testsupport::fixture(a));
    const auto archiveB = openArchive(testsupport::fixture(b));
    QVERIFY(archiveA && archiveB);
    const ArchiveDiff diff = ArchiveDiff::compute(*archiveA, *archiveB);
    QVERIFY(!diff.modules.isEmpty());

    DiffModel functions(DiffModel::Mode::Functions);
    DiffModel params(DiffModel::Mode::Params);
    QAbstractItemModelTester t1(&functions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&params, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int changed = 0;
    for (const ArchiveDiff::ModuleDiff &m : diff.modules) {
        functions.setModuleDiff(m);
        params.setModuleDiff(m);
        QCOMPARE(functions.rowCount(), m.functions.size());
        QCOMPARE(params.rowCount(), m.params.size());
        QCOMPARE(functions.columnCount(), int(DiffModel::FunctionColumnCount));
        QCOMPARE(params.columnCount(), int(DiffModel::ParamColumnCount));
        qint64 wsDelta = 0, codeDelta = 0, paramsDelta = 0;
        for (int r = 0; r < functions.rowCount(); ++r) {
            const ArchiveDiff::FunctionRow &f = m.functions.at(r);
            auto value = [&](int column) { return functions.index(r, column).data(DiffModel::SortRole).toLongLong(); };
            QCOMPARE(functions.index(r, DiffModel::NameColumn).data().toString(), f.name);
            QCOMPARE(value(DiffModel::WorkspaceAColumn), f.workspaceA);
            QCOMPARE(value(DiffModel::WorkspaceBColumn), f.workspaceB);
            QCOMPARE(value(DiffModel::WorkspaceDeltaColumn), f.workspaceDelta());
            QCOMPARE(value(DiffModel::CodeAColumn), f.codeA);
            QCOMPARE(value(DiffModel::CodeBColumn), f.codeB);
            QCOMPARE(value(DiffModel::CodeDeltaColumn), f.codeDelta());
            QCOMPARE(functions.index(r, 0).data(DiffModel::ChangeRole).toInt(), int(f.change));
            if (r > 0) // largest change first
                QVERIFY(functions.index(r - 1, 0).data(DiffModel::AbsDeltaRole).toLongLong() >=
                        functions.index(r, 0).data(DiffModel::AbsDeltaRole).toLongLong());
            wsDelta += f.workspaceDelta();
            codeDelta += f.codeDelta();
            changed += f.change != ArchiveDiff::Change::Same;
        }
        for (int r = 0; r < params.rowCount(); ++r) {
            const ArchiveDiff::ParamRow &p = m.params.at(r);
            QCOMPARE(params.index(r, DiffModel::ParamNameColumn).data().toString(), p.name);
            QCOMPARE(params.index(r, DiffModel::BytesAColumn).data(DiffModel::SortRole).toLongLong(), p.bytesA);
            QCOMPARE(params.index(r, DiffModel::BytesBColumn).data(DiffModel::SortRole).toLongLong(), p.bytesB);
            QCOMPARE(params.index(r, DiffModel::BytesDeltaColumn).data(DiffModel::SortRole).toLongLong(), p.delta());
            if (r > 0)
                QVERIFY(std::abs(m.params.at(r - 1).delta()) >= std::abs(p.delta()));
            if (!p.shapeA.isEmpty() && !p.shapeB.isEmpty() && p.shapeA != p.shapeB) {
                const QString shape = params.index(r, DiffModel::ShapeColumn).data().toString();
                QVERIFY2(shape.contains(p.shapeA) && shape.contains(p.shapeB) && shape.contains(QStringLiteral("→")),
                         qPrintable(shape));
            }
            paramsDelta += p.delta();
            changed += p.change != ArchiveDiff::Change::Same;
        }
        QCOMPARE(functions.total(DiffModel::WorkspaceDeltaColumn), wsDelta);
        QCOMPARE(functions.total(DiffModel::CodeDeltaColumn), codeDelta);
        QCOMPARE(params.total(DiffModel::BytesDeltaColumn), paramsDelta);
        QCOMPARE(params.total(DiffModel::BytesBColumn) - params.total(DiffModel::BytesAColumn), paramsDelta);
    }
    QVERIFY(changed > 0); // the fixtures differ
}

void TestDiffModel::selfDiffIsZero_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("two modules") << testsupport::fixture(QStringLiteral("v7_two_modules.tar"));
}

void TestDiffModel::selfDiffIsZero()
{
    QFETCH(QString, file);
    const auto archive = openArchive(file);
    QVERIFY(archive);
    const ArchiveDiff diff = ArchiveDiff::compute(*archive, *archive);
    DiffModel functions(DiffModel::Mode::Functions);
    DiffModel params(DiffModel::Mode::Params);
    QAbstractItemModelTester t1(&functions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&params, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const ArchiveDiff::ModuleDiff &m : diff.modules) {
        functions.setModuleDiff(m);
        params.setModuleDiff(m);
        QVERIFY(functions.rowCount() > 0);
        for (int r = 0; r < functions.rowCount(); ++r) {
            QCOMPARE(functions.index(r, 0).data(DiffModel::AbsDeltaRole).toLongLong(), 0);
            QCOMPARE(functions.index(r, DiffModel::WorkspaceDeltaColumn).data().toString(), QStringLiteral("0"));
            QCOMPARE(functions.index(r, 0).data(DiffModel::ChangeRole).toInt(), int(ArchiveDiff::Change::Same));
        }
        for (int r = 0; r < params.rowCount(); ++r) {
            QCOMPARE(params.index(r, DiffModel::BytesDeltaColumn).data(DiffModel::SortRole).toLongLong(), 0);
            QCOMPARE(params.index(r, 0).data(DiffModel::ChangeRole).toInt(), int(ArchiveDiff::Change::Same));
        }
        QCOMPARE(functions.total(DiffModel::CodeDeltaColumn), 0);
        QCOMPARE(functions.total(DiffModel::CodeAColumn), functions.total(DiffModel::CodeBColumn));
        QCOMPARE(params.total(DiffModel::BytesDeltaColumn), 0);
    }
}

void TestDiffModel::sortsNumerically()
{
    const auto a = openArchive(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    const auto b = openArchive(testsupport::fixture(QStringLiteral("v7_bigparams.tar")));
    QVERIFY(a && b);
    DiffModel params(DiffModel::Mode::Params);
    params.setModuleDiff(ArchiveDiff::compute(*a, *b).modules.first());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&params);
    proxy.setSortRole(DiffModel::SortRole);
    proxy.sort(DiffModel::BytesBColumn, Qt::AscendingOrder);
    QVERIFY(proxy.rowCount() > 2);
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, DiffModel::BytesBColumn).data(DiffModel::SortRole).toLongLong() <=
                proxy.index(r, DiffModel::BytesBColumn).data(DiffModel::SortRole).toLongLong());
}

void TestDiffModel::deltaColours()
{
    // Growth and shrinkage differ in colour, on a light and on a dark palette alike.
    for (const QColor &base : {QColor(Qt::white), QColor(0x20, 0x20, 0x20)}) {
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        const QColor grow = DiffModel::deltaColor(100, palette), shrink = DiffModel::deltaColor(-100, palette);
        QVERIFY(grow != shrink);
        QVERIFY(grow.red() > grow.green());
        QVERIFY(shrink.green() > shrink.red());
        // Readable: clearly lighter or darker than the base.
        QVERIFY(std::abs(grow.lightness() - base.lightness()) > 60);
        QVERIFY(std::abs(shrink.lightness() - base.lightness()) > 60);
    }
    const auto a = openArchive(testsupport::fixture(QStringLiteral("v7_aot.tar")));
    const auto b = openArchive(testsupport::fixture(QStringLiteral("v7_bigparams.tar")));
    QVERIFY(a && b);
    DiffModel params(DiffModel::Mode::Params);
    params.setModuleDiff(ArchiveDiff::compute(*a, *b).modules.first());
    QVERIFY(params.index(0, DiffModel::BytesDeltaColumn).data(DiffModel::SortRole).toLongLong() > 0);
    QCOMPARE(params.index(0, DiffModel::BytesDeltaColumn).data(Qt::ForegroundRole).value<QColor>(),
             DiffModel::deltaColor(1, QGuiApplication::palette()));
    QVERIFY(params.index(0, DiffModel::BytesDeltaColumn).data().toString().startsWith(QLatin1Char('+')));
}

void TestDiffModel::clear()
{
    const auto a = openArchive(testsupport::exampleArchive());
    QVERIFY(a);
    DiffModel functions(DiffModel::Mode::Functions);
    QAbstractItemModelTester tester(&functions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    functions.setModuleDiff(ArchiveDiff::compute(*a, *a).modules.first());
    QVERIFY(functions.rowCount() > 0);
    functions.clear();
    QCOMPARE(functions.rowCount(), 0);
    QCOMPARE(functions.total(DiffModel::CodeAColumn), 0);
}

QTEST_MAIN(TestDiffModel)
#include "tst_diffmodel.moc"
