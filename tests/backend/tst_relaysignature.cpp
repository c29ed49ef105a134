#include "mlf/relaysignature.h"

#include <QTest>

using mtvw::mlf::RelaySignature;

// The Relay main signature in the shapes TVM writes it (v0.8 to v0.18).
class TestRelaySignature : public QObject
{
    Q_OBJECT
private slots:
    void signatures_data();
    void signatures();
};

void TestRelaySignature::signatures_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("params"); // "name dtype d0xd1…"
    QTest::addColumn<QStringList>("results");
    QTest::newRow("typed comment") << QByteArray("#[version = \"0.0.5\"]\ndef @main(%input: Tensor[(1, 16), float32] /* "
                                                 "ty=Tensor[(1, 16), float32] */) -> Tensor[(1, 4), float32] {\n  %0 = ")
                                   << QStringList{"input float32 1x16"} << QStringList{"float32 1x4"};
    QTest::newRow("weights as params, no result")
        << QByteArray("def @main(%input_1: Tensor[(1, 48, 48, 1), float32], %v_param_2: Tensor[(5), float32]) {")
        << QStringList{"input_1 float32 1x48x48x1", "v_param_2 float32 5"} << QStringList{};
    QTest::newRow("tuple result") << QByteArray("def @main(%a: Tensor[(8,), int8]) -> (Tensor[(1), int8], Tensor[(2, 2), "
                                                "uint8]) {")
                                  << QStringList{"a int8 8"} << QStringList{"int8 1", "uint8 2x2"};
    QTest::newRow("scalar") << QByteArray("def @main(%x: Tensor[(), float32]) -> Tensor[(), float32] {")
                            << QStringList{"x float32 "} << QStringList{"float32 "};
    QTest::newRow("no main") << QByteArray("def @other(%x: Tensor[(1), float32]) {") << QStringList{} << QStringList{};
    QTest::newRow("cut short") << QByteArray("def @main(%x: Tensor[(1, 2") << QStringList{} << QStringList{};
    QTest::newRow("unknown type ends it") << QByteArray("def @main(%x: Tensor[(1), float32], %t: (Tensor[(1), int8],)) "
                                                        "-> Tensor[(1), int8] {")
                                          << QStringList{"x float32 1"} << QStringList{"int8 1"};
}

void TestRelaySignature::signatures()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, params);
    QFETCH(QStringList, results);
    const RelaySignature sig = RelaySignature::parse(text);
    const auto describe = [](const RelaySignature::Tensor &t) {
        QStringList dims;
        for (qint64 d : t.shape)
            dims << QString::number(d);
        return (t.name.isEmpty() ? QString() : t.name + QLatin1Char(' ')) + t.dtype + QLatin1Char(' ') +
               dims.join(QLatin1Char('x'));
    };
    QStringList gotParams, gotResults;
    for (const auto &t : sig.params)
        gotParams << describe(t);
    for (const auto &t : sig.results)
        gotResults << describe(t);
    QCOMPARE(gotParams, params);
    QCOMPARE(gotResults, results);
    if (!params.isEmpty())
        QVERIFY(sig.param(sig.params.first().name));
}

QTEST_GUILESS_MAIN(TestRelaySignature)
#include "tst_relaysignature.moc"
