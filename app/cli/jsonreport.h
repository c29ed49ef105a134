#pragma once

#include "micro/hostsimoutput.h"
#include "mlf/archivediff.h"
#include "mlf/mlfarchive.h"

#include <QJsonObject>

// The JSON shapes mtvw-cli prints with --json (memory --json comes from mtvw::mlf::MemoryExport).
// They are documented in the README and kept stable: fields may be added, never renamed or removed.
class JsonReport
{
public:
    static QJsonObject inspect(const mtvw::mlf::MlfArchive &mlf);
    static QJsonObject params(const mtvw::mlf::MlfArchive::Module &module);
    static QJsonObject graph(const mtvw::mlf::MlfArchive::Module &module);
    static QJsonObject diff(const mtvw::mlf::ArchiveDiff &diff, const QString &a, const QString &b);
    // project run --json: each output's name, dtype, size, first values and top 3; each module's
    // timing statistics with the outliers and the rule that flagged them.
    static QJsonObject run(const mtvw::micro::HostSimOutput &output);
    // One series of run times: count, min … max, sd, MAD, the outliers and the rule.
    static QJsonObject timing(const QList<double> &ms);
};
