#include "wirecommands.h"

#include "clioutput.h"
#include "clitarget.h"
#include "jsonreport.h"
#include "micro/aotdemooutput.h"
#include "micro/devicelines.h"
#include "micro/eembcoutput.h"
#include "micro/hostsimoutput.h"
#include "micro/runreport.h"
#include "micro/timingfile.h"
#include "micro/timingstats.h"
#include "micro/wiredecoder.h"
#include "mlf/boardcatalogue.h"
#include "projectapi/projectapiclient.h"
#include "projectcommands.h"
#include "transport/capturereader.h"
#include "transport/capturewriter.h"
#include "transport/hostsession.h"
#include "transport/projectapitransport.h"
#include "transport/serialports.h"
#include "transport/transport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <map>

using mtvw::Direction;
using mtvw::micro::WireDecoder;
using mtvw::micro::WireRecord;
using mtvw::transport::CaptureChunk;
using mtvw::transport::CaptureReader;

namespace {

// Records go out as they are decoded, through one buffer written in large pieces: a 100 MB
// capture streams through in bounded memory.
class RecordPrinter
{
public:
    explicit RecordPrinter(bool json)
        : m_json(json)
    {
        if (m_json)
            m_out = "{\"records\": [\n";
        else
            m_out = WireCommands::tr("time        from    layer    type               summary\n").toUtf8();
    }
    ~RecordPrinter() { flush(); }

    void add(const WireRecord &r, int interface)
    {
        if (m_firstTime < 0 && r.timeUs >= 0)
            m_firstTime = r.timeUs;
        if (m_json) {
            QJsonObject o{{QStringLiteral("direction"), WireRecord::directionName(r.direction)},
                          {QStringLiteral("layer"), WireRecord::layerName(r.layer)},
                          {QStringLiteral("type"), r.type},
                          {QStringLiteral("summary"), r.summary},
                          {QStringLiteral("begin"), r.begin},
                          {QStringLiteral("end"), r.end}};
            o.insert(QStringLiteral("time_us"), r.timeUs >= 0 ? QJsonValue(r.timeUs) : QJsonValue());
            o.insert(QStringLiteral("interface"), interface);
            o.insert(QStringLiteral("problem"), r.problem.isEmpty() ? QJsonValue() : QJsonValue(r.problem));
            if (r.layer == WireRecord::Layer::Session || r.layer == WireRecord::Layer::Rpc)
                o.insert(QStringLiteral("session_id"), r.sessionId);
            if (!r.details.isEmpty())
                o.insert(QStringLiteral("details"), QJsonArray::fromStringList(r.details));
            if (m_count)
                m_out += ",\n";
            m_out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            const QString time = r.timeUs >= 0 && m_firstTime >= 0 ? QString::number(double(r.timeUs - m_firstTime) / 1e6, 'f', 6)
                                                                   : QStringLiteral("-");
            // One arg() call: a "%1" in the device's text stays text.
            QString line = QStringLiteral("%1  %2  %3  %4  %5  [%6..%7)\n")
                               .arg(time.leftJustified(10), WireRecord::directionName(r.direction).leftJustified(6),
                                    WireRecord::layerName(r.layer).leftJustified(7), r.type.leftJustified(17), r.summary,
                                    QString::number(r.begin), QString::number(r.end));
            if (interface > 0)
                line.prepend(QStringLiteral("#%1 ").arg(interface)); // which connection, when there are several
            if (!r.problem.isEmpty())
                line += QStringLiteral("            ! %1\n").arg(r.problem);
            m_out += line.toUtf8();
        }
        ++m_count;
        if (m_out.size() > (1 << 16))
            flush();
    }
    void end(const QString &error)
    {
        if (m_json) {
            m_out += "\n], \"count\": " + QByteArray::number(m_count) + ", \"error\": " +
                     (error.isEmpty() ? QByteArray("null")
                                      : QJsonDocument(QJsonArray{error}).toJson(QJsonDocument::Compact).mid(1).chopped(1)) +
                     "}\n";
        }
        flush();
    }

private:
    void flush()
    {
        CliOutput::write(m_out);
        m_out.clear();
    }
    bool m_json;
    QByteArray m_out;
    qint64 m_count = 0;
    qint64 m_firstTime = -1;
};

} // namespace

int WireCommands::decode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Dissects a capture (pcapng, as mtvw-cli and the workbench write them) message by message: time, direction, "
           "layer (text, framing, session, rpc), type, summary, the bytes it spans in its direction's stream, and what "
           "was wrong (CRC, invalid escape, short packet, wrong session, unknown RPC code). With --raw, FILE holds the "
           "plain bytes of one direction."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON: {\"records\": [...], \"count\", \"error\"}."));
    const QCommandLineOption raw(QStringLiteral("raw"), tr("FILE is a plain byte file of one direction, not a capture."));
    const QCommandLineOption from(QStringLiteral("from"), tr("With --raw: who sent the bytes, device (default) or host."),
                                  QStringLiteral("device|host"), QStringLiteral("device"));
    parser.addOptions({help, json, raw, from});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A capture (.pcapng), or with --raw a byte file."));
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli decode")} + args))
        return CliOutput::fail(QStringLiteral("decode"), parser.errorText() + tr(" (see mtvw-cli decode --help)"));
    if (parser.isSet(help)) {
        CliOutput::print(CliOutput::help(parser, QStringLiteral("decode")));
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return CliOutput::fail(QStringLiteral("decode"), tr("takes one FILE (see mtvw-cli decode --help)"));
    const QString file = parser.positionalArguments().first();
    const QString sender = parser.value(from);
    if (sender != QLatin1String("device") && sender != QLatin1String("host"))
        return CliOutput::fail(QStringLiteral("--from"), tr("wants device or host, got \"%1\"").arg(sender));

    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return CliOutput::fail(file, f.errorString());
    const bool isCapture = CaptureReader::isPcapng(f.peek(4));
    if (!parser.isSet(raw) && !isCapture)
        return CliOutput::fail(file, tr("not a pcapng capture (for a plain byte file add --raw)"));

    // One decoder per connection (interface) of the capture: each is its own pair of streams.
    std::map<int, std::unique_ptr<WireDecoder>> decoders;
    auto decoderFor = [&decoders](int interface) -> WireDecoder & {
        auto &d = decoders[interface];
        if (!d)
            d = std::make_unique<WireDecoder>();
        return *d;
    };
    RecordPrinter printer(parser.isSet(json));
    QList<WireRecord> records;
    auto emitAll = [&](int interface) {
        for (const WireRecord &r : std::as_const(records))
            printer.add(r, interface);
        records.clear();
    };
    QString error;
    if (parser.isSet(raw)) {
        const Direction d = sender == QLatin1String("host") ? Direction::FromHost : Direction::FromDevice;
        QByteArray piece;
        while (!(piece = f.read(1 << 20)).isEmpty()) {
            decoderFor(0).feed(d, piece, -1, records);
            emitAll(0);
        }
    } else {
        f.close();
        const auto read = CaptureReader::readFile(file, [&](const CaptureChunk &c) {
            decoderFor(c.interface).feed(c.direction, c.bytes, c.timeUs, records);
            emitAll(c.interface);
        });
        if (!read)
            error = read.error().message();
    }
    for (auto &[interface, decoder] : decoders) {
        decoder->finish(records);
        emitAll(interface);
    }
    printer.end(error);
    if (!error.isEmpty())
        return CliOutput::fail(file, error);
    return 0;
}

namespace {

// Parses args for a command with options; false (after printing) on error or --help.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &command, int positional,
                  const QString &description, int *code)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, WireCommands::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("mtvw-cli ") + command} + args)) {
        *code = CliOutput::fail(command, parser.errorText() + WireCommands::tr(" (see mtvw-cli %1 --help)").arg(command));
        return false;
    }
    if (parser.isSet(help)) {
        CliOutput::print(CliOutput::help(parser, command));
        *code = 0;
        return false;
    }
    // positional < 0: at most -positional (optional arguments).
    if (positional >= 0 ? parser.positionalArguments().size() != positional : parser.positionalArguments().size() > -positional) {
        *code = CliOutput::fail(
            command,
            WireCommands::tr("takes %n argument(s) (see mtvw-cli %1 --help)", nullptr, std::abs(positional)).arg(command));
        return false;
    }
    return true;
}

} // namespace

int WireCommands::ports(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    int code = 0;
    if (!parseCommand(parser, args, QStringLiteral("ports"), 0,
                      tr("Lists the serial ports: path, USB VID:PID, serial number, description, and the boards of the "
                         "stock Zephyr and Arduino templates whose VID:PID it carries."),
                      &code))
        return code;
    auto catalogue = mtvw::mlf::BoardCatalogue::load(QString::fromLatin1(mtvw::mlf::BoardCatalogue::kBuiltInPath));
    const auto ports = mtvw::transport::SerialPortEntry::list(catalogue ? catalogue.value() : mtvw::mlf::BoardCatalogue());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &p : ports)
            list << QJsonObject{
                {QStringLiteral("path"), p.path},
                {QStringLiteral("usb_id"), p.usbId().isEmpty() ? QJsonValue() : QJsonValue(p.usbId())},
                {QStringLiteral("serial_number"), p.serialNumber.isEmpty() ? QJsonValue() : QJsonValue(p.serialNumber)},
                {QStringLiteral("description"), p.description},
                {QStringLiteral("manufacturer"), p.manufacturer},
                {QStringLiteral("boards"), QJsonArray::fromStringList(p.boards)}};
        CliOutput::print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ports"), list}}).toJson()));
        return 0;
    }
    if (ports.isEmpty()) {
        CliOutput::print(tr("No serial ports found.\n"));
        return 0;
    }
    QString out;
    for (const auto &p : ports) {
        QStringList facts;
        if (!p.usbId().isEmpty())
            facts << p.usbId();
        if (!p.serialNumber.isEmpty())
            facts << tr("serial %1").arg(p.serialNumber);
        if (!p.description.isEmpty())
            facts << p.description;
        if (!p.boards.isEmpty())
            facts << tr("board: %1").arg(p.boards.join(QStringLiteral(" or ")));
        out += QStringLiteral("%1  %2\n").arg(p.path, facts.join(QStringLiteral(", ")));
    }
    CliOutput::print(out);
    return 0;
}

int WireCommands::monitor(const QStringList &args)
{
    using mtvw::transport::Transport;
    QCommandLineParser parser;
    const QCommandLineOption baud(QStringLiteral("baud"), tr("Baud rate (default 115200)."), QStringLiteral("N"),
                                  QStringLiteral("115200"));
    const QCommandLineOption hex(QStringLiteral("hex"), tr("Print bytes as hex with their offsets, not as text."));
    const QCommandLineOption stamps(QStringLiteral("timestamps"), tr("Start each line with the seconds since the port opened."));
    const QCommandLineOption capture(QStringLiteral("capture"), tr("Also write every byte to a pcapng capture."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption wait(QStringLiteral("reattach-seconds"),
                                  tr("How long a port that went away is waited for (default 30)."), QStringLiteral("S"),
                                  QStringLiteral("30"));
    parser.addOptions({baud, hex, stamps, capture, wait});
    parser.addPositionalArgument(QStringLiteral("PORT"), tr("A serial port, e.g. /dev/ttyACM0."));
    int code = 0;
    if (!parseCommand(parser, args, QStringLiteral("monitor"), 1,
                      tr("Shows what a serial port says, as text or hex, until Ctrl+C or the port is gone for good. A port "
                         "that goes away (unplugged, or a board re-enumerating after a flash) is waited for and reopened "
                         "when the same device returns; another device is never taken."),
                      &code))
        return code;
    mtvw::transport::TransportSettings settings;
    settings.kind = mtvw::transport::TransportSettings::Kind::Serial;
    settings.port = parser.positionalArguments().first();
    bool ok = false;
    settings.baud = parser.value(baud).toInt(&ok);
    if (!ok || settings.baud <= 0)
        return CliOutput::fail(QStringLiteral("--baud"), tr("wants a positive whole number, got \"%1\"").arg(parser.value(baud)));
    settings.reattachMs = int(parser.value(wait).toDouble(&ok) * 1000);
    if (!ok || settings.reattachMs < 0)
        return CliOutput::fail(QStringLiteral("--reattach-seconds"),
                               tr("wants a number of seconds, got \"%1\"").arg(parser.value(wait)));

    mtvw::transport::CaptureWriter writer;
    int interface = -1;
    if (parser.isSet(capture)) {
        if (auto opened = writer.open(parser.value(capture)); !opened)
            return CliOutput::fail(parser.value(capture), opened.error().message());
        auto added = writer.addInterface(settings.describe());
        if (!added)
            return CliOutput::fail(parser.value(capture), added.error().message());
        interface = added.value();
    }
    Transport *t = Transport::create(settings);
    const bool asHex = parser.isSet(hex), withTime = parser.isSet(stamps);
    const qint64 startUs = Transport::nowUs();
    qint64 offset = 0;
    bool lineStart = true;
    int exitCode = 0;
    QObject::connect(t, &Transport::bytesArrived, t, [&](const QByteArray &bytes, qint64 timeUs) {
        if (interface >= 0)
            if (auto written = writer.write(interface, mtvw::Direction::FromDevice, timeUs, bytes); !written)
                CliOutput::print(CliOutput::errorLine(writer.path(), written.error().message()) + QLatin1Char('\n'), stderr);
        const QString stamp = QStringLiteral("[%1] ").arg(double(timeUs - startUs) / 1e6, 10, 'f', 6);
        QByteArray out;
        if (asHex) {
            for (qsizetype i = 0; i < bytes.size(); i += 16) {
                const QByteArray row = bytes.mid(i, 16);
                QByteArray ascii = row;
                for (char &c : ascii)
                    c = (c >= 0x20 && c < 0x7F) ? c : '.';
                out += (withTime ? stamp.toUtf8() : QByteArray()) + QByteArray::number(offset + i, 16).rightJustified(8, '0') +
                       "  " + row.toHex(' ').leftJustified(48, ' ') + "  " + ascii + '\n';
            }
        } else if (withTime) {
            for (char c : bytes) {
                if (lineStart)
                    out += stamp.toUtf8();
                out += c;
                lineStart = c == '\n';
            }
        } else {
            out = bytes;
        }
        offset += bytes.size();
        CliOutput::write(out);
    });
    QObject::connect(t, &Transport::stateChanged, t, [&](Transport::State s, const QString &detail) {
        if (s == Transport::State::Waiting)
            CliOutput::print(QStringLiteral("mtvw-cli: %1\n").arg(detail), stderr);
        else if (s == Transport::State::Open && offset > 0)
            CliOutput::print(tr("mtvw-cli: %1: reopened\n").arg(detail), stderr);
    });
    QObject::connect(t, &Transport::errorOccurred, t, [&](const mtvw::Error &e) {
        CliOutput::print(CliOutput::errorLine(settings.port, e.message()) + QLatin1Char('\n'), stderr);
        exitCode = CliOutput::kFailure;
    });
    QObject::connect(t, &Transport::closed, t, [&] { QCoreApplication::exit(exitCode); });
    t->open();
    const int result = QCoreApplication::exec();
    delete t;
    return result;
}

int WireCommands::session(const QStringList &args)
{
    using mtvw::transport::HostSession;
    using mtvw::transport::Transport;
    QCommandLineParser parser;
    CliTarget target;
    const QCommandLineOption capture(QStringLiteral("capture"), tr("Write every byte both ways to a pcapng capture."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption retry(QStringLiteral("retry"),
                                   tr("Seconds between handshake attempts (default 2; 0 with --start-timeout 0: wait for ever)."),
                                   QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption start(QStringLiteral("start-timeout"), tr("Seconds before the handshake fails (default 5)."),
                                   QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption option({QStringLiteral("o"), QStringLiteral("option")},
                                    tr("With DIR: a project option for open_transport, key=value."), QStringLiteral("key=value"));
    target.addTo(parser);
    parser.addOptions({capture, retry, start, option});
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 tr("A generated project: its own transport, through its Project API server."),
                                 QStringLiteral("[DIR]"));
    int code = 0;
    if (!parseCommand(parser, args, QStringLiteral("session"), -1,
                      tr("Opens a microTVM session as TVM's host does (spec 4.3): TerminateSession and StartSessionInit, "
                         "retried with a new nonce until the device replies or the start timeout passes; then prints the "
                         "device's Log messages and the session's changes until Ctrl+C, the device ends the session (a "
                         "reboot) or the connection closes."),
                      &code))
        return code;
    const QString dir = parser.positionalArguments().value(0);
    HostSession::Timeouts timeouts;
    bool okRetry = false, okStart = false;
    timeouts.retrySeconds = parser.value(retry).toDouble(&okRetry);
    timeouts.startSeconds = parser.value(start).toDouble(&okStart);
    if (!okRetry || timeouts.retrySeconds < 0 || !okStart || timeouts.startSeconds < 0)
        return CliOutput::fail(QStringLiteral("session"), tr("--retry and --start-timeout want seconds (0 or more)"));

    std::unique_ptr<Transport> t = target.open(parser, dir, QStringLiteral("session"), parser.values(option));
    if (!t)
        return CliOutput::kFailure;
    const QString name = t->name();
    mtvw::transport::CaptureWriter writer;
    if (parser.isSet(capture)) {
        if (auto opened = writer.open(parser.value(capture)); !opened)
            return CliOutput::fail(parser.value(capture), opened.error().message());
        if (auto added = writer.addInterface(name); !added)
            return CliOutput::fail(parser.value(capture), added.error().message());
    }
    // The capture first: every byte is on disk before anything about it is shown.
    if (writer.isOpen()) {
        QObject::connect(t.get(), &Transport::bytesArrived, t.get(), [&writer](const QByteArray &b, qint64 us) {
            static_cast<void>(writer.write(0, mtvw::Direction::FromDevice, us, b));
        });
        QObject::connect(t.get(), &Transport::bytesWritten, t.get(), [&writer](const QByteArray &b, qint64 us) {
            static_cast<void>(writer.write(0, mtvw::Direction::FromHost, us, b));
        });
    }
    // A project's own timeouts, as its open_transport returns them, unless given here; connected
    // before the session's own handler, so the handshake uses them.
    HostSession *session = nullptr;
    if (!parser.isSet(retry) && !parser.isSet(start))
        CliTarget::useProjectTimeouts(t.get(), [&session] { return session; });
    HostSession host(t.get(), timeouts);
    session = &host;
    const qint64 startUs = Transport::nowUs();
    auto say = [startUs](const QString &text) {
        CliOutput::print(QStringLiteral("[%1] %2\n").arg(double(Transport::nowUs() - startUs) / 1e6, 10, 'f', 6).arg(text));
    };
    int exitCode = 0;
    QObject::connect(t.get(), &Transport::stateChanged, t.get(), [&](Transport::State s, const QString &detail) {
        if (s == Transport::State::Open)
            say(tr("connected: %1").arg(detail));
        else if (s == Transport::State::Waiting)
            say(detail);
    });
    QObject::connect(t.get(), &Transport::errorOccurred, t.get(), [&](const mtvw::Error &e) {
        CliOutput::print(CliOutput::errorLine(name, e.message()) + QLatin1Char('\n'), stderr);
        exitCode = CliOutput::kFailure;
    });
    QObject::connect(&host, &HostSession::established, &host, [&](quint16 id) {
        say(tr("session 0x%1 established (attempt %2)").arg(id, 4, 16, QLatin1Char('0')).arg(host.attempts()));
    });
    QObject::connect(&host, &HostSession::logReceived, &host, [&](const QString &text) { say(tr("device: %1").arg(text)); });
    QObject::connect(&host, &HostSession::problem, &host, [&](const QString &what) { say(tr("! %1").arg(what)); });
    QObject::connect(&host, &HostSession::ended, &host, [&](const mtvw::Error &why) {
        if (why.code() == mtvw::Error::Code::Remote) {
            say(tr("session ended: %1").arg(why.message()));
        } else if (why.code() != mtvw::Error::Code::Io || exitCode == 0) {
            CliOutput::print(CliOutput::errorLine(name, why.message()) + QLatin1Char('\n'), stderr);
            exitCode = CliOutput::kFailure;
        }
        QCoreApplication::exit(exitCode);
    });
    say(tr("opening %1").arg(name));
    t->open();
    host.start();
    return QCoreApplication::exec();
}

int WireCommands::timing(const QStringList &args)
{
    using mtvw::micro::TimingStats;
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV rows: run,ms,outlier."));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  tr("From a port: stop after N timings (default: at Ctrl+C or when it closes)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption baud(QStringLiteral("baud"), tr("From a port: its baud rate (default 115200)."), QStringLiteral("N"),
                                  QStringLiteral("115200"));
    const QCommandLineOption option({QStringLiteral("o"), QStringLiteral("option")},
                                    tr("With a project folder: a project option for open_transport, key=value."),
                                    QStringLiteral("key=value"));
    parser.addOptions({json, csv, runs, baud, option});
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 tr("A capture (.pcapng), a text file of the device's output, a serial port, or a generated "
                                    "project (run through its own transport)."));
    int code = 0;
    if (!parseCommand(parser, args, QStringLiteral("timing"), 1,
                      tr("The timing statistics of a model's runs as the device reported them: count, min, median, mean, "
                         "p95, max, standard deviation, and the outliers by a robust rule (median absolute deviation), "
                         "from the host-sim program's \"run\" lines, the AOT demo's \"result:<index>:<ms>\" lines or "
                         "EEMBC \"m-lap-us-\" pairs."),
                      &code))
        return code;
    if (parser.isSet(json) && parser.isSet(csv))
        return CliOutput::fail(QStringLiteral("timing"), tr("--json and --csv cannot be combined"));
    const QString source = parser.positionalArguments().first();
    mtvw::micro::DeviceLines device;
    QFileInfo info(source);
    const bool isPort = info.exists() && !info.isFile() && !info.isDir(); // a character device, or a link to one
    if (!info.exists())
        return CliOutput::fail(source, tr("does not exist"));
    QString error;
    if (info.isDir()) {
        // A generated project: run it through its own transport (as project run does) and read
        // what its program says until it closes.
        mtvw::projectapi::ProjectApiClient client;
        QJsonObject options;
        if (!ProjectCommands().openProject(client, source, QStringLiteral("open_transport"), parser.values(option), &options))
            return CliOutput::kFailure;
        mtvw::transport::ProjectApiTransport t(&client, options, QStringLiteral("project ") + source);
        QObject::connect(&t, &mtvw::transport::Transport::bytesArrived, &t,
                         [&device](const QByteArray &bytes) { device.feed(bytes); });
        QObject::connect(&t, &mtvw::transport::Transport::errorOccurred, &t, [&](const mtvw::Error &e) { error = e.message(); });
        QObject::connect(&t, &mtvw::transport::Transport::closed, &t, [] { QCoreApplication::exit(0); });
        t.open();
        QCoreApplication::exec();
        device.finish();
    } else if (isPort) {
        mtvw::transport::TransportSettings settings;
        settings.port = source;
        bool baudOk = false;
        settings.baud = parser.value(baud).toInt(&baudOk);
        if (!baudOk || settings.baud <= 0)
            return CliOutput::fail(QStringLiteral("--baud"),
                                   tr("wants a positive whole number, got \"%1\"").arg(parser.value(baud)));
        const int want = parser.value(runs).toInt();
        std::unique_ptr<mtvw::transport::Transport> t(mtvw::transport::Transport::create(settings));
        QObject::connect(t.get(), &mtvw::transport::Transport::bytesArrived, t.get(), [&](const QByteArray &bytes) {
            device.feed(bytes);
            if (want > 0 && device.times().first.size() >= want)
                QCoreApplication::exit(0);
        });
        QObject::connect(t.get(), &mtvw::transport::Transport::errorOccurred, t.get(),
                         [&](const mtvw::Error &e) { error = e.message(); });
        QObject::connect(t.get(), &mtvw::transport::Transport::closed, t.get(), [] { QCoreApplication::exit(0); });
        t->open();
        QCoreApplication::exec();
        device.finish();
    } else {
        // A capture (the device's text and the session's log messages) or a text log.
        if (const auto read = mtvw::micro::TimingFile::readDeviceOutput(source, device); !read) {
            if (read.error().code() == mtvw::Error::Code::Io)
                return CliOutput::fail(source, read.error().message());
            error = read.error().message();
        }
    }
    const auto [samples, protocol] = device.times();
    if (samples.isEmpty())
        return CliOutput::fail(source, error.isEmpty()
                                           ? tr("no timings in %n line(s) of device output (host-sim run lines, AOT demo "
                                                "result lines or EEMBC laps)",
                                                nullptr, int(device.lines()))
                                           : error);
    const TimingStats s = TimingStats::compute(samples);
    if (parser.isSet(json)) {
        QJsonObject o = JsonReport::timing(samples);
        QJsonArray all;
        for (double v : samples)
            all << v;
        o.insert(QStringLiteral("source"), protocol);
        o.insert(QStringLiteral("samples_ms"), all);
        CliOutput::print(QString::fromUtf8(QJsonDocument(o).toJson()));
    } else if (parser.isSet(csv)) {
        QString out = QStringLiteral("run,ms,outlier\n");
        for (int i = 0; i < samples.size(); ++i)
            out += QStringLiteral("%1,%2,%3\n").arg(i + 1).arg(samples[i], 0, 'g', 15).arg(s.outliers.contains(i) ? 1 : 0);
        CliOutput::print(out);
    } else {
        CliOutput::print(mtvw::micro::timingReport(protocol, samples, QLocale::c()).join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }
    if (!error.isEmpty())
        return CliOutput::fail(source, error);
    return 0;
}
