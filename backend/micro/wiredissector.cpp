#include "wiredissector.h"

#include "core/tr.h"
#include "crc16.h"
#include "framer.h"
#include "micro/dtypetext.h"
#include "rpcdecoder.h"
#include "sessionmessage.h"

#include <QtEndian>

#include <cstring>
#include <functional>

namespace mtvw::micro {

namespace {

using mtvw::BackendText;

// Reads unescaped bytes out of escaped wire bytes, keeping the raw position, so that every
// field read knows the raw bytes it came from. FF FF is one FF; FF FE (a nop) is skipped; FF FD
// (a new packet) and FF with anything else stop the reading. `left` is how many unescaped bytes
// the current region (length, payload, CRC) still holds.
class Cursor
{
public:
    enum class Stop { None, Region, End, NewPacket, InvalidEscape };

    explicit Cursor(QByteArrayView raw)
        : m_raw(raw)
    {}

    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    qint64 left() const { return m_left; }
    void setLeft(qint64 left) { m_left = left; }
    Stop stop() const { return m_stop; }
    qsizetype stopAt() const { return m_stopAt; }
    quint8 stopByte() const { return m_stopByte; }
    bool failed() const { return m_stop != Stop::None; }
    void clearRegionStop()
    {
        if (m_stop == Stop::Region)
            m_stop = Stop::None;
    }
    qsizetype size() const { return m_raw.size(); }
    QByteArrayView raw() const { return m_raw; }

    // Where the next byte starts (nops before it are not part of it).
    qsizetype begin()
    {
        skipNops();
        return m_pos;
    }

    bool byte(quint8 &b)
    {
        if (m_stop != Stop::None)
            return false;
        if (m_left <= 0) {
            m_stop = Stop::Region;
            return false;
        }
        skipNops();
        if (m_pos >= m_raw.size()) {
            m_stop = Stop::End;
            m_stopAt = m_pos;
            return false;
        }
        const auto c = quint8(m_raw[m_pos]);
        if (c == Framer::kEscape) {
            if (m_pos + 1 >= m_raw.size()) {
                m_stop = Stop::End;
                m_stopAt = m_pos;
                return false;
            }
            const auto next = quint8(m_raw[m_pos + 1]);
            if (next != Framer::kEscape) {
                m_stop = next == Framer::kStart ? Stop::NewPacket : Stop::InvalidEscape;
                m_stopAt = m_pos;
                m_stopByte = next;
                return false;
            }
            m_pos += 2;
        } else {
            ++m_pos;
        }
        b = c;
        --m_left;
        return true;
    }

    template<typename T>
    bool read(T &v)
    {
        char buf[sizeof(T)];
        for (size_t i = 0; i < sizeof(T); ++i) {
            quint8 b = 0;
            if (!byte(b))
                return false;
            buf[i] = char(b);
        }
        v = qFromLittleEndian<T>(buf);
        return true;
    }

    // Skips n unescaped bytes (plain runs at once), keeping the first keepMax of them; the
    // number skipped.
    quint64 skip(quint64 n, QByteArray *keep = nullptr, qsizetype keepMax = 0)
    {
        quint64 done = 0;
        while (done < n && m_stop == Stop::None) {
            if (m_left <= 0) {
                m_stop = Stop::Region;
                break;
            }
            skipNops();
            const qint64 want = qint64(std::min<quint64>(n - done, quint64(m_left)));
            const qsizetype avail = m_raw.size() - m_pos;
            const qsizetype span = qsizetype(std::min<qint64>(want, avail));
            const void *ff = span > 0 ? std::memchr(m_raw.data() + m_pos, 0xFF, size_t(span)) : nullptr;
            const qsizetype run = ff ? static_cast<const char *>(ff) - (m_raw.data() + m_pos) : span;
            if (run > 0) {
                if (keep && keep->size() < keepMax)
                    keep->append(m_raw.data() + m_pos, std::min<qsizetype>(run, keepMax - keep->size()));
                m_pos += run;
                m_left -= run;
                done += quint64(run);
                continue;
            }
            quint8 b = 0;
            if (!byte(b))
                break;
            if (keep && keep->size() < keepMax)
                keep->append(char(b));
            ++done;
        }
        return done;
    }

private:
    void skipNops()
    {
        while (m_pos + 1 < m_raw.size() && quint8(m_raw[m_pos]) == Framer::kEscape && quint8(m_raw[m_pos + 1]) == Framer::kNop)
            m_pos += 2;
    }

    QByteArrayView m_raw;
    qsizetype m_pos = 0;
    qint64 m_left = 0;
    Stop m_stop = Stop::None;
    qsizetype m_stopAt = 0;
    quint8 m_stopByte = 0;
};

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString printable(QByteArrayView bytes, bool more)
{
    QString text = QString::fromUtf8(bytes.first(std::min(WireDissector::kMaxShown, bytes.size())));
    for (QChar &c : text)
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode());
    return QLatin1Char('"') + text +
           (more || bytes.size() > WireDissector::kMaxShown ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString hexPreview(QByteArrayView bytes, quint64 total)
{
    QString text = QString::fromLatin1(bytes.first(std::min<qsizetype>(16, bytes.size())).toByteArray().toHex(' '));
    if (total > 16)
        text += QStringLiteral(" …");
    return text;
}

QString typeCodeName(qint64 code)
{
    switch (code) {
    case 0: return QStringLiteral("int");
    case 1: return QStringLiteral("uint");
    case 2: return QStringLiteral("float");
    case 3: return QStringLiteral("handle");
    case 4: return QStringLiteral("null");
    case 5: return QStringLiteral("DataType");
    case 6: return QStringLiteral("DLDevice");
    case 7: return QStringLiteral("DLTensor");
    case 8: return QStringLiteral("object");
    case 9: return QStringLiteral("module");
    case 10: return QStringLiteral("PackedFunc");
    case 11: return QStringLiteral("str");
    case 12: return QStringLiteral("bytes");
    case 13: return QStringLiteral("NDArray");
    case 15: return QStringLiteral("bool");
    default: return BackendText::tr("unknown");
    }
}

// Builds the tree, counting fields so that hostile input cannot make it grow without bound.
class Dissector
{
public:
    Dissector(QByteArrayView raw, const QHash<quint64, QString> &names)
        : c(raw)
        , m_names(names)
    {}

    QList<WireField> run();

private:
    WireField make(const QString &label, const QString &value, qint64 begin, qint64 end, bool problem = false)
    {
        WireField f;
        f.label = label;
        f.value = value;
        f.begin = begin;
        f.end = std::max(begin, end);
        f.problem = problem;
        return f;
    }
    void add(WireField &parent, WireField f)
    {
        if (m_fields >= WireDissector::kMaxFields) {
            m_capped = true;
            return;
        }
        ++m_fields;
        parent.children.append(std::move(f));
    }
    // Why the cursor stopped, as a problem field at the spot.
    WireField stopField(const QString &what)
    {
        const qsizetype at = c.stopAt();
        switch (c.stop()) {
        case Cursor::Stop::NewPacket:
            return make(BackendText::tr("Short packet"), BackendText::tr("a new start (FF FD) inside %1 (error 0x201)").arg(what),
                        at, at + 2, true);
        case Cursor::Stop::InvalidEscape:
            return make(BackendText::tr("Invalid escape"),
                        BackendText::tr("FF %1 inside %2 (error 0x202)").arg(c.stopByte(), 2, 16, QLatin1Char('0')).arg(what), at,
                        std::min<qsizetype>(at + 2, c.size()), true);
        case Cursor::Stop::Region:
            return make(BackendText::tr("Truncated"), BackendText::tr("%1 runs past the end of the packet's payload").arg(what),
                        c.pos(), c.pos(), true);
        case Cursor::Stop::End:
        case Cursor::Stop::None: break;
        }
        return make(BackendText::tr("Truncated"), BackendText::tr("the message's bytes end inside %1").arg(what), c.pos(),
                    c.pos(), true);
    }
    template<typename T>
    bool field(WireField &parent, const QString &label, T &v, const std::function<QString(T)> &text)
    {
        const qsizetype b = c.begin();
        if (!c.read(v)) {
            add(parent, stopField(label));
            return false;
        }
        add(parent, make(label, text(v), b, c.pos()));
        return true;
    }
    bool u8(WireField &p, const QString &label, quint8 &v)
    {
        return field<quint8>(p, label, v, [](quint8 x) { return QString::number(x); });
    }
    bool i32(WireField &p, const QString &label, qint32 &v)
    {
        return field<qint32>(p, label, v, [](qint32 x) { return QString::number(x); });
    }
    bool i64(WireField &p, const QString &label, qint64 &v)
    {
        return field<qint64>(p, label, v, [](qint64 x) { return QString::number(x); });
    }
    bool handle(WireField &p, const QString &label, quint64 &v)
    {
        return field<quint64>(p, label, v, [this](quint64 x) { return handleText(x); });
    }
    QString handleText(quint64 h) const
    {
        const auto it = m_names.constFind(h);
        return it == m_names.constEnd() ? hex(h) : QStringLiteral("%1 (%2)").arg(hex(h), it.value());
    }

    bool sessionLayer(WireField &root, WireField &rpc, bool &haveRpc);
    bool rpcPacket(WireField &rpc);
    bool sequence(WireField &parent, const QString &label, int code, qint32 rpcCode);
    bool value(WireField &parent, int index, qint32 type, const QString &label, qint32 rpcCode, qint32 count);
    bool tensor(WireField &parent, const QString &label);
    bool bytes(WireField &parent, const QString &label, bool text);

    Cursor c;
    const QHash<quint64, QString> &m_names;
    int m_fields = 0;
    bool m_capped = false;
    QByteArray m_lastString; // the last str value read
};

bool Dissector::bytes(WireField &parent, const QString &label, bool text)
{
    WireField f = make(label, {}, c.begin(), c.begin());
    quint64 n = 0;
    if (!field<quint64>(f, BackendText::tr("Length"), n, [](quint64 x) { return BackendText::tr("%1 bytes").arg(x); })) {
        f.end = c.pos();
        f.problem = true;
        add(parent, std::move(f));
        return false;
    }
    const qsizetype b = c.begin();
    QByteArray kept;
    const quint64 got = c.skip(n, &kept, text ? WireDissector::kMaxShown * 4 : 16);
    m_lastString = text ? kept : QByteArray();
    const bool ok = got == n;
    add(f, make(text ? BackendText::tr("Text") : BackendText::tr("Data"),
                text ? printable(kept, n > quint64(kept.size())) : hexPreview(kept, n), b, c.pos()));
    f.value = text ? printable(kept, n > quint64(kept.size())) : BackendText::tr("%1 bytes: %2").arg(n).arg(hexPreview(kept, n));
    if (!ok)
        add(f, stopField(label));
    f.end = c.pos();
    f.problem = !ok;
    add(parent, std::move(f));
    return ok;
}

bool Dissector::tensor(WireField &parent, const QString &label)
{
    WireField t = make(label, {}, c.begin(), c.begin());
    quint64 data = 0;
    qint32 devType = 0, devId = 0, ndim = 0;
    quint8 code = 0, bits = 0;
    quint16 lanes = 0;
    bool ok = field<quint64>(t, BackendText::tr("Data pointer"), data, [](quint64 x) { return hex(x); }) &&
              i32(t, BackendText::tr("Device type"), devType) && i32(t, BackendText::tr("Device id"), devId) &&
              i32(t, BackendText::tr("Dimensions"), ndim);
    QStringList dims;
    if (ok) {
        WireField dt = make(BackendText::tr("Data type"), {}, c.begin(), c.begin());
        ok = u8(dt, BackendText::tr("Code"), code) && u8(dt, BackendText::tr("Bits"), bits) &&
             field<quint16>(dt, BackendText::tr("Lanes"), lanes, [](quint16 x) { return QString::number(x); });
        dt.end = c.pos();
        dt.value = ok ? dtypeText(code, bits, lanes) : QString();
        dt.problem = !ok;
        add(t, std::move(dt));
    }
    if (ok && (ndim < 0 || ndim > WireDissector::kMaxDims)) {
        add(t, make(BackendText::tr("Shape"),
                    BackendText::tr("%1 dimensions (at most %2 are read)").arg(ndim).arg(WireDissector::kMaxDims), c.pos(),
                    c.pos(), true));
        ok = false;
    }
    if (ok) {
        WireField shape = make(BackendText::tr("Shape"), {}, c.begin(), c.begin());
        for (int d = 0; d < ndim && ok; ++d) {
            qint64 v = 0;
            ok = i64(shape, BackendText::tr("Dimension %1").arg(d), v);
            dims << QString::number(v);
        }
        shape.end = c.pos();
        shape.value = QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
        shape.problem = !ok;
        add(t, std::move(shape));
    }
    quint64 offset = 0;
    ok = ok && field<quint64>(t, BackendText::tr("Byte offset"), offset, [](quint64 x) { return QString::number(x); });
    t.end = c.pos();
    t.problem = !ok;
    if (ok)
        t.value =
            QStringLiteral("%1[%2] @%3%4%5")
                .arg(dtypeText(code, bits, lanes), dims.join(QStringLiteral(", ")), hex(data),
                     offset ? QStringLiteral("+%1").arg(offset) : QString(),
                     devType != 1 || devId != 0 ? BackendText::tr(" on device (%1, %2)").arg(devType).arg(devId) : QString());
    add(parent, std::move(t));
    return ok;
}

bool Dissector::value(WireField &parent, int index, qint32 type, const QString &label, qint32 rpcCode, qint32 count)
{
    QString name = label.isEmpty() ? BackendText::tr("Argument %1").arg(index) : label;
    name += QStringLiteral(" (%1)").arg(typeCodeName(type));
    const qsizetype b = c.begin();
    switch (type) {
    case 0:
    case 15: {
        qint64 v = 0;
        const bool isReturnType = rpcCode == 4 && count >= 2 && index == 0;
        return field<qint64>(parent, name, v, [type, isReturnType](qint64 x) {
            if (isReturnType)
                return QStringLiteral("%1 (%2)").arg(x).arg(x == 4 ? BackendText::tr("nothing") : typeCodeName(x));
            return type == 15 ? (x ? QStringLiteral("true") : QStringLiteral("false")) : QString::number(x);
        });
    }
    case 1: {
        quint64 v = 0;
        return field<quint64>(parent, name, v, [](quint64 x) { return QString::number(x); });
    }
    case 2: {
        quint64 v = 0;
        return field<quint64>(parent, name, v, [](quint64 x) {
            double d = 0;
            std::memcpy(&d, &x, sizeof d);
            return QString::number(d, 'g', 10);
        });
    }
    case 3:
    case 9:
    case 10: {
        quint64 v = 0;
        return handle(parent, name, v);
    }
    case 4: add(parent, make(name, QStringLiteral("null"), b, b)); return true;
    case 5: {
        WireField f = make(name, {}, b, b);
        quint8 code = 0, bits = 0;
        quint16 lanes = 0;
        quint32 pad = 0;
        const bool ok = u8(f, BackendText::tr("Code"), code) && u8(f, BackendText::tr("Bits"), bits) &&
                        field<quint16>(f, BackendText::tr("Lanes"), lanes, [](quint16 x) { return QString::number(x); }) &&
                        field<quint32>(f, BackendText::tr("Padding"), pad, [](quint32 x) { return hex(x); });
        f.end = c.pos();
        f.value = ok ? dtypeText(code, bits, lanes) : QString();
        f.problem = !ok;
        add(parent, std::move(f));
        return ok;
    }
    case 6: {
        WireField f = make(name, {}, b, b);
        qint32 t = 0, id = 0;
        const bool ok = i32(f, BackendText::tr("Device type"), t) && i32(f, BackendText::tr("Device id"), id);
        f.end = c.pos();
        f.value = ok ? QStringLiteral("(%1, %2)").arg(t).arg(id) : QString();
        f.problem = !ok;
        add(parent, std::move(f));
        return ok;
    }
    case 7: return tensor(parent, name);
    case 8: {
        WireField f = make(name, {}, b, b);
        quint32 index32 = 0;
        quint64 h = 0;
        const bool ok = field<quint32>(f, BackendText::tr("Type index"), index32, [](quint32 x) { return QString::number(x); }) &&
                        handle(f, BackendText::tr("Handle"), h);
        f.end = c.pos();
        f.value = ok ? handleText(h) : QString();
        f.problem = !ok;
        add(parent, std::move(f));
        return ok;
    }
    case 11:
    case 12: return bytes(parent, name, type == 11);
    default:
        add(parent, make(name,
                         type == 13 ? BackendText::tr("type code 13 (NDArray handle) is not allowed on the wire")
                                    : BackendText::tr("unknown type code %1: its value cannot be read").arg(type),
                         b, b, true));
        return false;
    }
}

bool Dissector::sequence(WireField &parent, const QString &label, int code, qint32 rpcCode)
{
    Q_UNUSED(code)
    WireField seq = make(label, {}, c.begin(), c.begin());
    qint32 count = 0;
    if (!i32(seq, BackendText::tr("Count"), count)) {
        seq.end = c.pos();
        seq.problem = true;
        add(parent, std::move(seq));
        return false;
    }
    if (count < 0 || count > WireDissector::kMaxArgs) {
        add(seq, make(BackendText::tr("Count"),
                      BackendText::tr("%1 values (at most %2 are read)").arg(count).arg(WireDissector::kMaxArgs), seq.begin,
                      c.pos(), true));
        seq.end = c.pos();
        seq.problem = true;
        add(parent, std::move(seq));
        return false;
    }
    WireField types = make(BackendText::tr("Type codes"), {}, c.begin(), c.begin());
    QList<qint32> codes;
    bool ok = true;
    QStringList names;
    for (qint32 k = 0; k < count && ok; ++k) {
        qint32 t = 0;
        ok = field<qint32>(types, BackendText::tr("Type of %1").arg(k), t,
                           [](qint32 x) { return QStringLiteral("%1 (%2)").arg(x).arg(typeCodeName(x)); });
        codes << t;
        names << typeCodeName(t);
    }
    types.end = c.pos();
    types.value = names.join(QStringLiteral(", "));
    types.problem = !ok;
    add(seq, std::move(types));
    QStringList shown;
    for (qint32 k = 0; k < count && ok; ++k) {
        QString valueLabel;
        if (rpcCode == 4 && count >= 2)
            valueLabel = k == 0 ? BackendText::tr("Return type") : BackendText::tr("Return value");
        else if (rpcCode == 4)
            valueLabel = BackendText::tr("Return value");
        else if (rpcCode == 5 && codes[k] == 11)
            valueLabel = BackendText::tr("Message");
        else if (rpcCode == 9 && codes[k] == 11)
            valueLabel = BackendText::tr("Name");
        ok = value(seq, k, codes[k], valueLabel, rpcCode, count);
        if (ok && !seq.children.isEmpty() && shown.size() < 8)
            shown << seq.children.last().value.left(WireDissector::kMaxShown);
        else if (ok && shown.size() == 8)
            shown << QStringLiteral("…");
    }
    seq.end = c.pos();
    seq.value = shown.join(QStringLiteral(", "));
    seq.problem = !ok;
    add(parent, std::move(seq));
    return ok;
}

bool Dissector::rpcPacket(WireField &rpc)
{
    const qint64 bodyLeft = c.left();
    quint64 nbytes = 0;
    if (!field<quint64>(rpc, BackendText::tr("Packet length"), nbytes,
                        [](quint64 x) { return BackendText::tr("%1 bytes follow").arg(x); }))
        return false;
    if (nbytes != quint64(bodyLeft - 8) && !rpc.children.isEmpty()) {
        rpc.children.last().problem = true;
        rpc.children.last().value += BackendText::tr(" (but %1 do: the message holds one packet, spec 4.4.1)").arg(bodyLeft - 8);
    }
    qint32 code = 0;
    if (!field<qint32>(rpc, BackendText::tr("Code"), code,
                       [](qint32 x) { return QStringLiteral("%1 (%2)").arg(x).arg(RpcDecoder::codeName(x)); }))
        return false;
    rpc.value = RpcDecoder::codeName(code);
    switch (code) {
    case 0:
    case 1: return true;
    case 2: {
        if (!bytes(rpc, BackendText::tr("Protocol version"), true))
            return false;
        return sequence(rpc, BackendText::tr("Arguments"), code, code);
    }
    case 3: {
        quint64 h = 0;
        if (!handle(rpc, BackendText::tr("Function"), h))
            return false;
        rpc.value += QLatin1Char(' ') + handleText(h);
        return sequence(rpc, BackendText::tr("Arguments"), code, code);
    }
    case 4: return sequence(rpc, BackendText::tr("Return values"), code, code);
    case 5: {
        const bool ok = sequence(rpc, BackendText::tr("Exception"), code, code);
        if (ok && !m_lastString.isEmpty())
            rpc.value += QStringLiteral(": ") + printable(m_lastString, false);
        return ok;
    }
    case 6:
    case 7: {
        if (!tensor(rpc, BackendText::tr("Tensor")))
            return false;
        quint64 n = 0;
        if (!field<quint64>(rpc, BackendText::tr("Bytes"), n, [](quint64 x) { return QString::number(x); }))
            return false;
        if (code == 6)
            return true;
        const qsizetype b = c.begin();
        QByteArray kept;
        const quint64 got = c.skip(n, &kept, 16);
        add(rpc, make(BackendText::tr("Data"), hexPreview(kept, n), b, c.pos()));
        if (got != n) {
            add(rpc, stopField(BackendText::tr("the data")));
            return false;
        }
        return true;
    }
    case 8: {
        const qsizetype b = c.begin();
        QByteArray kept;
        const quint64 n = quint64(std::max<qint64>(0, c.left()));
        const quint64 got = c.skip(n, &kept, 16);
        add(rpc, make(BackendText::tr("Data"), BackendText::tr("%1 bytes: %2").arg(got).arg(hexPreview(kept, got)), b, c.pos()));
        if (got != n) {
            add(rpc, stopField(BackendText::tr("the data")));
            return false;
        }
        return true;
    }
    default:
        if (code >= 9 && code <= 21) {
            const bool ok = sequence(rpc, BackendText::tr("Arguments"), code, code);
            if (ok && code == 9 && !m_lastString.isEmpty())
                rpc.value += QLatin1Char(' ') + printable(m_lastString, false);
            return ok;
        }
        add(rpc,
            make(BackendText::tr("Body"), BackendText::tr("unknown RPC code %1 (a CRT device hangs on it, spec 4.4.8)").arg(code),
                 c.pos(), c.pos(), true));
        return false;
    }
}

bool Dissector::sessionLayer(WireField &root, WireField &rpc, bool &haveRpc)
{
    root.begin = root.end = c.begin();
    WireField id = make(BackendText::tr("Session id"), {}, c.begin(), c.begin());
    quint8 initiator = 0, responder = 0, type = 0;
    bool ok = field<quint8>(id, BackendText::tr("Initiator nonce"), initiator, [](quint8 x) { return hex(x); }) &&
              field<quint8>(id, BackendText::tr("Responder nonce"), responder, [](quint8 x) { return hex(x); });
    id.end = c.pos();
    id.value = ok ? QStringLiteral("0x%1").arg(quint16(initiator | responder << 8), 4, 16, QLatin1Char('0')) : QString();
    id.problem = !ok;
    add(root, std::move(id));
    ok = ok && field<quint8>(root, BackendText::tr("Message type"), type, [](quint8 x) {
             return QStringLiteral("0x%1 (%2)").arg(x, 2, 16, QLatin1Char('0')).arg(SessionMessage::typeName(x));
         });
    if (!ok) {
        root.problem = true;
        root.end = c.pos();
        return false;
    }
    root.value = SessionMessage::typeName(type);
    switch (type) {
    case SessionMessage::StartSessionInit:
    case SessionMessage::StartSessionReply: {
        quint8 version = 0;
        ok = u8(root, BackendText::tr("Version"), version);
        if (ok && version != SessionMessage::kVersion && !root.children.isEmpty()) {
            root.children.last().problem = true;
            root.children.last().value += BackendText::tr(" (the only version is 1: the handshake never completes)");
        }
        break;
    }
    case SessionMessage::TerminateSession: break;
    case SessionMessage::Log: {
        const qsizetype b = c.begin();
        QByteArray kept;
        const quint64 n = quint64(std::max<qint64>(0, c.left()));
        c.skip(n, &kept, WireDissector::kMaxShown * 4);
        add(root, make(BackendText::tr("Text"), printable(kept, n > quint64(kept.size())), b, c.pos()));
        root.value += QLatin1Char(' ') + printable(kept, n > quint64(kept.size()));
        ok = !c.failed();
        break;
    }
    case SessionMessage::Normal: {
        haveRpc = true;
        rpc.begin = rpc.end = c.begin();
        ok = rpcPacket(rpc);
        rpc.end = c.pos();
        rpc.problem = !ok;
        root.value += BackendText::tr(", session 0x%1").arg(quint16(initiator | responder << 8), 4, 16, QLatin1Char('0'));
        break;
    }
    default: {
        const qsizetype b = c.begin();
        const quint64 n = quint64(std::max<qint64>(0, c.left()));
        QByteArray kept;
        c.skip(n, &kept, 16);
        add(root,
            make(BackendText::tr("Body"), BackendText::tr("unknown message type: %1 bytes not read").arg(n), b, c.pos(), true));
        ok = false;
        break;
    }
    }
    // Bytes the message type leaves over.
    c.clearRegionStop();
    if (ok && c.left() > 0 && !c.failed()) {
        const qsizetype b = c.begin();
        const qint64 n = c.left();
        c.skip(quint64(n));
        WireField extra =
            make(BackendText::tr("Trailing bytes"), BackendText::tr("%1 bytes after the body").arg(n), b, c.pos(), true);
        if (haveRpc)
            add(rpc, std::move(extra));
        else
            add(root, std::move(extra));
    }
    root.end = c.pos();
    return ok;
}

// A parent spans its children (a field cut short by broken bytes spans the bytes that broke it).
void enclose(WireField &f)
{
    for (WireField &child : f.children) {
        enclose(child);
        f.begin = std::min(f.begin, child.begin);
        f.end = std::max(f.end, child.end);
    }
}

QList<WireField> Dissector::run()
{
    const QByteArrayView raw = c.raw();
    QList<WireField> roots;
    if (raw.size() < 2 || quint8(raw[0]) != Framer::kEscape || quint8(raw[1]) != Framer::kStart) {
        QByteArray shown = raw.first(std::min<qsizetype>(raw.size(), WireDissector::kMaxShown * 4)).toByteArray();
        WireField text =
            make(BackendText::tr("Bytes outside any packet"), BackendText::tr("%1 bytes").arg(raw.size()), 0, raw.size());
        text.children.append(make(BackendText::tr("Text"), printable(shown, raw.size() > shown.size()), 0, raw.size()));
        text.children.append(make(BackendText::tr("Hex"), hexPreview(raw, quint64(raw.size())), 0, raw.size()));
        roots.append(std::move(text));
        return roots;
    }
    WireField framing = make(BackendText::tr("Framing"), {}, 0, raw.size());
    add(framing, make(BackendText::tr("Start of packet"), QStringLiteral("FF FD"), 0, 2));
    c.setPos(2);
    c.setLeft(4);
    quint32 length = 0;
    const qsizetype lengthBegin = c.begin();
    if (!c.read(length)) {
        add(framing, stopField(BackendText::tr("the length")));
        framing.problem = true;
        roots.append(std::move(framing));
        return roots;
    }
    add(framing, make(BackendText::tr("Length"), BackendText::tr("%1 bytes of payload").arg(length), lengthBegin, c.pos()));
    const qsizetype afterLength = c.pos();
    c.setLeft(length);
    WireField session = make(BackendText::tr("Session"), {}, c.pos(), c.pos());
    WireField rpc = make(BackendText::tr("RPC"), {}, c.pos(), c.pos());
    bool haveRpc = false, haveSession = false;
    qsizetype payloadBegin = afterLength, payloadEnd = afterLength;
    bool payloadOk = true;
    if (length > 0) {
        payloadBegin = c.begin();
        if (length >= quint32(SessionMessage::kHeaderBytes)) {
            haveSession = true;
            session.problem = !sessionLayer(session, rpc, haveRpc);
            if (c.stop() == Cursor::Stop::Region)
                c.clearRegionStop();
        } else {
            WireField short_ = make(BackendText::tr("Session"), BackendText::tr("a session message needs a 3-byte header"),
                                    payloadBegin, payloadBegin, true);
            session = std::move(short_);
            haveSession = true;
        }
        // What the session did not read of the payload (after an error inside it).
        if (!c.failed() && c.left() > 0)
            c.skip(quint64(c.left()));
        payloadEnd = c.pos();
        payloadOk = !c.failed() && c.left() == 0;
        if (!session.children.isEmpty() || session.problem)
            session.end = std::max<qint64>(session.end, session.begin);
    }
    WireField payload = make(BackendText::tr("Payload"), BackendText::tr("%1 bytes").arg(length), payloadBegin, payloadEnd);
    if (!payloadOk) {
        payload.problem = true;
        payload.value = BackendText::tr("%1 of %2 bytes").arg(qint64(length) - c.left()).arg(length);
    }
    add(framing, std::move(payload));
    if (!payloadOk) {
        add(framing, stopField(BackendText::tr("the payload")));
    } else {
        const quint16 computed = Crc16::of(raw.first(payloadEnd));
        c.setLeft(2);
        quint16 received = 0;
        const qsizetype crcBegin = c.begin();
        if (!c.read(received)) {
            add(framing, stopField(BackendText::tr("the CRC")));
            payloadOk = false;
        } else {
            const bool good = received == computed;
            add(framing, make(BackendText::tr("CRC"),
                              good ? BackendText::tr("0x%1 (correct)").arg(received, 4, 16, QLatin1Char('0'))
                                   : BackendText::tr("0x%1 received, 0x%2 computed: the receiver drops the packet")
                                         .arg(received, 4, 16, QLatin1Char('0'))
                                         .arg(computed, 4, 16, QLatin1Char('0')),
                              crcBegin, c.pos(), !good));
            payloadOk = good;
            if (c.pos() < raw.size())
                add(framing,
                    make(BackendText::tr("Trailing bytes"), BackendText::tr("%1 bytes after the CRC").arg(raw.size() - c.pos()),
                         c.pos(), raw.size(), true));
        }
    }
    framing.value = BackendText::tr("%1 bytes on the wire, %2 of payload").arg(raw.size()).arg(length);
    framing.problem = !payloadOk;
    roots.append(std::move(framing));
    if (haveSession)
        roots.append(std::move(session));
    if (haveRpc)
        roots.append(std::move(rpc));
    for (WireField &f : roots)
        enclose(f);
    if (m_capped)
        roots.append(make(BackendText::tr("More fields"),
                          BackendText::tr("not shown: at most %1 fields are listed").arg(WireDissector::kMaxFields), raw.size(),
                          raw.size(), true));
    return roots;
}

} // namespace

QList<WireField> WireDissector::dissect(QByteArrayView raw, const QHash<quint64, QString> &names)
{
    return Dissector(raw, names).run();
}

QByteArray WireDissector::payload(QByteArrayView raw, bool *ok)
{
    if (ok)
        *ok = false;
    if (raw.size() < 2 || quint8(raw[0]) != Framer::kEscape || quint8(raw[1]) != Framer::kStart)
        return {};
    Cursor c(raw);
    c.setPos(2);
    c.setLeft(4);
    quint32 length = 0;
    if (!c.read(length))
        return {};
    c.setLeft(length);
    QByteArray out;
    // Never more than the raw bytes can hold, whatever the length says.
    const qsizetype cap = std::min<qint64>(length, raw.size());
    out.reserve(cap);
    const quint64 got = c.skip(length, &out, cap);
    if (ok)
        *ok = got == length;
    return out;
}

QList<int> WireDissector::fieldAt(const QList<WireField> &roots, qint64 offset)
{
    QList<int> best;
    qint64 bestWidth = -1;
    QList<int> path;
    std::function<void(const QList<WireField> &)> walk = [&](const QList<WireField> &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            const WireField &f = fields[i];
            if (offset < f.begin || offset >= f.end)
                continue;
            path.append(i);
            const qint64 width = f.end - f.begin;
            // The narrowest wins; of equal ones the deeper, then the later (the inner layer).
            if (bestWidth < 0 || width < bestWidth || (width == bestWidth && path.size() >= best.size())) {
                best = path;
                bestWidth = width;
            }
            walk(f.children);
            path.removeLast();
        }
    };
    walk(roots);
    return best;
}

const WireField *WireDissector::field(const QList<WireField> &roots, const QList<int> &path)
{
    const QList<WireField> *level = &roots;
    const WireField *f = nullptr;
    for (int i : path) {
        if (i < 0 || i >= level->size())
            return nullptr;
        f = &level->at(i);
        level = &f->children;
    }
    return f;
}

int WireDissector::count(const QList<WireField> &roots)
{
    int n = 0;
    for (const WireField &f : roots)
        n += 1 + count(f.children);
    return n;
}

} // namespace mtvw::micro
