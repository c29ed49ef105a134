// The RPC requests the host sends, byte for byte against the spec's 5.3 transcript (what TVM's
// own RPCReference encoded), each rebuilt here from its label with the handles and pointers
// the device's replies before it gave; the replies read back; and the requests a CRT device
// would hang on refused before they exist.
#include "../wiretranscript.h"
#include "micro/rpcpacket.h"

#include <QTest>
#include <QtEndian>

using namespace mtvw::micro;
using testsupport::TranscriptBlock;

class TestRpcPacket : public QObject
{
    Q_OBJECT
private slots:
    void transcriptRequestsByteForByte();
    void repliesReadBack();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void sizeAgainstTheDevice();
};

namespace {

quint64 handleOf(const RpcPacket::Reply &r)
{
    // A syscall's reply is one handle; a CallFunc's is [actual type code, handle].
    return r.values.isEmpty() ? 0 : r.values.last().u;
}

RpcTensor int8x4(quint64 data)
{
    RpcTensor t;
    t.data = data;
    t.code = 0;
    t.bits = 8;
    t.shape = {4};
    return t;
}

} // namespace

void TestRpcPacket::transcriptRequestsByteForByte()
{
    const QList<TranscriptBlock> blocks = testsupport::sessionTranscript();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    QHash<QString, quint64> handles; // by the name the test gives them
    QList<quint64> pointers;         // DevAllocDataWithScope's replies: A, B, C
    int checked = 0;
    QString pending; // the label of the request whose reply comes next
    for (const TranscriptBlock &b : blocks) {
        if (b.wire)
            continue;
        if (!b.request) {
            auto reply = RpcPacket::parseReply(b.bytes);
            QVERIFY2(reply.ok(), qPrintable(b.label + QLatin1String(": ") + (reply.ok() ? QString() : reply.error().message())));
            const quint64 h = handleOf(reply.value());
            if (b.label.startsWith(QLatin1String("GetGlobalFunc ")))
                handles.insert(b.label.mid(14), h);
            else if (b.label == QLatin1String("CallFunc runtime.SystemLib()"))
                handles.insert(QStringLiteral("syslib"), h);
            else if (b.label.startsWith(QLatin1String("CallFunc ModuleGetFunction")))
                handles.insert(QStringLiteral("add"), h);
            else if (b.label.startsWith(QLatin1String("CallFunc RPCTimeEvaluator")))
                handles.insert(QStringLiteral("timer"), h);
            else if (b.label.startsWith(QLatin1String("DevAllocDataWithScope")))
                pointers << h;
            continue;
        }
        const QString &l = b.label;
        const RpcTensor a = int8x4(pointers.value(0)), bb = int8x4(pointers.value(1)), c = int8x4(pointers.value(2));
        mtvw::Result<QByteArray> built = mtvw::Error(mtvw::Error::Code::NotFound, QStringLiteral("no rule for ") + l);
        if (l.startsWith(QLatin1String("GetGlobalFunc ")))
            built = RpcPacket::getGlobalFunc(l.mid(14).toUtf8());
        else if (l == QLatin1String("CallFunc runtime.SystemLib()"))
            built = RpcPacket::callFunc(handles.value(QStringLiteral("runtime.SystemLib")), {});
        else if (l == QLatin1String("CallFunc ModuleGetFunction(mod,'add',1)"))
            built = RpcPacket::callFunc(
                handles.value(QStringLiteral("tvm.rpc.server.ModuleGetFunction")),
                {RpcValue::module(handles.value(QStringLiteral("syslib"))), RpcValue::str("add"), RpcValue::integer(1)});
        else if (l == QLatin1String("CallFunc GetCRTMaxPacketSize()"))
            built = RpcPacket::callFunc(handles.value(QStringLiteral("tvm.rpc.server.GetCRTMaxPacketSize")), {});
        else if (l == QLatin1String("DevAllocDataWithScope int8[4] scope=null"))
            built = RpcPacket::syscall(RpcPacket::DevAllocDataWithScope, {RpcValue::dlTensor(int8x4(0)), RpcValue::null()});
        else if (l == QLatin1String("CopyToRemote A") || l == QLatin1String("CopyToRemote B"))
            built = RpcPacket::copyToRemote(l.endsWith(QLatin1Char('A')) ? a : bb,
                                            QByteArrayView(b.bytes).last(4)); // the data as sent
        else if (l == QLatin1String("CallFunc add(A,B,C)"))
            built = RpcPacket::callFunc(handles.value(QStringLiteral("add")),
                                        {RpcValue::dlTensor(a), RpcValue::dlTensor(bb), RpcValue::dlTensor(c)});
        else if (l == QLatin1String("CopyFromRemote C"))
            built = RpcPacket::copyFromRemote(c, 4);
        else if (l == QLatin1String("CallFunc RPCTimeEvaluator(mod,'add',1,0,1,3,0,100,0,1,0,'')")) {
            QList<RpcValue> args{RpcValue::module(handles.value(QStringLiteral("syslib"))), RpcValue::str("add")};
            for (qint64 v : {1, 0, 1, 3, 0, 100, 0, 1, 0})
                args << RpcValue::integer(v);
            args << RpcValue::str("");
            built = RpcPacket::callFunc(handles.value(QStringLiteral("runtime.RPCTimeEvaluator")), args);
        } else if (l == QLatin1String("CallFunc <timer func>(A,B,C)"))
            built = RpcPacket::callFunc(handles.value(QStringLiteral("timer")),
                                        {RpcValue::dlTensor(a), RpcValue::dlTensor(bb), RpcValue::dlTensor(c)});
        else if (l == QLatin1String("CallFunc invalid handle"))
            built = RpcPacket::callFunc(handles.value(QStringLiteral("runtime.SystemLib")) + 0x10, {}); // past the globals
        else if (l == QLatin1String("FreeHandle(add, kTVMPackedFuncHandle)"))
            built = RpcPacket::syscall(RpcPacket::FreeHandle, {RpcValue::handle(handles.value(QStringLiteral("add"))),
                                                               RpcValue::integer(RpcValue::Function)});
        else if (l == QLatin1String("DevFreeData(cpu0, C)"))
            built = RpcPacket::syscall(RpcPacket::DevFreeData, {RpcValue::device(1, 0), RpcValue::handle(c.data)});
        else if (l == QLatin1String("Shutdown"))
            built = RpcPacket::shutdown();
        QVERIFY2(built.ok(), qPrintable(l + QLatin1String(": ") + (built.ok() ? QString() : built.error().message())));
        QCOMPARE(built.value().toHex(' '), b.bytes.toHex(' '));
        ++checked;
        pending = l;
    }
    QCOMPARE(pointers.size(), 3);
    QVERIFY2(checked >= 18, qPrintable(QString::number(checked)));
}

void TestRpcPacket::repliesReadBack()
{
    const QList<TranscriptBlock> blocks = testsupport::sessionTranscript();
    if (blocks.isEmpty())
        QSKIP("the spec (../shared/spec/microtvm-reference.md) is absent: its 5.3 transcript is the test's input");
    for (const TranscriptBlock &b : blocks) {
        if (b.wire || b.request)
            continue;
        const auto r = RpcPacket::parseReply(b.bytes);
        QVERIFY(r.ok());
        const qint32 code = qFromLittleEndian<qint32>(b.bytes.constData() + 8);
        QCOMPARE(r.value().code, code);
        if (b.label == QLatin1String("CopyFromRemote C"))
            QCOMPARE(r.value().data, b.bytes.mid(12)); // the raw bytes after the header
        if (b.label == QLatin1String("CallFunc invalid handle"))
            QVERIFY(r.value().exception.startsWith(QLatin1String("invalid function index")));
        if (b.label == QLatin1String("CallFunc <timer func>(A,B,C)")) {
            // [int 12][bytes: 3 doubles, seconds per call]
            QCOMPARE(r.value().values.size(), 2);
            QCOMPARE(r.value().values[1].bytes.size(), 3 * 8);
            QCOMPARE(qFromLittleEndian<double>(r.value().values[1].bytes.constData()), 0.00125);
        }
    }
    QVERIFY(!RpcPacket::parseReply(QByteArray("\x0c\0\0\0\0\0\0\0\x04\0\0\0\x05\0\0\0", 16)).ok()); // cut short
    QVERIFY(!RpcPacket::parseReply(QByteArray(5, '\0')).ok());
}

void TestRpcPacket::refusedBeforeSending_data()
{
    QTest::addColumn<int>("code"); // 3: CallFunc, else the syscall
    QTest::addColumn<QList<RpcValue>>("args");
    QTest::addColumn<QString>("why");
    RpcValue ndarray;
    ndarray.type = RpcValue::NDArray;
    RpcValue unknown;
    unknown.type = 42;
    RpcValue flag;
    flag.type = RpcValue::Bool;
    flag.i = 1;
    RpcTensor negative = int8x4(0);
    negative.shape = {-1};
    RpcTensor deep = int8x4(0);
    deep.shape = QList<qint64>(33, 1);
    QTest::newRow("ndarray") << 3 << QList<RpcValue>{ndarray} << "NDArray";
    QTest::newRow("unknown type") << 3 << QList<RpcValue>{unknown} << "unknown type code 42";
    QTest::newRow("bool") << 3 << QList<RpcValue>{flag} << "send it as an int";
    QTest::newRow("negative dimension") << 3 << QList<RpcValue>{RpcValue::dlTensor(negative)} << "negative dimension";
    QTest::newRow("33 dimensions") << 3 << QList<RpcValue>{RpcValue::dlTensor(deep)} << "33 dimensions";
    QTest::newRow("GetGlobalFunc int") << 9 << QList<RpcValue>{RpcValue::integer(1)} << "GetGlobalFunc takes";
    QTest::newRow("GetGlobalFunc two") << 9 << QList<RpcValue>{RpcValue::str("a"), RpcValue::str("b")} << "(name: str)";
    QTest::newRow("FreeHandle one") << 10 << QList<RpcValue>{RpcValue::handle(1)} << "FreeHandle takes";
    QTest::newRow("DevFreeData swapped") << 14 << QList<RpcValue>{RpcValue::handle(1), RpcValue::device(1, 0)} << "DevFreeData";
    QTest::newRow("DevAllocData short") << 13 << QList<RpcValue>{RpcValue::device(1, 0), RpcValue::integer(4)} << "DevAllocData";
    QTest::newRow("code 42") << 42 << QList<RpcValue>{} << "would hang";
}

void TestRpcPacket::refusedBeforeSending()
{
    QFETCH(int, code);
    QFETCH(QList<RpcValue>, args);
    QFETCH(QString, why);
    const auto built = code == 3 ? RpcPacket::callFunc(0x80008000, args) : RpcPacket::syscall(code, args);
    QVERIFY(!built.ok());
    QVERIFY2(built.error().message().contains(why), qPrintable(built.error().message()));
}

void TestRpcPacket::sizeAgainstTheDevice()
{
    // 2037: the host CRT's GetCRTMaxPacketSize; a string argument that makes the packet one
    // byte longer than that is refused, one that fills it exactly is not.
    const qint64 max = 2037;
    auto withName = [](qsizetype n) { return RpcPacket::callFunc(1, {RpcValue::str(QByteArray(n, 'x'))}).value(); };
    const qsizetype fixed = withName(0).size() - 8; // code, handle, count, type code, length
    QVERIFY(RpcPacket::fits(withName(max - fixed), max).ok());
    const auto over = RpcPacket::fits(withName(max - fixed + 1), max);
    QVERIFY(!over.ok());
    QVERIFY(over.error().message().contains(QLatin1String("2037")));
    QCOMPARE(RpcPacket::copyOverhead(1), 52); // spec 4.4.7: 44 + 8 per dimension
    const RpcTensor t = int8x4(0x20001400);
    QCOMPARE(RpcPacket::copyToRemote(t, QByteArray(10, '\1')).value().size() - 8, RpcPacket::copyOverhead(1) + 10);
}

QTEST_GUILESS_MAIN(TestRpcPacket)
#include "tst_rpcpacket.moc"
