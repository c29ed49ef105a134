#include "../testsupport.h"
#include "archivesearch.h"
#include "mlf/mlfarchive.h"
#include "searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestArchiveSearch : public QObject
{
    Q_OBJECT
private slots:
    void hitsPointAtTheRightLines();
    void caseFolding();
    void asyncSearchFillsTheModel();
};

void TestArchiveSearch::hitsPointAtTheRightLines()
{
    auto mlf = mtvw::mlf::MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(mlf.ok());
    const std::atomic<bool> cancel(false);
    const auto outcome = ArchiveSearch::run(*mlf.value(), QStringLiteral("tvmgen_default_run"), true, cancel);
    QVERIFY(!outcome.hits.isEmpty());
    QVERIFY(!outcome.truncated);
    QStringList entries;
    for (const auto &hit : outcome.hits) {
        // The reported line really holds the text, at the reported column.
        const QList<QByteArray> lines = mlf.value()->read(hit.entry).value().split('\n');
        QVERIFY(hit.line >= 1 && hit.line <= lines.size());
        const QByteArray line = lines[hit.line - 1];
        QCOMPARE(line.mid(hit.column - 1, 18), QByteArray("tvmgen_default_run"));
        entries << hit.entry;
    }
    QVERIFY(entries.contains(QStringLiteral("codegen/host/include/tvmgen_default.h")));
    // The binary params file is not searched.
    QVERIFY(!entries.contains(QStringLiteral("parameters/default.params")));
}

void TestArchiveSearch::caseFolding()
{
    auto mlf = mtvw::mlf::MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(mlf.ok());
    const std::atomic<bool> cancel(false);
    const auto exact = ArchiveSearch::run(*mlf.value(), QStringLiteral("TVMGEN_DEFAULT_RUN"), true, cancel);
    const auto folded = ArchiveSearch::run(*mlf.value(), QStringLiteral("TVMGEN_DEFAULT_RUN"), false, cancel);
    const auto lower = ArchiveSearch::run(*mlf.value(), QStringLiteral("tvmgen_default_run"), true, cancel);
    QVERIFY(folded.hits.size() >= lower.hits.size());
    QVERIFY(folded.hits.size() > exact.hits.size());
}

void TestArchiveSearch::asyncSearchFillsTheModel()
{
    auto mlf = mtvw::mlf::MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(mlf.ok());
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive = mlf.value();
    ArchiveSearch search;
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&search, &ArchiveSearch::finished, &model, [&model](const ArchiveSearch::Outcome &o) { model.setHits(o.hits); });
    QSignalSpy done(&search, &ArchiveSearch::finished);
    search.start(archive, QStringLiteral("float32"), true);
    QVERIFY(done.wait(10000));
    QVERIFY(model.rowCount() > 0);
    const QModelIndex first = model.index(0, SearchResultsModel::TextColumn);
    QVERIFY(first.data().toString().contains(QLatin1String("float32")));
    QVERIFY(model.index(0, 0).data(SearchResultsModel::LineRole).toInt() >= 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestArchiveSearch)
#include "tst_archivesearch.moc"
