// Project API benchmark: server_info_query round trips to the bundled host-sim server (median and
// p99 over 1,000 calls, through the application's event loop as the GUI makes them) and 1 MiB through write_transport then
// read_transport (a loopback server, tests/data/fakeserver.py echo), next to a plain Python client making the same calls in the
// same run (tests/bench/pyclient_bench.py). Prints figures; asserts nothing.

#include "projectapi/base85.h"
#include "projectapi/projectapiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mtvw::projectapi;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString templ = QStringLiteral(MTVW_SOURCE_DIR "/resources/templates/host-sim");
    QTemporaryDir echoDir;
    {
        QFile f(echoDir.filePath(QStringLiteral("microtvm_api_server.py")));
        f.open(QIODevice::WriteOnly);
        f.write("import os, sys\nos.execv(sys.executable, [sys.executable, '" MTVW_SOURCE_DIR
                "/tests/data/fakeserver.py', 'echo'] + sys.argv[1:])\n");
    }

    ProjectApiClient client;
    if (!client.start({templ})) {
        fprintf(stderr, "cannot start the host-sim server\n");
        return 1;
    }
    const QJsonObject query{{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}};
    (void)client.callAndWait(QStringLiteral("server_info_query"), query);
    // The path the GUI takes: call(), then the answer as replied() from the application's own
    // event loop, the next call sent from that handler. No nested loop, no poll.
    QList<double> times;
    QElapsedTimer t;
    int failures = 0;
    auto next = [&] {
        t.start();
        if (!client.call(QStringLiteral("server_info_query"), query)) {
            ++failures;
            QCoreApplication::exit(1);
        }
    };
    QObject::connect(&client, &ProjectApiClient::replied, &app, [&](int, const QJsonValue &) {
        times << double(t.nsecsElapsed()) / 1e6;
        if (times.size() == 1000)
            QCoreApplication::exit(0);
        else
            next();
    });
    QObject::connect(&client, &ProjectApiClient::failed, &app, [&](int, const mtvw::Error &) {
        ++failures;
        QCoreApplication::exit(1);
    });
    next();
    if (QCoreApplication::exec() != 0 || failures > 0) {
        fprintf(stderr, "server_info_query failed\n");
        return 1;
    }
    client.disconnect(&app);
    client.stop();
    std::sort(times.begin(), times.end());
    printf("mtvw client:   server_info_query median %.3f ms, p99 %.3f ms\n", times[500], times[989]);

    ProjectApiClient echo;
    if (!echo.start({echoDir.path()}))
        return 1;
    (void)echo.callAndWait(QStringLiteral("open_transport"), {{QStringLiteral("options"), QJsonObject()}});
    QByteArray payload(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(1);
    for (char &c : payload)
        c = char(rng.generate());
    constexpr qsizetype kChunk = 64 * 1024;
    t.start();
    for (qsizetype i = 0; i < payload.size(); i += kChunk) {
        const QString data = QString::fromLatin1(Base85::encode(payload.mid(i, kChunk)));
        if (!echo.callAndWait(QStringLiteral("write_transport"),
                              {{QStringLiteral("data"), data}, {QStringLiteral("timeout_sec"), 5.0}}))
            return 1;
    }
    QByteArray got;
    while (got.size() < payload.size()) {
        auto r = echo.callAndWait(QStringLiteral("read_transport"),
                                  {{QStringLiteral("n"), kChunk}, {QStringLiteral("timeout_sec"), 5.0}});
        if (!r)
            return 1;
        auto bytes = Base85::decode(r.value().toObject().value(QLatin1String("data")).toString().toLatin1());
        if (!bytes)
            return 1;
        got += bytes.value();
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    echo.stop();
    printf("mtvw client:   1 MiB written and read back in %.1f ms: %.2f MiB/s%s\n", ms, 1000.0 / ms,
           got == payload ? "" : " (DATA MISMATCH)");

    fflush(stdout); // our lines first, then the Python client's
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedChannels);
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(MTVW_SOURCE_DIR "/tests/bench/pyclient_bench.py"), templ, echoDir.path()});
    python.waitForFinished(-1);
    return 0;
}
