#include "mlf/tensorstats.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <bit>
#include <cmath>

using namespace mtvw::mlf;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Little-endian bytes of a list of T (T's bits as stored in a .params file).
template<typename T>
QByteArray le(const QList<T> &values)
{
    QByteArray out(values.size() * qsizetype(sizeof(T)), Qt::Uninitialized);
    for (qsizetype i = 0; i < values.size(); ++i)
        qToLittleEndian<T>(values[i], out.data() + i * qsizetype(sizeof(T)));
    return out;
}

QByteArray leFloat(const QList<float> &values)
{
    QList<quint32> bits;
    for (float f : values)
        bits << std::bit_cast<quint32>(f);
    return le(bits);
}

QByteArray leDouble(const QList<double> &values)
{
    QList<quint64> bits;
    for (double d : values)
        bits << std::bit_cast<quint64>(d);
    return le(bits);
}

DType dtype(const char *name)
{
    DType d;
    if (!DType::parse(QString::fromLatin1(name), &d))
        qFatal("bad dtype %s", name);
    return d;
}

// The figures computed plainly, in two passes over the values.
struct Expected
{
    qint64 finite = 0, zeros = 0, nans = 0, infs = 0;
    double min = kNaN, max = kNaN, mean = kNaN, stddev = kNaN;
};

Expected plain(const QList<double> &values)
{
    Expected e;
    double sum = 0;
    for (double v : values) {
        if (std::isnan(v)) {
            ++e.nans;
            continue;
        }
        if (std::isinf(v)) {
            ++e.infs;
            continue;
        }
        e.zeros += v == 0;
        e.min = e.finite == 0 ? v : std::min(e.min, v);
        e.max = e.finite == 0 ? v : std::max(e.max, v);
        sum += v;
        ++e.finite;
    }
    if (e.finite == 0)
        return e;
    e.mean = sum / double(e.finite);
    double sq = 0;
    for (double v : values)
        if (std::isfinite(v))
            sq += (v - e.mean) * (v - e.mean);
    e.stddev = std::sqrt(sq / double(e.finite));
    return e;
}

bool close(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

// Checks stats against the plain figures and the histogram against the values binned one by one.
void verifyStats(const TensorStats &s, const QList<double> &values)
{
    const Expected e = plain(values);
    QCOMPARE(s.count, values.size());
    QCOMPARE(s.finite, e.finite);
    QCOMPARE(s.zeros, e.zeros);
    QCOMPARE(s.nans, e.nans);
    QCOMPARE(s.infs, e.infs);
    QVERIFY2(close(s.min, e.min), qPrintable(QStringLiteral("min %1 vs %2").arg(s.min).arg(e.min)));
    QVERIFY2(close(s.max, e.max), qPrintable(QStringLiteral("max %1 vs %2").arg(s.max).arg(e.max)));
    QVERIFY2(close(s.mean, e.mean), qPrintable(QStringLiteral("mean %1 vs %2").arg(s.mean).arg(e.mean)));
    QVERIFY2(close(s.stddev, e.stddev), qPrintable(QStringLiteral("std %1 vs %2").arg(s.stddev).arg(e.stddev)));
    qint64 sum = 0;
    for (qint64 c : s.histogram)
        sum += c;
    QCOMPARE(sum, e.finite);
    if (e.finite == 0) {
        QVERIFY(s.histogram.isEmpty());
        return;
    }
    QVERIFY(s.histogram.size() <= 64);
    QVERIFY(s.histLow <= e.min && s.histHigh >= e.max);
    QList<qint64> expected(s.histogram.size(), 0);
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        const double w = s.binWidth() > 0 ? s.binWidth() : 1;
        expected[std::clamp(qsizetype(std::floor((v - s.histLow) / w)), qsizetype(0), s.histogram.size() - 1)]++;
    }
    QCOMPARE(s.histogram, expected);
}

} // namespace

class TestTensorStats : public QObject
{
    Q_OBJECT
private slots:
    void knownArrays_data();
    void knownArrays();
    void integerBinsHoldWholeValues();
    void chunkedReaderMatchesWhole();
    void emptyTensor();
    void cancel();
    void unsupportedAndMalformed();
};

void TestTensorStats::knownArrays_data()
{
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("isFloat");

    QTest::newRow("int8") << "int8" << le<qint8>({-3, 0, 0, 5, 1, -128, 127}) << QList<double>{-3, 0, 0, 5, 1, -128, 127}
                          << false;
    QTest::newRow("uint8") << "uint8" << le<quint8>({0, 255, 7, 7}) << QList<double>{0, 255, 7, 7} << false;
    QTest::newRow("int16") << "int16" << le<qint16>({-30000, 0, 12345}) << QList<double>{-30000, 0, 12345} << false;
    QTest::newRow("uint16") << "uint16" << le<quint16>({65535, 0, 1}) << QList<double>{65535, 0, 1} << false;
    QTest::newRow("int32") << "int32" << le<qint32>({-2000000000, 5, 0, 0}) << QList<double>{-2000000000, 5, 0, 0} << false;
    QTest::newRow("uint32") << "uint32" << le<quint32>({4000000000u, 1}) << QList<double>{4000000000.0, 1} << false;
    QTest::newRow("int64") << "int64" << le<qint64>({-5, qint64(1) << 40, 0}) << QList<double>{-5, double(qint64(1) << 40), 0}
                           << false;
    QTest::newRow("uint64") << "uint64" << le<quint64>({0, 10, 20}) << QList<double>{0, 10, 20} << false;
    QTest::newRow("bool") << "bool" << le<quint8>({0, 1, 1, 0, 1}) << QList<double>{0, 1, 1, 0, 1} << false;
    QTest::newRow("float32") << "float32" << leFloat({1.5f, -2.25f, 0.f, 3.f, -0.f}) << QList<double>{1.5, -2.25, 0, 3, -0.0}
                             << true;
    QTest::newRow("float64") << "float64" << leDouble({1e-3, -1e10, 0, 42}) << QList<double>{1e-3, -1e10, 0, 42} << true;
    // 1.5, -2, 0, 0.25, -0, 65504 (largest half), 2^-24 (smallest subnormal)
    QTest::newRow("float16") << "float16" << le<quint16>({0x3E00, 0xC000, 0x0000, 0x3400, 0x8000, 0x7BFF, 0x0001})
                             << QList<double>{1.5, -2, 0, 0.25, -0.0, 65504, std::ldexp(1.0, -24)} << true;
    QTest::newRow("bfloat16") << "bfloat16" << le<quint16>({0x3FC0, 0xC000, 0x3E80, 0x0000}) << QList<double>{1.5, -2, 0.25, 0}
                              << true;
    QTest::newRow("float32 NaN and Inf") << "float32" << leFloat({1.f, float(kNaN), float(kInf), -float(kInf), 3.f, 0.f})
                                         << QList<double>{1, kNaN, kInf, -kInf, 3, 0} << true;
    QTest::newRow("float16 NaN and Inf") << "float16" << le<quint16>({0x7E00, 0x7C00, 0xFC00, 0x3C00})
                                         << QList<double>{kNaN, kInf, -kInf, 1} << true;
    QTest::newRow("float32 only NaN") << "float32" << leFloat({float(kNaN), float(kNaN)}) << QList<double>{kNaN, kNaN} << true;
    QTest::newRow("float32 constant") << "float32" << leFloat({2.5f, 2.5f, 2.5f}) << QList<double>{2.5, 2.5, 2.5} << true;
}

void TestTensorStats::knownArrays()
{
    QFETCH(QString, dtype);
    QFETCH(QByteArray, data);
    QFETCH(QList<double>, values);
    QFETCH(bool, isFloat);
    DType d;
    QVERIFY(DType::parse(dtype, &d));
    QVERIFY(TensorStats::supports(d));
    auto s = TensorStats::compute(data, d);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message()));
    QCOMPARE(s->isFloat, isFloat);
    verifyStats(*s, values);
    // The same in chunks of one element.
    TensorStats::Options tiny;
    tiny.chunkBytes = 1;
    auto chunked = TensorStats::compute(data, d, tiny);
    QVERIFY(chunked.ok());
    QCOMPARE(chunked->histogram, s->histogram);
    QVERIFY(close(chunked->mean, s->mean) && close(chunked->stddev, s->stddev));
}

void TestTensorStats::integerBinsHoldWholeValues()
{
    // Five distinct values: one bin each, centred on the value.
    auto s = TensorStats::compute(le<qint8>({-2, -1, -1, 0, 1, 2, 2, 2}), dtype("int8"));
    QVERIFY(s.ok());
    QCOMPARE(s->histogram, (QList<qint64>{1, 2, 1, 1, 3}));
    QCOMPARE(s->histLow, -2.5);
    QCOMPARE(s->binWidth(), 1.0);
    // The full int8 range in 64 bins: four values per bin.
    QList<qint8> all;
    for (int v = -128; v <= 127; ++v)
        all << qint8(v);
    s = TensorStats::compute(le(all), dtype("int8"));
    QVERIFY(s.ok());
    QCOMPARE(s->histogram, QList<qint64>(64, 4));
}

void TestTensorStats::chunkedReaderMatchesWhole()
{
    // 100,000 floats after a 13-byte prefix, read through a range reader in 4 KiB chunks.
    QRandomGenerator rng(7);
    QList<float> values;
    QList<double> asDouble;
    for (int i = 0; i < 100000; ++i) {
        const float v = i % 10 == 0 ? 0.f : float(rng.generateDouble() * 6 - 2);
        values << v;
        asDouble << double(v);
    }
    const QByteArray file = QByteArray(13, 'x') + leFloat(values);
    int reads = 0;
    qint64 largest = 0;
    const ParamsFile::RangeReader reader = [&](qint64 offset, qint64 length) -> mtvw::Result<QByteArray> {
        ++reads;
        largest = std::max(largest, length);
        return file.mid(offset, length);
    };
    ParamsFile::Tensor t;
    t.name = QStringLiteral("w");
    t.dtype = dtype("float32");
    t.shape = {100000};
    t.elements = 100000;
    t.dataOffset = 13;
    t.dataBytes = 400000;
    TensorStats::Options o;
    o.chunkBytes = 4096;
    auto s = TensorStats::compute(reader, t, o);
    QVERIFY(s.ok());
    verifyStats(*s, asDouble);
    QCOMPARE(largest, 4096);
    QCOMPARE(reads, 2 * (400000 / 4096 + 1)); // two passes
    // A tensor that fits into one chunk is read once.
    reads = 0;
    o.chunkBytes = 1 << 20;
    QVERIFY(TensorStats::compute(reader, t, o).ok());
    QCOMPARE(reads, 1);
    // A reader that comes back short is an error naming the tensor.
    const ParamsFile::RangeReader shortReader = [&](qint64 offset, qint64 length) -> mtvw::Result<QByteArray> {
        return file.mid(offset, length / 2);
    };
    auto bad = TensorStats::compute(shortReader, t, o);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message().contains(QStringLiteral("\"w\"")));
}

void TestTensorStats::emptyTensor()
{
    auto s = TensorStats::compute(QByteArray(), dtype("float32"));
    QVERIFY(s.ok());
    QCOMPARE(s->count, 0);
    QVERIFY(std::isnan(s->min) && std::isnan(s->mean));
    QVERIFY(s->histogram.isEmpty());
}

void TestTensorStats::cancel()
{
    std::atomic<bool> stop = true;
    TensorStats::Options o;
    o.cancel = &stop;
    auto s = TensorStats::compute(leFloat(QList<float>(1000, 1.f)), dtype("float32"), o);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), mtvw::Error::Code::Cancelled);
    stop = false;
    QVERIFY(TensorStats::compute(leFloat(QList<float>(1000, 1.f)), dtype("float32"), o).ok());
}

void TestTensorStats::unsupportedAndMalformed()
{
    QVERIFY(!TensorStats::supports(dtype("int4")));
    auto s = TensorStats::compute(QByteArray(4, 0), dtype("int4"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), mtvw::Error::Code::Unsupported);
    s = TensorStats::compute(QByteArray(5, 0), dtype("float32"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), mtvw::Error::Code::Malformed);
}

QTEST_GUILESS_MAIN(TestTensorStats)
#include "tst_tensorstats.moc"
