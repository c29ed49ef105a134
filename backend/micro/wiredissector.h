#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace mtvw::micro {

// One field of a message as the inspector shows it: what it is, its value in words, and the
// bytes it spans, [begin, end) as offsets into the message's bytes as they were on the wire
// (escaped: an FF of the payload counts two bytes there). A field of no bytes (a null
// argument) has begin == end.
struct WireField
{
    QString label;
    QString value;
    qint64 begin = 0;
    qint64 end = 0;
    bool problem = false; // the field is what is wrong with the message (a bad CRC, a short read)
    QList<WireField> children;
};

// Dissects one message of a connection, given its bytes exactly as on the wire (the slice
// [begin, end) of its direction's stream that a WireRecord names), into a tree of fields in
// the manner of Wireshark: Framing (start, length, payload, CRC and its check), Session
// (session id and nonces, message type, version or log text) and RPC (packet length, code,
// function handle with its name when known, each argument or value with its type code, the
// fields of DLTensor records, return values, exception text). Bytes that are not a packet are
// shown as text. Pure and bounds-checked: any bytes give a tree whose every range lies within
// them, with at most kMaxFields fields; what is broken is said in a field marked problem.
class WireDissector
{
public:
    static constexpr int kMaxFields = 5000;
    static constexpr int kMaxArgs = 4096;
    static constexpr int kMaxDims = 32;
    static constexpr qsizetype kMaxShown = 200; // characters of a string or text shown

    // names: function and module handles the session has learnt (RpcDecoder::names()).
    static QList<WireField> dissect(QByteArrayView raw, const QHash<quint64, QString> &names = {});

    // The unescaped payload of the packet at the start of raw (empty when raw is no whole
    // packet); ok says whether it was.
    static QByteArray payload(QByteArrayView raw, bool *ok = nullptr);

    // The path (child indices from the roots down) to the narrowest field holding the byte at
    // offset; empty when none does.
    static QList<int> fieldAt(const QList<WireField> &roots, qint64 offset);
    // The field at a path, or nullptr.
    static const WireField *field(const QList<WireField> &roots, const QList<int> &path);
    // How many fields a tree holds.
    static int count(const QList<WireField> &roots);
};

} // namespace mtvw::micro
