#include "archive.h"

#include "core/bytetext.h"
#include "core/logging.h"
#include "core/tr.h"
#include "mlf/expandedsize.h"
#include "mlf/tarstreamwatch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mtvw::mlf {

namespace {

constexpr qint64 kBlock = 256 * 1024;
// Scanning reads headers in small blocks and skips data without reading it.
constexpr qint64 kScanBlock = 4 * 1024;
// Past kBombFloorBytes expanded, a stream that expands more than kMaxExpansion times is a bomb:
// zeros expand about 1,000 times in gzip; C text and weights stay far below 500.
constexpr qint64 kBombFloorBytes = qint64(256) << 20;
constexpr qint64 kMaxExpansion = 500;

struct ArchiveCloser
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<struct archive, ArchiveCloser>;

QString libarchiveError(struct archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromUtf8(s) : mtvw::BackendText::tr("unknown error");
}

QString bytesText(qint64 n)
{
    return ByteText::size(n);
}

// A compression filter recognised by its magic bytes, or an empty string.
QString sniffCompression(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(6);
    if (head.startsWith("\x1f\x8b"))
        return QStringLiteral("gzip");
    if (head.startsWith("BZh"))
        return QStringLiteral("bzip2");
    if (head.startsWith(QByteArray("\xfd"
                                   "7zXZ\x00",
                                   6)))
        return QStringLiteral("xz");
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return QStringLiteral("zstd");
    if (head.startsWith("\x04\x22\x4d\x18"))
        return QStringLiteral("lz4");
    return {};
}

// A file given to libarchive through callbacks: reads with pread at a position of its own, and a
// skip only moves that position, so listing a tar reads its headers and not the data between them.
// (archive_read_open_filename reads whole blocks, data included, whenever a skip falls inside one.)
struct SkippingSource
{
    int fd = -1;
    qint64 pos = 0;
    qint64 size = 0;
    QByteArray block;

    ~SkippingSource()
    {
        if (fd >= 0)
            ::close(fd);
    }

    static la_ssize_t read(struct archive *a, void *self, const void **buffer)
    {
        auto *s = static_cast<SkippingSource *>(self);
        for (;;) {
            const ssize_t n = ::pread(s->fd, s->block.data(), size_t(s->block.size()), off_t(s->pos));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                archive_set_error(a, errno, "read failed");
                return ARCHIVE_FATAL;
            }
            s->pos += n;
            *buffer = s->block.constData();
            return n;
        }
    }

    static la_int64_t skip(struct archive *, void *self, la_int64_t request)
    {
        auto *s = static_cast<SkippingSource *>(self);
        const la_int64_t n = std::clamp<la_int64_t>(request, 0, std::max<qint64>(0, s->size - s->pos));
        s->pos += n;
        return n;
    }

    static la_int64_t seek(struct archive *, void *self, la_int64_t offset, int whence)
    {
        auto *s = static_cast<SkippingSource *>(self);
        const qint64 base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? s->pos : s->size;
        if (base + offset < 0)
            return ARCHIVE_FATAL;
        s->pos = base + offset;
        return s->pos;
    }
};

// Opens `file` on `a` through a SkippingSource that `source` keeps alive.
int openSkipping(struct archive *a, const QString &file, SkippingSource *source)
{
    source->fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    if (source->fd < 0) {
        archive_set_error(a, errno, "%s", strerror(errno));
        return ARCHIVE_FATAL;
    }
    struct stat st
    {
    };
    if (::fstat(source->fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        archive_set_error(a, EINVAL, "not a regular file");
        return ARCHIVE_FATAL;
    }
    source->size = st.st_size;
    source->block.resize(kScanBlock);
    archive_read_set_callback_data(a, source);
    archive_read_set_read_callback(a, &SkippingSource::read);
    archive_read_set_skip_callback(a, &SkippingSource::skip);
    archive_read_set_seek_callback(a, &SkippingSource::seek);
    return archive_read_open1(a);
}

// A reader of tar and zip, with no decompression: a compressed tar is expanded first, by
// newDecompressor.
ArchivePtr newReader()
{
    ArchivePtr a(archive_read_new());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    return a;
}

// A reader that undoes exactly one layer of `filter` (as sniffed) with libarchive's own code.
// libarchive falls back to an external program (lrzip, lzop, grzip, or bzip2/xz/zstd when it was
// built without the library) for filters it does not implement; that is refused: nothing from an
// archive is ever executed.
Result<ArchivePtr> newDecompressor(const QString &filter)
{
    ArchivePtr a(archive_read_new());
    int r = ARCHIVE_FATAL;
    if (filter == QLatin1String("gzip"))
        r = archive_read_support_filter_gzip(a.get());
    else if (filter == QLatin1String("bzip2"))
        r = archive_read_support_filter_bzip2(a.get());
    else if (filter == QLatin1String("xz"))
        r = archive_read_support_filter_xz(a.get());
    else if (filter == QLatin1String("zstd"))
        r = archive_read_support_filter_zstd(a.get());
    else if (filter == QLatin1String("lz4"))
        r = archive_read_support_filter_lz4(a.get());
    if (r != ARCHIVE_OK)
        return Error(Error::Code::Unsupported,
                     mtvw::BackendText::tr("%1 decompression is not built into this libarchive, and an external program is "
                                           "never run for an archive")
                         .arg(filter));
    archive_read_support_format_raw(a.get());
    return a;
}

// The compression a decompressed stream starts with, when it is one (nested compression).
QString nestedCompression(const QByteArray &head)
{
    static const QList<QPair<QByteArray, const char *>> signatures = {{QByteArray("\x1f\x8b", 2), "gzip"},
                                                                      {QByteArray("BZh"), "bzip2"},
                                                                      {QByteArray("\xfd"
                                                                                  "7zXZ",
                                                                                  5),
                                                                       "xz"},
                                                                      {QByteArray("\x28\xb5\x2f\xfd"), "zstd"},
                                                                      {QByteArray("LRZI"), "lrzip"},
                                                                      {QByteArray("\x89LZO\x00", 5), "lzop"},
                                                                      {QByteArray("GRZipII"), "grzip"},
                                                                      {QByteArray("LZIP"), "lzip"},
                                                                      {QByteArray("\x04\x22\x4d\x18"), "lz4"},
                                                                      {QByteArray("\x1f\x9d", 2), "compress"}};
    for (const auto &[magic, name] : signatures)
        if (head.startsWith(magic))
            return QLatin1String(name);
    return {};
}

} // namespace

Archive::~Archive()
{
    if (m_tempFd >= 0)
        ::close(m_tempFd);
}

QString Archive::formatName() const
{
    switch (m_format) {
    case Format::Directory: return mtvw::BackendText::tr("folder");
    case Format::Tar: return mtvw::BackendText::tr("tar");
    case Format::CompressedTar: return mtvw::BackendText::tr("%1-compressed tar").arg(m_compression);
    case Format::Zip: return mtvw::BackendText::tr("zip");
    }
    return {};
}

QString Archive::normalisePath(const QString &name, QString *error)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:/"));
    if (n.startsWith(QLatin1Char('/')) || drive.match(n).hasMatch()) {
        *error = mtvw::BackendText::tr("entry \"%1\" has an absolute path; archives may only hold relative paths").arg(name);
        return {};
    }
    QStringList parts;
    for (const QString &part : n.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            *error = mtvw::BackendText::tr("entry \"%1\" climbs out of the archive with \"..\"").arg(name);
            return {};
        }
        parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

Result<std::shared_ptr<Archive>> Archive::open(const QString &path, const ArchiveLimits &limits, const Progress &progress)
{
    std::shared_ptr<Archive> archive(new Archive);
    archive->m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::Io, mtvw::BackendText::tr("%1 does not exist").arg(path));
    if (info.isDir()) {
        archive->m_format = Format::Directory;
        if (auto r = archive->scanDirectory(limits, progress); !r)
            return r.error();
        return archive;
    }
    if (!info.isReadable())
        return Error(Error::Code::Io, mtvw::BackendText::tr("%1 cannot be read (permission denied)").arg(path));
    if (info.size() == 0)
        return Error(Error::Code::NotAnArchive, mtvw::BackendText::tr("%1 is empty (0 bytes), not an archive").arg(path));

    QString file = path;
    const QString compression = sniffCompression(path);
    if (!compression.isEmpty()) {
        auto temp = archive->decompressToTemp(compression, limits, progress);
        if (!temp)
            return temp.error();
        file = temp.value();
        archive->m_format = Format::CompressedTar;
        archive->m_compression = compression;
    }
    if (auto r = archive->scanArchive(file, limits, progress); !r)
        return r.error();
    return archive;
}

Result<QString> Archive::decompressToTemp(const QString &filter, const ArchiveLimits &limits, const Progress &progress)
{
    m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid())
        return Error(Error::Code::Io,
                     mtvw::BackendText::tr("cannot create a private temporary folder: %1").arg(m_tempDir->errorString()));
    const QString target = m_tempDir->filePath(QStringLiteral("content.tar"));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, mtvw::BackendText::tr("cannot write %1: %2").arg(target, out.errorString()));
    // The expanded tar is unlinked at once and read through /proc/self/fd: a run that is killed
    // (or crashes) leaves no gigabytes in $TMPDIR. Where /proc is missing, the folder's own
    // clean-up at the end is all there is.
    QString readPath = target;
    m_tempFd = ::open(QFile::encodeName(target).constData(), O_RDONLY | O_CLOEXEC);
    if (m_tempFd >= 0) {
        const QString viaProc = QStringLiteral("/proc/self/fd/%1").arg(m_tempFd);
        if (QFileInfo::exists(viaProc) && QFile::remove(target))
            readPath = viaProc;
    }

    auto decompressor = newDecompressor(filter);
    if (!decompressor)
        return decompressor.error().prefixed(m_path);
    ArchivePtr a = std::move(decompressor).value();
    const QByteArray name = QFile::encodeName(m_path);
    if (archive_read_open_filename(a.get(), name.constData(), kBlock) != ARCHIVE_OK)
        return Error(Error::Code::Corrupt,
                     mtvw::BackendText::tr("%1: %2 data cannot be read: %3").arg(m_path, filter, libarchiveError(a.get())));
    struct archive_entry *e = nullptr;
    if (archive_read_next_header(a.get(), &e) != ARCHIVE_OK)
        return Error(Error::Code::Corrupt,
                     mtvw::BackendText::tr("%1: %2 data cannot be read: %3").arg(m_path, filter, libarchiveError(a.get())));
    // libarchive stacks a filter for each layer it recognises: gzip inside gzip is two layers.
    if (archive_filter_count(a.get()) > 2)
        return Error(Error::Code::Unsupported,
                     mtvw::BackendText::tr("%1: the %2 stream holds %2-compressed data again; nested compression is refused "
                                           "(an MLF archive is a tar, compressed once at most)")
                         .arg(m_path, filter));
    const qint64 fileSize = QFileInfo(m_path).size();
    // What the file's own trailer (or first frame) promises is checked before anything is
    // expanded; what the tar headers promise, at each header; what is written, as it grows.
    const qint64 promised = expandedSizeLowerBound(filter, m_path);
    if (promised > kBombFloorBytes && fileSize > 0 && promised / fileSize > kMaxExpansion)
        return Error(Error::Code::LimitExceeded,
                     mtvw::BackendText::tr("%1: the %2 stream says it expands to %3 from %4, more than %5 times: refused as "
                                           "a compression bomb")
                         .arg(m_path, filter, bytesText(promised), bytesText(fileSize))
                         .arg(kMaxExpansion));
    const QStorageInfo disk(m_tempDir->path());
    // -1: the free space is unknown; 0: already less free than minFreeBytes, so nothing is expanded.
    const qint64 room =
        disk.isValid() && disk.bytesAvailable() >= 0 ? std::max<qint64>(0, disk.bytesAvailable() - limits.minFreeBytes) : -1;
    const auto noRoom = [&](qint64 needed) {
        return Error(Error::Code::Io,
                     mtvw::BackendText::tr("%1: expanding the %2 stream needs at least %3 in %4, which has %5 free (%6 is "
                                           "kept free)")
                         .arg(m_path, filter, bytesText(needed), QDir::tempPath(), bytesText(disk.bytesAvailable()),
                              bytesText(limits.minFreeBytes)));
    };
    if (room >= 0 && std::max<qint64>(promised, 1) > room)
        return noRoom(std::max<qint64>(promised, 1));
    TarStreamWatch watch(limits);
    QByteArray buffer(kBlock, Qt::Uninitialized);
    qint64 written = 0;
    for (;;) {
        const la_ssize_t n = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
        if (n < 0)
            return Error(Error::Code::Corrupt,
                         mtvw::BackendText::tr("%1: the %2 stream is corrupt or truncated after %3 bytes: %4")
                             .arg(m_path, filter)
                             .arg(written)
                             .arg(libarchiveError(a.get())));
        if (n == 0)
            break;
        if (written == 0) {
            // One layer only: a compressed stream inside (a bomb's usual shape, or a format only
            // an external program reads) is refused by name before anything more is expanded.
            if (const QString inner = nestedCompression(QByteArray(buffer.constData(), int(std::min<la_ssize_t>(n, 16))));
                !inner.isEmpty())
                return Error(Error::Code::Unsupported,
                             mtvw::BackendText::tr("%1: the %2 stream holds %3-compressed data; nested compression is refused "
                                                   "(an MLF archive is a tar, compressed once at most)")
                                 .arg(m_path, filter, inner));
        }
        if (auto r = watch.feed(buffer.constData(), n); !r)
            return r.error().prefixed(m_path);
        written += n;
        if (room >= 0 && std::max(written, watch.declaredBytes()) > room)
            return noRoom(std::max(written, watch.declaredBytes()));
        if (written > limits.maxTotalBytes)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("%1: the %2 stream expands to more than %3, over the size limit for one archive")
                             .arg(m_path, filter, bytesText(limits.maxTotalBytes)));
        if (out.write(buffer.constData(), n) != n)
            return Error(Error::Code::Io, mtvw::BackendText::tr("cannot write %1: %2").arg(target, out.errorString()));
        // A compression bomb is refused as soon as it shows, not once it has filled the disk: no
        // real MLF (C text, weights) expands more than kMaxExpansion times its compressed size.
        const qint64 consumed = archive_filter_bytes(a.get(), -1);
        if (written > kBombFloorBytes && consumed > 0 && written / consumed > kMaxExpansion)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("%1: the %2 stream expands more than %3 times (%4 from %5 so far): refused as a "
                                               "compression bomb")
                             .arg(m_path, filter)
                             .arg(kMaxExpansion)
                             .arg(bytesText(written), bytesText(consumed)));
        if (progress && !progress(consumed, fileSize))
            return Error(Error::Code::Cancelled, mtvw::BackendText::tr("opening %1 was cancelled").arg(m_path));
    }
    out.close();
    return readPath;
}

Result<void> Archive::scanArchive(const QString &file, const ArchiveLimits &limits, const Progress &progress)
{
    m_backingFile = file;
    SkippingSource source; // outlives the reader, which is declared after it
    ArchivePtr a = newReader();
    if (openSkipping(a.get(), file, &source) != ARCHIVE_OK)
        return Error(Error::Code::Io, mtvw::BackendText::tr("%1 cannot be opened: %2").arg(m_path, libarchiveError(a.get())));

    const qint64 fileSize = QFileInfo(file).size();
    QString previous;
    qint64 ordinal = -1;
    bool formatKnown = false;
    for (;;) {
        struct archive_entry *e = nullptr;
        const int r = archive_read_next_header(a.get(), &e);
        if (r == ARCHIVE_EOF)
            break;
        ++ordinal;
        if (r < ARCHIVE_WARN) {
            const QString why = libarchiveError(a.get());
            if (ordinal == 0 && why.contains(QLatin1String("Unrecognized archive format")))
                return Error(Error::Code::NotAnArchive,
                             m_format == Format::CompressedTar
                                 ? mtvw::BackendText::tr("%1: the decompressed content is not a tar archive").arg(m_path)
                                 : mtvw::BackendText::tr("%1 is not a tar, compressed tar or zip archive").arg(m_path));
            if (previous.isEmpty())
                return Error(Error::Code::Corrupt,
                             mtvw::BackendText::tr("%1 is corrupt at its first entry: %2").arg(m_path, why));
            return Error(Error::Code::Corrupt,
                         mtvw::BackendText::tr("%1 is corrupt or truncated after entry \"%2\": %3").arg(m_path, previous, why));
        }
        if (!formatKnown) {
            formatKnown = true;
            if ((archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP)
                m_format = Format::Zip;
        }
        const char *rawName = archive_entry_pathname(e);
        if (!rawName)
            return Error(Error::Code::Malformed,
                         mtvw::BackendText::tr("%1: entry %2 has no readable name").arg(m_path).arg(ordinal));
        const QString original = QString::fromUtf8(rawName);
        QString why;
        const QString path = normalisePath(original, &why);
        if (!why.isEmpty())
            return Error(Error::Code::Unsafe, m_path + QStringLiteral(": ") + why);
        previous = original;

        if (const char *target = archive_entry_hardlink(e))
            return Error(Error::Code::Unsafe,
                         mtvw::BackendText::tr("%1: entry \"%2\" is a hard link to \"%3\"; links are refused")
                             .arg(m_path, original, QString::fromUtf8(target)));
        switch (archive_entry_filetype(e)) {
        case AE_IFREG: break;
        case AE_IFDIR: continue;
        case AE_IFLNK:
            return Error(Error::Code::Unsafe,
                         mtvw::BackendText::tr("%1: entry \"%2\" is a symbolic link to \"%3\"; links are refused")
                             .arg(m_path, original, QString::fromUtf8(archive_entry_symlink(e) ? archive_entry_symlink(e) : "")));
        case AE_IFCHR:
        case AE_IFBLK:
            return Error(Error::Code::Unsafe,
                         mtvw::BackendText::tr("%1: entry \"%2\" is a device node; devices are refused").arg(m_path, original));
        case AE_IFIFO:
            return Error(Error::Code::Unsafe,
                         mtvw::BackendText::tr("%1: entry \"%2\" is a FIFO (named pipe); special files are refused")
                             .arg(m_path, original));
        default:
            return Error(Error::Code::Unsafe,
                         mtvw::BackendText::tr("%1: entry \"%2\" is a special file; only regular files and folders are read")
                             .arg(m_path, original));
        }
        if (path.isEmpty())
            continue;
        if (archive_entry_sparse_count(e) > 0)
            return Error(
                Error::Code::Unsupported,
                mtvw::BackendText::tr("%1: entry \"%2\" is a sparse file, which MLF archives never hold").arg(m_path, original));

        const qint64 size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
        if (size < 0)
            return Error(Error::Code::Malformed,
                         mtvw::BackendText::tr("%1: entry \"%2\" has a negative size").arg(m_path, original));
        if (size > limits.maxEntryBytes)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("%1: entry \"%2\" claims a size of %3, over the limit of %4 for one entry")
                             .arg(m_path, original, bytesText(size), bytesText(limits.maxEntryBytes)));
        if (m_entries.size() + 1 > limits.maxEntries)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("%1 holds more than %2 entries, the limit for one archive")
                             .arg(m_path)
                             .arg(limits.maxEntries));
        if (m_totalBytes + size > limits.maxTotalBytes)
            return Error(
                Error::Code::LimitExceeded,
                mtvw::BackendText::tr("%1 expands to more than %2 (at entry \"%3\"), over the size limit for one archive")
                    .arg(m_path, bytesText(limits.maxTotalBytes), original));

        ArchiveEntry entry;
        entry.path = path;
        entry.size = size;
        entry.mtime = archive_entry_mtime(e);
        entry.ordinal = ordinal;
        if (m_format != Format::Zip) {
            // For an uncompressed tar stream the reader has consumed exactly the header blocks,
            // so the bytes consumed so far are the offset of this entry's data.
            entry.dataOffset = archive_filter_bytes(a.get(), 0);
            if (entry.dataOffset + size > fileSize)
                return Error(Error::Code::Corrupt,
                             mtvw::BackendText::tr("%1 is truncated: entry \"%2\" needs %3 bytes but the file ends %4 bytes in")
                                 .arg(m_path, original)
                                 .arg(size)
                                 .arg(fileSize - entry.dataOffset));
        }
        m_totalBytes += size;
        // A zip's entries are expanded one at a time when read, so the ratio is checked on what
        // they claim: entries sharing one deflate stream claim it again and again.
        if (m_format == Format::Zip && m_totalBytes > kBombFloorBytes &&
            m_totalBytes / std::max<qint64>(fileSize, 1) > kMaxExpansion)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("%1: the zip's entries claim %2 from a %3 file (at entry \"%4\"), more than %5 "
                                               "times: refused as a compression bomb")
                             .arg(m_path, bytesText(m_totalBytes), bytesText(fileSize), original)
                             .arg(kMaxExpansion));
        if (auto it = m_index.constFind(path); it != m_index.constEnd()) {
            m_totalBytes -= m_entries[*it].size;
            m_entries[*it] = entry; // a later member of the same name replaces the earlier (tar semantics)
        } else {
            m_index.insert(path, m_entries.size());
            m_entries.append(entry);
        }
        if (progress && (ordinal % 64) == 0 && !progress(archive_filter_bytes(a.get(), -1), fileSize))
            return Error(Error::Code::Cancelled, mtvw::BackendText::tr("opening %1 was cancelled").arg(m_path));
    }
    qCDebug(lcMlf) << m_path << m_entries.size() << "entries";
    return {};
}

Result<void> Archive::scanDirectory(const ArchiveLimits &limits, const Progress &progress)
{
    // Entry names relative to the folder's absolute path: QDir::relativeFilePath of a relative
    // root and the iterator's paths would not agree when the folder is given as "model".
    const QString absolute = QFileInfo(m_path).absoluteFilePath();
    const QDir root(absolute);
    QDirIterator it(absolute, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue; // never follow links out of the folder
        ArchiveEntry entry;
        entry.path = root.relativeFilePath(info.filePath());
        entry.size = info.size();
        entry.mtime = info.lastModified().toSecsSinceEpoch();
        entry.ordinal = m_entries.size();
        if (entry.size > limits.maxEntryBytes)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("%1: file \"%2\" is %3, over the limit of %4 for one entry")
                             .arg(m_path, entry.path, bytesText(entry.size), bytesText(limits.maxEntryBytes)));
        if (m_entries.size() + 1 > limits.maxEntries)
            return Error(Error::Code::LimitExceeded,
                         mtvw::BackendText::tr("%1 holds more than %2 files, the limit for one archive")
                             .arg(m_path)
                             .arg(limits.maxEntries));
        m_totalBytes += entry.size;
        if (m_totalBytes > limits.maxTotalBytes)
            return Error(Error::Code::LimitExceeded, mtvw::BackendText::tr("%1 holds more than %2, the limit for one archive")
                                                         .arg(m_path, bytesText(limits.maxTotalBytes)));
        m_index.insert(entry.path, m_entries.size());
        m_entries.append(entry);
        if (progress && (m_entries.size() % 64) == 0 && !progress(m_entries.size(), 0))
            return Error(Error::Code::Cancelled, mtvw::BackendText::tr("opening %1 was cancelled").arg(m_path));
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const ArchiveEntry &x, const ArchiveEntry &y) { return x.path < y.path; });
    m_index.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries[i].path, i);
    return {};
}

const ArchiveEntry *Archive::find(const QString &path) const
{
    const auto it = m_index.constFind(path);
    return it == m_index.constEnd() ? nullptr : &m_entries[*it];
}

Result<QByteArray> Archive::read(const QString &path, qint64 maxBytes) const
{
    const ArchiveEntry *entry = find(path);
    if (!entry)
        return Error(Error::Code::NotFound, mtvw::BackendText::tr("%1 has no entry \"%2\"").arg(m_path, path));
    if (maxBytes >= 0 && entry->size > maxBytes)
        return Error(Error::Code::LimitExceeded, mtvw::BackendText::tr("entry \"%1\" is %2, more than the %3 allowed for it")
                                                     .arg(path, bytesText(entry->size), bytesText(maxBytes)));
    return readRange(path, 0, entry->size);
}

Result<QByteArray> Archive::readRange(const QString &path, qint64 offset, qint64 length) const
{
    const ArchiveEntry *entry = find(path);
    if (!entry)
        return Error(Error::Code::NotFound, mtvw::BackendText::tr("%1 has no entry \"%2\"").arg(m_path, path));
    if (offset < 0 || length < 0)
        return Error(Error::Code::Malformed, mtvw::BackendText::tr("invalid range in entry \"%1\"").arg(path));
    offset = std::min(offset, entry->size);
    length = std::min(length, entry->size - offset);
    if (m_format == Format::Directory)
        return readDirect(QDir(m_path).filePath(path), *entry, offset, length);
    if (entry->dataOffset >= 0)
        return readDirect(m_backingFile, *entry, offset, length);
    return readStreamed(*entry, offset, length);
}

Result<QByteArray> Archive::readDirect(const QString &file, const ArchiveEntry &entry, qint64 offset, qint64 length) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, mtvw::BackendText::tr("cannot read \"%1\": %2").arg(entry.path, f.errorString()));
    const qint64 start = (entry.dataOffset >= 0 ? entry.dataOffset : 0) + offset;
    if (!f.seek(start))
        return Error(Error::Code::Io, mtvw::BackendText::tr("cannot read \"%1\": %2").arg(entry.path, f.errorString()));
    QByteArray data = f.read(length);
    if (data.size() != length)
        return Error(Error::Code::Corrupt, mtvw::BackendText::tr("entry \"%1\" is truncated: %2 of %3 bytes could be read")
                                               .arg(entry.path)
                                               .arg(data.size())
                                               .arg(length));
    return data;
}

Result<QByteArray> Archive::readStreamed(const ArchiveEntry &entry, qint64 offset, qint64 length) const
{
    ArchivePtr a = newReader();
    const QByteArray name = QFile::encodeName(m_backingFile);
    if (archive_read_open_filename(a.get(), name.constData(), kBlock) != ARCHIVE_OK)
        return Error(Error::Code::Io, mtvw::BackendText::tr("%1 cannot be opened: %2").arg(m_path, libarchiveError(a.get())));
    struct archive_entry *e = nullptr;
    for (qint64 i = 0; i <= entry.ordinal; ++i) {
        if (archive_read_next_header(a.get(), &e) < ARCHIVE_WARN)
            return Error(Error::Code::Corrupt,
                         mtvw::BackendText::tr("cannot reach entry \"%1\": %2").arg(entry.path, libarchiveError(a.get())));
    }
    QByteArray data(length, Qt::Uninitialized);
    QByteArray scratch;
    qint64 skipped = 0;
    while (skipped < offset) {
        scratch.resize(std::min(kBlock, offset - skipped));
        const la_ssize_t n = archive_read_data(a.get(), scratch.data(), size_t(scratch.size()));
        if (n <= 0)
            return Error(Error::Code::Corrupt,
                         mtvw::BackendText::tr("entry \"%1\" cannot be read: %2").arg(entry.path, libarchiveError(a.get())));
        skipped += n;
    }
    qint64 got = 0;
    while (got < length) {
        const la_ssize_t n = archive_read_data(a.get(), data.data() + got, size_t(length - got));
        if (n < 0)
            return Error(Error::Code::Corrupt,
                         mtvw::BackendText::tr("entry \"%1\" cannot be read: %2").arg(entry.path, libarchiveError(a.get())));
        if (n == 0)
            return Error(Error::Code::Corrupt, mtvw::BackendText::tr("entry \"%1\" is truncated: %2 of %3 bytes could be read")
                                                   .arg(entry.path)
                                                   .arg(got)
                                                   .arg(length));
        got += n;
    }
    return data;
}

} // namespace mtvw::mlf
