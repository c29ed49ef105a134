#include "micro/aotdemooutput.h"
#include "micro/eembcoutput.h"

#include <QTest>

using namespace mtvw::micro;

// The firmware text protocols of spec 4.5, line by line.
class TestDeviceOutput : public QObject
{
    Q_OBJECT
private slots:
    void aotDemo();
    void eembc();
};

void TestDeviceOutput::aotDemo()
{
    AotDemoOutput out;
    // As the demo sends them: replies followed by a NUL, results with CR LF or LF.
    const QStringList lines{QStringLiteral("*** Booting Zephyr OS ***"),
                            QString(QChar(0)) + QStringLiteral("wakeup"),
                            QStringLiteral("ready"),
                            QStringLiteral("result:2:87\r"),
                            QString(QChar(0)) + QStringLiteral("result:0:91"),
                            QStringLiteral("result:x:1"),
                            QStringLiteral("Error: 3"),
                            QStringLiteral("TVMPlatformAbort: 0000beef")};
    QList<bool> known;
    for (const QString &l : lines)
        known << out.addLine(l);
    QCOMPARE(known, (QList<bool>{false, true, true, true, true, false, true, true}));
    QCOMPARE(out.wakeups(), 1);
    QCOMPARE(out.results().size(), 2);
    QCOMPARE(out.results()[0].index, 2);
    QCOMPARE(out.results()[0].ms, 87.0);
    QCOMPARE(out.times(), (QList<double>{87, 91}));
    QCOMPARE(out.errors(), (QStringList{QStringLiteral("Error: 3"), QStringLiteral("TVMPlatformAbort: 0000beef")}));
}

void TestDeviceOutput::eembc()
{
    EembcOutput out;
    // A run's laps come before its m-results or m-ready line; the first lap here is the end of a
    // run whose start was never seen, and the last pair's counter wrapped around 2^32.
    for (const char *l : {"m-lap-us-999000\r\n", "m-ready\r\n", "m-init-done\r\n", "m-name-dut-[unspecified]\r\n",
                          "m-timestamp-mode-performance\r\n", "m-lap-us-1000000\r\n", "m-lap-us-1087500\r\n",
                          "m-results-[0.023,0.977]\r\n", "m-lap-us-2000000\r\n", "m-lap-us-2090000\r\n", "m-ready\r\n",
                          "m-lap-us-4294960000\r\n", "m-lap-us-7704\r\n", "m-ready\r\n", "e-[Unknown command: foo]\r\n", "hello"})
        out.addLine(QString::fromLatin1(l));
    QVERIFY(out.isReady());
    QCOMPARE(out.name(), QStringLiteral("dut-[unspecified]"));
    QCOMPARE(out.mode(), QStringLiteral("performance"));
    QCOMPARE(out.times(), (QList<double>{87.5, 90.0, 15.0})); // 4294960000 → 2^32 + 7704: 15,000 µs
    QCOMPARE(out.results().size(), 1);
    QCOMPARE(out.results().first(), (QList<double>{0.023, 0.977}));
    QCOMPARE(out.errors(), QStringList{QStringLiteral("Unknown command: foo")});
}

QTEST_GUILESS_MAIN(TestDeviceOutput)
#include "tst_deviceoutput.moc"
