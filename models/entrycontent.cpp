#include "entrycontent.h"

#include "core/bytetext.h"
#include "mlf/mlfarchive.h"

#include <QJsonDocument>
#include <QLocale>

using mtvw::Error;
using mtvw::Result;

bool EntryContent::isBinary(const QString &entry, const QByteArray &head)
{
    static const char *const binaryExtensions[] = {".params", ".o", ".a", ".bin", ".so", ".elf", ".npy", ".tflite"};
    for (const char *ext : binaryExtensions)
        if (entry.endsWith(QLatin1String(ext)))
            return true;
    return head.left(8192).contains('\0');
}

EntryContent::Kind EntryContent::kindFor(const QString &entry, const QByteArray &head)
{
    if (isBinary(entry, head))
        return Kind::Hex;
    const QString name = entry.section(QLatin1Char('/'), -1);
    for (const char *ext : {".c", ".h", ".cc", ".cpp", ".hpp", ".cxx", ".inc"})
        if (name.endsWith(QLatin1String(ext)))
            return Kind::C;
    if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".graph")))
        return Kind::Json;
    if (name.endsWith(QLatin1String(".relay")) || name == QLatin1String("relay.txt"))
        return Kind::Relay;
    if (name.startsWith(QLatin1String("tir")) && name.endsWith(QLatin1String(".txt")))
        return Kind::Tir;
    return Kind::Text;
}

QByteArray EntryContent::hexDump(const QByteArray &data, qint64 baseOffset)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve((data.size() / 16 + 1) * 78);
    for (qsizetype line = 0; line < data.size(); line += 16) {
        char offset[20];
        const int n = snprintf(offset, sizeof offset, "%08llx  ", static_cast<unsigned long long>(baseOffset + line));
        out.append(offset, n);
        QByteArray ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < data.size()) {
                const auto c = static_cast<unsigned char>(data[line + i]);
                out.append(digits[c >> 4]).append(digits[c & 15]).append(' ');
                ascii.append(c >= 0x20 && c < 0x7f ? char(c) : '.');
            } else {
                out.append("   ");
            }
            if (i == 7)
                out.append(' ');
        }
        out.append(" |").append(ascii).append("|\n");
    }
    return out;
}

Result<EntryContent> EntryContent::load(const mtvw::mlf::MlfArchive &archive, const QString &entryPath)
{
    const mtvw::mlf::ArchiveEntry *e = archive.archive().find(entryPath);
    if (!e)
        return Error(Error::Code::NotFound, tr("%1 has no entry \"%2\"").arg(archive.archive().path(), entryPath));
    EntryContent c;
    c.entry = entryPath;
    c.entryBytes = e->size;
    MTVW_TRY(head, archive.archive().readRange(entryPath, 0, 8192));
    c.kind = kindFor(entryPath, head);
    const QLocale locale;
    if (c.kind == Kind::Hex) {
        MTVW_TRY(data, archive.archive().readRange(entryPath, 0, kMaxHexBytes));
        c.text = hexDump(data);
        if (e->size > data.size())
            c.note =
                tr("binary file: showing the first %1 of %2 as hex").arg(ByteText::size(data.size()), ByteText::size(e->size));
        else
            c.note = tr("binary file, shown as hex");
        return c;
    }
    if (e->size > kMaxTextBytes)
        return Error(Error::Code::LimitExceeded, tr("%1 is %2; the viewer shows text files up to %3")
                                                     .arg(entryPath, ByteText::size(e->size), ByteText::size(kMaxTextBytes)));
    MTVW_TRY(data, archive.read(entryPath, kMaxTextBytes));
    c.text = std::move(data);
    if (c.kind == Kind::Json && c.text.size() <= kMaxPrettyJsonBytes) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(c.text, &err);
        if (err.error == QJsonParseError::NoError) {
            QByteArray pretty = doc.toJson(QJsonDocument::Indented);
            if (pretty != c.text) {
                c.text = std::move(pretty);
                c.note = tr("pretty-printed, keys in alphabetical order");
            }
        } else {
            c.note = tr("not valid JSON (byte %1: %2); shown as it is").arg(err.offset).arg(err.errorString());
        }
    }
    return c;
}
