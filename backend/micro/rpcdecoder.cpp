#include "rpcdecoder.h"

#include "core/tr.h"
#include "micro/dtypetext.h"

#include <QtEndian>

#include <cstring>

namespace mtvw::micro {

namespace {

using mtvw::BackendText;

// Bounds-checked little-endian reads; the first short read sets failed and every later read
// gives 0.
struct Reader
{
    QByteArrayView data;
    qsizetype at = 0;
    bool failed = false;

    bool need(qsizetype n)
    {
        if (failed || n < 0 || data.size() - at < n) {
            failed = true;
            return false;
        }
        return true;
    }
    template<typename T>
    T read()
    {
        if (!need(sizeof(T)))
            return T(0);
        T v = qFromLittleEndian<T>(data.data() + at);
        at += sizeof(T);
        return v;
    }
    QByteArrayView take(quint64 n)
    {
        if (n > quint64(data.size())) {
            failed = true;
            return {};
        }
        if (!need(qsizetype(n)))
            return {};
        QByteArrayView v = data.sliced(at, qsizetype(n));
        at += qsizetype(n);
        return v;
    }
    qsizetype left() const { return data.size() - at; }
};

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString quoted(QByteArrayView bytes)
{
    constexpr qsizetype kShown = 200;
    QString text = QString::fromUtf8(bytes.first(std::min(kShown, bytes.size())));
    for (QChar &c : text)
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode()); // control pictures: one line, visible
    return QLatin1Char('"') + text + (bytes.size() > kShown ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString hexBytes(QByteArrayView bytes)
{
    constexpr qsizetype kShown = 16;
    QString text = QString::fromLatin1(bytes.first(std::min(kShown, bytes.size())).toByteArray().toHex(' '));
    return bytes.size() > kShown ? text + QStringLiteral(" …") : text;
}

QString typeCodeName(qint32 code)
{
    switch (code) {
    case 0: return QStringLiteral("int");
    case 1: return QStringLiteral("uint");
    case 2: return QStringLiteral("float");
    case 3: return QStringLiteral("handle");
    case 4: return QStringLiteral("null");
    case 5: return QStringLiteral("dtype");
    case 6: return QStringLiteral("device");
    case 7: return QStringLiteral("tensor");
    case 8: return QStringLiteral("object");
    case 9: return QStringLiteral("module");
    case 10: return QStringLiteral("function");
    case 11: return QStringLiteral("str");
    case 12: return QStringLiteral("bytes");
    case 13: return QStringLiteral("ndarray");
    case 15: return QStringLiteral("bool");
    default: return QStringLiteral("type %1").arg(code);
    }
}

// One decoded value of a packed sequence.
struct Value
{
    qint32 type = 4;
    qint64 i = 0;     // int, uint, bool
    quint64 u = 0;    // handles
    double f = 0;     // float
    QByteArray bytes; // str, bytes
    QString text;     // the value in words
};

QString tensorText(Reader &r, QString *error)
{
    const quint64 data = r.read<quint64>();
    const qint32 deviceType = r.read<qint32>();
    const qint32 deviceId = r.read<qint32>();
    const qint32 ndim = r.read<qint32>();
    const quint8 code = r.read<quint8>();
    const quint8 bits = r.read<quint8>();
    const quint16 lanes = r.read<quint16>();
    if (r.failed)
        return {};
    if (ndim < 0 || ndim > RpcDecoder::kMaxDims) {
        *error = BackendText::tr("a tensor with %1 dimensions (at most %2 are read)").arg(ndim).arg(RpcDecoder::kMaxDims);
        r.failed = true;
        return {};
    }
    QStringList dims;
    for (int d = 0; d < ndim; ++d)
        dims << QString::number(r.read<qint64>());
    const quint64 offset = r.read<quint64>();
    QString t = QStringLiteral("tensor %1[%2] @%3").arg(dtypeText(code, bits, lanes), dims.join(QStringLiteral(", ")), hex(data));
    if (offset)
        t += QStringLiteral("+%1").arg(offset);
    if (deviceType != 1 || deviceId != 0)
        t += QStringLiteral(" on device (%1, %2)").arg(deviceType).arg(deviceId);
    return t;
}

// A packed sequence (spec 4.4.2); false when it ends early or holds what cannot be read.
bool readSequence(Reader &r, QList<Value> &values, QString *error)
{
    const qint32 count = r.read<qint32>();
    if (r.failed)
        return false;
    if (count < 0 || count > RpcDecoder::kMaxArgs) {
        *error = BackendText::tr("%1 arguments (at most %2 are read)").arg(count).arg(RpcDecoder::kMaxArgs);
        return false;
    }
    QList<qint32> types(count);
    for (qint32 &t : types)
        t = r.read<qint32>();
    if (r.failed)
        return false;
    for (qint32 t : types) {
        Value v;
        v.type = t;
        switch (t) {
        case 0:
        case 15:
            v.i = r.read<qint64>();
            v.text = t == 15 ? (v.i ? QStringLiteral("true") : QStringLiteral("false")) : QString::number(v.i);
            break;
        case 1:
            v.u = r.read<quint64>();
            v.i = qint64(v.u);
            v.text = QString::number(v.u);
            break;
        case 2: {
            const quint64 raw = r.read<quint64>();
            std::memcpy(&v.f, &raw, sizeof raw);
            v.text = QString::number(v.f, 'g', 10);
            break;
        }
        case 3:
        case 9:
        case 10:
            v.u = r.read<quint64>();
            v.text = typeCodeName(t) + QLatin1Char(' ') + hex(v.u);
            break;
        case 4: v.text = QStringLiteral("null"); break;
        case 5: {
            const quint8 code = r.read<quint8>();
            const quint8 bits = r.read<quint8>();
            const quint16 lanes = r.read<quint16>();
            r.read<quint32>();
            v.text = QStringLiteral("dtype ") + dtypeText(code, bits, lanes);
            break;
        }
        case 6: {
            const qint32 type = r.read<qint32>();
            const qint32 id = r.read<qint32>();
            v.text = QStringLiteral("device (%1, %2)").arg(type).arg(id);
            break;
        }
        case 7: v.text = tensorText(r, error); break;
        case 8: {
            const quint32 index = r.read<quint32>();
            v.u = r.read<quint64>();
            v.text = QStringLiteral("object %1 (type index %2)").arg(hex(v.u)).arg(index);
            break;
        }
        case 11:
        case 12: {
            const quint64 n = r.read<quint64>();
            v.bytes = r.take(n).toByteArray();
            v.text = t == 11 ? quoted(v.bytes)
                             : BackendText::tr("%n byte(s): %1", nullptr, int(v.bytes.size())).arg(hexBytes(v.bytes));
            break;
        }
        default:
            *error = t == 13 ? BackendText::tr("type code 13 (NDArray handle) is not allowed on the wire")
                             : BackendText::tr("unknown type code %1").arg(t);
            return false;
        }
        if (r.failed)
            return false;
        values.append(v);
    }
    return true;
}

QString joined(const QList<Value> &values, qsizetype from = 0)
{
    QStringList parts;
    for (qsizetype i = from; i < values.size(); ++i)
        parts << values[i].text;
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString RpcDecoder::codeName(qint32 code)
{
    static const char *const names[] = {"None",
                                        "Shutdown",
                                        "InitServer",
                                        "CallFunc",
                                        "Return",
                                        "Exception",
                                        "CopyFromRemote",
                                        "CopyToRemote",
                                        "CopyAck",
                                        "GetGlobalFunc",
                                        "FreeHandle",
                                        "DevSetDevice",
                                        "DevGetAttr",
                                        "DevAllocData",
                                        "DevFreeData",
                                        "DevStreamSync",
                                        "CopyAmongRemote",
                                        "DevAllocDataWithScope",
                                        "DevCreateStream",
                                        "DevFreeStream",
                                        "DevSetStream",
                                        "DevGetCurrentStream"};
    if (code >= 0 && code < qint32(std::size(names)))
        return QString::fromLatin1(names[code]);
    return QStringLiteral("code %1").arg(code);
}

void RpcDecoder::learn(quint64 handle, const QString &name)
{
    if (m_names.size() < kMaxNames || m_names.contains(handle))
        m_names.insert(handle, name);
}

RpcRecord RpcDecoder::decode(QByteArrayView packet, bool fromHost)
{
    RpcRecord rec;
    Reader r{packet};
    const quint64 nbytes = r.read<quint64>();
    rec.code = r.read<qint32>();
    rec.codeName = codeName(rec.code);
    if (r.failed) {
        rec.summary = BackendText::tr("short RPC packet");
        rec.error =
            BackendText::tr("an RPC packet needs 12 bytes (length and code), this one has %n", nullptr, int(packet.size()));
        return rec;
    }
    if (nbytes != quint64(packet.size() - 8))
        rec.error = BackendText::tr("the packet says %1 bytes follow its length, but %2 do").arg(nbytes).arg(packet.size() - 8);

    const Pending request = m_pending;
    if (fromHost)
        m_pending = Pending{rec.code, {}, {}, false, true};
    else
        m_pending = Pending{};
    auto nameOf = [this](quint64 h) { return m_names.value(h, hex(h)); };
    QList<Value> values;
    QString error;
    bool ok = true;
    switch (rec.code) {
    case 1: rec.summary = QStringLiteral("Shutdown"); break;
    case 3: { // CallFunc: handle + arguments
        const quint64 handle = r.read<quint64>();
        ok = !r.failed && readSequence(r, values, &error);
        rec.function = nameOf(handle);
        rec.summary = QStringLiteral("CallFunc %1(%2)").arg(rec.function, joined(values));
        m_pending.name = rec.function;
        m_pending.timer = m_timers.contains(handle);
        if (!values.isEmpty() && (rec.function.endsWith(QLatin1String("ModuleGetFunction")) ||
                                  rec.function == QLatin1String("runtime.RPCTimeEvaluator")))
            m_pending.lookupName = values.value(1).bytes.isEmpty() ? QString() : QString::fromUtf8(values[1].bytes);
        break;
    }
    case 4: { // Return: values of the request before
        ok = readSequence(r, values, &error);
        rec.function = request.valid ? request.name : QString();
        // A CallFunc's reply is [actual type code][value]; a syscall's is one value.
        QString shown = joined(values);
        if (request.code == 3 && values.size() >= 2 && values[0].type == 0) {
            const qint64 actual = values[0].i;
            shown = actual == 4 ? BackendText::tr("nothing") : joined(values, 1);
            if ((actual == 10 || actual == 9) && values[1].type == 3) {
                const bool timer = request.name == QLatin1String("runtime.RPCTimeEvaluator");
                QString name = actual == 10 ? request.lookupName : QString();
                if (timer && !name.isEmpty())
                    name = BackendText::tr("timer of %1").arg(name);
                if (actual == 9 && request.name == QLatin1String("runtime.SystemLib"))
                    name = BackendText::tr("system library");
                if (!name.isEmpty()) {
                    learn(values[1].u, name);
                    if (timer && m_timers.size() < kMaxNames)
                        m_timers.insert(values[1].u);
                    shown += QStringLiteral(" (%1)").arg(name);
                }
            }
            if (actual == 12 && request.timer && values[1].bytes.size() % 8 == 0 && !values[1].bytes.isEmpty()) {
                // A timer's reply: one double per repeat, seconds per call.
                QStringList ms;
                for (qsizetype k = 0; k + 8 <= values[1].bytes.size(); k += 8)
                    ms << QString::number(qFromLittleEndian<double>(values[1].bytes.constData() + k) * 1000.0, 'g', 6);
                shown = BackendText::tr("%1 ms per call").arg(ms.join(QStringLiteral(", ")));
            }
        } else if (request.code == 9 && values.size() == 1 && values[0].type == 3 && !request.name.isEmpty()) {
            if (values[0].u == 0) {
                shown = BackendText::tr("handle 0: no function \"%1\" on the device").arg(request.name);
            } else {
                learn(values[0].u, request.name);
                shown += QStringLiteral(" (%1)").arg(request.name);
            }
        } else if (values.size() == 1 && values[0].type == 4) {
            shown = BackendText::tr("nothing");
        }
        rec.summary = rec.function.isEmpty() || request.code == 9 // a GetGlobalFunc reply names it already
                          ? QStringLiteral("Return %1").arg(shown)
                          : QStringLiteral("Return %1 ← %2").arg(shown, rec.function);
        break;
    }
    case 5: {
        ok = readSequence(r, values, &error);
        rec.function = request.valid ? request.name : QString();
        const QString text = values.size() == 1 && values[0].type == 11 ? QString::fromUtf8(values[0].bytes) : joined(values);
        rec.summary = QStringLiteral("Exception: %1").arg(text.left(300));
        break;
    }
    case 6:
    case 7: {
        const QString tensor = tensorText(r, &error);
        const quint64 n = r.read<quint64>();
        QString more;
        if (rec.code == 7) {
            const QByteArrayView data = r.take(n);
            more = QStringLiteral(": ") + hexBytes(data);
        }
        ok = !r.failed;
        rec.summary = QStringLiteral("%1 %2, %3 B%4").arg(rec.codeName, tensor).arg(n).arg(more);
        break;
    }
    case 8: {
        const QByteArrayView data = packet.sliced(r.at);
        r.at = packet.size();
        rec.summary = QStringLiteral("CopyAck %1 B: %2").arg(data.size()).arg(hexBytes(data));
        break;
    }
    case 2: {
        const quint64 n = r.read<quint64>();
        const QByteArrayView version = r.take(n);
        ok = !r.failed && readSequence(r, values, &error);
        rec.summary = QStringLiteral("InitServer %1").arg(quoted(version));
        break;
    }
    default:
        if (rec.code >= 9 && rec.code <= 21) { // syscalls: a packed sequence
            ok = readSequence(r, values, &error);
            if (rec.code == 9 && values.size() == 1 && values[0].type == 11) {
                m_pending.name = QString::fromUtf8(values[0].bytes);
                rec.function = m_pending.name;
            }
            rec.summary = QStringLiteral("%1(%2)").arg(rec.codeName, joined(values));
        } else {
            rec.summary = rec.codeName;
            rec.error = BackendText::tr("unknown RPC code %1 (a CRT device hangs on it, spec 4.4.8)").arg(rec.code);
            return rec;
        }
    }
    for (int k = 0; k < values.size(); ++k)
        rec.lines << QStringLiteral("%1 %2: %3").arg(typeCodeName(values[k].type)).arg(k).arg(values[k].text);
    QStringList problems;
    if (!rec.error.isEmpty())
        problems << rec.error;
    if (!ok)
        problems << (!error.isEmpty() ? error : BackendText::tr("the packet ends at byte %1 inside its body").arg(packet.size()));
    else if (r.left() > 0)
        problems << BackendText::tr("%n byte(s) after the body", nullptr, int(r.left()));
    rec.error = problems.join(QStringLiteral("; "));
    return rec;
}

} // namespace mtvw::micro
