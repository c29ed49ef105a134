#include "../wiretranscript.h"
#include "inspectorfilter.h"
#include "inspectormodel.h"
#include "liveconnection.h"
#include "micro/framer.h"
#include "micro/sessionmessage.h"
#include "transport/capturewriter.h"
#include "transport/transportsettings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mtvw::Direction;
using mtvw::micro::Framer;
using mtvw::micro::SessionMessage;
using mtvw::micro::WireRecord;

namespace {

using Frame = testsupport::TranscriptFrame;
using testsupport::framesOf;
using testsupport::wireBlocks;

LiveChunk chunk(Direction d, const QByteArray &bytes, qint64 us = 1000)
{
    return LiveChunk{d, us, bytes};
}

// Changes a filter and waits for its rows: the earlier messages are tried off the GUI thread.
template<typename Change>
bool applied(InspectorFilter &filter, Change change)
{
    QSignalSpy changed(&filter, &InspectorFilter::filterChanged);
    change();
    return !changed.isEmpty() || changed.wait(20000);
}

} // namespace

class TestInspectorModel : public QObject
{
    Q_OBJECT
private slots:
    void transcript_data();
    void transcript();
    void problemsColoured();
    void caps();
    void filterOffTheGuiThread();
    void replayCapture();
};

void TestInspectorModel::transcript_data()
{
    QTest::addColumn<int>("piece"); // 0: one chunk per block, n: chunks of n bytes
    QTest::addColumn<int>("batch"); // chunks per batch
    QTest::newRow("blocks, one batch each") << 0 << 1;
    QTest::newRow("7-byte chunks, batches of 5") << 7 << 5;
    QTest::newRow("bytes, batches of 40") << 1 << 40;
}

// The spec's 5.3 transcript, fed as a live connection would: one row per packet in order,
// each giving back its own bytes; the filters by layer, type and text; one insertion per
// batch; the model and the filter pass QAbstractItemModelTester throughout.
void TestInspectorModel::transcript()
{
    QFETCH(int, piece);
    QFETCH(int, batch);
    const auto blocks = wireBlocks();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    InspectorModel model;
    InspectorFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QList<Frame> frames;
    LiveChunks pending;
    int batches = 0;
    qint64 us = 1'700'000'000'000'000;
    for (const auto &b : blocks) {
        frames << framesOf(b);
        const Direction d = b.fromHost ? Direction::FromHost : Direction::FromDevice;
        for (qsizetype at = 0; at < b.bytes.size();) {
            const qsizetype n = piece ? std::min<qsizetype>(piece, b.bytes.size() - at) : b.bytes.size();
            pending << chunk(d, b.bytes.mid(at, n), us += 250);
            at += n;
            if (pending.size() == batch) {
                const int before = model.rowCount();
                model.addChunks(pending);
                batches += model.rowCount() > before;
                pending.clear();
            }
        }
    }
    if (!pending.isEmpty()) {
        const int before = model.rowCount();
        model.addChunks(pending);
        batches += model.rowCount() > before;
    }
    model.finish();
    QCOMPARE(inserted.size(), batches);
    QCOMPARE(model.rowCount(), frames.size());
    QVERIFY(frames.size() > 40);
    for (int row = 0; row < frames.size(); ++row) {
        const WireRecord &r = model.record(row);
        QCOMPARE(r.direction, frames[row].direction);
        bool available = false;
        QCOMPARE(model.rawBytes(row, &available).toHex(' '), frames[row].raw.toHex(' '));
        QVERIFY(available);
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QVERIFY(model.index(row, InspectorModel::SummaryColumn).data(Qt::BackgroundRole).isNull());
        QVERIFY(!model.index(row, InspectorModel::TimeColumn).data().toString().isEmpty());
    }
    QCOMPARE(model.index(0, InspectorModel::TimeColumn).data().toString(), QStringLiteral("0.000000"));
    QVERIFY(model.names().values().contains(QStringLiteral("runtime.SystemLib")));
    QVERIFY(model.types().contains(QStringLiteral("Log")));

    // Filters, against what the test knows of each frame.
    const auto count = [&frames](auto pred) { return int(std::count_if(frames.begin(), frames.end(), pred)); };
    QVERIFY(applied(filter, [&] { filter.setLayer(int(WireRecord::Layer::Rpc)); }));
    QCOMPARE(filter.rowCount(), count([](const Frame &f) { return f.type == SessionMessage::Normal; }));
    QVERIFY(applied(filter, [&] { filter.setLayer(int(WireRecord::Layer::Session)); }));
    QCOMPARE(filter.rowCount(), count([](const Frame &f) { return f.type != SessionMessage::Normal; }));
    QVERIFY(applied(filter, [&] { filter.setLayer(-1); }));
    QVERIFY(applied(filter, [&] { filter.setType(QStringLiteral("Log")); }));
    QCOMPARE(filter.rowCount(), count([](const Frame &f) { return f.type == SessionMessage::Log; }));
    QCOMPARE(filter.index(0, InspectorModel::DirectionColumn).data(InspectorModel::DirectionRole).toInt(),
             int(Direction::FromDevice));
    QVERIFY(applied(filter, [&] { filter.setType({}); }));
    QVERIFY(applied(filter, [&] { filter.setText(QStringLiteral("systemlib")); }));
    QVERIFY(filter.rowCount() > 0);
    QSet<int> accepted;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex i = filter.index(row, 0);
        QVERIFY(i.data(InspectorModel::SearchTextRole).toString().contains(QLatin1String("systemlib"), Qt::CaseInsensitive));
        accepted << filter.mapToSource(i).row();
    }
    for (int row = 0; row < frames.size(); ++row)
        if (frames[row].label.contains(QLatin1String("SystemLib")) &&
            frames[row].label.startsWith(QLatin1String("GetGlobalFunc")) && frames[row].direction == Direction::FromHost)
            QVERIFY2(accepted.contains(row), qPrintable(frames[row].label));
    QVERIFY(applied(filter, [&] { filter.setText({}); }));
    QVERIFY(applied(filter, [&] { filter.setProblemsOnly(true); }));
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(applied(filter, [&] { filter.setProblemsOnly(false); }));
    QCOMPARE(filter.rowCount(), model.rowCount());

    // A new connection starts over.
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(model.types().isEmpty());
}

// CRC errors and invalid escapes are coloured apart from sound messages, and the filter for
// problems finds exactly them.
void TestInspectorModel::problemsColoured()
{
    InspectorModel model;
    InspectorFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Framer framer;
    const QByteArray good = framer.frame(SessionMessage::encode(0, SessionMessage::Log, "hi"));
    QByteArray badCrc = framer.frame(SessionMessage::encode(0, SessionMessage::Log, "ho"));
    badCrc[badCrc.size() - 1] = char(badCrc.back() ^ 0x01);
    const QByteArray invalidEscape = QByteArray::fromHex("fffd01000000ff41");
    model.addChunks({chunk(Direction::FromDevice, good), chunk(Direction::FromDevice, badCrc),
                     chunk(Direction::FromDevice, invalidEscape),
                     chunk(Direction::FromDevice, framer.frame(SessionMessage::encode(0, 3, "ok")))});
    QCOMPARE(model.rowCount(), 4);
    const QList<int> bad{1, 2};
    for (int row = 0; row < 4; ++row) {
        const QVariant bg = model.index(row, InspectorModel::SummaryColumn).data(Qt::BackgroundRole);
        QCOMPARE(!bg.isNull(), bad.contains(row));
        QCOMPARE(!model.record(row).problem.isEmpty(), bad.contains(row));
    }
    QCOMPARE(model.rawBytes(1), badCrc);
    QCOMPARE(model.rawBytes(2), invalidEscape);
    QVERIFY(applied(filter, [&] { filter.setProblemsOnly(true); }));
    QCOMPARE(filter.rowCount(), bad.size());
}

// Records and bytes stay under their caps: the oldest rows go in blocks, the oldest bytes in
// chunks, and a row whose bytes went says so.
void TestInspectorModel::caps()
{
    InspectorModel model;
    model.setLimits(100, 4096);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Framer framer;
    const int logs = 250;
    QByteArray last;
    for (int k = 0; k < logs; k += 10) {
        LiveChunks batch;
        for (int j = 0; j < 10; ++j)
            batch << chunk(Direction::FromDevice,
                           last = framer.frame(SessionMessage::encode(0, SessionMessage::Log, QByteArray::number(k + j))));
        model.addChunks(batch);
        QVERIFY(model.rowCount() <= 100);
    }
    QCOMPARE(model.rowCount() + model.droppedRecords(), logs);
    QVERIFY(removed.size() > 0);
    QVERIFY(removed.size() < model.droppedRecords()); // in blocks, not one by one
    QCOMPARE(model.rawBytes(model.rowCount() - 1), last);
    QCOMPARE(model.record(model.rowCount() - 1).summary, QString::number(logs - 1));

    // Big messages push the oldest bytes out: the first of them has none left, the last has all.
    const QByteArray big = framer.frame(SessionMessage::encode(0, SessionMessage::Log, QByteArray(1000, 'x')));
    const int bigs = 12;
    for (int k = 0; k < bigs; ++k)
        model.addChunks({chunk(Direction::FromDevice, big)});
    QVERIFY(model.bytesKept(Direction::FromDevice) <= 4096 + 4096 / 64 + big.size());
    bool available = true;
    QVERIFY(model.rawBytes(model.rowCount() - bigs, &available).isEmpty());
    QVERIFY(!available);
    QCOMPARE(model.rawBytes(model.rowCount() - 1, &available), big);
    QVERIFY(available);
}

// A filter is tried on the earlier messages off the GUI thread: once set it has no rows yet and
// is searching; a filter changed mid-search gives only its own rows; messages arriving and old
// ones dropped meanwhile are accounted for. Checked against what the test computes itself.
void TestInspectorModel::filterOffTheGuiThread()
{
    InspectorModel model;
    model.setLimits(200000, 64 * 1024 * 1024); // the oldest go 10,000 at a time
    InspectorFilter filter;
    filter.setSourceModel(&model);
    Framer framer;
    int next = 0; // Log messages whose text is their number
    const auto feed = [&](int n) {
        QByteArray bytes;
        for (int i = 0; i < n; ++i, ++next)
            bytes += framer.frame(SessionMessage::encode(0, SessionMessage::Log, QByteArray::number(next)));
        model.addChunks({chunk(Direction::FromDevice, bytes)});
    };
    while (next < 200000)
        feed(10000);
    QCOMPARE(model.rowCount(), 200000);
    // The kept messages whose number holds the digits, in order.
    const auto expected = [&](const QString &digits) {
        QStringList out;
        for (qint64 n = model.droppedRecords(); n < next; ++n)
            if (QString::number(n).contains(digits))
                out << QString::number(n);
        return out;
    };
    const auto shown = [&] {
        QStringList out;
        for (int r = 0; r < filter.rowCount(); ++r)
            out << filter.index(r, InspectorModel::SummaryColumn).data().toString();
        return out;
    };
    // A Log message's summary is its text and it has no other fields, so the digits decide.
    for (int row : {0, 12345, 199999}) {
        QCOMPARE(model.record(row).summary, QString::number(row));
        QVERIFY(model.record(row).details.isEmpty() && model.record(row).problem.isEmpty());
    }

    QSignalSpy changed(&filter, &InspectorFilter::filterChanged);
    filter.setText(QStringLiteral("999"));
    QVERIFY(filter.isSearching());
    QCOMPARE(filter.rowCount(), 0);       // nothing was tried on the GUI thread
    filter.setText(QStringLiteral("77")); // mid-search: the first search's rows never come
    QVERIFY(filter.isSearching());
    feed(30000); // arriving meanwhile; the cap drops the oldest 30,000
    QCOMPARE(model.droppedRecords(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!filter.isSearching());
    QCOMPARE(shown(), expected(QStringLiteral("77")));
    // After the search, arriving messages are tried as they come.
    feed(5000);
    QCOMPARE(shown(), expected(QStringLiteral("77")));
    for (int r = 0; r < filter.rowCount(); r += 97) {
        const QModelIndex source = filter.mapToSource(filter.index(r, 0));
        QCOMPARE(model.record(source.row()).summary, shown().at(r));
        QCOMPARE(filter.mapFromSource(source).row(), r);
    }
    // No filter: every row at once.
    changed.clear();
    filter.setText({});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(filter.rowCount(), model.rowCount());
    QCOMPARE(filter.index(0, InspectorModel::SummaryColumn).data().toString(), QString::number(model.droppedRecords()));
}

// A capture replayed into the model through the live connection (LiveConnection::open with a
// replay): every packet the device sent is a row, counted from the transcript; a second replay
// starts over instead of adding to the first.
void TestInspectorModel::replayCapture()
{
    const auto blocks = wireBlocks();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.pcapng"));
    int deviceFrames = 0, hostFrames = 0;
    {
        mtvw::transport::CaptureWriter writer;
        QVERIFY(writer.open(path).ok());
        QVERIFY(writer.addInterface(QStringLiteral("test transcript")).ok());
        qint64 us = 1'700'000'000'000'000;
        for (const auto &b : blocks) {
            QVERIFY(writer.write(0, b.fromHost ? Direction::FromHost : Direction::FromDevice, us += 1000, b.bytes).ok());
            (b.fromHost ? hostFrames : deviceFrames) += int(framesOf(b).size());
        }
        writer.close();
    }
    LiveConnection connection;
    InspectorModel model;
    model.setConnection(&connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int round = 0; round < 2; ++round) {
        QSignalSpy done(&connection, &LiveConnection::disconnected);
        mtvw::transport::TransportSettings s;
        s.kind = mtvw::transport::TransportSettings::Kind::Replay;
        s.file = path;
        s.realtime = false;
        connection.open(s);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        int device = 0, host = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const WireRecord &r = model.record(row);
            (r.direction == Direction::FromHost ? host : device) += 1;
            // Without the host's side the session layer has things to say; the framing never.
            QVERIFY2(r.layer != WireRecord::Layer::Framing || r.problem.isEmpty(), qPrintable(r.problem));
            QVERIFY(model.rawBytes(row).startsWith("\xff\xfd"));
        }
        QCOMPARE(device, deviceFrames);
        // A replay gives what the device sent; what the host wrote, if it passes it on, too.
        QVERIFY2(host == 0 || host == hostFrames, qPrintable(QString::number(host)));
    }
}

QTEST_MAIN(TestInspectorModel)
#include "tst_inspectormodel.moc"
