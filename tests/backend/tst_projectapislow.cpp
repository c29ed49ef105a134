#include "../testsupport.h"
#include "projectapi/base85.h"
#include "projectapi/projectapiclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw;
using namespace mtvw::projectapi;

// A transport call waits as long as the call itself allows: a board that answers read_transport
// after 40 s, asked with timeout_sec 60, is heard (the client used to give up at a fixed 30 s and
// kill the server).
class TestProjectApiSlow : public QObject
{
    Q_OBJECT
private slots:
    void readTransportWaitsForItsOwnTimeout();
};

void TestProjectApiSlow::readTransportWaitsForItsOwnTimeout()
{
    QTemporaryDir dir;
    QVERIFY(!testsupport::fakeServerProject(dir.path(), QStringLiteral("slowread")).isEmpty());
    constexpr double kTimeoutSec = 60;
    QVERIFY(ProjectApiClient::timeoutFor(QStringLiteral("read_transport"), {{QStringLiteral("timeout_sec"), kTimeoutSec}}) >
            int(kTimeoutSec * 1000));
    ProjectApiClient client;
    qputenv("SLOWREAD_SEC", "40");
    QVERIFY(client.start({dir.path()}).ok());
    QVERIFY(client.callAndWait(QStringLiteral("open_transport"), {{QStringLiteral("options"), QJsonObject()}}).ok());
    QElapsedTimer clock;
    clock.start();
    auto r = client.callAndWait(QStringLiteral("read_transport"),
                                {{QStringLiteral("n"), 1}, {QStringLiteral("timeout_sec"), kTimeoutSec}});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    QVERIFY(clock.elapsed() >= 40000); // it really was slow
    auto bytes = Base85::decode(r.value().toObject().value(QLatin1String("data")).toString().toLatin1());
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(), QByteArray("x"));
    QVERIFY(client.isRunning()); // not killed for being slow
    client.stop();
}

QTEST_GUILESS_MAIN(TestProjectApiSlow)
#include "tst_projectapislow.moc"
