#pragma once

#include "core/result.h"
#include "mlf/archivelimits.h"

#include <QByteArray>
#include <QString>

namespace mtvw::mlf {

// Reads the tar headers in a stream as it is being expanded, so that a member declaring more
// than the limits allow is refused at its header, before its data is written anywhere. It looks
// at nothing but the headers: ustar and GNU sizes (octal or base-256), pax "size" and "path"
// records, GNU long names. Anything it cannot read as a tar header ends the watch quietly; the
// archive reader that runs afterwards names such faults.
class TarStreamWatch
{
public:
    explicit TarStreamWatch(const ArchiveLimits &limits);

    // The next bytes of the expanded stream. Fails once a header declares a member over the
    // entry limit, more members than allowed, or more bytes in all than the total limit.
    Result<void> feed(const char *data, qint64 size);

    // The bytes the headers read so far promise: members' data, headers and padding.
    qint64 declaredBytes() const { return m_declared; }
    qint64 members() const { return m_members; }
    bool watching() const { return !m_stopped; }

private:
    Result<void> header(const char *block);
    void metaRecords();

    ArchiveLimits m_limits;
    QByteArray m_block;    // a header being gathered
    QByteArray m_meta;     // a pax header's or GNU long name's data being gathered
    qint64 m_skip = 0;     // data and padding still to pass over
    qint64 m_metaLeft = 0; // of m_skip, bytes still to gather into m_meta
    char m_metaType = 0;
    qint64 m_nextSize = -1; // from a pax "size" record, for the next member
    QString m_nextName;     // from a pax "path" record or a GNU long name
    qint64 m_declared = 0;
    qint64 m_members = 0;
    bool m_stopped = false;
};

} // namespace mtvw::mlf
