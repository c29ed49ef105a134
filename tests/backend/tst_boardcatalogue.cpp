#include "../testsupport.h"
#include "mlf/boardcatalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw::mlf;

class TestBoardCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void seedLoads();
    void seedHasTemplateBoards_data();
    void seedHasTemplateBoards();
    void resourceMatchesSeed();
    void userBoardRoundTrip();
    void missingUserFileIsEmpty();
    void targetNamesTheBoard_data();
    void targetNamesTheBoard();
    void malformed_data();
    void malformed();
    void usbIdsNameTheBoards();

private:
    static QString seedPath() { return QStringLiteral(MTVW_SOURCE_DIR "/resources/boards/boards.json"); }
};

void TestBoardCatalogue::seedLoads()
{
    auto catalogue = BoardCatalogue::load(seedPath());
    QVERIFY2(catalogue.ok(), catalogue.ok() ? "" : qPrintable(catalogue.error().message()));
    QVERIFY(!catalogue->isEmpty());
    for (const BoardCatalogue::Board &b : catalogue->boards()) {
        QVERIFY2(!b.name.isEmpty(), "a board without a name");
        QVERIFY2(b.ramBytes > 0, qPrintable(b.name));
        QVERIFY2(b.flashBytes > 0, qPrintable(b.name));
        QVERIFY2(b.platform == QLatin1String("zephyr") || b.platform == QLatin1String("arduino"), qPrintable(b.name));
        QVERIFY2(!b.source.isEmpty(), qPrintable(b.name + QStringLiteral(": no source for its figures")));
        // The workbench speaks English and German: a note is in both, and the locale picks.
        if (!b.note.isEmpty()) {
            QVERIFY2(!b.notes.value(QStringLiteral("de")).isEmpty(), qPrintable(b.name + QStringLiteral(": no German note")));
            QCOMPARE(b.noteFor(QLocale(QLocale::German, QLocale::Austria)), b.notes.value(QStringLiteral("de")));
            QCOMPARE(b.noteFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), b.note);
            QCOMPARE(b.noteFor(QLocale(QLocale::French)), b.note); // no French: English
        }
    }
    // The figure everybody knows.
    const BoardCatalogue::Board *f746 = catalogue->find(QStringLiteral("nucleo_f746zg"));
    QVERIFY(f746);
    QCOMPARE(f746->ramBytes, 320 * 1024);
    QCOMPARE(f746->flashBytes, 1024 * 1024);
    // What the Zephyr board files give the application (ram: 256 and 448 KiB).
    QCOMPARE(f746->appRamBytes, 256 * 1024);
    QCOMPARE(catalogue->find(QStringLiteral("nrf5340dk_nrf5340_cpuapp"))->appRamBytes, 448 * 1024);
}

// The boards.json keys of the stock templates (spec 3.7 and 3.8).
void TestBoardCatalogue::seedHasTemplateBoards_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<qint64>("recommendedHeap");
    const QList<std::pair<const char *, qint64>> zephyr{{"b_u585i_iot02a", -1},
                                                        {"mimxrt1050_evk", -1},
                                                        {"mps2_an521", -1},
                                                        {"mps3_an547", -1},
                                                        {"nrf5340dk_nrf5340_cpuapp", 368640},
                                                        {"nucleo_f746zg", -1},
                                                        {"nucleo_l4r5zi", 524288},
                                                        {"qemu_cortex_r5", -1},
                                                        {"qemu_riscv32", -1},
                                                        {"qemu_riscv64", -1},
                                                        {"qemu_x86", 524288},
                                                        {"stm32f746g_disco", -1}};
    for (const auto &[name, heap] : zephyr)
        QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("zephyr") << heap;
    for (const char *name : {"due", "feathers2", "metrom4", "spresense", "nano33ble", "portentah7", "pybadge", "rpipico",
                             "teensy40", "teensy41", "wioterminal"})
        QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("arduino") << qint64(-1);
}

void TestBoardCatalogue::targetNamesTheBoard_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("core");  // for -mcpu: the core every match has in its MCU
    QTest::addColumn<QString>("first"); // the board chosen
    // The corpus's targets, and the spec's model column (3.7, 3.8).
    QTest::newRow("nrf5340dk") << "c -keys=cpu -link-params=1 -mcpu=cortex-m33 -model=nrf5340dk -runtime=c -system-lib=1"
                               << "-model=nrf5340dk"
                               << ""
                               << "nrf5340dk_nrf5340_cpuapp";
    QTest::newRow("spresense") << "c -keys=arm_cpu,cpu -mcpu=cortex-m4+nodsp -model=cxd5602gg"
                               << "-model=cxd5602gg"
                               << ""
                               << "spresense";
    QTest::newRow("stm32f746xx") << "c -model=stm32f746xx -mcpu=cortex-m7"
                                 << "-model=stm32f746xx"
                                 << ""
                                 << "nucleo_f746zg";
    QTest::newRow("model is a board name") << "c -model=teensy41"
                                           << "-model=teensy41"
                                           << ""
                                           << "teensy41";
    // imxrt10xx names the 32 MiB i.MX RT1050 EVK and the 1 MiB Teensys: the smallest is checked.
    QTest::newRow("shared model, smallest first") << "c -model=imxrt10xx"
                                                  << "-model=imxrt10xx"
                                                  << ""
                                                  << "teensy40";
    QTest::newRow("cortex-m7") << "c -keys=arm_cpu,cpu -mcpu=cortex-m7"
                               << "-mcpu=cortex-m7"
                               << "Cortex-M7"
                               << "nucleo_f746zg"; // 320 KiB: the smallest Cortex-M7 board
    QTest::newRow("cortex-m3 is not m33") << "c -mcpu=cortex-m3"
                                          << "-mcpu=cortex-m3"
                                          << "Cortex-M3"
                                          << "due";
    QTest::newRow("cortex-m0plus") << "c -mcpu=cortex-m0plus"
                                   << "-mcpu=cortex-m0plus"
                                   << "Cortex-M0"
                                   << "rpipico";
    QTest::newRow("unknown model, known core") << "c -model=myboard -mcpu=cortex-m55"
                                               << "-mcpu=cortex-m55"
                                               << "Cortex-M55"
                                               << "mps3_an547";
    QTest::newRow("host") << "c -keys=cpu -model=host"
                          << ""
                          << ""
                          << "";
    QTest::newRow("no options") << "llvm"
                                << ""
                                << ""
                                << "";
}

void TestBoardCatalogue::targetNamesTheBoard()
{
    QFETCH(QString, target);
    QFETCH(QString, key);
    QFETCH(QString, core);
    QFETCH(QString, first);
    auto catalogue = BoardCatalogue::load(seedPath());
    QVERIFY(catalogue.ok());
    const auto match = catalogue->matchTarget(target);
    QCOMPARE(match.key, key);
    QCOMPARE(match.boards.isEmpty() ? QString() : match.boards.first()->name, first);
    if (core.isEmpty())
        return;
    // Every board whose MCU has the core, and no other, smallest RAM first.
    const QRegularExpression has(QStringLiteral("Cortex-%1(?![0-9])").arg(core.mid(7)));
    qsizetype expected = 0;
    for (const BoardCatalogue::Board &b : catalogue->boards())
        expected += has.match(b.mcu).hasMatch();
    QCOMPARE(match.boards.size(), expected);
    for (qsizetype i = 0; i < match.boards.size(); ++i) {
        QVERIFY2(has.match(match.boards[i]->mcu).hasMatch(), qPrintable(match.boards[i]->mcu));
        if (i > 0)
            QVERIFY(match.boards[i - 1]->budgetRamBytes() <= match.boards[i]->budgetRamBytes());
    }
}

void TestBoardCatalogue::seedHasTemplateBoards()
{
    QFETCH(QString, name);
    QFETCH(QString, platform);
    QFETCH(qint64, recommendedHeap);
    auto catalogue = BoardCatalogue::load(seedPath());
    QVERIFY(catalogue.ok());
    const BoardCatalogue::Board *b = catalogue->find(name);
    QVERIFY2(b, qPrintable(name));
    QCOMPARE(b->platform, platform);
    // The model column of the stock templates' boards.json (spec 3.7, 3.8).
    static const QHash<QString, QString> models{{"b_u585i_iot02a", "stm32u5xx"},
                                                {"mimxrt1050_evk", "imxrt10xx"},
                                                {"mps2_an521", "mps2_an521"},
                                                {"mps3_an547", "mps3_an547"},
                                                {"nrf5340dk_nrf5340_cpuapp", "nrf5340dk"},
                                                {"nucleo_f746zg", "stm32f746xx"},
                                                {"nucleo_l4r5zi", "stm32l4r5zi"},
                                                {"qemu_cortex_r5", "zynq_mp_r5"},
                                                {"qemu_riscv32", "host"},
                                                {"qemu_riscv64", "host"},
                                                {"qemu_x86", "host"},
                                                {"stm32f746g_disco", "stm32f746xx"},
                                                {"due", "sam3x8e"},
                                                {"feathers2", "esp32"},
                                                {"metrom4", "atsamd51"},
                                                {"spresense", "cxd5602gg"},
                                                {"nano33ble", "nrf52840"},
                                                {"portentah7", "stm32h7xx"},
                                                {"pybadge", "atsamd51"},
                                                {"rpipico", "rp2040"},
                                                {"teensy40", "imxrt10xx"},
                                                {"teensy41", "imxrt10xx"},
                                                {"wioterminal", "atsamd51"}};
    QCOMPARE(b->model, models.value(name));
    QCOMPARE(b->recommendedHeapBytes, recommendedHeap);
    if (recommendedHeap > 0)
        QVERIFY2(recommendedHeap < b->ramBytes, "the template asserts the heap is below the board's RAM");
}

void TestBoardCatalogue::resourceMatchesSeed()
{
    if (!QFile::exists(QString::fromLatin1(BoardCatalogue::kBuiltInPath)))
        QSKIP("the board list is not embedded in this executable");
    auto embedded = BoardCatalogue::load(QString::fromLatin1(BoardCatalogue::kBuiltInPath));
    auto seed = BoardCatalogue::load(seedPath());
    QVERIFY(embedded.ok() && seed.ok());
    QCOMPARE(embedded->toJson(), seed->toJson());
}

void TestBoardCatalogue::userBoardRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config/mtvw/boards.json")); // the folder does not exist yet
    BoardCatalogue user;
    BoardCatalogue::Board b;
    b.name = QStringLiteral("my_board, \"rev B\"");
    b.platform = QStringLiteral("custom");
    b.mcu = QStringLiteral("STM32H7B3");
    b.ramBytes = 1400 * 1024;
    b.flashBytes = 2 * 1024 * 1024;
    b.note = QStringLiteral("bench unit");
    b.notes.insert(QStringLiteral("de"), QStringLiteral("Laborgerät"));
    user.add(b);
    BoardCatalogue::Board other = b;
    other.name = QStringLiteral("second");
    other.ramBytes = 1;
    user.add(other);
    other.ramBytes = 64 * 1024; // replaces by name
    user.add(other);
    QCOMPARE(user.boards().size(), 2);
    QVERIFY(user.save(path).ok());
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), QStringList{QStringLiteral("boards.json")});

    auto loaded = BoardCatalogue::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message()));
    QCOMPARE(loaded->boards().size(), 2);
    const BoardCatalogue::Board *r = loaded->find(b.name);
    QVERIFY(r);
    QCOMPARE(r->platform, b.platform);
    QCOMPARE(r->mcu, b.mcu);
    QCOMPARE(r->ramBytes, b.ramBytes);
    QCOMPARE(r->flashBytes, b.flashBytes);
    QCOMPARE(r->note, b.note);
    QCOMPARE(r->notes, b.notes);
    QCOMPARE(r->recommendedHeapBytes, -1);
    QCOMPARE(loaded->find(QStringLiteral("second"))->ramBytes, 64 * 1024);
    QCOMPARE(loaded->toJson(), user.toJson());

    QVERIFY(loaded->remove(QStringLiteral("second")));
    QVERIFY(!loaded->remove(QStringLiteral("second")));
    QVERIFY(loaded->save(path).ok());
    QCOMPARE(BoardCatalogue::load(path)->boards().size(), 1);
}

void TestBoardCatalogue::missingUserFileIsEmpty()
{
    QTemporaryDir dir;
    auto none = BoardCatalogue::loadIfExists(dir.filePath(QStringLiteral("boards.json")));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    auto missing = BoardCatalogue::load(dir.filePath(QStringLiteral("boards.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), mtvw::Error::Code::Io);
    QVERIFY(missing.error().message().contains(QStringLiteral("boards.json")));
}

void TestBoardCatalogue::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // what the message must name
    const QByteArray ok = R"({"name": "a", "platform": "zephyr", "ram_bytes": 1024, "flash_bytes": 2048})";
    QTest::newRow("not json") << QByteArray("{\"boards\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("top is array") << QByteArray("[]") << QStringLiteral("(top level)");
    QTest::newRow("no boards") << QByteArray("{}") << QStringLiteral("\"boards\" is missing");
    QTest::newRow("boards not array") << QByteArray(R"({"boards": {}})") << QStringLiteral("\"boards\" should be an array");
    QTest::newRow("board not object") << QByteArray(R"({"boards": [7]})") << QStringLiteral("\"boards[0]\" should be an object");
    QTest::newRow("no name") << QByteArray(R"({"boards": [{"platform": "x", "ram_bytes": 1, "flash_bytes": 1}]})")
                             << QStringLiteral("\"boards[0].name\" is missing");
    QTest::newRow("empty name") << QByteArray(R"({"boards": [{"name": " ", "platform": "x", "ram_bytes": 1, "flash_bytes": 1}]})")
                                << QStringLiteral("\"boards[0].name\" is empty");
    QTest::newRow("no ram") << QByteArray(R"({"boards": [{"name": "a", "platform": "x", "flash_bytes": 1}]})")
                            << QStringLiteral("\"boards[0].ram_bytes\" is missing");
    QTest::newRow("ram as text") << QByteArray(
                                        R"({"boards": [{"name": "a", "platform": "x", "ram_bytes": "256K", "flash_bytes": 1}]})")
                                 << QStringLiteral("\"boards[0].ram_bytes\" should be an integer but is a string");
    QTest::newRow("ram fraction") << QByteArray(
                                         R"({"boards": [{"name": "a", "platform": "x", "ram_bytes": 1.5, "flash_bytes": 1}]})")
                                  << QStringLiteral("\"boards[0].ram_bytes\" should be an integer");
    QTest::newRow("ram zero") << QByteArray(R"({"boards": [{"name": "a", "platform": "x", "ram_bytes": 0, "flash_bytes": 1}]})")
                              << QStringLiteral("\"boards[0].ram_bytes\" should be greater than 0");
    QTest::newRow("flash negative") << (QByteArray(R"({"boards": [)") + ok +
                                        R"(, {"name": "b", "platform": "x", "ram_bytes": 1, "flash_bytes": -4}]})")
                                    << QStringLiteral("\"boards[1].flash_bytes\" should be greater than 0");
    QTest::newRow("platform number") << QByteArray(
                                            R"({"boards": [{"name": "a", "platform": 3, "ram_bytes": 1, "flash_bytes": 1}]})")
                                     << QStringLiteral("\"boards[0].platform\" should be a string");
    QTest::newRow("note number")
        << QByteArray(R"({"boards": [{"name": "a", "platform": "x", "ram_bytes": 1, "flash_bytes": 1, "note": 1}]})")
        << QStringLiteral("\"boards[0].note\" should be a string");
    QTest::newRow("German note number")
        << QByteArray(R"({"boards": [{"name": "a", "platform": "x", "ram_bytes": 1, "flash_bytes": 1, "note_de": []}]})")
        << QStringLiteral("\"boards[0].note_de\" should be a string");
    QTest::newRow("duplicate") << (QByteArray(R"({"boards": [)") + ok + ", " + ok + "]}")
                               << QStringLiteral("\"boards[1].name\": a board named \"a\" is already listed");
    QTest::newRow("other format") << QByteArray(R"({"format": "something-else", "boards": []})") << QStringLiteral("\"format\"");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "boards": []})") << QStringLiteral("version 2");
}

void TestBoardCatalogue::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QString origin = QStringLiteral("/home/me/.config/mtvw/boards.json");
    auto r = BoardCatalogue::parse(json, origin);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message().contains(field), qPrintable(r.error().message()));
    QVERIFY2(r.error().message().contains(origin), qPrintable(r.error().message()));
}

// The serial port a board shows up as carries the VID:PID of the stock templates' tables (spec
// 3.7 and 3.8); a port with that id is matched to these boards, and only to them.
void TestBoardCatalogue::usbIdsNameTheBoards()
{
    auto catalogue = BoardCatalogue::load(seedPath());
    QVERIFY(catalogue.ok());
    auto names = [&](quint16 vid, quint16 pid) {
        QStringList out;
        for (const auto *b : catalogue->boardsForUsb(vid, pid))
            out << b->name;
        out.sort();
        return out;
    };
    QCOMPARE(names(0x0483, 0x374b),
             (QStringList{QStringLiteral("nucleo_f746zg"), QStringLiteral("nucleo_l4r5zi"), QStringLiteral("stm32f746g_disco")}));
    QCOMPARE(names(0x1366, 0x1055), QStringList{QStringLiteral("nrf5340dk_nrf5340_cpuapp")});
    QCOMPARE(names(0x2e8a, 0x000a), QStringList{QStringLiteral("rpipico")});
    QVERIFY(names(0x1234, 0x5678).isEmpty());
    // Emulated boards have none.
    QVERIFY(catalogue->find(QStringLiteral("mps2_an521"))->usbId.isEmpty());
    auto bad =
        BoardCatalogue::parse(R"({"boards": [{"name": "a", "platform": "x", "ram_bytes": 1, "flash_bytes": 1, "usb_id": "zz"}]})",
                              QStringLiteral("u.json"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message().contains(QLatin1String("VID:PID")), qPrintable(bad.error().message()));
}

QTEST_GUILESS_MAIN(TestBoardCatalogue)
#include "tst_boardcatalogue.moc"
