#include "mlf/paramsfile.h"

#include <QTest>
#include <QtEndian>

using namespace mtvw::mlf;

namespace {
// The spec's test vector (2.1): {"p0": float32[1,2] = [2.0, 4.0], "p1": int8[3] = [1,-2,3]}.
QByteArray specVector()
{
    return QByteArray::fromHex("b79c04054f8de5f7"
                               "0000000000000000"
                               "0200000000000000"
                               "0200000000000000"
                               "7030"
                               "0200000000000000"
                               "7031"
                               "0200000000000000"
                               "3fa1b496f0405edd"
                               "0000000000000000"
                               "0100000000000000"
                               "02000000"
                               "02200100"
                               "0100000000000000"
                               "0200000000000000"
                               "0800000000000000"
                               "0000004000008040"
                               "3fa1b496f0405edd"
                               "0000000000000000"
                               "0100000000000000"
                               "01000000"
                               "00080100"
                               "0300000000000000"
                               "0300000000000000"
                               "01fe03");
}
} // namespace

class TestParams : public QObject
{
    Q_OBJECT
private slots:
    void specVectorParses();
    void everyTruncationIsAnError();
    void corrupted_data();
    void corrupted();
    void emptyList();
    void tooManyTensors();
};

void TestParams::specVectorParses()
{
    const QByteArray bytes = specVector();
    QCOMPARE(bytes.size(), 167);
    auto pf = ParamsFile::parse(bytes, QStringLiteral("default.params"));
    QVERIFY2(pf.ok(), qPrintable(pf.ok() ? QString() : pf.error().message()));
    QCOMPARE(pf->tensors.size(), 2);
    const auto &p0 = pf->tensors[0];
    QCOMPARE(p0.name, QStringLiteral("p0"));
    QCOMPARE(p0.dtype.name(), QStringLiteral("float32"));
    QCOMPARE(p0.shape, (QList<qint64>{1, 2}));
    QCOMPARE(p0.dataBytes, 8);
    QCOMPARE(p0.shapeText(), QStringLiteral("[1, 2]"));
    const auto &p1 = pf->tensors[1];
    QCOMPARE(p1.dtype.name(), QStringLiteral("int8"));
    QCOMPARE(p1.shape, QList<qint64>{3});
    QCOMPARE(pf->totalDataBytes(), 11);
    const ParamsFile::RangeReader reader = [&](qint64 o, qint64 n) -> mtvw::Result<QByteArray> { return bytes.mid(o, n); };
    auto d0 = pf->readData(reader, 0);
    QVERIFY(d0.ok());
    QCOMPARE(qFromLittleEndian<float>(d0->constData()), 2.0f);
    QCOMPARE(qFromLittleEndian<float>(d0->constData() + 4), 4.0f);
    auto d1 = pf->readData(reader, 1);
    QCOMPARE(d1.value(), QByteArray::fromHex("01fe03"));
    QVERIFY(!pf->readData(reader, 2).ok());
}

void TestParams::everyTruncationIsAnError()
{
    const QByteArray bytes = specVector();
    for (int n = 0; n < bytes.size(); ++n) {
        auto pf = ParamsFile::parse(bytes.left(n), QStringLiteral("cut.params"));
        QVERIFY2(!pf.ok(), qPrintable(QStringLiteral("accepted %1 bytes").arg(n)));
        QVERIFY(pf.error().message().startsWith(QLatin1String("cut.params")));
    }
}

void TestParams::corrupted_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("needle");
    QTest::newRow("list magic") << 0 << QByteArray("\x00", 1) << "magic";
    QTest::newRow("name count huge") << 16 << QByteArray::fromHex("ffffffffffffff7f") << "names";
    QTest::newRow("name length huge") << 24 << QByteArray::fromHex("ffffffff00000000") << "name 0";
    QTest::newRow("tensor count mismatch") << 44 << QByteArray::fromHex("03") << "2 names but 3 tensors";
    QTest::newRow("tensor magic") << 52 << QByteArray::fromHex("00") << "tensor magic";
    QTest::newRow("device type") << 68 << QByteArray::fromHex("02") << "device type 2";
    QTest::newRow("ndim negative") << 76 << QByteArray::fromHex("ffffffff") << "dimensions";
    QTest::newRow("data size lies") << 100 << QByteArray::fromHex("09") << "declares 9 data bytes";
}

void TestParams::corrupted()
{
    QFETCH(int, offset);
    QFETCH(QByteArray, patch);
    QFETCH(QString, needle);
    QByteArray bytes = specVector();
    bytes.replace(offset, patch.size(), patch);
    auto pf = ParamsFile::parse(bytes, QStringLiteral("x.params"));
    QVERIFY(!pf.ok());
    QVERIFY2(pf.error().message().contains(needle), qPrintable(pf.error().message()));
}

void TestParams::tooManyTensors()
{
    // The count is refused before any name is read: the file holds room for the names' lengths.
    QByteArray bytes = QByteArray::fromHex("b79c04054f8de5f7"
                                           "0000000000000000");
    const quint64 count = 100'001;
    for (int i = 0; i < 8; ++i)
        bytes += char((count >> (8 * i)) & 0xff);
    bytes += QByteArray(qsizetype(count) * 8, '\0');
    auto pf = ParamsFile::parse(bytes, QStringLiteral("x.params"));
    QVERIFY(!pf.ok());
    QCOMPARE(pf.error().code(), mtvw::Error::Code::LimitExceeded);
    QVERIFY2(pf.error().message().contains(QLatin1String("100001 tensors is more than the 100000 allowed")),
             qPrintable(pf.error().message()));
}

void TestParams::emptyList()
{
    const QByteArray empty = QByteArray::fromHex("b79c04054f8de5f7"
                                                 "0000000000000000"
                                                 "0000000000000000"
                                                 "0000000000000000");
    auto pf = ParamsFile::parse(empty, QStringLiteral("e.params"));
    QVERIFY(pf.ok());
    QCOMPARE(pf->tensors.size(), 0);
}

QTEST_GUILESS_MAIN(TestParams)
#include "tst_params.moc"
