#include "../socatpair.h"
#include "../testsupport.h"
#include "flashhandoff.h"
#include "liveconnection.h"
#include "monitorfilter.h"
#include "monitormodel.h"
#include "monitorpane.h"
#include "projectcontroller.h"
#include "transport/capturereader.h"
#include "transport/capturewriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
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

using mtvw::Direction;
using testsupport::SocatPair;

class TestMonitorPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pauseLosesNothing();
    void sendTextAndHex();
    void saveLogAndCapture();
    void unplugAndReplug();
    void flashLetsGoAndTakesTheSameBoardBack();
    void replayOfACapture();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString kPeer = QStringLiteral(MTVW_SOURCE_DIR "/tests/data/textpeer.py");

// The Python board on the peer end; "ready" once it has the terminal open.
struct Peer
{
    QProcess process;
    explicit Peer(const QString &pty, int lines)
    {
        process.start(QStringLiteral("python3"), {kPeer, pty, QStringLiteral("--lines"), QString::number(lines)});
    }
    bool ready()
    {
        while (!process.readAllStandardOutput().contains("ready"))
            if (!process.waitForReadyRead(10000))
                return false;
        return true;
    }
    ~Peer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

QStringList notices(const MonitorModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.data(m.index(r), MonitorModel::KindRole).toInt() == int(MonitorLines::Kind::Notice))
            out << m.data(m.index(r)).toString();
    return out;
}

// The device lines in order, as the test reads them back from the model.
QList<QByteArray> deviceLines(const MonitorModel &m)
{
    QList<QByteArray> out;
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.data(m.index(r), MonitorModel::KindRole).toInt() == int(MonitorLines::Kind::Device))
            out << m.data(m.index(r), MonitorModel::BytesRole).toByteArray();
    return out;
}

void connectTo(MonitorPane &pane, const QString &port)
{
    pane.portBox()->setCurrentText(port);
    pane.connectPort();
}

} // namespace

void TestMonitorPane::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty())
        QFAIL("socat is missing: ./dev.sh setup installs it (packages.txt)");
    QVERIFY(m_dir.isValid());
}

// A board writes 30,000 lines while the view is paused: every line is in the model, in order,
// the view did not move, and resuming goes to the end.
void TestMonitorPane::pauseLosesNothing()
{
    const QString port = m_dir.filePath(QStringLiteral("p1")), peerPath = m_dir.filePath(QStringLiteral("p1-peer"));
    SocatPair pty(port, peerPath);
    QVERIFY(pty.ok());
    const int lines = 30000;
    Peer peer(peerPath, lines);
    QVERIFY(peer.ready());
    LiveConnection connection;
    MonitorPane pane(&connection);
    pane.resize(800, 500);
    pane.show();
    connectTo(pane, port);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 10000);
    QVERIFY(pane.statusLabel()->text().contains(port));
    connection.write("more 200\n");
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->deviceLines(), 200, 10000);
    pane.followBox()->setChecked(false); // pause
    pane.view()->scrollToTop();
    const int scroll = pane.view()->verticalScrollBar()->value();
    connection.write("go\n");
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->deviceLines(), 200 + lines, 30000);
    QCOMPARE(pane.view()->verticalScrollBar()->value(), scroll);
    const QList<QByteArray> got = deviceLines(*pane.model());
    QCOMPARE(got.size(), 200 + lines);
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got[i], "n=" + QByteArray::number(i)); // 0..199 from "more", then "go" numbers on
    QVERIFY(pane.findChild<QLabel *>() != nullptr);
    pane.followBox()->setChecked(true);
    QTRY_COMPARE(pane.view()->verticalScrollBar()->value(), pane.view()->verticalScrollBar()->maximum());
}

void TestMonitorPane::sendTextAndHex()
{
    const QString port = m_dir.filePath(QStringLiteral("p2")), peerPath = m_dir.filePath(QStringLiteral("p2-peer"));
    SocatPair pty(port, peerPath);
    QVERIFY(pty.ok());
    Peer peer(peerPath, 1);
    QVERIFY(peer.ready());
    LiveConnection connection;
    MonitorPane pane(&connection);
    connectTo(pane, port);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 10000);

    pane.lineEnding()->setCurrentIndex(3); // CR LF: the peer strips the CR
    pane.sendEdit()->setText(QStringLiteral("héllo"));
    pane.send();
    QTRY_VERIFY_WITH_TIMEOUT(deviceLines(*pane.model()).contains(QByteArray("echo: héllo")), 10000);
    QCOMPARE(pane.sendEdit()->text(), QString());                                                        // ready for the next
    QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("send"))->itemText(0), QStringLiteral("héllo")); // history

    pane.sendMode()->setCurrentIndex(1); // hex: sent as given, no ending added
    QCOMPARE(pane.bytesToSend(QStringLiteral("de ad 0x0a")).value(), QByteArray("\xde\xad\n"));
    pane.sendEdit()->setText(QStringLiteral("ff 0a"));
    pane.send();
    QTRY_VERIFY_WITH_TIMEOUT(deviceLines(*pane.model()).contains(QByteArray("echo-hex: ff")), 10000);
    QSignalSpy errors(&pane, &MonitorPane::errorOccurred);
    pane.sendEdit()->setText(QStringLiteral("abc"));
    pane.send();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().value<mtvw::Error>().message().contains(QLatin1String("abc")));
    // The host's lines show too, marked.
    bool hostLine = false;
    for (int r = 0; r < pane.model()->rowCount(); ++r)
        hostLine |= pane.model()->data(pane.model()->index(r)).toString() == QStringLiteral("→ héllo");
    QVERIFY(hostLine);
}

void TestMonitorPane::saveLogAndCapture()
{
    const QString port = m_dir.filePath(QStringLiteral("p3")), peerPath = m_dir.filePath(QStringLiteral("p3-peer"));
    SocatPair pty(port, peerPath);
    QVERIFY(pty.ok());
    const int lines = 2000;
    Peer peer(peerPath, lines);
    QVERIFY(peer.ready());
    LiveConnection connection;
    MonitorPane pane(&connection);
    connectTo(pane, port);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 10000);
    connection.write("go\n");
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->deviceLines(), lines, 20000);

    const QString log = m_dir.filePath(QStringLiteral("monitor.log"));
    QSignalSpy saved(pane.model(), &MonitorModel::saved);
    pane.saveLog(log);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    int found = 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        found += line.endsWith("   n=" + QByteArray::number(found));
    QCOMPARE(found, lines);

    const QString capture = m_dir.filePath(QStringLiteral("saved.pcapng"));
    QSignalSpy captured(&pane, &MonitorPane::captureSaved);
    pane.saveCapture(capture);
    QTRY_COMPARE_WITH_TIMEOUT(captured.size(), 1, 10000);
    QByteArray fromDevice, fromHost;
    const auto read = mtvw::transport::CaptureReader::readFile(capture, [&](const mtvw::transport::CaptureChunk &chunk) {
        (chunk.direction == Direction::FromDevice ? fromDevice : fromHost) += chunk.bytes;
    });
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    QCOMPARE(fromHost, QByteArray("go\n"));
    QByteArray expected;
    for (int i = 0; i < lines; ++i)
        expected += "n=" + QByteArray::number(i) + '\n';
    QCOMPARE(fromDevice, expected);
}

// Unplugged (socat killed) and plugged in again at the same path: the monitor waits, says so,
// takes it back and goes on receiving.
void TestMonitorPane::unplugAndReplug()
{
    const QString port = m_dir.filePath(QStringLiteral("p4")), peerPath = m_dir.filePath(QStringLiteral("p4-peer"));
    auto pty = std::make_unique<SocatPair>(port, peerPath);
    QVERIFY(pty->ok());
    auto peer = std::make_unique<Peer>(peerPath, 5);
    QVERIFY(peer->ready());
    LiveConnection connection;
    MonitorPane pane(&connection);
    connectTo(pane, port);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 10000);
    connection.write("go\n");
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->deviceLines(), 5, 10000);

    peer.reset();
    pty.reset(); // unplugged
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Waiting, 10000);
    QVERIFY2(pane.statusLabel()->text().contains(QLatin1String("Waiting")), qPrintable(pane.statusLabel()->text()));
    pty = std::make_unique<SocatPair>(port, peerPath);
    QVERIFY(pty->ok());
    peer = std::make_unique<Peer>(peerPath, 7);
    QVERIFY(peer->ready());
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 15000);
    connection.write("go\n");
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->deviceLines(), 12, 10000);
    const QString log = notices(*pane.model()).join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QLatin1String("went away")) && log.contains(QLatin1String("is back")), qPrintable(log));
}

// During a flash the port is let go; afterwards the same board is taken back. A different port
// appearing while it is away is never taken.
void TestMonitorPane::flashLetsGoAndTakesTheSameBoardBack()
{
    const QString port = m_dir.filePath(QStringLiteral("p5")), peerPath = m_dir.filePath(QStringLiteral("p5-peer"));
    auto pty = std::make_unique<SocatPair>(port, peerPath);
    QVERIFY(pty->ok());
    LiveConnection connection;
    MonitorPane pane(&connection);
    connectTo(pane, port);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 10000);

    ProjectController project;
    FlashHandoff handoff(&project, &connection);
    project.setFolder(testsupport::fakeServerProject(m_dir.filePath(QStringLiteral("project")), QStringLiteral("ok")));
    QTRY_VERIFY_WITH_TIMEOUT(project.info().has_value(), 20000);
    QSignalSpy states(&connection, &LiveConnection::stateChanged);
    QSignalSpy finished(&project, &ProjectController::finished);
    project.flash();
    QVERIFY(connection.isReleased() || !finished.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    // The port's own thread lets go and takes it back after the (quick) flash: its words say when.
    const auto log = [&pane] { return notices(*pane.model()).join(QLatin1Char('\n')); };
    QTRY_VERIFY2_WITH_TIMEOUT(log().contains(QLatin1String("is back as ") + port), qPrintable(log()), 10000);
    QCOMPARE(connection.state(), LiveConnection::State::Open);
    QVERIFY2(log().contains(QLatin1String("released")) && log().contains(QLatin1String("Flash done")), qPrintable(log()));

    // Released again; the board goes away and another one appears elsewhere: not taken.
    connection.release(QStringLiteral("test"));
    QVERIFY(connection.isReleased());
    // The port's own thread has let it go when the state says so.
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Waiting, 5000);
    pty.reset();
    SocatPair other(m_dir.filePath(QStringLiteral("p5-other")), m_dir.filePath(QStringLiteral("p5-other-peer")));
    QVERIFY(other.ok());
    connection.reacquire();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Waiting, 5000);
    QTest::qWait(500); // several polls of the port list (100 ms each): none may take the other port
    QCOMPARE(connection.state(), LiveConnection::State::Waiting);
    pty = std::make_unique<SocatPair>(port, peerPath); // the board returns
    QVERIFY(pty->ok());
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), LiveConnection::State::Open, 15000);
    QVERIFY2(!log().contains(QLatin1String("p5-other")), qPrintable(log()));
}

// A capture replayed through the connection shows in the monitor as it did live.
void TestMonitorPane::replayOfACapture()
{
    const QString file = m_dir.filePath(QStringLiteral("replay.pcapng"));
    QByteArray expected;
    {
        mtvw::transport::CaptureWriter w;
        QVERIFY(w.open(file).ok());
        const int iface = w.addInterface(QStringLiteral("serial test")).value();
        qint64 t = 1'700'000'000'000'000;
        for (int i = 0; i < 500; ++i) {
            const QByteArray line = "replayed " + QByteArray::number(i) + '\n';
            expected += line;
            QVERIFY(w.write(iface, Direction::FromDevice, t += 100, line).ok());
        }
        QVERIFY(w.write(iface, Direction::FromHost, t += 100, "not shown as device\n").ok());
    }
    LiveConnection connection;
    MonitorPane pane(&connection);
    QSignalSpy ended(&connection, &LiveConnection::disconnected);
    mtvw::transport::TransportSettings s;
    s.kind = mtvw::transport::TransportSettings::Kind::Replay;
    s.file = file;
    connection.open(s);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
    const QList<QByteArray> got = deviceLines(*pane.model());
    QCOMPARE(got.join('\n') + '\n', expected);
    QVERIFY(notices(*pane.model()).join(QLatin1Char(' ')).contains(QLatin1String("End of the replay")));
}

QTEST_MAIN(TestMonitorPane)
#include "tst_monitorpane.moc"
