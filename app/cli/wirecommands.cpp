#include "wirecommands.h"

#include "clioutput.h"
#include "micro/wiredecoder.h"
#include "transport/capturereader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

    void add(const WireRecord &r)
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
            QString line = QStringLiteral("%1  %2  %3  %4  %5  [%6..%7)\n")
                               .arg(time.leftJustified(10), WireRecord::directionName(r.direction).leftJustified(6),
                                    WireRecord::layerName(r.layer).leftJustified(7), r.type.leftJustified(17), r.summary)
                               .arg(r.begin)
                               .arg(r.end);
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

    WireDecoder decoder;
    RecordPrinter printer(parser.isSet(json));
    QList<WireRecord> records;
    auto emitAll = [&] {
        for (const WireRecord &r : std::as_const(records))
            printer.add(r);
        records.clear();
    };
    QString error;
    if (parser.isSet(raw)) {
        const Direction d = sender == QLatin1String("host") ? Direction::FromHost : Direction::FromDevice;
        QByteArray piece;
        while (!(piece = f.read(1 << 20)).isEmpty()) {
            decoder.feed(d, piece, -1, records);
            emitAll();
        }
    } else {
        f.close();
        const auto read = CaptureReader::readFile(file, [&](const CaptureChunk &c) {
            decoder.feed(c.direction, c.bytes, c.timeUs, records);
            emitAll();
        });
        if (!read)
            error = read.error().message();
    }
    decoder.finish(records);
    emitAll();
    printer.end(error);
    if (!error.isEmpty())
        return CliOutput::fail(file, error);
    return 0;
}
