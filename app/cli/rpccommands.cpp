#include "rpccommands.h"

#include "clioutput.h"
#include "clitarget.h"
#include "micro/dtypetext.h"
#include "micro/rpcpacket.h"
#include "micro/tensorbytes.h"
#include "mlf/mlfarchive.h"
#include "mlf/operatorcalls.h"
#include "mlf/sourceindex.h"
#include "transport/hostsession.h"
#include "transport/rpcclient.h"
#include "transport/rpcinference.h"
#include "transport/rpcprofiler.h"
#include "transport/transport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <memory>

using mtvw::micro::RpcTensor;
namespace TensorBytes = mtvw::micro::TensorBytes;
using mtvw::micro::RpcValue;
using mtvw::transport::HostSession;
using mtvw::transport::RpcClient;
using mtvw::transport::Transport;

namespace {

constexpr qint64 kMaxInputBytes = 256 * 1024 * 1024;

// A device reached through one of the three targets, with a session and an RPC client on it.
struct Device
{
    CliTarget target; // holds a project's server: destroyed last
    std::unique_ptr<Transport> transport;
    std::unique_ptr<HostSession> session;
    std::unique_ptr<RpcClient> rpc;
};

// The options naming a target, made after the translator is installed.
struct TargetOptions
{
    QCommandLineOption timeout{QStringLiteral("timeout"), RpcCommands::tr("Seconds to wait for each reply (default 10)."),
                               QStringLiteral("S"), QStringLiteral("10")};
    void addTo(QCommandLineParser &parser, const Device &d) const
    {
        d.target.addTo(parser);
        parser.addOption(timeout);
    }
};

// Opens the target named on the command line; prints the error and returns false on failure.
bool openDevice(const QCommandLineParser &parser, const TargetOptions &o, const QString &dir, Device &d, const QString &command)
{
    d.transport = d.target.open(parser, dir, command);
    if (!d.transport)
        return false;
    CliTarget::useProjectTimeouts(d.transport.get(), [&d] { return d.session.get(); });
    d.session = std::make_unique<HostSession>(d.transport.get(), HostSession::Timeouts{});
    d.rpc = std::make_unique<RpcClient>(d.session.get());
    bool ok = false;
    const double timeout = parser.value(o.timeout).toDouble(&ok);
    if (!ok || timeout <= 0) {
        CliOutput::fail(QStringLiteral("--timeout"), RpcCommands::tr("wants seconds, got \"%1\"").arg(parser.value(o.timeout)));
        return false;
    }
    d.rpc->setTimeoutMs(int(std::clamp(std::ceil(timeout * 1000), 1.0, double(INT_MAX)))); // never 0: 0 is no limit
    return true;
}

// Runs work once the session is established; the event loop ends with the exit code work gives.
int runOnDevice(Device &d, const QString &name, std::function<void(std::function<void(int)>)> work)
{
    // Shared, not on this frame: a callback the client still holds may run as it is destroyed,
    // after this returns; it then finds the command finished and does nothing.
    struct Outcome
    {
        bool done = false;
        int code = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    Transport *transport = d.transport.get();
    auto finish = [outcome, transport](int c) {
        if (outcome->done)
            return;
        outcome->done = true;
        outcome->code = c;
        transport->close();
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    };
    QObject::connect(d.session.get(), &HostSession::established, d.session.get(), [work, finish] { work(finish); });
    QObject::connect(d.session.get(), &HostSession::ended, d.session.get(), [outcome, finish, name](const mtvw::Error &why) {
        if (!outcome->done) {
            CliOutput::print(CliOutput::errorLine(name, why.message()) + QLatin1Char('\n'), stderr);
            finish(CliOutput::kFailure);
        }
    });
    QObject::connect(transport, &Transport::errorOccurred, transport, [outcome, finish, name](const mtvw::Error &e) {
        if (!outcome->done) {
            CliOutput::print(CliOutput::errorLine(name, e.message()) + QLatin1Char('\n'), stderr);
            finish(CliOutput::kFailure);
        }
    });
    transport->open();
    d.session->start();
    QCoreApplication::exec();
    return outcome->code;
}

// An argument as written: a whole number, a number, null, or a string.
RpcValue parseArg(const QString &a)
{
    bool ok = false;
    if (const qint64 i = a.toLongLong(&ok); ok)
        return RpcValue::integer(i);
    if (const double f = a.toDouble(&ok); ok)
        return RpcValue::real(f);
    if (a == QLatin1String("null"))
        return RpcValue::null();
    return RpcValue::str(a.toUtf8());
}

QString returned(const QList<RpcValue> &v)
{
    if (v.size() >= 2 && v.first().i == RpcValue::Null)
        return RpcCommands::tr("nothing");
    if (v.size() >= 2 && v.first().i == RpcValue::Bytes && v.last().type == RpcValue::Bytes)
        return QStringLiteral("bytes[%1] %2")
            .arg(v.last().bytes.size())
            .arg(QString::fromLatin1(v.last().bytes.left(32).toHex(' ')));
    return v.isEmpty() ? QString() : v.last().describe();
}

} // namespace

int RpcCommands::rpc(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Talks TVM RPC with a device (spec 4.4): call a function by name (a global one, else one of the system "
           "library's), or list which operator functions of an archive the device has (the protocol cannot list "
           "them, so each is asked for with ModuleGetFunction). TARGET: a generated project folder, --port PORT "
           "or --exec \"PROGRAM ARGS\"."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption archive(QStringLiteral("archive"), tr("With list: the archive the device runs."),
                                     QStringLiteral("ARCHIVE"));
    Device d;
    const TargetOptions target;
    target.addTo(parser, d);
    parser.addOptions({help, archive});
    parser.addPositionalArgument(QStringLiteral("[DIR]"), tr("A generated project (its own transport)."));
    parser.addPositionalArgument(QStringLiteral("list|call"), tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("[NAME ARG…]"), tr("With call: the function and its arguments."));
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli rpc")} + args))
        return CliOutput::fail(QStringLiteral("rpc"), parser.errorText() + tr(" (see mtvw-cli rpc --help)"));
    if (parser.isSet(help)) {
        CliOutput::print(CliOutput::help(parser, QStringLiteral("rpc")));
        return 0;
    }
    QStringList pos = parser.positionalArguments();
    QString dir;
    if (!pos.isEmpty() && pos.first() != QLatin1String("list") && pos.first() != QLatin1String("call"))
        dir = pos.takeFirst();
    const QString what = pos.value(0);
    if (what != QLatin1String("list") && what != QLatin1String("call"))
        return CliOutput::fail(QStringLiteral("rpc"), tr("wants list or call (see mtvw-cli rpc --help)"));
    if (what == QLatin1String("call") && pos.size() < 2)
        return CliOutput::fail(QStringLiteral("rpc call"), tr("names no function"));
    std::shared_ptr<const mtvw::mlf::MlfArchive> mlf;
    if (what == QLatin1String("list")) {
        if (!parser.isSet(archive))
            return CliOutput::fail(QStringLiteral("rpc list"),
                                   tr("wants --archive ARCHIVE: the protocol cannot list functions, the archive names them"));
        auto opened = mtvw::mlf::MlfArchive::open(parser.value(archive));
        if (!opened)
            return CliOutput::fail(parser.value(archive), opened.error().message());
        mlf = opened.value();
    }
    if (!openDevice(parser, target, dir, d, QStringLiteral("rpc")))
        return CliOutput::kFailure;
    RpcClient *rpc = d.rpc.get();
    return runOnDevice(d, QStringLiteral("rpc"), [rpc, what, pos, mlf](std::function<void(int)> finish) {
        auto fail = [finish](const QString &where, const mtvw::Error &e) {
            CliOutput::print(CliOutput::errorLine(where, e.message()) + QLatin1Char('\n'), stderr);
            finish(CliOutput::kFailure);
        };
        // The system library, and ModuleGetFunction to look into it.
        rpc->systemLibrary([=](mtvw::Result<quint64> lib) {
            if (!lib)
                return fail(QStringLiteral("runtime.SystemLib"), lib.error());
            const quint64 syslib = lib.value();
            rpc->getGlobalFunc("tvm.rpc.server.ModuleGetFunction", [=](mtvw::Result<quint64> mgf) {
                if (!mgf)
                    return fail(QStringLiteral("tvm.rpc.server.ModuleGetFunction"), mgf.error());
                auto lookup = [=](const QByteArray &name, std::function<void(quint64)> found) {
                    rpc->callFunc(mgf.value(), {RpcValue::module(syslib), RpcValue::str(name), RpcValue::integer(1)},
                                  [=](mtvw::Result<QList<RpcValue>> f) {
                                      found(f && f.value().first().i == RpcValue::Function ? f.value().last().u : 0);
                                  });
                };
                if (what == QLatin1String("list")) {
                    QStringList names;
                    for (const auto &m : mlf->modules())
                        for (const auto &op : mlf->operators(m))
                            names << op.name;
                    auto found = std::make_shared<int>(0);
                    auto next = std::make_shared<std::function<void(int)>>();
                    *next = [=, weak = std::weak_ptr<std::function<void(int)>>(next)](int i) {
                        if (i == names.size()) {
                            CliOutput::print(tr("%1 of %2 operator function(s) on the device\n").arg(*found).arg(names.size()));
                            if (*found == 0 && !names.isEmpty())
                                CliOutput::print(tr("none: an archive built with the C interface has no packed functions, "
                                                    "so TVM's CRT cannot reach its operators over RPC\n"));
                            return finish(0);
                        }
                        lookup(names[i].toUtf8(), [=, self = weak.lock()](quint64 h) {
                            *found += h != 0;
                            CliOutput::print(h ? QStringLiteral("%1  0x%2\n").arg(names[i]).arg(h, 0, 16)
                                               : tr("%1  (not on the device)\n").arg(names[i]));
                            (*self)(i + 1);
                        });
                    };
                    (*next)(0);
                    return;
                }
                const QByteArray name = pos[1].toUtf8();
                QList<RpcValue> callArgs;
                for (const QString &a : pos.mid(2))
                    callArgs << parseArg(a);
                auto call = [=](quint64 h) {
                    rpc->callFunc(h, callArgs, [=](mtvw::Result<QList<RpcValue>> r) {
                        if (!r)
                            return fail(QString::fromUtf8(name), r.error());
                        CliOutput::print(returned(r.value()) + QLatin1Char('\n'));
                        finish(0);
                    });
                };
                rpc->getGlobalFunc(name, [=](mtvw::Result<quint64> global) {
                    if (global)
                        return call(global.value());
                    lookup(name, [=](quint64 h) {
                        if (!h)
                            return fail(QString::fromUtf8(name),
                                        mtvw::Error(mtvw::Error::Code::NotFound,
                                                    tr("no global function and none in the system library by that name")));
                        call(h);
                    });
                });
            });
        });
    });
}

int RpcCommands::infer(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the model once on a device through its AOT executor over TVM RPC (tvm.aot_executor.create, each "
           "input written into get_input's tensor, run, each output read from get_output's): the outputs with their "
           "largest values and the run's round trip. TARGET: a generated project folder, --port PORT or --exec "
           "\"PROGRAM ARGS\"."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption input(QStringLiteral("input"),
                                   tr("Raw bytes of every input, concatenated in input order (default: zeros)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption fill(
        QStringLiteral("fill"), tr("Without --input: what the inputs hold, zeros, ones (the value 1) or random (default zeros)."),
        QStringLiteral("zeros|ones|random"), QStringLiteral("zeros"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("With --fill random: the seed (default 0)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    std::unique_ptr<mtvw::transport::RpcInference> inference; // outlives the client: its callbacks may run as it goes
    Device d;
    const TargetOptions target;
    target.addTo(parser, d);
    parser.addOptions({help, input, fill, seed, json});
    parser.addPositionalArgument(QStringLiteral("[DIR]"), tr("A generated project (its own transport)."));
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli infer")} + args))
        return CliOutput::fail(QStringLiteral("infer"), parser.errorText() + tr(" (see mtvw-cli infer --help)"));
    if (parser.isSet(help)) {
        CliOutput::print(CliOutput::help(parser, QStringLiteral("infer")));
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return CliOutput::fail(QStringLiteral("infer"), tr("takes at most one project folder (see mtvw-cli infer --help)"));
    const QString fillWith = parser.value(fill);
    if (fillWith != QLatin1String("zeros") && fillWith != QLatin1String("ones") && fillWith != QLatin1String("random"))
        return CliOutput::fail(QStringLiteral("--fill"), tr("wants zeros, ones or random, got \"%1\"").arg(fillWith));
    const TensorBytes::Fill fillKind = fillWith == QLatin1String("ones")     ? TensorBytes::Fill::Ones
                                       : fillWith == QLatin1String("random") ? TensorBytes::Fill::Random
                                                                             : TensorBytes::Fill::Zeros;
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return CliOutput::fail(QStringLiteral("--seed"), tr("wants a whole number, got \"%1\"").arg(parser.value(seed)));
    QByteArray given;
    if (parser.isSet(input)) {
        QFile f(parser.value(input));
        if (!f.open(QIODevice::ReadOnly))
            return CliOutput::fail(parser.value(input), f.errorString());
        given = f.read(kMaxInputBytes + 1);
    }
    if (!openDevice(parser, target, parser.positionalArguments().value(0), d, QStringLiteral("infer")))
        return CliOutput::kFailure;
    inference = std::make_unique<mtvw::transport::RpcInference>(d.rpc.get());
    auto *run = inference.get();
    const bool asJson = parser.isSet(json), hasInput = parser.isSet(input);
    const QString inputFile = parser.value(input);
    return runOnDevice(d, QStringLiteral("infer"), [=](std::function<void(int)> finish) mutable {
        run->describe([=](mtvw::Result<QList<RpcTensor>> tensors) {
            if (!tensors) {
                CliOutput::print(CliOutput::errorLine(QStringLiteral("infer"), tensors.error().message()) + QLatin1Char('\n'),
                                 stderr);
                if (!tensors.error().detail().isEmpty())
                    CliOutput::print(tensors.error().detail() + QLatin1Char('\n'), stderr);
                return finish(CliOutput::kFailure);
            }
            QList<QByteArray> inputs;
            QRandomGenerator rng(seedValue);
            qint64 at = 0, want = 0;
            for (const RpcTensor &t : tensors.value()) {
                // A size the device reports is checked before anything is made of it.
                if (t.bytes() < 0 || t.bytes() > kMaxInputBytes || want > kMaxInputBytes - t.bytes()) {
                    CliOutput::print(CliOutput::errorLine(QStringLiteral("infer"),
                                                          tr("the device reports an input of %1 (at most %2 bytes are sent)")
                                                              .arg(RpcValue::dlTensor(t).describe())
                                                              .arg(kMaxInputBytes)) +
                                         QLatin1Char('\n'),
                                     stderr);
                    return finish(CliOutput::kFailure);
                }
                want += t.bytes();
            }
            if (hasInput && given.size() != want) {
                CliOutput::print(CliOutput::errorLine(
                                     inputFile, tr("holds %1 bytes; the model's inputs take %2").arg(given.size()).arg(want)) +
                                     QLatin1Char('\n'),
                                 stderr);
                return finish(CliOutput::kFailure);
            }
            for (const RpcTensor &t : tensors.value()) {
                inputs << (hasInput ? given.mid(at, t.bytes()) : TensorBytes::filled(t, fillKind, rng));
                at += t.bytes();
            }
            run->run(inputs, [=](mtvw::Result<mtvw::transport::RpcInference::Result_> r) {
                if (!r) {
                    CliOutput::print(CliOutput::errorLine(QStringLiteral("infer"), r.error().message()) + QLatin1Char('\n'),
                                     stderr);
                    return finish(CliOutput::kFailure);
                }
                QJsonArray outs;
                QString text;
                for (int i = 0; i < r.value().outputs.size(); ++i) {
                    const auto &o = r.value().outputs[i];
                    QStringList dims;
                    for (qint64 s : o.tensor.shape)
                        dims << QString::number(s);
                    const qint64 n = TensorBytes::readable(o.tensor) ? o.data.size() / (o.tensor.bits / 8) : 0;
                    QList<QPair<double, qint64>> top;
                    QJsonArray first;
                    QStringList firstText;
                    for (qint64 k = 0; k < n; ++k) {
                        const double v = TensorBytes::element(o.tensor, o.data, k);
                        if (k < 8) {
                            first << v;
                            firstText << QString::number(v, 'g', 6);
                        }
                        top.append({v, k});
                    }
                    std::stable_sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
                    top = top.mid(0, 3);
                    QJsonArray topJson;
                    QStringList topText;
                    for (const auto &[v, k] : top) {
                        topJson << QJsonObject{{QStringLiteral("index"), k}, {QStringLiteral("value"), v}};
                        topText << QStringLiteral("%1: %2").arg(k).arg(v, 0, 'g', 6);
                    }
                    const QString dtype = mtvw::micro::dtypeText(o.tensor.code, o.tensor.bits, o.tensor.lanes);
                    outs << QJsonObject{{QStringLiteral("index"), i},
                                        {QStringLiteral("dtype"), dtype},
                                        {QStringLiteral("shape"), QJsonArray::fromStringList(dims)},
                                        {QStringLiteral("first"), first},
                                        {QStringLiteral("top"), topJson},
                                        {QStringLiteral("bytes_hex"), QString::fromLatin1(o.data.toHex())}};
                    text += tr("output %1: %2[%3] = %4%5; top %6\n")
                                .arg(i)
                                .arg(dtype, dims.join(QLatin1Char(',')), firstText.join(QLatin1Char(' ')),
                                     n > 8 ? QStringLiteral(" …") : QString(), topText.join(QStringLiteral(", ")));
                }
                if (asJson)
                    CliOutput::print(
                        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("outputs"), outs},
                                                                    {QStringLiteral("run_round_trip_us"), r.value().runUs}})
                                              .toJson()));
                else
                    CliOutput::print(text + tr("run: %1 ms round trip\n").arg(double(r.value().runUs) / 1000.0, 0, 'f', 3));
                finish(0);
            });
        });
    });
}

namespace {

// The archive a project folder holds (host-sim: model/ extracted, TVM's templates: model.tar).
QString archiveOfProject(const QString &dir)
{
    for (const QString &name : {QStringLiteral("model"), QStringLiteral("model.tar")})
        if (QFileInfo::exists(
                QDir(dir).filePath(name + (name == QLatin1String("model") ? QStringLiteral("/metadata.json") : QString()))) ||
            (name != QLatin1String("model") && QFileInfo::exists(QDir(dir).filePath(name))))
            return QDir(dir).filePath(name);
    return {};
}

QString micros(double seconds)
{
    return seconds < 0 ? QStringLiteral("-") : QString::number(seconds * 1e6, 'f', 3);
}

} // namespace

int RpcCommands::profile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times each operator function of the model on the device, and the whole model, with the device's own "
           "clock (runtime.RPCTimeEvaluator, spec 4.4.6). Each operator is called by name from the system library "
           "on buffers of the sizes the model gives it (graph archives: the graph's shapes; AOT archives: the main "
           "function's buffers); min and median over the repeats, each operator's share of the model. TARGET: a "
           "generated project folder, --port PORT or --exec \"PROGRAM ARGS\", with --archive naming the model "
           "where no project folder does."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption archive(QStringLiteral("archive"), tr("The archive the device runs (default: the project's)."),
                                     QStringLiteral("ARCHIVE"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), tr("Measurements per operator (default 10)."), QStringLiteral("N"),
                                    QStringLiteral("10"));
    const QCommandLineOption number(QStringLiteral("number"), tr("Calls per measurement (default 1)."), QStringLiteral("N"),
                                    QStringLiteral("1"));
    const QCommandLineOption minRepeat(QStringLiteral("min-repeat-ms"),
                                       tr("Each measurement at least this long: number grows until it is (default 0)."),
                                       QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    const QCommandLineOption tvm(QStringLiteral("tvm-version"),
                                 tr("The device's TVM release, for the time evaluator's arguments (11 up to 0.13, 12 from 0.14; "
                                    "default: the release the archive states, else 12)."),
                                 QStringLiteral("X.Y"));
    // The inference and profiler outlive the client: its callbacks may run as it goes.
    std::unique_ptr<mtvw::transport::RpcInference> inference;
    std::unique_ptr<mtvw::transport::RpcProfiler> profiler;
    Device d;
    const TargetOptions target;
    target.addTo(parser, d);
    parser.addOptions({help, archive, repeat, number, minRepeat, json, csv, tvm});
    parser.addPositionalArgument(QStringLiteral("[DIR]"), tr("A generated project (its own transport)."));
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli profile")} + args))
        return CliOutput::fail(QStringLiteral("profile"), parser.errorText() + tr(" (see mtvw-cli profile --help)"));
    if (parser.isSet(help)) {
        CliOutput::print(CliOutput::help(parser, QStringLiteral("profile")));
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return CliOutput::fail(QStringLiteral("profile"), tr("takes at most one project folder (see mtvw-cli profile --help)"));
    if (parser.isSet(json) && parser.isSet(csv))
        return CliOutput::fail(QStringLiteral("profile"), tr("wants --json or --csv, not both"));
    mtvw::transport::RpcProfiler::Settings settings;
    const struct
    {
        const QCommandLineOption &option;
        int *into;
        int least;
    } numbers[] = {{repeat, &settings.repeat, 1}, {number, &settings.number, 1}, {minRepeat, &settings.minRepeatMs, 0}};
    for (const auto &n : numbers) {
        bool ok = false;
        *n.into = parser.value(n.option).toInt(&ok);
        if (!ok || *n.into < n.least || *n.into > 1'000'000)
            return CliOutput::fail(
                QStringLiteral("--") + n.option.names().first(),
                tr("wants a whole number from %1 to 1000000, got \"%2\"").arg(n.least).arg(parser.value(n.option)));
    }
    const QString dir = parser.positionalArguments().value(0);
    const QString archivePath = parser.isSet(archive) ? parser.value(archive) : dir.isEmpty() ? QString() : archiveOfProject(dir);
    if (archivePath.isEmpty())
        return CliOutput::fail(QStringLiteral("profile"),
                               tr("wants --archive ARCHIVE: the protocol cannot list functions, the archive names them"));
    auto opened = mtvw::mlf::MlfArchive::open(archivePath);
    if (!opened)
        return CliOutput::fail(archivePath, opened.error().message());
    const std::shared_ptr<const mtvw::mlf::MlfArchive> mlf = opened.value();
    QList<mtvw::mlf::OperatorCalls::Call> calls;
    QHash<QString, qint64> workspace, code;
    for (const auto &m : mlf->modules()) {
        calls += mtvw::mlf::OperatorCalls::of(*mlf, m).calls;
        for (const auto &op : mlf->operators(m))
            workspace.insert(op.name, op.workspaceBytes);
    }
    for (const auto &f : mlf->sourceIndex().functions())
        code.insert(f.name, f.bytes());
    settings.legacyEvaluator =
        mtvw::transport::RpcProfiler::legacyEvaluatorFor(parser.isSet(tvm) ? parser.value(tvm) : mlf->metadata().statedRelease());

    if (!openDevice(parser, target, dir, d, QStringLiteral("profile")))
        return CliOutput::kFailure;
    inference = std::make_unique<mtvw::transport::RpcInference>(d.rpc.get());
    profiler = std::make_unique<mtvw::transport::RpcProfiler>(d.rpc.get(), inference.get());
    auto *p = profiler.get();
    const bool asJson = parser.isSet(json), asCsv = parser.isSet(csv);
    QObject::connect(p, &mtvw::transport::RpcProfiler::progressed, p, [asJson, asCsv](int done, int total, const QString &f) {
        if (!f.isEmpty())
            CliOutput::print(tr("[%1/%2] %3\n").arg(done + 1).arg(total).arg(f), stderr);
        Q_UNUSED(asJson);
        Q_UNUSED(asCsv);
    });
    return runOnDevice(d, QStringLiteral("profile"), [=](std::function<void(int)> finish) {
        p->profile(calls, settings, [=](mtvw::Result<mtvw::transport::RpcProfiler::Report> r) {
            if (!r) {
                CliOutput::print(CliOutput::errorLine(QStringLiteral("profile"), r.error().message()) + QLatin1Char('\n'),
                                 stderr);
                return finish(CliOutput::kFailure);
            }
            const auto &report = r.value();
            const double model = report.model.median();
            double sum = 0;
            for (const auto &t : report.operators)
                if (t.median() >= 0)
                    sum += t.median() * t.callsPerRun;
            const double whole = model > 0 ? model : sum;
            auto share = [whole](const mtvw::transport::RpcProfiler::Timing &t) {
                return t.median() >= 0 && whole > 0 ? 100.0 * t.median() * t.callsPerRun / whole : -1.0;
            };
            if (asJson) {
                QJsonArray ops;
                for (const auto &t : report.operators) {
                    QJsonArray seconds;
                    for (double s : t.seconds)
                        seconds << s;
                    QJsonObject o{{QStringLiteral("function"), t.function},
                                  {QStringLiteral("calls_per_run"), t.callsPerRun},
                                  {QStringLiteral("on_device"), t.onDevice},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("workspace_bytes"), workspace.value(t.function, -1)},
                                  {QStringLiteral("code_bytes"), code.value(t.function, -1)}};
                    if (!t.seconds.isEmpty()) {
                        o.insert(QStringLiteral("min_us"), t.min() * 1e6);
                        o.insert(QStringLiteral("median_us"), t.median() * 1e6);
                        o.insert(QStringLiteral("share_percent"), share(t));
                    }
                    if (!t.error.isEmpty())
                        o.insert(QStringLiteral("error"), t.error);
                    ops << o;
                }
                QJsonArray modelSeconds;
                for (double s : report.model.seconds)
                    modelSeconds << s;
                QJsonObject m{{QStringLiteral("seconds"), modelSeconds}};
                if (model >= 0) {
                    m.insert(QStringLiteral("min_us"), report.model.min() * 1e6);
                    m.insert(QStringLiteral("median_us"), model * 1e6);
                }
                if (!report.model.error.isEmpty())
                    m.insert(QStringLiteral("error"), report.model.error);
                CliOutput::print(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("archive"), archivePath},
                                              {QStringLiteral("repeat"), settings.repeat},
                                              {QStringLiteral("number"), settings.number},
                                              {QStringLiteral("evaluator_arguments"), settings.legacyEvaluator ? 11 : 12},
                                              {QStringLiteral("max_packet_bytes"), report.maxPacket},
                                              {QStringLiteral("operators"), ops},
                                              {QStringLiteral("operators_sum_us"), sum * 1e6},
                                              {QStringLiteral("model"), m}})
                        .toJson()));
            } else if (asCsv) {
                QString out =
                    QStringLiteral("function,calls_per_run,min_us,median_us,share_percent,workspace_bytes,code_bytes,error\n");
                auto quoted = [](QString s) {
                    return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
                };
                for (const auto &t : report.operators)
                    out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                               .arg(t.function)
                               .arg(t.callsPerRun)
                               .arg(t.seconds.isEmpty() ? QString() : micros(t.min()),
                                    t.seconds.isEmpty() ? QString() : micros(t.median()),
                                    share(t) < 0 ? QString() : QString::number(share(t), 'f', 2))
                               .arg(workspace.value(t.function, -1))
                               .arg(code.value(t.function, -1))
                               .arg(t.error.isEmpty() ? QString() : quoted(t.error));
                out += QStringLiteral("(model),1,%1,%2,100,,,%3\n")
                           .arg(micros(report.model.min()), micros(model),
                                report.model.error.isEmpty() ? QString() : quoted(report.model.error));
                CliOutput::print(out);
            } else {
                QString out = tr("%1 of %2 operator function(s) on the device; %3 × %4 call(s) each\n")
                                  .arg(report.found())
                                  .arg(report.operators.size())
                                  .arg(settings.repeat)
                                  .arg(settings.number);
                out += tr("%1  %2  %3  %4  %5\n")
                           .arg(tr("min µs"), 12)
                           .arg(tr("median µs"), 12)
                           .arg(tr("share"), 7)
                           .arg(tr("calls"), 5)
                           .arg(tr("function"));
                for (const auto &t : report.operators)
                    out += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                               .arg(micros(t.min()), 12)
                               .arg(micros(t.median()), 12)
                               .arg(share(t) < 0 ? QStringLiteral("-") : QString::number(share(t), 'f', 1) + QLatin1Char('%'), 7)
                               .arg(t.callsPerRun, 5)
                               .arg(t.function, t.error.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(t.error));
                out += tr("model: min %1 µs, median %2 µs%3; the operators add up to %4 µs\n")
                           .arg(micros(report.model.min()), micros(model),
                                report.model.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(report.model.error),
                                micros(sum));
                if (report.found() == 0 && !report.operators.isEmpty())
                    out += tr("none: an archive built with the C interface has no packed functions, so TVM's CRT cannot reach "
                              "its operators over RPC\n");
                CliOutput::print(out);
            }
            finish(0);
        });
    });
}
