#include "../testsupport.h"
#include "mlf/mlfarchive.h"
#include "paramscontroller.h"
#include "paramsmodel.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QtEndian>

#include <bit>
#include <cmath>

using namespace mtvw::mlf;

namespace {

// The tensor's values read and decoded here, independently of TensorStats (float32, int8, int32).
QList<double> values(const MlfArchive &mlf, const MlfArchive::Module &m, int index)
{
    auto bytes = m.params->readData(mlf.paramsReader(m), index);
    if (!bytes)
        return {};
    const ParamsFile::Tensor &t = m.params->tensors[index];
    QList<double> out;
    const char *p = bytes->constData();
    for (qint64 i = 0; i < t.elements; ++i) {
        if (t.dtype.name() == QLatin1String("float32"))
            out << double(std::bit_cast<float>(qFromLittleEndian<quint32>(p + 4 * i)));
        else if (t.dtype.name() == QLatin1String("int8"))
            out << double(qint8(p[i]));
        else if (t.dtype.name() == QLatin1String("int32"))
            out << double(qFromLittleEndian<qint32>(p + 4 * i));
        else
            qFatal("the test does not decode %s", qPrintable(t.dtype.name()));
    }
    return out;
}

} // namespace

class TestParamsController : public QObject
{
    Q_OBJECT
private slots:
    void statsMatchTheBytes_data();
    void statsMatchTheBytes();
    void newSelectionDropsTheOldOne();
    void modulesAndMissingParams();
    void destroyWhileComputing();
};

void TestParamsController::statsMatchTheBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("example") << testsupport::exampleArchive();
    QTest::newRow("graph fixture") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
}

void TestParamsController::statsMatchTheBytes()
{
    QFETCH(QString, file);
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    ParamsController c;
    QSignalSpy ready(&c, &ParamsController::statsReady);
    c.setArchive(mlf.value());
    const MlfArchive::Module *m = (*mlf)->module(c.module());
    QVERIFY(m && m->params);
    QCOMPARE(c.params(), &*m->params);
    QCOMPARE(c.model()->rowCount(), m->params->tensors.size());
    QVERIFY(c.missingParamsText().isEmpty());
    for (int i = 0; i < m->params->tensors.size(); ++i) {
        ready.clear();
        c.setSelectedTensor(i);
        QCOMPARE(c.selectedTensor(), i);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toInt(), i);
        QVERIFY(!c.isBusy());
        const TensorStats *s = c.stats();
        QVERIFY(s);
        const QList<double> v = values(**mlf, *m, i);
        QCOMPARE(s->count, v.size());
        double sum = 0, lo = v.first(), hi = v.first();
        qint64 zeros = 0;
        for (double x : v) {
            sum += x;
            lo = std::min(lo, x);
            hi = std::max(hi, x);
            zeros += x == 0;
        }
        const double mean = sum / double(v.size());
        double sq = 0;
        for (double x : v)
            sq += (x - mean) * (x - mean);
        QCOMPARE(s->min, lo);
        QCOMPARE(s->max, hi);
        QCOMPARE(s->zeros, zeros);
        QVERIFY(std::abs(s->mean - mean) <= 1e-9 * std::max(1.0, std::abs(mean)));
        QVERIFY(std::abs(s->stddev - std::sqrt(sq / double(v.size()))) <= 1e-9 * std::max(1.0, s->stddev));
        qint64 binned = 0;
        for (qint64 n : s->histogram)
            binned += n;
        QCOMPARE(binned, s->count);
    }
    // Selecting a tensor again shows its figures at once.
    ready.clear();
    c.setSelectedTensor(0);
    QCOMPARE(ready.size(), 1);
    QVERIFY(c.stats() && !c.isBusy());
}

void TestParamsController::newSelectionDropsTheOldOne()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_bigparams.tar")));
    QVERIFY(mlf.ok());
    ParamsController c;
    QSignalSpy ready(&c, &ParamsController::statsReady);
    QSignalSpy busy(&c, &ParamsController::busyChanged);
    c.setArchive(mlf.value());
    c.setSelectedTensor(0); // 10 MB
    QVERIFY(c.isBusy());
    c.setSelectedTensor(1);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toInt(), 1);
    QCOMPARE(c.stats()->count, 1024);
    // Deterministic, no sleep: every job has ended and whatever it posted has been delivered.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(ready.size(), 1); // tensor 0's figures never arrive
    QCOMPARE(busy.last().first().toBool(), false);
    // A different bin count recomputes.
    ready.clear();
    c.setBins(16);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(c.stats()->histogram.size(), 16);
}

void TestParamsController::modulesAndMissingParams()
{
    auto two = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_two_modules.tar")));
    QVERIFY(two.ok());
    ParamsController c;
    QSignalSpy moduleChanged(&c, &ParamsController::moduleChanged);
    c.setArchive(two.value());
    QCOMPARE(c.modules(), (QStringList{QStringLiteral("default"), QStringLiteral("second")}));
    c.setModule(QStringLiteral("second"));
    QCOMPARE(c.module(), QStringLiteral("second"));
    QCOMPARE(moduleChanged.last().first().toString(), QStringLiteral("second"));
    QCOMPARE(c.model()->rowCount(), (*two)->module(QStringLiteral("second"))->params->tensors.size());
    c.setModule(QStringLiteral("nonexistent"));
    QCOMPARE(c.module(), QStringLiteral("second"));

    auto none = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_noparams.tar")));
    QVERIFY(none.ok());
    c.setArchive(none.value());
    QVERIFY(c.params() && c.params()->tensors.isEmpty()); // link-params: an empty parameters file
    QCOMPARE(c.model()->rowCount(), 0);
    QVERIFY(c.missingParamsText().contains(QLocale().toString((*none)->modules().first().meta.constantsBytes())));

    auto operatorStyle = MlfArchive::open(testsupport::fixture(QStringLiteral("v5_operator.tar")));
    QVERIFY(operatorStyle.ok());
    c.setArchive(operatorStyle.value());
    if (!c.params())
        QVERIFY(!c.missingParamsText().isEmpty());
    c.setSelectedTensor(0);
    QCOMPARE(c.selectedTensor(), -1);

    c.setArchive(nullptr);
    QVERIFY(c.modules().isEmpty());
    QCOMPARE(c.model()->rowCount(), 0);
    QVERIFY(c.missingParamsText().isEmpty());
}

void TestParamsController::destroyWhileComputing()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_bigparams.tar")));
    QVERIFY(mlf.ok());
    auto *c = new ParamsController;
    c->setArchive(mlf.value());
    c->setSelectedTensor(4);
    QVERIFY(c->isBusy());
    delete c; // cancels and waits
}

QTEST_GUILESS_MAIN(TestParamsController)
#include "tst_paramscontroller.moc"
