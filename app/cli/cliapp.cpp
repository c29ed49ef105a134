#include "cliapp.h"

#include "clioutput.h"
#include "projectcommands.h"
#include "rpccommands.h"
#include "wirecommands.h"

#include "jsonreport.h"
#include "mlf/archivediff.h"
#include "mlf/memoryexport.h"
#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"
#include "textreport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>
#include <limits>

using namespace mtvw;
using namespace mtvw::mlf;

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CliApp::tr("Print JSON (shape documented in the README)."));
}

QCommandLineOption moduleOption()
{
    return QCommandLineOption(QStringLiteral("module"), CliApp::tr("Only module <name> (default: every module)."),
                              QStringLiteral("name"));
}

// "262144", "256K", "256KiB", "1M", "1.5MB" (K and M are 1024-based).
bool parseBytes(const QString &text, qint64 *out)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgG]?)(?:i?[bB])?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    double v = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    if (unit == QLatin1String("K"))
        v *= 1024;
    else if (unit == QLatin1String("M"))
        v *= 1024 * 1024;
    else if (unit == QLatin1String("G"))
        v *= 1024.0 * 1024 * 1024;
    *out = qint64(v);
    return true;
}

} // namespace

void CliApp::print(const QString &text)
{
    CliOutput::print(text);
}

int CliApp::fail(const QString &what, const QString &why)
{
    return CliOutput::fail(what, why);
}

int CliApp::usage()
{
    print(tr("Usage: mtvw-cli <command> [options]\n"
             "\n"
             "Reads microTVM Model Library Format (MLF) archives: tar, gzip-compressed tar, zip or a folder.\n"
             "\n"
             "Commands:\n"
             "  inspect ARCHIVE [--json]                 what the archive is: version, modules, executors, memory, warnings\n"
             "  memory ARCHIVE [--module M] [--json|--csv] [--budget-ram BYTES] [--budget-flash BYTES]\n"
             "                                           the memory map; exit code 3 when over a budget\n"
             "  params ARCHIVE [--module M] [--json]     the parameter tensors\n"
             "  graph ARCHIVE [--module M] [--json]      the executor graph (graph-executor archives)\n"
             "  diff A B [--json]                        what changed between two archives\n"
             "  ls ARCHIVE [--json]                      the archive's files: path, size, kind\n"
             "  cat ARCHIVE PATH                         print one file of the archive\n"
             "  templates [--json]                       the template projects found, with their options\n"
             "  project info DIR [--json]                a template's or project's platform and options\n"
             "  project generate TEMPLATE ARCHIVE OUTDIR [-o key=value]...\n"
             "                                           make a project from an archive\n"
             "  project build|flash DIR [-o key=value]...  build or flash a generated project\n"
             "  project run DIR [-o key=value]... [--json]\n"
             "                                           open its transport, print what the program says and a summary\n"
             "  decode FILE [--json] [--raw] [--from device|host]\n"
             "                                           a capture of a board's traffic, message by message\n"
             "  ports [--json]                           the serial ports, with VID:PID, serial number, board\n"
             "  monitor PORT [--baud N] [--hex] [--timestamps] [--capture FILE]\n"
             "                                           what a serial port says, live; reattaches a port that returns\n"
             "  session DIR | --port PORT | --exec \"PROGRAM ARGS\" [--capture FILE] [--retry S] [--start-timeout S]\n"
             "                                           the host's session handshake, then the device's Log messages\n"
             "  timing FILE|PORT|DIR [--json|--csv] [--runs N] [-o key=value]...\n"
             "                                           run-time statistics: a capture, a text log, a port, a project\n"
             "  rpc DIR | --port PORT | --exec \"PROGRAM ARGS\" call NAME [ARG]... | list --archive ARCHIVE\n"
             "                                           TVM RPC with a device: call a function, list the operators it has\n"
             "  infer DIR | --port PORT | --exec \"PROGRAM ARGS\" [--input FILE] [--json]\n"
             "                                           the model once through the device's AOT executor over RPC\n"
             "  profile DIR | --port PORT | --exec \"PROGRAM ARGS\" [--archive A] [--repeat N] [--number N] [--json|--csv]\n"
             "                                           each operator's and the model's time, on the device's clock\n"
             "\n"
             "Run mtvw-cli <command> --help for a command's options.\n"
             "Exit codes: 0 success, 2 error (message on stderr), 3 over a memory budget, 4 a budget that cannot be "
             "checked because a figure is unknown.\n"));
    return Ok;
}

bool CliApp::parse(QCommandLineParser &parser, const QStringList &args, const QString &command, int positional,
                   const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli ") + command} + args)) {
        *exitCode = fail(command, parser.errorText() + tr(" (see mtvw-cli %1 --help)").arg(command));
        return false;
    }
    if (parser.isSet(help)) {
        print(CliOutput::help(parser, command));
        *exitCode = Ok;
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        *exitCode = fail(command, tr("takes %n argument(s), got %1 (see mtvw-cli %2 --help)", nullptr, positional)
                                      .arg(parser.positionalArguments().size())
                                      .arg(command));
        return false;
    }
    return true;
}

int CliApp::run(const QStringList &args)
{
    if (args.isEmpty())
        return usage(), Failure;
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage();
    if (command == QLatin1String("--version")) {
        print(QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return Ok;
    }
    if (command == QLatin1String("inspect"))
        return inspect(rest);
    if (command == QLatin1String("memory"))
        return memory(rest);
    if (command == QLatin1String("params"))
        return params(rest);
    if (command == QLatin1String("graph"))
        return graph(rest);
    if (command == QLatin1String("diff"))
        return diff(rest);
    if (command == QLatin1String("cat"))
        return cat(rest);
    if (command == QLatin1String("ls"))
        return ls(rest);
    if (command == QLatin1String("decode"))
        return WireCommands().decode(rest);
    if (command == QLatin1String("ports"))
        return WireCommands().ports(rest);
    if (command == QLatin1String("monitor"))
        return WireCommands().monitor(rest);
    if (command == QLatin1String("session"))
        return WireCommands().session(rest);
    if (command == QLatin1String("timing"))
        return WireCommands().timing(rest);
    if (command == QLatin1String("rpc"))
        return RpcCommands().rpc(rest);
    if (command == QLatin1String("infer"))
        return RpcCommands().infer(rest);
    if (command == QLatin1String("profile"))
        return RpcCommands().profile(rest);
    if (command == QLatin1String("templates"))
        return ProjectCommands().templates(rest);
    if (command == QLatin1String("project"))
        return ProjectCommands().project(rest);
    return fail(command, tr("unknown command (see mtvw-cli --help)"));
}

int CliApp::inspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), tr("An MLF archive (tar, tar.gz, zip) or extracted folder."));
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("inspect"), 1,
               tr("Shows what an MLF archive is: metadata version, style, modules, executors, targets, file counts, "
                  "memory totals, the top operators by workspace, parameters and warnings."),
               &code))
        return code;
    auto mlf = MlfArchive::open(parser.positionalArguments().first());
    if (!mlf)
        return fail(parser.positionalArguments().first(), mlf.error().message());
    if (parser.isSet(QStringLiteral("json")))
        print(QString::fromUtf8(QJsonDocument(JsonReport::inspect(**mlf)).toJson(QJsonDocument::Indented)));
    else
        print(TextReport::inspect(**mlf));
    return Ok;
}

int CliApp::memory(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("csv"), tr("Print CSV rows (module,kind,name,bytes).")));
    parser.addOption(moduleOption());
    parser.addOption(QCommandLineOption(QStringLiteral("budget-ram"), tr("RAM budget in bytes (K and M suffixes allowed)."),
                                        QStringLiteral("bytes")));
    parser.addOption(QCommandLineOption(QStringLiteral("budget-flash"), tr("Flash budget in bytes (K and M suffixes allowed)."),
                                        QStringLiteral("bytes")));
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), tr("An MLF archive or extracted folder."));
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("memory"), 1,
               tr("The memory map of each module: workspace, io, constants, params, code per file, per-operator workspace, "
                  "pools, storage ids, constants in the code, the tensors held while the model runs and a RAM/flash "
                  "estimate. With a budget, exits with 3 when the model does not fit and with 4 when a figure the "
                  "budget needs is unknown."),
               &code))
        return code;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return fail(QStringLiteral("memory"), tr("--json and --csv cannot be combined"));
    MemoryMap::Budget budget;
    for (auto [name, target] :
         {std::pair{QStringLiteral("budget-ram"), &budget.ramBytes}, {QStringLiteral("budget-flash"), &budget.flashBytes}}) {
        if (parser.isSet(name) && !parseBytes(parser.value(name), target))
            return fail(QStringLiteral("--") + name,
                        tr("\"%1\" is not a byte count (examples: 262144, 256K, 1M)").arg(parser.value(name)));
    }
    auto mlf = MlfArchive::open(parser.positionalArguments().first());
    if (!mlf)
        return fail(parser.positionalArguments().first(), mlf.error().message());
    QList<const MlfArchive::Module *> modules;
    for (const auto &m : (*mlf)->modules())
        if (!parser.isSet(QStringLiteral("module")) || m.name == parser.value(QStringLiteral("module")))
            modules << &m;
    if (modules.isEmpty())
        return fail(parser.positionalArguments().first(),
                    tr("the archive has no module \"%1\"").arg(parser.value(QStringLiteral("module"))));
    QList<MemoryMap> maps;
    for (const auto *m : modules)
        maps << MemoryMap::compute(**mlf, *m);
    // One firmware links every module: the budget applies to their total.
    const MemoryMap total = MemoryMap::total(maps);
    const MemoryMap::Fit fit = (maps.size() == 1 ? maps.first() : total).check(budget);
    if (parser.isSet(QStringLiteral("json"))) {
        QList<QJsonObject> json;
        for (const MemoryMap &map : maps)
            json << MemoryExport::moduleObject(map, budget);
        print(QString::fromUtf8(MemoryExport::document(json, fit.fits(), MemoryExport::totalObject(total, budget))));
    } else if (parser.isSet(QStringLiteral("csv"))) {
        print(MemoryExport::csv(maps));
    } else {
        QString text;
        for (const MemoryMap &map : maps)
            text += TextReport::memory(map, budget);
        if (maps.size() > 1)
            text += TextReport::memoryTotal(total, budget);
        print(text);
    }
    return fit.over() ? OverBudget : fit.unknown() ? BudgetUnknown : Ok;
}

int CliApp::params(const QStringList &args)
{
    return perModule(args, QStringLiteral("params"), tr("Lists the parameter tensors: name, dtype, shape, bytes."),
                     &JsonReport::params, &TextReport::params);
}

int CliApp::graph(const QStringList &args)
{
    return perModule(args, QStringLiteral("graph"),
                     tr("Prints the graph executor's nodes with their shapes, dtypes, storage ids and bytes."),
                     &JsonReport::graph, &TextReport::graph);
}

int CliApp::perModule(const QStringList &args, const QString &command, const QString &description,
                      QJsonObject (*json)(const MlfArchive::Module &), QString (*text)(const MlfArchive::Module &))
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(moduleOption());
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), tr("An MLF archive or extracted folder."));
    int code = Ok;
    if (!parse(parser, args, command, 1, description, &code))
        return code;
    auto mlf = MlfArchive::open(parser.positionalArguments().first());
    if (!mlf)
        return fail(parser.positionalArguments().first(), mlf.error().message());
    QJsonArray jsonModules;
    QString out;
    bool any = false;
    for (const auto &m : (*mlf)->modules()) {
        if (parser.isSet(QStringLiteral("module")) && m.name != parser.value(QStringLiteral("module")))
            continue;
        any = true;
        jsonModules << json(m);
        out += text(m);
    }
    if (!any)
        return fail(parser.positionalArguments().first(),
                    tr("the archive has no module \"%1\"").arg(parser.value(QStringLiteral("module"))));
    print(parser.isSet(QStringLiteral("json"))
              ? QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("modules"), jsonModules}}).toJson())
              : out);
    return Ok;
}

int CliApp::diff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("A"), tr("The first (older) archive."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The second (newer) archive."));
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("diff"), 2,
               tr("Compares two archives module by module: per-function workspace and code size, parameter bytes and "
                  "totals, largest changes first."),
               &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    auto a = MlfArchive::open(pos[0]);
    if (!a)
        return fail(pos[0], a.error().message());
    auto b = MlfArchive::open(pos[1]);
    if (!b)
        return fail(pos[1], b.error().message());
    const ArchiveDiff d = ArchiveDiff::compute(**a, **b);
    print(parser.isSet(QStringLiteral("json")) ? QString::fromUtf8(QJsonDocument(JsonReport::diff(d, pos[0], pos[1])).toJson())
                                               : TextReport::diff(d));
    return Ok;
}

namespace {

// What a file of the archive is, from its place in the MLF layout and its name: a stable English
// word for --json, translated for the text listing.
const char *entryKind(const MlfArchive &mlf, const QString &path)
{
    for (const auto &m : mlf.modules()) {
        if (path == m.paramsEntry)
            return QT_TRANSLATE_NOOP("CliApp", "params");
        if (path == m.graphEntry)
            return QT_TRANSLATE_NOOP("CliApp", "graph");
        if (path == m.relayEntry)
            return QT_TRANSLATE_NOOP("CliApp", "relay");
    }
    const QString name = path.section(QLatin1Char('/'), -1);
    if (name == QLatin1String("metadata.json"))
        return QT_TRANSLATE_NOOP("CliApp", "metadata");
    if (name.endsWith(QLatin1String(".c")) || name.endsWith(QLatin1String(".cc")))
        return QT_TRANSLATE_NOOP("CliApp", "C source");
    if (name.endsWith(QLatin1String(".h")))
        return QT_TRANSLATE_NOOP("CliApp", "C header");
    if (name.endsWith(QLatin1String(".o")) || name.endsWith(QLatin1String(".a")))
        return QT_TRANSLATE_NOOP("CliApp", "object code");
    if (path.contains(QLatin1String("/tir")) || path.startsWith(QLatin1String("tir")))
        return QT_TRANSLATE_NOOP("CliApp", "TIR");
    if (name.endsWith(QLatin1String(".json")))
        return QT_TRANSLATE_NOOP("CliApp", "JSON");
    if (name.endsWith(QLatin1String(".txt")) || name.endsWith(QLatin1String(".relay")))
        return QT_TRANSLATE_NOOP("CliApp", "text");
    return QT_TRANSLATE_NOOP("CliApp", "file");
}

} // namespace

int CliApp::ls(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), tr("An MLF archive or extracted folder."));
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("ls"), 1,
               tr("Lists the files of an archive: path, size in bytes and what each is (metadata, C source, params, "
                  "graph, relay, TIR, …)."),
               &code))
        return code;
    const QString file = parser.positionalArguments().first();
    auto mlf = MlfArchive::open(file);
    if (!mlf)
        return fail(file, mlf.error().message());
    const auto &entries = (*mlf)->archive().entries();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ArchiveEntry &e : entries)
            list << QJsonObject{{QStringLiteral("path"), e.path},
                                {QStringLiteral("size"), e.size},
                                {QStringLiteral("kind"), QString::fromLatin1(entryKind(**mlf, e.path))}};
        print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("archive"), file}, {QStringLiteral("files"), list}})
                                    .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    int width = 4;
    for (const ArchiveEntry &e : entries)
        width = std::max(width, int(e.path.size()));
    QString out = QStringLiteral("%1  %2  %3\n").arg(tr("path").leftJustified(width), tr("bytes").rightJustified(10), tr("kind"));
    qint64 total = 0;
    for (const ArchiveEntry &e : entries) {
        out += QStringLiteral("%1  %2  %3\n").arg(e.path.leftJustified(width)).arg(e.size, 10).arg(tr(entryKind(**mlf, e.path)));
        total += e.size;
    }
    out += tr("%n file(s), %1 bytes\n", nullptr, int(entries.size())).arg(total);
    print(out);
    return Ok;
}

int CliApp::cat(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ARCHIVE"), tr("An MLF archive or extracted folder."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 tr("A file in it, e.g. metadata.json or codegen/host/src/default_lib0.c."));
    int code = Ok;
    if (!parse(parser, args, QStringLiteral("cat"), 2, tr("Writes one file of the archive to standard output."), &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    auto archive = Archive::open(pos[0]);
    if (!archive)
        return fail(pos[0], archive.error().message());
    QString unsafe;
    QString path = Archive::normalisePath(pos[1], &unsafe);
    if (!unsafe.isEmpty())
        return fail(pos[1], unsafe);
    if (!(*archive)->contains(path)) {
        // Accept paths relative to an MLF root one folder down.
        for (const ArchiveEntry &e : (*archive)->entries())
            if (e.path.endsWith(QLatin1Char('/') + path) && e.path.count(QLatin1Char('/')) == path.count(QLatin1Char('/')) + 1)
                path = e.path;
    }
    const ArchiveEntry *entry = (*archive)->find(path);
    // Entries whose bytes can be read at an offset (a tar, expanded or not, or a folder) go out
    // in pieces, so a large one is never held whole; a zip member is read in one go.
    const bool seekable = entry && ((*archive)->format() == Archive::Format::Directory || entry->dataOffset >= 0);
    constexpr qint64 kPiece = qint64(1) << 20;
    const qint64 piece = seekable ? kPiece : std::numeric_limits<qint64>::max();
    const qint64 size = entry ? entry->size : 0;
    for (qint64 at = 0; at < size || at == 0; at += piece) {
        auto data = (*archive)->readRange(path, at, std::min(piece, size - at));
        if (!data)
            return fail(pos[1], data.error().message());
        std::fwrite(data->constData(), 1, size_t(data->size()), stdout);
        if (size == 0)
            break;
    }
    std::fflush(stdout);
    return Ok;
}
