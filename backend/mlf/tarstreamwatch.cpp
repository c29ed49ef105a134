#include "mlf/tarstreamwatch.h"

#include "core/bytetext.h"
#include "core/checkedmath.h"
#include "core/error.h"
#include "core/tr.h"

#include <QLocale>

#include <algorithm>
#include <cstring>
#include <limits>

namespace mtvw::mlf {

namespace {

constexpr qint64 kTarBlock = 512;
// A pax header or GNU long name is gathered up to this much; real ones are a few hundred bytes.
constexpr qint64 kMaxMetaBytes = 64 * 1024;
// Sizes are held below this, so that rounding and sums never overflow.
constexpr qint64 kSizeCeiling = std::numeric_limits<qint64>::max() / 4;

qint64 padded(qint64 size)
{
    return (size + kTarBlock - 1) / kTarBlock * kTarBlock;
}

// A ustar/GNU numeric field: octal digits (leading spaces, ended by NUL or space), or base-256
// when the first byte's high bit is set. -1 when it cannot be read or is negative.
qint64 numericField(const unsigned char *f, int width)
{
    qint64 v = 0;
    if (f[0] & 0x80) {
        if (f[0] & 0x40)
            return -1; // a negative base-256 number
        v = f[0] & 0x3f;
        for (int i = 1; i < width; ++i) {
            if (v > kSizeCeiling >> 8)
                return kSizeCeiling;
            v = (v << 8) | f[i];
        }
        return v;
    }
    int i = 0;
    while (i < width && f[i] == ' ')
        ++i;
    bool any = false;
    for (; i < width && f[i] >= '0' && f[i] <= '7'; ++i) {
        any = true;
        if (v > kSizeCeiling >> 3)
            return kSizeCeiling;
        v = v * 8 + (f[i] - '0');
    }
    if (i < width && f[i] != 0 && f[i] != ' ')
        return -1;
    return any ? v : -1;
}

bool checksumMatches(const unsigned char *b)
{
    const qint64 stored = numericField(b + 148, 8);
    if (stored < 0)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < kTarBlock; ++i) {
        const bool inField = i >= 148 && i < 156;
        unsignedSum += inField ? ' ' : b[i];
        signedSum += inField ? ' ' : static_cast<signed char>(b[i]);
    }
    return stored == unsignedSum || stored == signedSum;
}

QString field(const unsigned char *f, int width)
{
    const void *nul = std::memchr(f, 0, size_t(width));
    const int n = nul ? int(static_cast<const unsigned char *>(nul) - f) : width;
    return QString::fromUtf8(reinterpret_cast<const char *>(f), n);
}

QString bytesText(qint64 n)
{
    return ByteText::size(n);
}

} // namespace

TarStreamWatch::TarStreamWatch(const ArchiveLimits &limits)
    : m_limits(limits)
{}

Result<void> TarStreamWatch::feed(const char *data, qint64 size)
{
    while (size > 0 && !m_stopped) {
        if (m_skip > 0) {
            const qint64 take = std::min(size, m_skip);
            if (m_metaLeft > 0) {
                const qint64 gather = std::min(take, m_metaLeft);
                m_meta.append(data, gather);
                m_metaLeft -= gather;
                if (m_metaLeft == 0)
                    metaRecords();
            }
            m_skip -= take;
            data += take;
            size -= take;
            continue;
        }
        const qint64 take = std::min(size, kTarBlock - m_block.size());
        m_block.append(data, take);
        data += take;
        size -= take;
        if (m_block.size() == kTarBlock) {
            auto r = header(m_block.constData());
            m_block.clear();
            if (!r)
                return r;
        }
    }
    return {};
}

Result<void> TarStreamWatch::header(const char *raw)
{
    const auto *b = reinterpret_cast<const unsigned char *>(raw);
    if (std::all_of(b, b + kTarBlock, [](unsigned char c) { return c == 0; }) || !checksumMatches(b)) {
        m_stopped = true; // the end of the archive, or not a tar header: the reader will say which
        return {};
    }
    const qint64 headerSize = numericField(b + 124, 12);
    if (headerSize < 0) {
        m_stopped = true;
        return {};
    }
    m_declared = saturatingAdd(m_declared, kTarBlock);
    const char type = raw[156];
    const bool meta = type == 'x' || type == 'g' || type == 'L' || type == 'K';
    // Links, devices, fifos and folders carry no data whatever their size field says (as
    // libarchive reads them): skipping that many bytes would lose the next headers.
    const bool dataless = type >= '1' && type <= '6';
    qint64 size = dataless ? 0 : headerSize;
    QString name;
    if (!meta) {
        if (m_nextSize >= 0 && !dataless)
            size = m_nextSize;
        name = m_nextName;
        if (name.isEmpty()) {
            name = field(b, 100);
            // POSIX ustar ("ustar\0") has a name prefix there; GNU ("ustar  ") has times instead.
            const QString prefix = std::memcmp(b + 257, "ustar", 6) == 0 ? field(b + 345, 155) : QString();
            if (!prefix.isEmpty())
                name = prefix + QLatin1Char('/') + name;
        }
        m_nextSize = -1;
        m_nextName.clear();
        if (++m_members > m_limits.maxEntries)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("the archive holds more than %1 entries, the limit for one archive")
                             .arg(m_limits.maxEntries));
    }
    if (size > m_limits.maxEntryBytes)
        return Error(Error::Code::LimitExceeded,
                     mtvw::BackendText::tr("entry \"%1\" claims a size of %2, over the limit of %3 for one entry")
                         .arg(meta ? mtvw::BackendText::tr("(tar extended header)") : name, bytesText(size),
                              bytesText(m_limits.maxEntryBytes)));
    m_declared = saturatingAdd(m_declared, padded(size));
    if (m_declared > m_limits.maxTotalBytes)
        return Error(Error::Code::LimitExceeded,
                     mtvw::BackendText::tr("the archive's headers declare more than %1 (at entry \"%2\"), over the size "
                                           "limit for one archive")
                         .arg(bytesText(m_limits.maxTotalBytes), name));
    m_skip = padded(size);
    m_meta.clear();
    m_metaType = type;
    m_metaLeft = (type == 'x' || type == 'L') ? std::min(size, kMaxMetaBytes) : 0;
    return {};
}

// The records of a pax header ("<length> <key>=<value>\n"), or a GNU long name.
void TarStreamWatch::metaRecords()
{
    if (m_metaType == 'L') {
        m_nextName = QString::fromUtf8(m_meta.left(m_meta.indexOf('\0') < 0 ? m_meta.size() : m_meta.indexOf('\0')));
        return;
    }
    qsizetype pos = 0;
    while (pos < m_meta.size()) {
        const qsizetype space = m_meta.indexOf(' ', pos);
        if (space < 0)
            return;
        bool ok = false;
        const qint64 length = m_meta.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= space - pos || pos + length > m_meta.size())
            return;
        const QByteArray record = m_meta.mid(space + 1, pos + length - space - 2); // without the newline
        pos += length;
        const qsizetype eq = record.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = record.left(eq);
        const QByteArray value = record.mid(eq + 1);
        if (key == "size") {
            const qint64 v = value.toLongLong(&ok);
            if (ok && v >= 0)
                m_nextSize = std::min(v, kSizeCeiling);
            else if (value.size() > 18 && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
                m_nextSize = kSizeCeiling; // more digits than any qint64
        } else if (key == "path") {
            m_nextName = QString::fromUtf8(value);
        }
    }
}

} // namespace mtvw::mlf
