// ServerInfo::parse on server_info_query results: a good reply (the spec's host template, section
// 3.6, plus an option with choices) is changed in one field at a time. A bad change must fail
// naming the field it touched; a good one must come back as the input says.
#include "projectapi/serverinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QVariant>

using mtvw::Error;
using mtvw::projectapi::ServerInfo;

namespace {

QJsonObject goodReply()
{
    return QJsonDocument::fromJson(R"({
        "platform_name": "host", "is_template": true, "model_library_format_path": "", "protocol_version": 1,
        "project_options": [
            {"name": "verbose", "choices": null, "default": false, "type": "bool", "required": null,
             "optional": ["build"], "help": "Run make with verbose output"},
            {"name": "workspace_size_bytes", "choices": null, "default": 2097152, "type": "int", "required": null,
             "optional": ["generate_project"], "help": "Sets the value of TVM_WORKSPACE_SIZE_BYTES."},
            {"name": "board", "choices": ["qemu_x86", "nucleo_f746zg"], "default": null, "type": "str",
             "required": ["generate_project"], "optional": ["flash", "open_transport"], "help": "The board."}]})")
        .object();
}

QJsonValue json(const char *text)
{
    // Wrapped in an array so that any value (a string, a number, null) can be written.
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

// "project_options[1].type" → {"project_options", "[1]", "type"}.
QStringList steps(const QString &path)
{
    QStringList out;
    QString current;
    for (QChar c : path) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[')) {
            if (!current.isEmpty())
                out << current;
            current = c == QLatin1Char('[') ? QString(c) : QString();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// `node` with the value at `path` replaced by `value` (Undefined: the key removed).
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (step.startsWith(QLatin1Char('['))) {
        QJsonArray array = node.toArray();
        const int index = step.mid(1, step.size() - 2).toInt();
        array.replace(index, replaced(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue inner = replaced(object.value(step), path, value);
    if (inner.isUndefined())
        object.remove(step);
    else
        object.insert(step, inner);
    return object;
}

QString typeInferred(const QJsonObject &option)
{
    auto kind = [](const QJsonValue &v) {
        return v.isBool() ? QStringLiteral("bool") : v.isDouble() ? QStringLiteral("int") : QStringLiteral("str");
    };
    const QJsonValue type = option.value(QLatin1String("type"));
    if (type.isString())
        return type.toString();
    const QJsonArray choices = option.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty())
        return kind(choices.first());
    const QJsonValue def = option.value(QLatin1String("default"));
    return def.isNull() || def.isUndefined() ? QStringLiteral("str") : kind(def);
}

QStringList texts(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out << (v.isString() ? v.toString() : v.toVariant().toString());
    return out;
}

} // namespace

class TestServerInfo : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

void TestServerInfo::parse_data()
{
    QTest::addColumn<QString>("path");     // where goodReply() is changed; empty: the whole result
    QTest::addColumn<QJsonValue>("value"); // what it becomes (Undefined: removed)
    QTest::addColumn<bool>("good");        // whether the changed reply is valid
    QTest::addColumn<int>("element");      // for a bad list: the index of the bad item, else -1
    const QJsonValue removed(QJsonValue::Undefined);

    QTest::newRow("as is") << "platform_name" << json(R"("host")") << true << -1;
    QTest::newRow("result an array") << "" << json("[]") << false << -1;
    QTest::newRow("result a string") << "" << json(R"("host")") << false << -1;
    QTest::newRow("result null") << "" << json("null") << false << -1;

    QTest::newRow("platform_name missing") << "platform_name" << removed << false << -1;
    QTest::newRow("platform_name a number") << "platform_name" << json("3") << false << -1;
    QTest::newRow("platform_name null") << "platform_name" << json("null") << false << -1;
    QTest::newRow("platform_name empty") << "platform_name" << json(R"("")") << false << -1;
    QTest::newRow("platform_name zephyr") << "platform_name" << json(R"("zephyr")") << true << -1;

    QTest::newRow("is_template a string") << "is_template" << json(R"("true")") << false << -1;
    QTest::newRow("is_template a number") << "is_template" << json("1") << false << -1;
    QTest::newRow("is_template null") << "is_template" << json("null") << false << -1;
    QTest::newRow("is_template missing") << "is_template" << removed << false << -1;
    QTest::newRow("is_template false") << "is_template" << json("false") << true << -1;

    QTest::newRow("mlf path a number") << "model_library_format_path" << json("5") << false << -1;
    QTest::newRow("mlf path a list") << "model_library_format_path" << json(R"(["a"])") << false << -1;
    QTest::newRow("mlf path null") << "model_library_format_path" << json("null") << true << -1;
    QTest::newRow("mlf path missing") << "model_library_format_path" << removed << true << -1;
    QTest::newRow("mlf path set") << "model_library_format_path" << json(R"("/p/model.tar")") << true << -1;

    QTest::newRow("protocol_version a string") << "protocol_version" << json(R"("1")") << false << -1;
    QTest::newRow("protocol_version a fraction") << "protocol_version" << json("1.5") << false << -1;
    QTest::newRow("protocol_version missing") << "protocol_version" << removed << false << -1;
    QTest::newRow("protocol_version huge") << "protocol_version" << json("1e300") << false << -1;

    QTest::newRow("project_options missing") << "project_options" << removed << false << -1;
    QTest::newRow("project_options an object") << "project_options" << json("{}") << false << -1;
    QTest::newRow("project_options null") << "project_options" << json("null") << false << -1;
    QTest::newRow("project_options a string") << "project_options" << json(R"("verbose")") << false << -1;
    QTest::newRow("project_options empty") << "project_options" << json("[]") << true << -1;
    QTest::newRow("v0.8 options") << "project_options"
                                  << json(R"([{"name": "verbose", "choices": [true, false], "help": "Verbose build."},
                                              {"name": "board", "choices": ["a", "b"], "help": "The board."},
                                              {"name": "west_cmd", "choices": null, "help": "west"}])")
                                  << true << -1;
    QTest::newRow("option a string") << "project_options[1]" << json(R"("board")") << false << -1;
    QTest::newRow("option null") << "project_options[2]" << json("null") << false << -1;
    QTest::newRow("option an array") << "project_options[0]" << json("[]") << false << -1;

    QTest::newRow("name missing") << "project_options[0].name" << removed << false << -1;
    QTest::newRow("name a number") << "project_options[1].name" << json("7") << false << -1;
    QTest::newRow("name empty") << "project_options[2].name" << json(R"("")") << false << -1;
    QTest::newRow("name repeated")
        << "project_options[2].name"
        << goodReply().value(QLatin1String("project_options")).toArray().at(0).toObject().value(QLatin1String("name")) << false
        << -1;

    QTest::newRow("type unknown") << "project_options[0].type" << json(R"("float")") << false << -1;
    QTest::newRow("type empty") << "project_options[1].type" << json(R"("")") << false << -1;
    QTest::newRow("type a number") << "project_options[2].type" << json("3") << false << -1;
    QTest::newRow("type a list") << "project_options[2].type" << json(R"(["str"])") << false << -1;
    QTest::newRow("type missing") << "project_options[2].type" << removed << true << -1;
    QTest::newRow("type missing, bool default") << "project_options[0].type" << removed << true << -1;
    QTest::newRow("type null") << "project_options[1].type" << json("null") << true << -1;

    QTest::newRow("choices a string") << "project_options[2].choices" << json(R"("a,b")") << false << -1;
    QTest::newRow("choices an object") << "project_options[2].choices" << json("{}") << false << -1;
    QTest::newRow("choices hold a list") << "project_options[2].choices" << json("[1, [2]]") << false << 1;
    QTest::newRow("choices hold null") << "project_options[2].choices" << json("[null]") << false << 0;
    QTest::newRow("choices hold an object") << "project_options[0].choices" << json(R"(["a", "b", {}])") << false << 2;
    QTest::newRow("choices missing") << "project_options[2].choices" << removed << true << -1;
    QTest::newRow("choices null") << "project_options[2].choices" << json("null") << true << -1;
    QTest::newRow("choices booleans") << "project_options[0].choices" << json("[true, false]") << true << -1;
    QTest::newRow("choices numbers") << "project_options[1].choices" << json("[1024, 2048]") << true << -1;

    QTest::newRow("required a string") << "project_options[2].required" << json(R"("build")") << false << -1;
    QTest::newRow("required holds a number") << "project_options[2].required" << json(R"(["build", 3])") << false << 1;
    QTest::newRow("required holds null") << "project_options[0].required" << json("[null]") << false << 0;
    QTest::newRow("required missing") << "project_options[2].required" << removed << true << -1;
    QTest::newRow("required empty") << "project_options[2].required" << json("[]") << true << -1;
    QTest::newRow("optional an object") << "project_options[1].optional" << json("{}") << false << -1;
    QTest::newRow("optional holds a list") << "project_options[1].optional" << json(R"([["build"]])") << false << 0;
    QTest::newRow("optional null") << "project_options[1].optional" << json("null") << true << -1;

    QTest::newRow("help a number") << "project_options[0].help" << json("3") << false << -1;
    QTest::newRow("help a list") << "project_options[1].help" << json(R"(["text"])") << false << -1;
    QTest::newRow("help a boolean") << "project_options[2].help" << json("true") << false << -1;
    QTest::newRow("help missing") << "project_options[0].help" << removed << true << -1;
    QTest::newRow("help null") << "project_options[1].help" << json("null") << true << -1;

    QTest::newRow("default an object") << "project_options[2].default" << json(R"({"a": 1})") << true << -1;
    QTest::newRow("default missing") << "project_options[1].default" << removed << true << -1;
    QTest::newRow("unknown key") << "project_options[1].colour" << json(R"("blue")") << true << -1;
    QTest::newRow("unknown top-level key") << "colour" << json(R"("blue")") << true << -1;
}

void TestServerInfo::parse()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, good);
    QFETCH(int, element);
    const QJsonValue input = replaced(goodReply(), steps(path), value);
    const auto info = ServerInfo::parse(input);

    if (!good) {
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), Error::Code::Malformed);
        const QString field = path.isEmpty() ? QStringLiteral("result")
                              : element >= 0 ? QStringLiteral("%1[%2]").arg(path).arg(element)
                                             : path;
        const QString message = info.error().message();
        QVERIFY2(message.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("server_info_query")), qPrintable(message));
        return;
    }

    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
    const QJsonObject reply = input.toObject();
    QCOMPARE(info->platformName, reply.value(QLatin1String("platform_name")).toString());
    QCOMPARE(info->isTemplate, reply.value(QLatin1String("is_template")).toBool());
    QCOMPARE(info->modelLibraryFormatPath, reply.value(QLatin1String("model_library_format_path")).toString());
    QCOMPARE(info->protocolVersion, reply.value(QLatin1String("protocol_version")).toInt());
    const QJsonArray options = reply.value(QLatin1String("project_options")).toArray();
    QCOMPARE(info->options.size(), options.size());
    bool typeMissing = false;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QJsonObject o = options.at(i).toObject();
        const ServerInfo::Option &opt = info->options.at(i);
        typeMissing = typeMissing || !o.contains(QLatin1String("type"));
        QCOMPARE(opt.name, o.value(QLatin1String("name")).toString());
        QCOMPARE(opt.type, typeInferred(o));
        QCOMPARE(opt.help, o.value(QLatin1String("help")).toString());
        const QJsonValue def = o.value(QLatin1String("default"));
        QVERIFY(opt.defaultValue == (def.isUndefined() ? QJsonValue(QJsonValue::Null) : def));
        QCOMPARE(opt.choices, texts(o.value(QLatin1String("choices"))));
        QCOMPARE(opt.required, texts(o.value(QLatin1String("required"))));
        QCOMPARE(opt.optional, texts(o.value(QLatin1String("optional"))));
        QCOMPARE(info->option(opt.name), &opt);
    }
    QCOMPARE(info->oldOptionShape, typeMissing);
}

QTEST_GUILESS_MAIN(TestServerInfo)
#include "tst_serverinfo.moc"
