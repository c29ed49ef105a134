// Archive opening: the bytes are written to a file, opened as an archive and as an MLF, and
// every entry is read back.
#include "mlf/mlfarchive.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.tar"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    mtvw::mlf::ArchiveLimits limits;
    limits.maxEntries = 1000;
    limits.maxEntryBytes = 16 << 20;
    limits.maxTotalBytes = 64 << 20;
    auto archive = mtvw::mlf::Archive::open(path, limits);
    if (archive) {
        for (const auto &e : (*archive)->entries())
            (void)(*archive)->read(e.path, 16 << 20);
    }
    auto mlf = mtvw::mlf::MlfArchive::open(path, limits);
    if (mlf) {
        for (const auto &m : (*mlf)->modules())
            for (const auto &op : (*mlf)->operators(m))
                (void)(*mlf)->links(m, op.name);
    }
    return 0;
}
