#include "../socatpair.h"
#include "../wiretranscript.h"
#include "hexview.h"
#include "inspectorfilter.h"
#include "inspectormodel.h"
#include "inspectorpane.h"
#include "liveconnection.h"
#include "micro/sessionmessage.h"
#include "transport/capturewriter.h"
#include "transport/transportsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using mtvw::Direction;
using mtvw::micro::SessionMessage;
using mtvw::micro::WireRecord;

namespace {

const QString kPeer = QStringLiteral(MTVW_SOURCE_DIR "/tests/data/crtpeer.py");

using Frame = testsupport::TranscriptFrame;
using testsupport::framesOf;
using testsupport::wireBlocks;

int rowsFrom(const InspectorModel &m, Direction d)
{
    int n = 0;
    for (int r = 0; r < m.rowCount(); ++r)
        n += m.record(r).direction == d;
    return n;
}

void leaves(QTreeWidgetItem *item, QList<QTreeWidgetItem *> &out)
{
    if (item->childCount() == 0)
        out << item;
    for (int i = 0; i < item->childCount(); ++i)
        leaves(item->child(i), out);
}

qint64 beginOf(const QTreeWidgetItem *item)
{
    return item->data(0, Qt::UserRole + 1).toLongLong();
}

qint64 endOf(const QTreeWidgetItem *item)
{
    return item->data(0, Qt::UserRole + 2).toLongLong();
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &label)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(label, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? nullptr : found.first();
}

// Clicks the message at a row of the list, as the user would.
void clickRow(InspectorPane &pane, int row)
{
    const QModelIndex index = pane.filter()->index(row, InspectorModel::SummaryColumn);
    pane.table()->scrollTo(index);
    QTest::mouseClick(pane.table()->viewport(), Qt::LeftButton, {}, pane.table()->visualRect(index).center());
    QCOMPARE(pane.table()->currentIndex().row(), row);
}

// The selected message's tree and bytes, linked both ways: choosing a field highlights exactly
// its bytes; clicking a byte chooses a field holding it with no child holding it.
void checkLinked(InspectorPane &pane)
{
    QTreeWidget *tree = pane.tree();
    HexView *hex = pane.hexView();
    const QByteArray raw = hex->bytes();
    QVERIFY(!raw.isEmpty());
    QVERIFY(tree->topLevelItemCount() > 0);
    QList<QTreeWidgetItem *> all;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        leaves(tree->topLevelItem(i), all);
    int withBytes = 0;
    for (QTreeWidgetItem *leaf : std::as_const(all)) {
        tree->setCurrentItem(leaf);
        QCOMPARE(hex->highlightBegin(), beginOf(leaf));
        QCOMPARE(hex->highlightEnd(), endOf(leaf));
        if (endOf(leaf) > beginOf(leaf)) {
            ++withBytes;
            QVERIFY(hex->viewport()->rect().intersects(hex->byteRect(beginOf(leaf)))); // scrolled into view
        }
    }
    QVERIFY(withBytes > 3);
    for (qint64 offset = 0; offset < raw.size(); offset += 3) {
        hex->setHighlight(offset, offset + 1); // into view
        const QRect cell = hex->byteRect(offset);
        QVERIFY(hex->viewport()->rect().contains(cell.center()));
        QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, cell.center());
        QTreeWidgetItem *item = tree->currentItem();
        QVERIFY2(item, qPrintable(QString::number(offset)));
        QVERIFY(beginOf(item) <= offset && offset < endOf(item));
        for (int c = 0; c < item->childCount(); ++c)
            QVERIFY(!(beginOf(item->child(c)) <= offset && offset < endOf(item->child(c))));
        QCOMPARE(hex->highlightBegin(), beginOf(item));
        QCOMPARE(hex->highlightEnd(), endOf(item));
    }
}

} // namespace

class TestInspectorPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hexView();
    void liveTranscriptThroughAPty();
    void replayOfACapture();

private:
    QTemporaryDir m_dir;
};

void TestInspectorPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the connection's own captures go to a test folder
    QVERIFY(m_dir.isValid());
}

// The hex view alone: a click on a byte's hex or ASCII cell names it; a highlight far down
// scrolls into view.
void TestInspectorPane::hexView()
{
    HexView view;
    view.resize(640, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QByteArray bytes;
    for (int i = 0; i < 100000; ++i)
        bytes.append(char(i * 7));
    view.setBytes(bytes);
    QSignalSpy clicked(&view, &HexView::byteClicked);
    for (qint64 offset : {0, 1, 7, 8, 15, 16, 33}) {
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.byteRect(offset).center());
        QCOMPARE(clicked.last().first().toLongLong(), offset);
        QCOMPARE(view.offsetAt(view.byteRect(offset).center()), offset);
    }
    QCOMPARE(view.bytesPerRow(), view.width() >= view.sizeHint().width() ? HexView::kWideRow : HexView::kNarrowRow);
    view.setHighlight(90000, 90004);
    QVERIFY(view.viewport()->rect().contains(view.byteRect(90000).center()));
    QVERIFY(view.viewport()->rect().contains(view.byteRect(90003).center()));
    QCOMPARE(view.highlightBegin(), 90000);
    // Wide enough for sixteen bytes a row, and too narrow for them: eight a row, whole, the
    // highlight still in view and every click still naming its byte.
    for (const int width : {view.sizeHint().width(), view.minimumSizeHint().width()}) {
        view.resize(width, 200);
        const int perRow = width == view.sizeHint().width() ? HexView::kWideRow : HexView::kNarrowRow;
        QTRY_COMPARE(view.bytesPerRow(), perRow);
        QTRY_COMPARE(view.width(), width);
        QVERIFY(view.viewport()->rect().contains(view.byteRect(90000).center()));
        QVERIFY(view.viewport()->rect().contains(view.byteRect(90003).center()));
        QCOMPARE(view.byteRect(90000 + perRow).top(), view.byteRect(90000).top() + view.byteRect(90000).height());
        // Whole rows, hex and ASCII: nothing to scroll sideways.
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        const qint64 rowEnd = 90000 / perRow * perRow + perRow - 1;
        QVERIFY(view.viewport()->rect().contains(view.byteRect(rowEnd).center()));
        for (qint64 offset : {qint64(90000), qint64(90001), qint64(90007), rowEnd}) {
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.byteRect(offset).center());
            QCOMPARE(clicked.last().first().toLongLong(), offset);
            QCOMPARE(view.offsetAt(view.byteRect(offset).center()), offset);
        }
    }
    view.setHighlight(-5, 1 << 30); // clamped
    QCOMPARE(view.highlightBegin(), 0);
    QCOMPARE(view.highlightEnd(), bytes.size());
    view.setBytes({});
    view.setMessage(QStringLiteral("nothing"));
    QCOMPARE(view.offsetAt(QPoint(10, 10)), -1);
}

// The spec's 5.3 transcript over a real pseudo-terminal: a Python device (tests/data/crtpeer.py
// --transcript) sends the device blocks and checks the host's; the test writes each host block
// once the device packets before it are in the pane. Every packet is a row with its own bytes;
// the filters by layer, type and text; the tree and the bytes of a request linked both ways.
void TestInspectorPane::liveTranscriptThroughAPty()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QFAIL("socat is missing: ./dev.sh setup installs it (packages.txt)");
    const auto blocks = wireBlocks();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    const QString port = m_dir.filePath(QStringLiteral("board")), peerEnd = m_dir.filePath(QStringLiteral("peer"));
    testsupport::SocatPair socat(port, peerEnd);
    QVERIFY(socat.ok());
    LiveConnection connection;
    InspectorPane pane(&connection);
    pane.resize(1366, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    mtvw::transport::TransportSettings s;
    s.port = port;
    connection.open(s);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 10000);
    QProcess peer;
    peer.start(QStringLiteral("python3"),
               {kPeer, QStringLiteral("--pty"), peerEnd, QStringLiteral("--transcript"), testsupport::specFile()});
    QVERIFY(peer.waitForStarted());

    QList<Frame> frames;
    int deviceFrames = 0;
    for (const auto &b : blocks) {
        if (b.fromHost) {
            QTRY_COMPARE_WITH_TIMEOUT(rowsFrom(*pane.model(), Direction::FromDevice), deviceFrames, 10000);
            connection.write(b.bytes);
        } else {
            deviceFrames += int(framesOf(b).size());
        }
        frames << framesOf(b);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), frames.size(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QProcess::NotRunning, 10000);
    QCOMPARE(peer.exitCode(), 0); // the device saw every host block byte for byte
    InspectorModel *model = pane.model();
    for (int row = 0; row < frames.size(); ++row) {
        QCOMPARE(model->record(row).direction, frames[row].direction);
        QCOMPARE(model->rawBytes(row).toHex(' '), frames[row].raw.toHex(' '));
        QVERIFY2(model->record(row).problem.isEmpty(), qPrintable(model->record(row).problem));
    }
    QVERIFY(pane.statusLabel()->text().contains(QString::number(frames.size())));
    // Follow kept the newest in view.
    QTRY_COMPARE(pane.table()->verticalScrollBar()->value(), pane.table()->verticalScrollBar()->maximum());

    // Filters through the pane's own controls, against what the test knows of each packet.
    const auto count = [&frames](auto pred) { return int(std::count_if(frames.begin(), frames.end(), pred)); };
    pane.layerBox()->setCurrentIndex(pane.layerBox()->findData(int(WireRecord::Layer::Rpc)));
    QTRY_COMPARE(pane.filter()->rowCount(), count([](const Frame &f) { return f.type == SessionMessage::Normal; }));
    pane.layerBox()->setCurrentIndex(0);
    const int log = pane.typeBox()->findData(QStringLiteral("Log"));
    QVERIFY(log > 0);
    pane.typeBox()->setCurrentIndex(log);
    QTRY_COMPARE(pane.filter()->rowCount(), count([](const Frame &f) { return f.type == SessionMessage::Log; }));
    QCOMPARE(pane.filter()->index(0, InspectorModel::DirectionColumn).data(InspectorModel::DirectionRole).toInt(),
             int(Direction::FromDevice));
    pane.typeBox()->setCurrentIndex(0);
    pane.textFilter()->setText(QStringLiteral("ModuleGetFunction"));
    QTRY_VERIFY(pane.filter()->rowCount() < model->rowCount());
    QVERIFY(pane.filter()->rowCount() >= count([](const Frame &f) {
                return f.label.contains(QLatin1String("ModuleGetFunction")) && f.direction == Direction::FromHost;
            }));
    for (int row = 0; row < pane.filter()->rowCount(); ++row)
        QVERIFY(pane.filter()
                    ->index(row, 0)
                    .data(InspectorModel::SearchTextRole)
                    .toString()
                    .contains(QLatin1String("ModuleGetFunction")));
    pane.textFilter()->clear();
    QTRY_COMPARE(pane.filter()->rowCount(), model->rowCount());

    // The request GetGlobalFunc runtime.SystemLib: its code and its name, both ways.
    int request = -1;
    for (int row = 0; row < frames.size() && request < 0; ++row)
        if (frames[row].label == QLatin1String("GetGlobalFunc runtime.SystemLib") && frames[row].direction == Direction::FromHost)
            request = row;
    QVERIFY(request >= 0);
    clickRow(pane, request);
    const QByteArray raw = frames[request].raw;
    QCOMPARE(pane.hexView()->bytes(), raw);
    QTreeWidgetItem *code = findItem(pane.tree(), QStringLiteral("Code"));
    QVERIFY(code);
    pane.tree()->setCurrentItem(code);
    QCOMPARE(raw.mid(pane.hexView()->highlightBegin(), pane.hexView()->highlightEnd() - pane.hexView()->highlightBegin()),
             QByteArray::fromHex("09000000"));
    const qsizetype nameAt = raw.indexOf("runtime.SystemLib");
    QVERIFY(nameAt > 0);
    QTest::mouseClick(pane.hexView()->viewport(), Qt::LeftButton, {}, pane.hexView()->byteRect(nameAt + 3).center());
    QTreeWidgetItem *name = pane.tree()->currentItem();
    QVERIFY(name);
    QVERIFY2(name->text(1).contains(QLatin1String("runtime.SystemLib")), qPrintable(name->text(1)));
    QCOMPARE(raw.mid(pane.hexView()->highlightBegin(), pane.hexView()->highlightEnd() - pane.hexView()->highlightBegin()),
             QByteArray("runtime.SystemLib"));
    checkLinked(pane);

    // A call shows the function it calls by the name the session learnt.
    int call = -1;
    for (int row = 0; row < frames.size() && call < 0; ++row)
        if (frames[row].label == QLatin1String("CallFunc runtime.SystemLib()") && frames[row].direction == Direction::FromHost)
            call = row;
    clickRow(pane, call);
    QTreeWidgetItem *function = findItem(pane.tree(), QStringLiteral("Function"));
    QVERIFY(function);
    QVERIFY2(function->text(1).contains(QLatin1String("runtime.SystemLib")), qPrintable(function->text(1)));
    checkLinked(pane);
}

// A capture (written here with CaptureWriter) replayed into the pane through Open capture's
// path: as many device rows as the transcript has device packets; the tree and the bytes of an
// escaped reply linked both ways; a second replay starts over.
void TestInspectorPane::replayOfACapture()
{
    const auto blocks = wireBlocks();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent");
    const QString path = m_dir.filePath(QStringLiteral("transcript.pcapng"));
    int deviceFrames = 0, hostFrames = 0;
    QList<Frame> deviceList;
    {
        mtvw::transport::CaptureWriter writer;
        QVERIFY(writer.open(path).ok());
        QVERIFY(writer.addInterface(QStringLiteral("transcript")).ok());
        qint64 us = 1'700'000'000'000'000;
        for (const auto &b : blocks) {
            QVERIFY(writer.write(0, b.fromHost ? Direction::FromHost : Direction::FromDevice, us += 500, b.bytes).ok());
            const QList<Frame> f = framesOf(b);
            (b.fromHost ? hostFrames : deviceFrames) += int(f.size());
            if (!b.fromHost)
                deviceList << f;
        }
        writer.close();
    }
    LiveConnection connection;
    InspectorPane pane(&connection);
    pane.resize(1000, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.openButton()->isEnabled());
    for (int round = 0; round < 2; ++round) {
        QSignalSpy done(&connection, &LiveConnection::disconnected);
        pane.openCapture(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(rowsFrom(*pane.model(), Direction::FromDevice), deviceFrames);
        const int host = rowsFrom(*pane.model(), Direction::FromHost);
        QVERIFY2(host == 0 || host == hostFrames, qPrintable(QString::number(host))); // a replay may leave the host's side out
    }
    QTRY_COMPARE(pane.table()->verticalScrollBar()->value(), pane.table()->verticalScrollBar()->maximum());
    QVERIFY(pane.typeBox()->findData(QStringLiteral("Log")) > 0);

    // The timer's handle reply: 0xffff8001, escaped on the wire.
    int reply = -1, deviceRow = 0;
    for (int row = 0; row < pane.model()->rowCount() && reply < 0; ++row) {
        if (pane.model()->record(row).direction != Direction::FromDevice)
            continue;
        if (deviceList[deviceRow].label.startsWith(QLatin1String("CallFunc RPCTimeEvaluator")))
            reply = row;
        ++deviceRow;
    }
    QVERIFY(reply >= 0);
    QVERIFY(pane.model()->rawBytes(reply).contains(QByteArray::fromHex("ffffffff")));
    // Follow stops when the user scrolls away from the end, and resumes back at it.
    QScrollBar *bar = pane.table()->verticalScrollBar();
    if (bar->maximum() > 0) {
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        QVERIFY(!pane.followButton()->isChecked());
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        QVERIFY(pane.followButton()->isChecked());
    }
    clickRow(pane, reply);
    QTreeWidgetItem *value = findItem(pane.tree(), QStringLiteral("Return value (handle)"));
    QVERIFY(value);
    QVERIFY(value->text(1).contains(QLatin1String("0xffff8001")));
    pane.tree()->setCurrentItem(value);
    QCOMPARE(pane.hexView()->highlightEnd() - pane.hexView()->highlightBegin(), 10); // 8 bytes, two of them doubled
    checkLinked(pane);
}

QTEST_MAIN(TestInspectorPane)
#include "tst_inspectorpane.moc"
