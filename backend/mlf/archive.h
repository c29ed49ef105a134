#pragma once

#include "archiveentry.h"
#include "archivelimits.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace mtvw::mlf {

// Read-only access to a tar (PAX, GNU, ustar), a compressed tar (sniffed by magic bytes), a zip,
// or an extracted folder. Opening lists the entries and refuses hostile ones; content is read on
// demand and never written anywhere but a private temporary folder (for compressed tars).
// After open() the object is immutable and read() may be called from any thread.
class Archive
{
public:
    enum class Format { Directory, Tar, CompressedTar, Zip };

    // Called now and then while opening with the bytes scanned so far and the file size;
    // return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<std::shared_ptr<Archive>> open(const QString &path, const ArchiveLimits &limits = {},
                                                 const Progress &progress = {});
    ~Archive();

    QString path() const { return m_path; }
    Format format() const { return m_format; }
    QString formatName() const;
    QString compression() const { return m_compression; }

    const QList<ArchiveEntry> &entries() const { return m_entries; }
    const ArchiveEntry *find(const QString &path) const;
    bool contains(const QString &path) const { return find(path) != nullptr; }
    qint64 totalBytes() const { return m_totalBytes; }

    // The whole content of an entry; fails when it is larger than maxBytes (if given).
    Result<QByteArray> read(const QString &path, qint64 maxBytes = -1) const;
    // length bytes from offset (fewer at the end of the entry).
    Result<QByteArray> readRange(const QString &path, qint64 offset, qint64 length) const;

    // Normalises an archive member name; returns an empty string for the archive root ("." or "./").
    // Sets *error when the name is unsafe (absolute, "..", empty component tricks).
    static QString normalisePath(const QString &name, QString *error);

private:
    Archive() = default;
    Result<void> scanDirectory(const ArchiveLimits &limits, const Progress &progress);
    Result<void> scanArchive(const QString &file, const ArchiveLimits &limits, const Progress &progress);
    Result<QString> decompressToTemp(const QString &filter, const ArchiveLimits &limits, const Progress &progress);
    Result<QByteArray> readStreamed(const ArchiveEntry &entry, qint64 offset, qint64 length) const;
    Result<QByteArray> readDirect(const QString &file, const ArchiveEntry &entry, qint64 offset, qint64 length) const;

    QString m_path;
    QString m_backingFile; // the file entries are read from (the temp tar for compressed input)
    Format m_format = Format::Tar;
    QString m_compression;
    QList<ArchiveEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    qint64 m_totalBytes = 0;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    int m_tempFd = -1; // the decompressed tar, already unlinked: nothing is left behind if killed
};

} // namespace mtvw::mlf
