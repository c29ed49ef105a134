#pragma once

// The spec's complete host <-> CRT session transcript (section 5.3 of
// ../shared/spec/microtvm-reference.md), read from the spec itself: each "wire" block with its
// label and direction, and each "RPC request/reply (inside Normal msg)" block, the RPC packet a
// wire block's Normal message carries.

#include "core/direction.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace testsupport {

inline QString specFile()
{
    return QDir::cleanPath(QStringLiteral(MTVW_SOURCE_DIR "/../shared/spec/microtvm-reference.md"));
}

struct TranscriptBlock
{
    QString label;    // "GetGlobalFunc runtime.SystemLib"
    bool wire = true; // false: an RPC packet block
    bool fromHost = false;
    bool request = false; // RPC blocks: request or reply
    QByteArray bytes;
};

// Empty when the spec is absent.
inline QList<TranscriptBlock> sessionTranscript()
{
    QFile f(specFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype from = text.indexOf(QLatin1String("### 5.3"));
    const qsizetype to = text.indexOf(QLatin1String("Decoding aids for the transcript"), from);
    if (from < 0 || to < 0)
        return {};
    static const QRegularExpression head(
        QStringLiteral("^\\[(.+)\\] (wire (host|device)->(host|device)|RPC (request|reply)).*:$"));
    static const QRegularExpression hexLine(QStringLiteral("^\\s+((?:[0-9a-f]{2} ?)+)$"));
    QList<TranscriptBlock> blocks;
    for (const QString &line : text.mid(from, to - from).split(QLatin1Char('\n'))) {
        const auto h = head.match(line);
        if (h.hasMatch()) {
            TranscriptBlock b;
            b.label = h.captured(1);
            b.wire = h.captured(2).startsWith(QLatin1String("wire"));
            b.fromHost = h.captured(3) == QLatin1String("host");
            b.request = h.captured(5) == QLatin1String("request");
            blocks << b;
            continue;
        }
        const auto x = hexLine.match(line);
        if (x.hasMatch() && !blocks.isEmpty())
            blocks.last().bytes += QByteArray::fromHex(x.captured(1).toLatin1());
    }
    return blocks;
}

// One packet of the transcript, cut out of its wire block apart from the code under test: every
// FF FD that is not an escaped FF followed by FD starts one.
struct TranscriptFrame
{
    QString label;
    mtvw::Direction direction;
    QByteArray raw;
    quint8 type; // the session message type (the header holds no FF in the transcript)
};

inline QList<TranscriptFrame> framesOf(const TranscriptBlock &b)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i + 1 < b.bytes.size(); ++i) {
        if (quint8(b.bytes[i]) != 0xFF)
            continue;
        if (quint8(b.bytes[i + 1]) == 0xFD)
            starts << i;
        ++i;
    }
    QList<TranscriptFrame> out;
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype end = k + 1 < starts.size() ? starts[k + 1] : b.bytes.size();
        const QByteArray raw = b.bytes.mid(starts[k], end - starts[k]);
        out << TranscriptFrame{b.label, b.fromHost ? mtvw::Direction::FromHost : mtvw::Direction::FromDevice, raw,
                               quint8(raw.size() > 8 ? raw[8] : 0)};
    }
    return out;
}

// The transcript's wire blocks with bytes (empty when the spec is absent).
inline QList<TranscriptBlock> wireBlocks()
{
    QList<TranscriptBlock> out;
    for (const auto &b : sessionTranscript())
        if (b.wire && !b.bytes.isEmpty())
            out << b;
    return out;
}

} // namespace testsupport
