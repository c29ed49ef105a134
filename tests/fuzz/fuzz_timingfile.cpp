// A timings file (CSV, text log or capture, told apart by its bytes) and the device's text in
// pieces: any bytes give samples or an error naming the file, never a crash; every sample is a
// finite number, a line split across pieces reads as it does whole, and no line over the cap
// gives a sample.
#include "fuzzcheck.h"
#include "micro/devicelines.h"
#include "micro/timingfile.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdint>

using namespace mtvw::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static QTemporaryDir dir;
    for (const char *name : {"t.csv", "t.log"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes);
        f.close();
        auto series = TimingFile::read(path);
        if (series.ok()) {
            fuzzCheck(series.value().ms.size() == series.value().timeUs.size());
            for (double ms : series.value().ms)
                fuzzCheck(std::isfinite(ms));
        } else {
            fuzzCheck(series.error().message().contains(path));
        }
    }
    DeviceLines whole, pieces;
    QList<DeviceLines::Sample> a, b;
    whole.feed(bytes, &a);
    for (qsizetype at = 0; at < bytes.size(); at += 7)
        pieces.feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(7, bytes.size() - at)), &b);
    whole.finish(&a);
    pieces.finish(&b);
    fuzzCheck(a.size() == b.size());
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        fuzzCheck(a[i].ms == b[i].ms || (std::isnan(a[i].ms) && std::isnan(b[i].ms)));
    return 0;
}
