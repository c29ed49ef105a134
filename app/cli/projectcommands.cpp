#include "projectcommands.h"

#include "clioutput.h"
#include "jsonreport.h"

#include "micro/elfsize.h"
#include "micro/hostsimoutput.h"
#include "micro/runreport.h"
#include "projectapi/base85.h"
#include "projectapi/projectapiclient.h"
#include "projectapi/templatediscovery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using mtvw::Error;
using mtvw::projectapi::ProjectApiClient;
using mtvw::projectapi::ServerInfo;
using mtvw::projectapi::TemplateDiscovery;

namespace {

void out(const QString &text, FILE *stream = stdout)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QJsonObject tvmVersion()
{
    return {{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}};
}

// A JSON value as compact JSON text: "zeros", 1, false, null.
QString jsonText(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // without the [ ]
}

// A failed call, with its method: the client's JSON-RPC errors name the cause only
// ("FileNotFoundError: … (calling method build)"), so this says "build failed: …".
QString callFailed(const QString &method, const Error &error)
{
    return ProjectCommands::tr("%1 failed: %2").arg(method, error.message());
}

// Whether an error of a call lost the call's name: a server's error reply or a broken reply.
// The client's own errors (timeouts, a server that exited) say which call they were.
bool namesNoCall(const Error &error)
{
    return error.code() == Error::Code::Remote || error.code() == Error::Code::Protocol;
}

QJsonObject optionJson(const ServerInfo::Option &o)
{
    return {{QStringLiteral("name"), o.name},
            {QStringLiteral("type"), o.type},
            {QStringLiteral("default"), o.defaultValue},
            {QStringLiteral("choices"), QJsonArray::fromStringList(o.choices)},
            {QStringLiteral("required"), QJsonArray::fromStringList(o.required)},
            {QStringLiteral("optional"), QJsonArray::fromStringList(o.optional)},
            {QStringLiteral("help"), o.help}};
}

} // namespace

int ProjectCommands::fail(const QString &what, const QString &why)
{
    return CliOutput::fail(what, why);
}

bool ProjectCommands::openProject(ProjectApiClient &client, const QString &dir, const QString &method, const QStringList &pairs,
                                  QJsonObject *result)
{
    ServerInfo info;
    return connect(client, dir, &info) && options(info, method, pairs, result);
}

bool ProjectCommands::connect(ProjectApiClient &client, const QString &dir, ServerInfo *info)
{
    QObject::connect(&client, &ProjectApiClient::logLine,
                     [](bool fromStderr, const QString &line) { out(line + QLatin1Char('\n'), fromStderr ? stderr : stdout); });
    if (auto started = client.start({dir}); !started) {
        fail(dir, started.error().message());
        return false;
    }
    auto reply = client.callAndWait(QStringLiteral("server_info_query"), tvmVersion());
    if (!reply) {
        fail(dir, namesNoCall(reply.error()) ? callFailed(QStringLiteral("server_info_query"), reply.error())
                                             : reply.error().message());
        return false;
    }
    auto parsed = ServerInfo::parse(reply.value());
    if (!parsed) {
        fail(dir, parsed.error().message());
        return false;
    }
    *info = parsed.value();
    return true;
}

bool ProjectCommands::options(const ServerInfo &info, const QString &method, const QStringList &pairs, QJsonObject *result)
{
    QJsonObject given;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(QStringLiteral("-o"), tr("wants key=value, got \"%1\"").arg(pair));
            return false;
        }
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        const ServerInfo::Option *o = info.option(key);
        if (!o) {
            fail(QStringLiteral("-o ") + key,
                 tr("the %1 template has no such option; it has: %2").arg(info.platformName, [&info] {
                     QStringList names;
                     for (const auto &opt : info.options)
                         names << opt.name;
                     return names.join(QStringLiteral(", "));
                 }()));
            return false;
        }
        if (o->type == QLatin1String("bool")) {
            given.insert(key, value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes"));
        } else if (o->type == QLatin1String("int")) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok) {
                fail(QStringLiteral("-o ") + key, tr("wants a whole number, got \"%1\"").arg(value));
                return false;
            }
            given.insert(key, n);
        } else {
            given.insert(key, value);
        }
    }
    auto full = info.optionsFor(method, given);
    if (!full) {
        fail(method, full.error().message());
        return false;
    }
    *result = full.value();
    return true;
}

int ProjectCommands::templates(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("mtvw-cli templates [--json]: lists the template projects (the bundled ones, the folders in "
           "$MTVW_TEMPLATES, ':'-separated, and TVM's) with each server's platform and options, or why it cannot start."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(help);
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli templates")} + args))
        return fail(QStringLiteral("templates"), parser.errorText());
    if (parser.isSet(help)) {
        out(CliOutput::help(parser, QStringLiteral("templates")));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("templates"), tr("takes no arguments (see mtvw-cli templates --help)"));
    const bool json = parser.isSet(jsonOption);
    QJsonArray list;
    QStringList roots = TemplateDiscovery::bundledRoots();
    if (const QString tvm = TemplateDiscovery::tvmTemplateRoot(); !tvm.isEmpty())
        roots << tvm;
    const TemplateDiscovery::Scan scan = TemplateDiscovery::scan(roots);
    for (const QString &path : scan.folders) {
        QJsonObject entry{{QStringLiteral("path"), path}};
        ProjectApiClient client;
        auto started = client.start({path});
        auto reply = started ? client.callAndWait(QStringLiteral("server_info_query"), tvmVersion())
                             : mtvw::Result<QJsonValue>(started.error());
        auto parsed = reply ? ServerInfo::parse(reply.value()) : mtvw::Result<ServerInfo>(reply.error());
        if (parsed) {
            entry.insert(QStringLiteral("platform_name"), parsed->platformName);
            entry.insert(QStringLiteral("is_template"), parsed->isTemplate);
            QJsonArray opts;
            for (const auto &o : parsed->options)
                opts << optionJson(o);
            entry.insert(QStringLiteral("project_options"), opts);
        } else {
            // A server that cannot start (a module it imports is missing, say) says why.
            entry.insert(QStringLiteral("error"), started && !reply && namesNoCall(reply.error())
                                                      ? callFailed(QStringLiteral("server_info_query"), reply.error())
                                                      : parsed.error().message());
        }
        list << entry;
    }
    if (json) {
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const QJsonValue &v : list) {
        const QJsonObject t = v.toObject();
        if (t.contains(QLatin1String("error"))) {
            out(tr("%1\n  cannot start: %2\n")
                    .arg(t.value(QLatin1String("path")).toString(), t.value(QLatin1String("error")).toString()));
            continue;
        }
        out(tr("%1 (%2)\n").arg(t.value(QLatin1String("platform_name")).toString(), t.value(QLatin1String("path")).toString()));
        for (const QJsonValue &o : t.value(QLatin1String("project_options")).toArray()) {
            const QJsonObject opt = o.toObject();
            out(QStringLiteral("  %1 (%2, default %3): %4\n")
                    .arg(opt.value(QLatin1String("name")).toString(), opt.value(QLatin1String("type")).toString(),
                         jsonText(opt.value(QLatin1String("default"))), opt.value(QLatin1String("help")).toString()));
        }
    }
    // A template that does not appear is not a mystery: where no server was found, and why.
    if (!scan.skipped.isEmpty()) {
        out(tr("\nFolders looked into without a template server (microtvm_api_server.py is looked for in each folder, "
               "its subfolders and theirs):\n"));
        for (const TemplateDiscovery::Skipped &skip : scan.skipped)
            out(tr("  %1: %2\n").arg(QDir::toNativeSeparators(skip.path), skip.reason));
    }
    return 0;
}

int ProjectCommands::info(const QString &dir, bool json)
{
    ProjectApiClient client;
    ServerInfo info;
    if (!connect(client, dir, &info))
        return 2;
    if (json) {
        QJsonArray opts;
        for (const auto &o : info.options)
            opts << optionJson(o);
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("platform_name"), info.platformName},
                                      {QStringLiteral("is_template"), info.isTemplate},
                                      {QStringLiteral("model_library_format_path"), info.modelLibraryFormatPath},
                                      {QStringLiteral("project_options"), opts}})
                .toJson(QJsonDocument::Indented)));
        return 0;
    }
    out(tr("Platform:  %1\nKind:      %2\n")
            .arg(info.platformName, info.isTemplate ? tr("template project") : tr("generated project")));
    if (!info.modelLibraryFormatPath.isEmpty())
        out(tr("Model:     %1\n").arg(info.modelLibraryFormatPath));
    out(tr("Options:\n"));
    // "  input_fill (str; default "zeros"; choices: zeros, ones, random, file): What the inputs hold…"
    for (const auto &o : info.options) {
        QStringList facts{o.type};
        facts << (o.defaultValue.isNull() ? tr("no default") : tr("default %1").arg(jsonText(o.defaultValue)));
        if (!o.choices.isEmpty())
            facts << tr("choices: %1").arg(o.choices.join(QStringLiteral(", ")));
        if (!o.required.isEmpty())
            facts << tr("required for %1").arg(o.required.join(QStringLiteral(", ")));
        out(QStringLiteral("  %1 (%2): %3\n").arg(o.name, facts.join(QStringLiteral("; ")), o.help));
    }
    return 0;
}

int ProjectCommands::generate(const QString &templ, const QString &archive, const QString &outDir, const QStringList &pairs)
{
    if (QFileInfo::exists(outDir))
        return fail(outDir, tr("exists already; generate_project creates the project folder itself"));
    ProjectApiClient client;
    ServerInfo info;
    if (!connect(client, templ, &info))
        return 2;
    if (!info.isTemplate)
        return fail(templ, tr("is a generated project, not a template"));
    QJsonObject opts;
    if (!options(info, QStringLiteral("generate_project"), pairs, &opts))
        return 2;
    auto r = client.callAndWait(QStringLiteral("generate_project"),
                                {{QStringLiteral("model_library_format_path"), QFileInfo(archive).absoluteFilePath()},
                                 {QStringLiteral("standalone_crt_dir"), QString()},
                                 {QStringLiteral("project_dir"), QFileInfo(outDir).absoluteFilePath()},
                                 {QStringLiteral("options"), opts}});
    if (!r)
        return fail(templ, callFailed(QStringLiteral("generate_project"), r.error()));
    out(tr("generated %1\n").arg(outDir));
    return 0;
}

int ProjectCommands::runMethod(const QString &method, const QString &dir, const QStringList &pairs)
{
    ProjectApiClient client;
    ServerInfo info;
    if (!connect(client, dir, &info))
        return 2;
    QJsonObject opts;
    if (!options(info, method, pairs, &opts))
        return 2;
    QElapsedTimer t;
    t.start();
    auto r = client.callAndWait(method, {{QStringLiteral("options"), opts}});
    if (!r)
        return fail(dir, callFailed(method, r.error()));
    out(tr("%1 done in %2 s\n").arg(method).arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
    if (method == QLatin1String("build"))
        if (const QString size = mtvw::micro::ElfSize::describeProgram(dir); !size.isEmpty())
            out(size + QLatin1Char('\n'));
    return 0;
}

int ProjectCommands::run(const QString &dir, const QStringList &pairs, bool json)
{
    ProjectApiClient client;
    ServerInfo info;
    if (!connect(client, dir, &info))
        return 2;
    QJsonObject opts;
    if (!options(info, QStringLiteral("open_transport"), pairs, &opts))
        return 2;
    if (auto open = client.callAndWait(QStringLiteral("open_transport"), {{QStringLiteral("options"), opts}}); !open)
        return fail(dir, callFailed(QStringLiteral("open_transport"), open.error()));
    // Everything the program says, until it closes the transport; then what it showed, in words.
    mtvw::micro::HostSimOutput said;
    QByteArray pending;
    const auto takeLines = [&](bool all) {
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0 || (all && !pending.isEmpty());) {
            said.addLine(QString::fromUtf8(nl >= 0 ? pending.left(nl) : pending));
            pending.remove(0, nl >= 0 ? nl + 1 : pending.size());
        }
        if (pending.size() > mtvw::micro::HostSimOutput::kMaxLineChars)
            pending.clear(); // a "line" this long is not the program's text
    };
    for (;;) {
        auto r = client.callAndWait(QStringLiteral("read_transport"),
                                    {{QStringLiteral("n"), 65536}, {QStringLiteral("timeout_sec"), 60.0}});
        if (!r) {
            if (r.error().name() == QLatin1String("TransportClosedError"))
                break;
            return fail(dir, callFailed(QStringLiteral("read_transport"), r.error()));
        }
        auto bytes = mtvw::projectapi::Base85::decode(r.value().toObject().value(QLatin1String("data")).toString().toLatin1());
        if (!bytes)
            return fail(dir, callFailed(QStringLiteral("read_transport"), bytes.error()));
        // The program's own text as it comes; with --json on stderr, so stdout is the JSON alone.
        std::fwrite(bytes->constData(), 1, size_t(bytes->size()), json ? stderr : stdout);
        std::fflush(json ? stderr : stdout);
        pending += bytes.value();
        takeLines(false);
    }
    static_cast<void>(client.callAndWait(QStringLiteral("close_transport"), {})); // the program ended: what it said counts
    takeLines(true);
    if (json) {
        out(QString::fromUtf8(QJsonDocument(JsonReport::run(said)).toJson(QJsonDocument::Indented)));
        return 0;
    }
    const QStringList report = mtvw::micro::runReport(said, 3, QLocale::c());
    if (!report.isEmpty())
        out(tr("\nSummary:\n") + report.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return 0;
}

int ProjectCommands::project(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Drive a template project through the Project API."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption option({QStringLiteral("o"), QStringLiteral("option")}, tr("A project option, key=value."),
                                    QStringLiteral("key=value"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (info, run)."));
    parser.addOption(help);
    parser.addOption(option);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("info DIR | generate TEMPLATE ARCHIVE OUTDIR | build DIR | flash DIR | run DIR"));
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli project")} + args))
        return fail(QStringLiteral("project"), parser.errorText() + tr(" (see mtvw-cli project --help)"));
    const QStringList pos = parser.positionalArguments();
    if (parser.isSet(help) || pos.isEmpty()) {
        out(CliOutput::help(parser, QStringLiteral("project")));
        return pos.isEmpty() && !parser.isSet(help) ? 2 : 0;
    }
    const QString action = pos.first();
    const QStringList pairs = parser.values(option);
    auto want = [&](int n) { return pos.size() == n + 1; };
    if (action == QLatin1String("info") && want(1))
        return info(pos[1], parser.isSet(json));
    if (action == QLatin1String("generate") && want(3))
        return generate(pos[1], pos[2], pos[3], pairs);
    if ((action == QLatin1String("build") || action == QLatin1String("flash")) && want(1))
        return runMethod(action, pos[1], pairs);
    if (action == QLatin1String("run") && want(1))
        return run(pos[1], pairs, parser.isSet(json));
    return fail(QStringLiteral("project"), tr("unknown or incomplete command (see mtvw-cli project --help)"));
}
