#include "monitorfilter.h"
#include "monitormodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mtvw::Direction;

class TestMonitorModel : public QObject
{
    Q_OBJECT
private slots:
    void piecesMakeLines();
    void openLineShowsAfterAWhile();
    void historyIsBounded();
    void renderings();
    void hostLinesAndNotices();
    void filterTextAndRegex();
    void filterFollowsTrimming();
    void saveText();
};

namespace {

// Feeds text to the model in random pieces, as a port delivers it; times step by 1 ms.
void feedInPieces(MonitorModel &m, const QByteArray &text, quint32 seed)
{
    QRandomGenerator rng(seed);
    LiveChunks batch;
    qint64 t = 1'700'000'000'000'000;
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype n = std::min<qsizetype>(text.size() - at, 1 + rng.bounded(300));
        batch.append(LiveChunk{Direction::FromDevice, t += 1000, text.mid(at, n)});
        at += n;
        if (batch.size() == 50) {
            m.addChunks(batch);
            batch.clear();
        }
    }
    m.addChunks(batch);
}

QByteArray numberedLines(int from, int to, const char *prefix = "line ")
{
    QByteArray text;
    for (int i = from; i < to; ++i)
        text += prefix + QByteArray::number(i) + '\n';
    return text;
}

} // namespace

void TestMonitorModel::piecesMakeLines()
{
    MonitorModel m(nullptr);
    QAbstractItemModelTester tester(&m);
    QList<QByteArray> expected;
    QByteArray text;
    QRandomGenerator rng(7);
    for (int i = 0; i < 3000; ++i) {
        QByteArray line(int(rng.bounded(120)), 'a' + char(i % 26));
        if (i % 10 == 0)
            line += '\r'; // CR LF lines keep their CR in the bytes, not on screen
        expected << line;
        text += line + '\n';
    }
    feedInPieces(m, text, 1);
    QCOMPARE(m.rowCount(), expected.size());
    QCOMPARE(m.deviceLines(), expected.size());
    QCOMPARE(m.deviceBytes(), text.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(m.data(m.index(i), MonitorModel::BytesRole).toByteArray(), expected[i]);
        QVERIFY(!m.data(m.index(i)).toString().contains(QLatin1Char('\r')));
    }
}

void TestMonitorModel::openLineShowsAfterAWhile()
{
    MonitorModel m(nullptr);
    m.addChunks({LiveChunk{Direction::FromDevice, 1, "uart:~$ "}});
    QCOMPARE(m.rowCount(), 0); // it may go on
    QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 1, 5000);
    QCOMPARE(m.data(m.index(0), MonitorModel::BytesRole).toByteArray(), QByteArray("uart:~$ "));
}

void TestMonitorModel::historyIsBounded()
{
    MonitorModel m(nullptr);
    QAbstractItemModelTester tester(&m);
    const qint64 limit = 20000;
    m.setHistoryLimit(limit);
    const int total = 100000;
    feedInPieces(m, numberedLines(0, total), 2);
    QCOMPARE(m.deviceLines(), total);
    QVERIFY2(m.rowCount() >= limit && m.rowCount() < limit + MonitorLines::kBlockLines,
             qPrintable(QString::number(m.rowCount())));
    const int first = total - m.rowCount();
    QCOMPARE(m.data(m.index(0), MonitorModel::BytesRole).toByteArray(), "line " + QByteArray::number(first));
    QCOMPARE(m.data(m.index(m.rowCount() - 1), MonitorModel::BytesRole).toByteArray(), "line " + QByteArray::number(total - 1));
}

void TestMonitorModel::renderings()
{
    MonitorModel m(nullptr);
    const QByteArray bytes("Hi\x01\x7f\xff", 5);
    m.addChunks(
        {LiveChunk{Direction::FromDevice, 1'000'000, bytes + '\n'}, LiveChunk{Direction::FromDevice, 1'250'000, "second\n"}});
    QCOMPARE(m.rowCount(), 2);
    // Text: control characters as their pictures, invalid UTF-8 as the replacement character.
    const QString text = m.data(m.index(0)).toString();
    QVERIFY2(text.startsWith(QStringLiteral("Hi\u2401\u2421")), qPrintable(text));
    m.setHexMode(true);
    QString hex;
    QString ascii;
    for (char c : bytes) {
        hex += QString::asprintf("%02x ", quint8(c));
        ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('.');
    }
    QCOMPARE(m.data(m.index(0)).toString(), hex.trimmed() + QStringLiteral("  |") + ascii + QLatin1Char('|'));
    m.setHexMode(false);
    m.setTimestamps(MonitorModel::Timestamps::Delta);
    QVERIFY2(m.data(m.index(1)).toString().contains(QLatin1String("+ 0.250000 second")),
             qPrintable(m.data(m.index(1)).toString()));
    m.setTimestamps(MonitorModel::Timestamps::Absolute);
    const QString stamp = QDateTime::fromMSecsSinceEpoch(1250).toString(QStringLiteral("HH:mm:ss.zzz"));
    QCOMPARE(m.data(m.index(1)).toString(), stamp + QStringLiteral(" second"));
}

void TestMonitorModel::hostLinesAndNotices()
{
    MonitorModel m(nullptr);
    m.addChunks({LiveChunk{Direction::FromHost, 1, "AT\r\n"}, LiveChunk{Direction::FromDevice, 2, "OK\r\n"}});
    m.addNotice(QStringLiteral("Connected"));
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.data(m.index(0)).toString(), QStringLiteral("→ AT"));
    QCOMPARE(m.data(m.index(0), MonitorModel::KindRole).toInt(), int(MonitorLines::Kind::Host));
    QCOMPARE(m.data(m.index(1)).toString(), QStringLiteral("OK"));
    QCOMPARE(m.data(m.index(2)).toString(), QStringLiteral("— Connected"));
    QCOMPARE(m.deviceLines(), 1); // the host's line and the notice are not the device's
}

void TestMonitorModel::filterTextAndRegex()
{
    MonitorModel m(nullptr);
    MonitorFilter f(&m);
    QAbstractItemModelTester tester(&f);
    const QByteArray text = numberedLines(0, 20000);
    feedInPieces(m, text, 3);
    QCOMPARE(f.rowCount(), 20000); // no pattern: every line

    auto count = [](int from, int to, const QRegularExpression &re) {
        int n = 0;
        for (int i = from; i < to; ++i)
            n += re.match(QStringLiteral("line %1").arg(i)).hasMatch();
        return n;
    };
    QSignalSpy applied(&f, &MonitorFilter::patternApplied);
    f.setPattern(QStringLiteral("77"), false);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    const QRegularExpression has77(QStringLiteral("77"));
    QCOMPARE(f.rowCount(), count(0, 20000, has77));
    for (int r = 0; r < f.rowCount(); ++r)
        QVERIFY(f.data(f.index(r)).toString().contains(QLatin1String("77")));
    // Lines arriving later are tried as they come.
    feedInPieces(m, numberedLines(20000, 21000), 4);
    QCOMPARE(f.rowCount(), count(0, 21000, has77));
    QCOMPARE(f.rowForSource(f.sourceRow(3)), 3);

    const QRegularExpression re(QStringLiteral("^line 1\\d{2}$"));
    f.setPattern(re.pattern(), true);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 10000);
    QCOMPARE(f.rowCount(), count(0, 21000, re));

    QSignalSpy errors(&f, &MonitorFilter::errorOccurred);
    f.setPattern(QStringLiteral("(unclosed"), true);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().value<mtvw::Error>().message().contains(QLatin1String("(unclosed")));
    QCOMPARE(f.pattern(), re.pattern()); // left as it was
    f.setPattern({}, false);
    QCOMPARE(f.rowCount(), m.rowCount());
}

void TestMonitorModel::filterFollowsTrimming()
{
    MonitorModel m(nullptr);
    m.setHistoryLimit(10000);
    MonitorFilter f(&m);
    QAbstractItemModelTester tester(&f);
    QSignalSpy applied(&f, &MonitorFilter::patternApplied);
    f.setPattern(QStringLiteral("5"), false);
    QTRY_COMPARE(applied.size(), 1);
    feedInPieces(m, numberedLines(0, 60000), 5);
    const int first = 60000 - m.rowCount();
    int expected = 0;
    for (int i = first; i < 60000; ++i)
        expected += QString::number(i).contains(QLatin1Char('5'));
    QCOMPARE(f.rowCount(), expected);
    QCOMPARE(f.data(f.index(0), MonitorModel::BytesRole).toByteArray().left(5), QByteArray("line "));
}

void TestMonitorModel::saveText()
{
    QTemporaryDir dir;
    MonitorModel m(nullptr);
    feedInPieces(m, numberedLines(0, 5000), 6);
    m.addChunks({LiveChunk{Direction::FromHost, 1'700'000'000'000'000, "sent\n"}});
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QSignalSpy saved(&m, &MonitorModel::saved);
    m.saveText(path);
    // Lines coming while it saves are not in this file and do not disturb it.
    feedInPieces(m, numberedLines(5000, 6000), 7);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(saved.first().at(1).toLongLong(), 5001);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 5002); // and the empty piece after the last newline
    for (int i = 0; i < 5000; ++i)
        QVERIFY2(lines[i].endsWith("   line " + QByteArray::number(i)), lines[i].constData());
    QVERIFY(lines[5000].endsWith(" > sent"));
    m.saveText(QStringLiteral("/nonexistent-dir/log.txt"));
    QSignalSpy errors(&m, &MonitorModel::errorOccurred);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QVERIFY(errors.first().first().value<mtvw::Error>().message().contains(QLatin1String("/nonexistent-dir/log.txt")));
}

QTEST_GUILESS_MAIN(TestMonitorModel)
#include "tst_monitormodel.moc"
