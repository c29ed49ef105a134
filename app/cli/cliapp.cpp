#include "cliapp.h"

#include "projectcommands.h"

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
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int CliApp::fail(const QString &message)
{
    const QByteArray bytes = (QStringLiteral("mtvw-cli: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return Failure;
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
             "  cat ARCHIVE PATH                         print one file of the archive\n"
             "  templates [--json]                       the template projects found, with their options\n"
             "  project info DIR [--json]                a template's or project's platform and options\n"
             "  project generate TEMPLATE ARCHIVE OUTDIR [-o key=value]...\n"
             "                                           make a project from an archive\n"
             "  project build|flash DIR [-o key=value]...  build or flash a generated project\n"
             "  project run DIR [-o key=value]...        open its transport and print what the program says\n"
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
        *exitCode = fail(parser.errorText() + tr(" (see mtvw-cli %1 --help)").arg(command));
        return false;
    }
    if (parser.isSet(help)) {
        static const QRegularExpression usageLine(QStringLiteral("^Usage: \\S+"));
        print(parser.helpText().replace(usageLine, QStringLiteral("Usage: mtvw-cli %1").arg(command)));
        *exitCode = Ok;
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        *exitCode = fail(tr("%1 takes %n argument(s), got %2 (see mtvw-cli %1 --help)", nullptr, positional)
                             .arg(command)
                             .arg(parser.positionalArguments().size()));
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
    if (command == QLatin1String("templates"))
        return ProjectCommands().templates(rest);
    if (command == QLatin1String("project"))
        return ProjectCommands().project(rest);
    return fail(tr("unknown command \"%1\" (see mtvw-cli --help)").arg(command));
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
        return fail(mlf.error().message());
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
        return fail(tr("--json and --csv cannot be combined"));
    MemoryMap::Budget budget;
    for (auto [name, target] :
         {std::pair{QStringLiteral("budget-ram"), &budget.ramBytes}, {QStringLiteral("budget-flash"), &budget.flashBytes}}) {
        if (parser.isSet(name) && !parseBytes(parser.value(name), target))
            return fail(tr("--%1 \"%2\" is not a byte count (examples: 262144, 256K, 1M)").arg(name, parser.value(name)));
    }
    auto mlf = MlfArchive::open(parser.positionalArguments().first());
    if (!mlf)
        return fail(mlf.error().message());
    QList<const MlfArchive::Module *> modules;
    for (const auto &m : (*mlf)->modules())
        if (!parser.isSet(QStringLiteral("module")) || m.name == parser.value(QStringLiteral("module")))
            modules << &m;
    if (modules.isEmpty())
        return fail(tr("the archive has no module \"%1\"").arg(parser.value(QStringLiteral("module"))));
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
        return fail(mlf.error().message());
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
        return fail(tr("the archive has no module \"%1\"").arg(parser.value(QStringLiteral("module"))));
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
        return fail(a.error().message());
    auto b = MlfArchive::open(pos[1]);
    if (!b)
        return fail(b.error().message());
    const ArchiveDiff d = ArchiveDiff::compute(**a, **b);
    print(parser.isSet(QStringLiteral("json")) ? QString::fromUtf8(QJsonDocument(JsonReport::diff(d, pos[0], pos[1])).toJson())
                                               : TextReport::diff(d));
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
        return fail(archive.error().message());
    QString unsafe;
    QString path = Archive::normalisePath(pos[1], &unsafe);
    if (!unsafe.isEmpty())
        return fail(unsafe);
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
            return fail(data.error().message());
        std::fwrite(data->constData(), 1, size_t(data->size()), stdout);
        if (size == 0)
            break;
    }
    std::fflush(stdout);
    return Ok;
}
