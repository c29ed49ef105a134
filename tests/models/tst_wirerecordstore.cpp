#include "wirerecordstore.h"

#include <QTest>
#include <QThread>

#include <memory>

using mtvw::micro::WireRecord;

namespace {

QList<WireRecord> numbered(int from, int count)
{
    QList<WireRecord> out;
    for (int i = from; i < from + count; ++i) {
        WireRecord r;
        r.summary = QString::number(i);
        out.append(r);
    }
    return out;
}

} // namespace

// The Inspector's record store: rows in order across blocks, the oldest dropped a whole block at
// a time, and a snapshot that stays as it was while the store goes on, read on another thread.
class TestWireRecordStore : public QObject
{
    Q_OBJECT
private slots:
    void rowsAcrossBlocks();
    void dropsWholeBlocks();
    void snapshotStaysAsItWas();
};

void TestWireRecordStore::rowsAcrossBlocks()
{
    WireRecordStore store(7);
    QVERIFY(store.isEmpty());
    int next = 0;
    for (int n : {1, 6, 13, 0, 22}) { // batches that end inside, at and beyond block edges
        store.append(numbered(next, n));
        next += n;
        QCOMPARE(store.size(), next);
    }
    for (int row = 0; row < next; ++row)
        QCOMPARE(store.at(row).summary, QString::number(row));
}

void TestWireRecordStore::dropsWholeBlocks()
{
    WireRecordStore store(10);
    store.append(numbered(0, 35)); // three full blocks and 5 in the open one
    QCOMPARE(store.dropFront(0), 0);
    QCOMPARE(store.dropFront(1), 10); // one record asked: its whole block goes
    QCOMPARE(store.size(), 25);
    QCOMPARE(store.at(0).summary, QStringLiteral("10"));
    QCOMPARE(store.dropFront(20), 20);
    QCOMPARE(store.at(0).summary, QStringLiteral("30"));
    QCOMPARE(store.dropFront(3), 5); // more than the full blocks hold: all of it
    QVERIFY(store.isEmpty());
    store.append(numbered(100, 3));
    QCOMPARE(store.at(2).summary, QStringLiteral("102"));
}

void TestWireRecordStore::snapshotStaysAsItWas()
{
    WireRecordStore store(1000);
    store.append(numbered(0, 2500));
    const WireRecordStore::Snapshot snapshot = store.snapshot();
    QCOMPARE(snapshot.size(), 2500);
    // Read on another thread while this one appends and drops.
    QStringList seen;
    std::unique_ptr<QThread> reader(QThread::create([&snapshot, &seen] {
        for (qsizetype row = 0; row < snapshot.size(); ++row)
            seen << snapshot.at(row).summary;
    }));
    reader->start();
    for (int k = 0; k < 50; ++k) {
        store.append(numbered(2500 + k * 100, 100));
        if (k % 10 == 9)
            store.dropFront(1000);
    }
    QVERIFY(reader->wait(30000));
    QCOMPARE(seen.size(), 2500);
    for (int row = 0; row < 2500; ++row)
        QCOMPARE(seen.at(row), QString::number(row));
    QCOMPARE(store.size(), 7500 - 5000);
    QCOMPARE(store.at(0).summary, QStringLiteral("5000"));
}

QTEST_GUILESS_MAIN(TestWireRecordStore)
#include "tst_wirerecordstore.moc"
