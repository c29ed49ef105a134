// The static arrays of generated C: every form TVM writes weights in, and workspace arrays.
#include "mlf/codearrays.h"

#include <QTest>

using mtvw::mlf::CodeArrays;

class TestCodeArrays : public QObject
{
    Q_OBJECT

private slots:
    void forms_data();
    void forms();
    void onceAndInOrder();
    void notArrays_data();
    void notArrays();
    void hugeAndHostile();
};

void TestCodeArrays::forms_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("line");
    using K = CodeArrays::Kind;
    QTest::newRow("linked param") << QByteArray(
                                         "#include <x.h>\nstatic const int16_t __tvm_param__p35[1152] = {\n  +0x0007,\n};\n")
                                  << "__tvm_param__p35" << qint64(1152 * 2) << int(K::LinkedParam) << "" << 2;
    QTest::newRow("attribute between type and name")
        << QByteArray(
               "static const int32_t __attribute__((section(\".rodata.tvm\"), aligned(16))) constant_23[64] = {\n  -0x7,\n};\n")
        << "constant_23" << qint64(64 * 4) << int(K::Constant) << ".rodata.tvm" << 1;
    QTest::newRow("float constant")
        << QByteArray("static const float __attribute__((section(\".rodata.tvm\"), aligned(16))) c_1[10] = {0};\n") << "c_1"
        << qint64(40) << int(K::Constant) << ".rodata.tvm" << 1;
    QTest::newRow("npu weights as a byte string")
        << QByteArray("\n__attribute__((section(\".rodata.tvm\"), aligned(16))) static int8_t "
                      "tvmgen_default_ethos_u_main_0_weights[5008] = \"\\x80\\x80\";\n")
        << "tvmgen_default_ethos_u_main_0_weights" << qint64(5008) << int(K::NpuWeights) << ".rodata.tvm" << 2;
    QTest::newRow("npu command stream")
        << QByteArray("__attribute__((section(\".rodata.tvm\"), aligned(16))) static int8_t x_cms_data_data[680] = \"\\x43\";\n")
        << "x_cms_data_data" << qint64(680) << int(K::NpuCommandStream) << ".rodata.tvm" << 1;
    QTest::newRow("const static, #if branches, string after #endif")
        << QByteArray("#if defined(P)\n    __attribute__((section(\"tvm.weight\"), aligned(2048))) const static int8_t "
                      "w_weights[73376] =\n"
                      "#else\n    __attribute__((section(\"tvm.weight\"), aligned(16))) const static int8_t w_weights[73376] =\n"
                      "#endif\n\"\\xe8\\x08\";\n")
        << "w_weights" << qint64(73376) << int(K::NpuWeights) << "tvm.weight" << 4; // the branch the initialiser follows
    QTest::newRow("non-static array in a section, macro size")
        << QByteArray(
               "#define XOM_PAGE_SIZE 8192\n#define XOM_BASE_ALIGN  XOM_PAGE_SIZE\n#define CMS_HEADER_SIZE 32\n"
               "__attribute__((section(\"tvm.dummy\"), aligned(16))) const char pad[XOM_BASE_ALIGN - CMS_HEADER_SIZE] = {0};\n")
        << "pad" << qint64(8192 - 32) << int(K::Constant) << "tvm.dummy" << 4;
    // Members at 16-byte alignment: 30720 at 0, 10080 at 30720, int16 2400 (4800 B) at 40800, 6 int32 at 45600.
    QTest::newRow("USMP constant pool")
        << QByteArray("__attribute__((section(\".rodata.tvm\"), ))\nstatic struct global_const_workspace {\n"
                      "  int8_t a_let[30720] __attribute__((aligned(16))); // 30720 bytes, aligned offset: 0\n"
                      "  int8_t b_let[10080] __attribute__((packed, aligned(16))); // 10080 bytes, aligned offset: 30720\n"
                      "  int16_t c_let[2400] __attribute__((packed, aligned(16))); // 4800 bytes, aligned offset: 40800\n"
                      "  int32_t d_let[6] __attribute__((packed, aligned(16))); // 24 bytes, aligned offset: 45600\n"
                      "} global_const_workspace = {\n  .a_let = {\n    -0x01,\n  },\n};\n")
        << "global_const_workspace" << qint64(45600 + 24) << int(K::ConstantPool) << ".rodata.tvm" << 7;
    QTest::newRow("workspace array")
        << QByteArray("__attribute__((section(\".bss.noinit.tvm\"), aligned(4)))\nstatic uint8_t global_workspace[5336];\n")
        << "global_workspace" << qint64(5336) << int(K::Workspace) << ".bss.noinit.tvm" << 2;
    QTest::newRow("workspace after the array")
        << QByteArray("static uint8_t tvmgen_default_global_workspace[80] __attribute__((aligned(16)));\n")
        << "tvmgen_default_global_workspace" << qint64(80) << int(K::Workspace) << "" << 1;
    QTest::newRow("two dimensions") << QByteArray("static const uint8_t t[3][5] = {{0}};\n") << "t" << qint64(15)
                                    << int(K::Constant) << "" << 1;
}

void TestCodeArrays::forms()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, symbol);
    QFETCH(qint64, bytes);
    QFETCH(int, kind);
    QFETCH(QString, section);
    QFETCH(int, line);
    const QList<CodeArrays::Array> arrays = CodeArrays::scan(source, QStringLiteral("lib.c"));
    QCOMPARE(arrays.size(), 1);
    const CodeArrays::Array &a = arrays.first();
    QCOMPARE(a.symbol, symbol);
    QCOMPARE(a.bytes, bytes);
    QCOMPARE(int(a.kind), kind);
    QCOMPARE(a.section, section);
    QCOMPARE(a.line, line);
    QCOMPARE(a.file, QStringLiteral("lib.c"));
}

void TestCodeArrays::onceAndInOrder()
{
    QByteArray src;
    for (int i = 0; i < 50; ++i)
        src += "static const int8_t __attribute__((section(\".rodata.tvm\"), aligned(16))) constant_" + QByteArray::number(i) +
               "[" + QByteArray::number(i + 1) + "] = {\n  0,\n};\n";
    const auto arrays = CodeArrays::scan(src, QStringLiteral("a.c"));
    QCOMPARE(arrays.size(), 50);
    qint64 total = 0;
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(arrays[i].symbol, QStringLiteral("constant_%1").arg(i));
        QCOMPARE(arrays[i].line, 1 + 3 * i);
        total += arrays[i].bytes;
    }
    QCOMPARE(total, qint64(50 * 51 / 2));
}

void TestCodeArrays::notArrays_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("function") << QByteArray("static int32_t f(int8_t x[4]) {\n  return x[0];\n}\n");
    QTest::newRow("function table") << QByteArray("static const TVMBackendPackedCFunc _tvm_func_array[] = {\n  f,\n};\n");
    QTest::newRow("struct of unknown type") << QByteArray("static const struct TVMMetadata kTvmgenMetadata[1] = {{0}};\n");
    QTest::newRow("registry") << QByteArray("static const TVMFuncRegistry _tvm_func_registry = {\n  \"\\001f\\000\",\n};\n");
    QTest::newRow("pointer array") << QByteArray("static const char* names[3] = {\"a\", \"b\", \"c\"};\n");
    QTest::newRow("comment") << QByteArray("// a static buffer of [64] bytes = not declared\n");
    QTest::newRow("unevaluable size") << QByteArray("static int8_t x[UNKNOWN_MACRO] = {0};\n");
}

void TestCodeArrays::notArrays()
{
    QFETCH(QByteArray, source);
    const auto arrays = CodeArrays::scan(source, QStringLiteral("a.c"));
    for (const auto &a : arrays)
        QVERIFY2(a.bytes < 0, qPrintable(a.symbol)); // listed only as "size not evaluated", never counted
    QVERIFY(arrays.size() <= 1);
}

void TestCodeArrays::hugeAndHostile()
{
    // Sizes that overflow are not evaluated; nothing wraps into a small figure.
    const auto big = CodeArrays::scan("static const int64_t x[9223372036854775807] = {0};\n", QStringLiteral("a.c"));
    QCOMPARE(big.size(), 1);
    QCOMPARE(big.first().bytes, qint64(-1));
    // A long run of anchors without a declaration is read in one pass (no quadratic rescans).
    QByteArray noise;
    for (int i = 0; i < 200000; ++i)
        noise += "static\n";
    QVERIFY(CodeArrays::scan(noise, QStringLiteral("n.c")).isEmpty());
}

QTEST_APPLESS_MAIN(TestCodeArrays)
#include "tst_codearrays.moc"
