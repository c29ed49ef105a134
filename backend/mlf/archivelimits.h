#pragma once

#include <QtGlobal>

namespace mtvw::mlf {

// Caps applied while an archive is opened. The defaults hold any real MLF (the largest real
// ones are a few hundred MB); tests and callers lower them to exercise the limits.
struct ArchiveLimits
{
    qint64 maxEntries = 200'000;
    qint64 maxEntryBytes = qint64(2) << 30;  // 2 GiB for one entry
    qint64 maxTotalBytes = qint64(16) << 30; // 16 GiB expanded in all
    // A compressed archive is expanded into $TMPDIR only while this much stays free there.
    qint64 minFreeBytes = qint64(64) << 20;
};

} // namespace mtvw::mlf
