#include "mlf/interfaceheader.h"
#include "mlf/sourceindex.h"
#include "mlf/textindex.h"

#include <QTest>

using namespace mtvw::mlf;

class TestSources : public QObject
{
    Q_OBJECT
private slots:
    void cFunctions_data();
    void cFunctions();
    void functionRangeIsExact();
    void indexStopsAtItsLimit();
    void header_data();
    void header();
    void relayAndTir();
};

void TestSources::cFunctions_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("startLines");
    QTest::newRow("generated kernel with extern C guard")
        << QByteArray("#ifdef __cplusplus\nextern \"C\"\n#endif\nTVM_DLL int32_t tvmgen_default_fused_add(void* args, int32_t* "
                      "ids) {\n  return 0;\n}\n")
        << QStringList{"tvmgen_default_fused_add"} << QList<int>{4};
    QTest::newRow("declarations are not definitions")
        << QByteArray("TVM_DLL int32_t f(void* a);\nint32_t g(int x);\nint h(void) { return 1; }\n") << QStringList{"h"}
        << QList<int>{3};
    QTest::newRow("static arrays and structs are not functions")
        << QByteArray("static const TVMModule lib = {\n f, 2 };\nstruct s { int a; };\nstatic int table[] = {1,2};\nvoid "
                      "k(void)\n{\n}\n")
        << QStringList{"k"} << QList<int>{5};
    QTest::newRow("braces in strings and comments")
        << QByteArray("/* void fake(void) { */\nint a(void) { const char *s = \"}{\"; char c = '}'; // }\n return 0; }\nint "
                      "b(void) { return 2; }\n")
        << QStringList{"a", "b"} << QList<int>{2, 4};
    QTest::newRow("attributes before the name")
        << QByteArray("__attribute__((section(\".text\"))) static int32_t __tvm_main__(void* args) {\n return 0;\n}\n")
        << QStringList{"__tvm_main__"} << QList<int>{1};
    QTest::newRow("multi-line preprocessor and nested braces")
        << QByteArray("#define X(a) \\\n  { a }\nint outer(int n) {\n  for (;;) { if (n) { break; } }\n  return n;\n}\n")
        << QStringList{"outer"} << QList<int>{3};
    QTest::newRow("extern C block around definitions")
        << QByteArray("#ifdef __cplusplus\nextern \"C\" {\n#endif\nstatic const int t[2] = {1, 2};\nint f(void) { return 0; "
                      "}\n#ifdef __cplusplus\n}\n#endif\n")
        << QStringList{"f"} << QList<int>{5};
    QTest::newRow("unterminated file does not hang")
        << QByteArray("int broken(void) {\n  \"unterminated") << QStringList{} << QList<int>{};
    QTest::newRow("empty") << QByteArray() << QStringList{} << QList<int>{};
}

void TestSources::cFunctions()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, startLines);
    const auto fns = SourceIndex::scan(source, QStringLiteral("lib0.c"));
    QStringList got;
    QList<int> lines;
    for (const auto &f : fns) {
        got << f.name;
        lines << f.startLine;
        QCOMPARE(f.file, QStringLiteral("lib0.c"));
        QVERIFY(f.endLine >= f.startLine);
    }
    QCOMPARE(got, names);
    QCOMPARE(lines, startLines);
}

void TestSources::functionRangeIsExact()
{
    const QByteArray src = "int x;\n\nint32_t add(int a, int b) {\n  return a + b;\n}\n\nint tail;\n";
    SourceIndex index;
    index.addFile(QStringLiteral("a.c"), src);
    const auto *f = index.find(QStringLiteral("add"));
    QVERIFY(f);
    QCOMPARE(src.mid(f->startOffset, f->bytes()), QByteArray("int32_t add(int a, int b) {\n  return a + b;\n}"));
    QCOMPARE(f->startLine, 3);
    QCOMPARE(f->endLine, 5);
    QCOMPARE(index.files().first().lines, 7);
    QCOMPARE(index.files().first().functionCount, 1);
    QVERIFY(!index.find(QStringLiteral("x")));
}

void TestSources::indexStopsAtItsLimit()
{
    // Two files of tiny functions, together 10 past the limit: the first is indexed whole, the
    // second up to the limit, and the index says it stopped.
    const qsizetype first = SourceIndex::kMaxFunctions - 5;
    QByteArray a, b;
    for (qsizetype i = 0; i < first; ++i)
        a += "void a" + QByteArray::number(i) + "(){}\n";
    for (int i = 0; i < 15; ++i)
        b += "void b" + QByteArray::number(i) + "(){}\n";
    SourceIndex index;
    QVERIFY(index.addFile(QStringLiteral("a.c"), a));
    QCOMPARE(index.functions().size(), first);
    QVERIFY(!index.addFile(QStringLiteral("b.c"), b));
    QCOMPARE(index.functions().size(), SourceIndex::kMaxFunctions);
    QCOMPARE(index.functions().last().name, QStringLiteral("b4"));
    QCOMPARE(index.files().last().lines, 15); // the file's own figures stay whole
    QVERIFY(!index.addFile(QStringLiteral("c.c"), QByteArray("void c(){}\n")));
    QVERIFY(index.find(QStringLiteral("c")) == nullptr);
    QVERIFY(index.find(QStringLiteral("b4")) != nullptr);
}

void TestSources::header_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<qint64>("firstInputSize");
    QTest::addColumn<qint64>("workspace");
    QTest::addColumn<int>("pools");
    QTest::addColumn<bool>("ioInPools");
    QTest::newRow("plain AOT C interface")
        << QByteArray(
               "#ifndef TVMGEN_DEFAULT_H_\n#define TVMGEN_DEFAULT_H_\n#include <stdint.h>\n"
               "/*! comment { } */\n#define TVMGEN_DEFAULT_INPUT_1_SIZE 3136\n#define TVMGEN_DEFAULT_OUTPUT_SIZE 40\n"
               "struct tvmgen_default_inputs {\n  void* input_1;\n};\nstruct tvmgen_default_outputs {\n  void* output;\n};\n"
               "int32_t tvmgen_default_run(\n  struct tvmgen_default_inputs* inputs,\n  struct tvmgen_default_outputs* "
               "outputs\n);\n"
               "#define TVMGEN_DEFAULT_WORKSPACE_SIZE 5336\n#endif\n")
        << "codegen/host/include/tvmgen_default.h" << QStringList{"input_1"} << qint64(3136) << qint64(5336) << 0 << false;
    QTest::newRow("USMP pools with mappers")
        << QByteArray("struct tvmgen_my_mod_inputs { void* x; };\nstruct tvmgen_my_mod_outputs { void* y; };\n"
                      "struct tvmgen_my_mod_workspace_pools { void* sram; void* dtcm; };\n"
                      "struct tvmgen_my_mod_inputs tvmgen_my_mod_map_inputs(struct tvmgen_my_mod_workspace_pools* p);\n"
                      "int32_t tvmgen_my_mod_run(struct tvmgen_my_mod_workspace_pools* workspace_pools);\n"
                      "#define TVMGEN_MY_MOD_SRAM_WORKSPACE_POOL_SIZE 1024\n#define TVMGEN_MY_MOD_DTCM_WORKSPACE_POOL_SIZE 512\n"
                      "#define TVMGEN_MY_MOD_FLASH_CONSTANT_POOL_SIZE 480\n")
        << "tvmgen_my_mod.h" << QStringList{"x"} << qint64(-1) << qint64(-1) << 3 << true;
}

void TestSources::header()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, file);
    QFETCH(QStringList, inputs);
    QFETCH(qint64, firstInputSize);
    QFETCH(qint64, workspace);
    QFETCH(int, pools);
    QFETCH(bool, ioInPools);
    auto h = InterfaceHeader::parse(text, file);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message()));
    QStringList names;
    for (const auto &t : h->inputs)
        names << t.name;
    QCOMPARE(names, inputs);
    QCOMPARE(h->inputs.first().sizeBytes, firstInputSize);
    QCOMPARE(h->workspaceBytes, workspace);
    QCOMPARE(h->pools.size(), pools);
    QCOMPARE(h->ioInPools, ioInPools);
    QVERIFY(h->runFunction.endsWith(QLatin1String("_run")));
    if (pools) {
        QCOMPARE(h->pools[0].name, QStringLiteral("sram"));
        QCOMPARE(h->pools[0].sizeBytes, 1024);
        QCOMPARE(h->pools[2].kind, QStringLiteral("constant"));
    }
}

void TestSources::relayAndTir()
{
    const QByteArray relay = "#[version = \"0.0.5\"]\ndef @main(%x: Tensor[(1, 4), float32]) {\n  %0 = nn.relu(%x);\n  %0\n}\n\n"
                             "def @helper(%y) {\n  %y\n}\n";
    const auto r = TextIndex::relay(relay, QStringLiteral("src/default.relay"));
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].name, QStringLiteral("main"));
    QCOMPARE(r[0].startLine, 2);
    QCOMPARE(r[0].endLine, 5);
    QCOMPARE(r[1].name, QStringLiteral("helper"));

    const QByteArray script =
        "# from tvm.script import tir as T\n@T.prim_func\ndef add(A: T.Buffer((2,), \"int8\")):\n    pass\n\n"
        "@T.prim_func\ndef mul(B: T.Buffer((2,), \"int8\")):\n    pass\n";
    const auto t = TextIndex::tir(script, QStringLiteral("src/tir-1.txt"));
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].name, QStringLiteral("add"));
    QCOMPARE(t[0].startLine, 2);
    QCOMPARE(t[1].name, QStringLiteral("mul"));

    const QByteArray old =
        "primfn(A_1: handle, B_1: handle) -> ()\n  attr = {\"global_symbol\": \"add\", \"tir.noalias\": True}\n  buffers = {}\n";
    const auto o = TextIndex::tir(old, QStringLiteral("src/tir-1.txt"));
    QCOMPARE(o.size(), 1);
    QCOMPARE(o[0].name, QStringLiteral("add"));
    QCOMPARE(o[0].endLine, 3);
}

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
