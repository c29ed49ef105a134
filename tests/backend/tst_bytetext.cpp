#include "core/bytetext.h"

#include <QTest>

// One way of writing sizes: bytes up to 10 KiB, then KiB, MiB, GiB of 1024, one decimal, the
// locale's separators.
class TestByteText : public QObject
{
    Q_OBJECT
private slots:
    void sizes_data();
    void sizes();
    void exactWhereCompared();
};

void TestByteText::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << "en_US"
                          << "0 B";
    QTest::newRow("bytes") << qint64(9219) << "en_US"
                           << "9,219 B";
    QTest::newRow("last bytes") << qint64(10 * 1024 - 1) << "en_US"
                                << "10,239 B";
    QTest::newRow("first KiB") << qint64(10 * 1024) << "en_US"
                               << "10.0 KiB";
    QTest::newRow("KiB") << qint64(427406) << "en_US"
                         << "417.4 KiB"; // 427406 / 1024 = 417.38
    QTest::newRow("KiB de") << qint64(427406) << "de_DE"
                            << "417,4 KiB";
    QTest::newRow("MiB") << qint64(7782656) << "en_US"
                         << "7.4 MiB"; // 7.42
    QTest::newRow("GiB") << qint64(3) * 1024 * 1024 * 1024 << "en_US"
                         << "3.0 GiB";
    QTest::newRow("just under a MiB") << qint64(1024 * 1024 - 10) << "en_US"
                                      << "1.0 MiB"; // not "1,024.0 KiB"
    QTest::newRow("last KiB") << qint64(1023 * 1024) << "en_US"
                              << "1,023.0 KiB";
    QTest::newRow("unknown") << qint64(-1) << "en_US"
                             << "—";
}

void TestByteText::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(ByteText::size(bytes, QLocale(locale)), expected);
}

void TestByteText::exactWhereCompared()
{
    QCOMPARE(ByteText::sizeAndExact(7782656, QLocale(QStringLiteral("en_US"))), QStringLiteral("7.4 MiB (7,782,656 B)"));
    QCOMPARE(ByteText::sizeAndExact(7782400, QLocale(QStringLiteral("en_US"))), QStringLiteral("7.4 MiB (7,782,400 B)"));
    QCOMPARE(ByteText::sizeAndExact(80, QLocale(QStringLiteral("en_US"))), QStringLiteral("80 B"));
}

QTEST_GUILESS_MAIN(TestByteText)
#include "tst_bytetext.moc"
