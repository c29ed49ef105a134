#include "wiredecoder.h"

#include "core/tr.h"

namespace mtvw::micro {

using mtvw::BackendText;

namespace {

QString printable(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.remove(QChar(0)); // the AOT demo sends a NUL after each reply
    for (QChar &c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            c = QChar(0x2400 + c.unicode());
    return text;
}

bool looksLikeText(QByteArrayView bytes)
{
    qsizetype odd = 0;
    for (char c : bytes) {
        const auto u = quint8(c);
        odd += (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != 0) || u == 0x7F || u >= 0xFD;
    }
    return odd * 10 <= bytes.size();
}

QString crtError(FrameEvent::Error e, quint8 byte)
{
    switch (e) {
    case FrameEvent::Error::ShortPacket: return BackendText::tr("short packet: a new start (FF FD) inside it (error 0x201)");
    case FrameEvent::Error::InvalidEscape:
        return BackendText::tr("invalid escape FF %1 (error 0x202)").arg(byte, 2, 16, QLatin1Char('0'));
    case FrameEvent::Error::Incomplete: return BackendText::tr("the stream ends inside the packet");
    case FrameEvent::Error::TooLong: return BackendText::tr("longer than the receive buffer (error 0x301)");
    case FrameEvent::Error::None: break;
    }
    return {};
}

} // namespace

QString WireRecord::layerName(Layer layer)
{
    switch (layer) {
    case Layer::Text: return QStringLiteral("text");
    case Layer::Framing: return QStringLiteral("framing");
    case Layer::Session: return QStringLiteral("session");
    case Layer::Rpc: return QStringLiteral("rpc");
    }
    return {};
}

QString WireRecord::directionName(Direction direction)
{
    return direction == Direction::FromHost ? QStringLiteral("host") : QStringLiteral("device");
}

WireDecoder::WireDecoder(qint64 maxPayload)
    : m_device(maxPayload)
    , m_host(maxPayload)
{}

void WireDecoder::feed(Direction direction, QByteArrayView bytes, qint64 timeUs, QList<WireRecord> &out)
{
    Stream &s = stream(direction);
    s.lastTimeUs = timeUs;
    m_events.clear();
    s.unframer.feed(bytes, m_events);
    for (const FrameEvent &e : std::as_const(m_events))
        handle(direction, s, e, timeUs, out);
}

void WireDecoder::finish(QList<WireRecord> &out)
{
    for (Direction d : {Direction::FromDevice, Direction::FromHost}) {
        Stream &s = stream(d);
        m_events.clear();
        s.unframer.finish(m_events);
        for (const FrameEvent &e : std::as_const(m_events))
            handle(d, s, e, s.lastTimeUs, out);
        flushLine(d, s, s.lastTimeUs, out);
    }
}

void WireDecoder::flushLine(Direction direction, Stream &s, qint64 timeUs, QList<WireRecord> &out)
{
    if (s.line.isEmpty())
        return;
    WireRecord r;
    r.timeUs = timeUs;
    r.direction = direction;
    r.layer = WireRecord::Layer::Text;
    r.begin = s.lineBegin;
    r.end = s.lineBegin + s.line.size();
    if (looksLikeText(s.line)) {
        QByteArray trimmed = s.line;
        trimmed.removeIf([](char c) { return c == '\r' || c == '\n'; });
        r.type = QStringLiteral("text");
        r.summary = printable(trimmed);
    } else {
        r.type = QStringLiteral("noise");
        r.summary =
            BackendText::tr("%n byte(s) outside any packet: %1", nullptr, int(s.line.size()))
                .arg(QString::fromLatin1(s.line.left(16).toHex(' ')) + (s.line.size() > 16 ? QStringLiteral(" …") : QString()));
    }
    out.append(r);
    s.line.clear();
}

void WireDecoder::text(Direction direction, Stream &s, const FrameEvent &e, qint64 timeUs, QList<WireRecord> &out)
{
    // Text comes in runs of any length: each line is one record, the last one waits for its end.
    if (!s.line.isEmpty() && s.lineBegin + s.line.size() != e.begin)
        flushLine(direction, s, timeUs, out); // a packet came between
    qsizetype from = 0;
    while (from < e.skipped.size()) {
        if (s.line.isEmpty())
            s.lineBegin = e.begin + from;
        const qsizetype nl = e.skipped.indexOf('\n', from);
        const qsizetype room = kMaxTextLine - s.line.size();
        const qsizetype to = std::min(nl < 0 ? e.skipped.size() : nl + 1, from + room);
        s.line.append(e.skipped.constData() + from, to - from);
        from = to;
        if (s.line.endsWith('\n') || s.line.size() >= kMaxTextLine)
            flushLine(direction, s, timeUs, out);
    }
}

void WireDecoder::handle(Direction direction, Stream &s, const FrameEvent &e, qint64 timeUs, QList<WireRecord> &out)
{
    if (e.kind == FrameEvent::Kind::Skipped) {
        text(direction, s, e, timeUs, out);
        return;
    }
    flushLine(direction, s, timeUs, out);
    WireRecord r;
    r.timeUs = timeUs;
    r.direction = direction;
    r.begin = e.begin;
    r.end = e.end;
    r.layer = WireRecord::Layer::Framing;
    if (e.kind == FrameEvent::Kind::Error) {
        r.type = BackendText::tr("framing error");
        r.problem = crtError(e.error, e.escapedByte);
        r.summary =
            e.declaredLength >= 0 ? BackendText::tr("packet of %1 B: %2").arg(e.declaredLength).arg(r.problem) : r.problem;
        out.append(r);
        return;
    }
    if (!e.crcOk) {
        r.type = BackendText::tr("CRC error");
        r.problem = BackendText::tr("CRC %1 received, %2 computed: the receiver drops the packet")
                        .arg(e.crcReceived, 4, 16, QLatin1Char('0'))
                        .arg(e.crcComputed, 4, 16, QLatin1Char('0'));
        r.summary = BackendText::tr("packet of %1 B: %2").arg(e.payload.size()).arg(r.problem);
        out.append(r);
        return;
    }
    auto message = SessionMessage::parse(e.payload);
    if (!message) {
        r.type = BackendText::tr("short message");
        r.problem = message.error().message();
        r.summary = r.problem;
        out.append(r);
        return;
    }
    const SessionMessage &m = message.value();
    r.layer = WireRecord::Layer::Session;
    r.sessionId = m.sessionId;
    r.type = SessionMessage::typeName(m.type);
    const SessionTracker::Verdict verdict = m_session.observe(m, direction == Direction::FromHost);
    r.problem = verdict.problem;
    switch (m.type) {
    case SessionMessage::Log: r.summary = printable(m.body); break;
    case SessionMessage::Normal:
        if (verdict.delivered) {
            const RpcRecord rpc = m_rpc.decode(m.body, direction == Direction::FromHost);
            r.layer = WireRecord::Layer::Rpc;
            r.type = rpc.codeName;
            r.summary = rpc.summary;
            r.details = rpc.lines;
            if (r.problem.isEmpty())
                r.problem = rpc.error;
        } else {
            r.summary = BackendText::tr("%n byte(s), not delivered", nullptr, int(m.body.size()));
        }
        break;
    default: r.summary = verdict.note; break;
    }
    out.append(r);
}

} // namespace mtvw::micro
