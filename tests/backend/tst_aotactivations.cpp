// The AOT main function's tensors: USMP lets, the runtime allocator's buffers, operator scratch.
#include "mlf/aotactivations.h"

#include <QTest>

using mtvw::mlf::AotActivations;

class TestAotActivations : public QObject
{
    Q_OBJECT

private slots:
    void usmpLets();
    void allocator();
    void aliasesAndDevices();
    void npuRegion();
    void caps();

private:
    static const AotActivations::Tensor *find(const AotActivations &a, const QString &name);
};

const AotActivations::Tensor *TestAotActivations::find(const AotActivations &a, const QString &name)
{
    for (const auto &t : a.tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

void TestAotActivations::usmpLets()
{
    AotActivations::Input in;
    in.mainText =
        "int32_t tvmgen_m___tvm_main__(float* in_buffer_var, float* out_buffer_var, uint8_t* global_const_workspace_0_var, "
        "uint8_t* global_workspace_1_var) {\n"
        "  void* sid_2_let = (&(global_workspace_1_var[0]));\n"
        "  void* sid_1_let = (&(global_workspace_1_var[300]));\n"
        "  if (tvmgen_m_a(in_buffer_var, sid_1_let, global_const_workspace_0_var, global_workspace_1_var) != 0 ) return -1;\n"
        "  if (tvmgen_m_b(sid_1_let, sid_2_let, global_const_workspace_0_var, global_workspace_1_var) != 0 ) return -1;\n"
        "  if (tvmgen_m_c(sid_2_let, out_buffer_var, global_const_workspace_0_var, global_workspace_1_var) != 0 ) return -1;\n"
        "  return 0;\n}\n";
    in.functions.insert(
        QStringLiteral("tvmgen_m_b"),
        "int32_t tvmgen_m_b(int8_t* p0, int8_t* T, uint8_t* global_const_workspace_4_var, uint8_t* global_workspace_5_var) {\n"
        "  void* c_let = (&(global_const_workspace_4_var[16]));\n"
        "  void* PadInput_let = (&(global_workspace_5_var[400]));\n  return 0;\n}\n");
    in.poolBytes.insert(QStringLiteral("global_workspace"), 500);
    in.inputBytes = {64};
    in.outputBytes = {8};
    const AotActivations a = AotActivations::read(QStringLiteral("tvmgen_m___tvm_main__"), in);
    QCOMPARE(a.calls, (QStringList{QStringLiteral("tvmgen_m_a"), QStringLiteral("tvmgen_m_b"), QStringLiteral("tvmgen_m_c")}));
    const auto *sid1 = find(a, QStringLiteral("sid_1"));
    const auto *sid2 = find(a, QStringLiteral("sid_2"));
    const auto *pad = find(a, QStringLiteral("tvmgen_m_b:PadInput"));
    QVERIFY(sid1 && sid2 && pad);
    QCOMPARE(sid1->pool, QStringLiteral("global_workspace"));
    QCOMPARE(sid1->offset, 300);
    QCOMPARE(sid1->firstCall, 0);
    QCOMPARE(sid1->lastCall, 1);
    // Bounded by the scratch at 400 while call 1 runs: 100; sid_2 at 0 by sid_1 at 300.
    QCOMPARE(sid1->bytes, 100);
    QVERIFY(!sid1->exact);
    QCOMPARE(sid2->bytes, 300);
    QCOMPARE(pad->bytes, 100); // to the pool's end
    QCOMPARE(pad->liveFrom, 1);
    QCOMPARE(pad->liveTo, 1);
    QVERIFY(!find(a, QStringLiteral("tvmgen_m_b:c"))); // the constant pool is not RAM
    // Held at call 1: sid_2 [0,300) + sid_1 [300,400) + PadInput [400,500) + io 72.
    QCOMPARE(a.heldBytes, (QList<qint64>{100 + 72, 500 + 72, 300 + 72}));
    QCOMPARE(a.peakCall, 1);
    QCOMPARE(a.peakBytes, 572);
    QCOMPARE(find(a, QStringLiteral("in"))->role, AotActivations::Role::Input);
    QCOMPARE(find(a, QStringLiteral("out"))->bytes, 8);
}

void TestAotActivations::allocator()
{
    AotActivations::Input in;
    in.mainText = "TVM_DLL int32_t tvmgen_default_run_model(void* arg0, void* arg1) {\n"
                  "  void* input = arg0;\n  void* output = arg1;\n"
                  "  void* sid_6 = TVMBackendAllocWorkspace(1, 0, (uint64_t)8000, 0, 8);\n"
                  "  if (sid_6 == NULL) {\n    return -1;\n  }\n"
                  "  void* sid_5 = TVMBackendAllocWorkspace(1, 0, (uint64_t)4000, 0, 8);\n"
                  "  (void)tvmgen_default_a(input, __tvm_param__p0, sid_6);\n"
                  "  (void)tvmgen_default_b(sid_6, sid_5);\n"
                  "  if (TVMBackendFreeWorkspace(1, 0, sid_5) != 0) {\n    return -1;\n  }\n"
                  "  (void)tvmgen_default_c(sid_6, output);\n"
                  "  if (TVMBackendFreeWorkspace(1, 0, sid_6) != 0) {\n    return -1;\n  }\n  return 0;\n}\n";
    in.functions.insert(
        QStringLiteral("tvmgen_default_b"),
        "int32_t tvmgen_default_b(void* a, void* b) {\n  void* ctx = TVMBackendAllocWorkspace(1, 0, (uint64_t)1152, 0, 8);\n"
        "  return 0;\n}\n");
    const AotActivations a = AotActivations::read(QStringLiteral("tvmgen_default_run_model"), in);
    QCOMPARE(a.calls.size(), 3);
    const auto *sid6 = find(a, QStringLiteral("sid_6"));
    const auto *sid5 = find(a, QStringLiteral("sid_5"));
    QVERIFY(sid6 && sid5);
    QCOMPARE(sid6->bytes, 8000);
    QVERIFY(sid6->exact);
    QCOMPARE(sid6->offset, -1);
    QCOMPARE(sid6->pool, QString::fromLatin1(AotActivations::kAllocatorPool));
    QCOMPARE(sid6->firstCall, 0);
    QCOMPARE(sid6->lastCall, 2);
    QCOMPARE(sid6->liveTo, 2);
    QCOMPARE(sid5->liveFrom, 0); // allocated before the first call
    QCOMPARE(sid5->liveTo, 1);   // freed after the second
    QVERIFY(find(a, QStringLiteral("tvmgen_default_b:ctx")));
    // The input and output are the aliases of arg0 and arg1 (sizes unknown here).
    QCOMPARE(find(a, QStringLiteral("arg0"))->firstCall, 0);
    QCOMPARE(find(a, QStringLiteral("arg1"))->lastCall, 2);
    QCOMPARE(a.heldBytes, (QList<qint64>{12000, 12000 + 1152, 8000}));
    QCOMPARE(a.peakCall, 1);

    // Allocated and freed before any call, or after the last: never held while the model runs.
    in.mainText = "int32_t m(void* arg0, void* arg1) {\n"
                  "  void* early = TVMBackendAllocWorkspace(1, 0, (uint64_t)64, 0, 8);\n"
                  "  TVMBackendFreeWorkspace(1, 0, early);\n"
                  "  (void)op(arg0, arg1);\n"
                  "  void* late = TVMBackendAllocWorkspace(1, 0, (uint64_t)32, 0, 8);\n  return 0;\n}\n";
    const AotActivations b = AotActivations::read(QStringLiteral("m"), in);
    QCOMPARE(b.calls.size(), 1);
    QVERIFY(!find(b, QStringLiteral("early")));
    QVERIFY(!find(b, QStringLiteral("late")));
    for (const auto &t : b.tensors)
        QVERIFY(t.liveFrom <= t.liveTo);
}

void TestAotActivations::aliasesAndDevices()
{
    AotActivations::Input in;
    in.mainText =
        "int32_t tvmgen_default___tvm_main__(uint8_t* in_buffer_var, int8_t* out_buffer_var, uint8_t* global_workspace_0_var, "
        "void* device_context_ethos_u) {\n"
        "  if (TVMDeviceEthosUActivate(device_context_ethos_u) != 0 ) return -1;\n"
        "  void* sid_1_let = (&(global_workspace_0_var[64]));\n"
        "  if (tvmgen_default_cast(in_buffer_var, sid_1_let, global_workspace_0_var) != 0 ) return -1;\n"
        "  if (tvmgen_default_npu(sid_1_let, out_buffer_var, global_workspace_0_var, device_context_ethos_u) != 0 ) return -1;\n"
        "  if (TVMDeviceEthosUDeactivate(device_context_ethos_u) != 0 ) return -1;\n  return 0;\n}\n";
    in.poolBytes.insert(QStringLiteral("global_workspace"), 128);
    const AotActivations a = AotActivations::read(QStringLiteral("tvmgen_default___tvm_main__"), in);
    QCOMPARE(a.calls, (QStringList{QStringLiteral("tvmgen_default_cast"), QStringLiteral("tvmgen_default_npu")}));
    QVERIFY(!find(a, QStringLiteral("device_context_ethos_u")));
    QCOMPARE(find(a, QStringLiteral("sid_1"))->bytes, 64);
}

void TestAotActivations::npuRegion()
{
    AotActivations::Input in;
    in.mainText = "int32_t m(int8_t* in_buffer_var, int8_t* out_buffer_var, uint8_t* global_workspace_0_var) {\n"
                  "  if (npu(in_buffer_var, out_buffer_var, global_workspace_0_var) != 0 ) return -1;\n  return 0;\n}\n";
    in.functions.insert(QStringLiteral("npu"), "int32_t npu(void* a, void* b, void* global_workspace_1_var) {\n"
                                               "  base_addrs[1] = (uintptr_t)(global_workspace_1_var);\n"
                                               "  base_addrs_size[1] = 7782400;\n  return 0;\n}\n");
    const AotActivations a = AotActivations::read(QStringLiteral("m"), in);
    const auto *region = find(a, QStringLiteral("npu:npu region 1"));
    QVERIFY(region);
    QCOMPARE(region->bytes, 7782400);
    QCOMPARE(region->offset, 0);
    QCOMPARE(region->pool, QStringLiteral("global_workspace"));
}

void TestAotActivations::caps()
{
    AotActivations::Input in;
    QByteArray body = "int32_t m(float* x_buffer_var, uint8_t* global_workspace_0_var) {\n";
    for (int i = 0; i < AotActivations::kMaxCalls + 10; ++i)
        body += "  f(x_buffer_var);\n";
    in.mainText = body + "}\n";
    const AotActivations a = AotActivations::read(QStringLiteral("m"), in);
    QVERIFY(a.truncated);
    QCOMPARE(a.calls.size(), AotActivations::kMaxCalls);
    QCOMPARE(a.heldBytes.size(), a.calls.size());
}

QTEST_APPLESS_MAIN(TestAotActivations)
#include "tst_aotactivations.moc"
