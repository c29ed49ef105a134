#pragma once

#include "metadata.h"

#include <QByteArray>
#include <QList>

#include <optional>

class QJsonArray;

namespace mtvw::mlf {

// metadata.json of a big model is mostly its operator_functions arrays: thousands of
// {"function_name": "…", "workspace": [{"device": 1, "workspace_size_bytes": 2992}]} objects.
// This reads those arrays straight from the bytes, strictly in that shape, and leaves the rest of
// the document for the JSON parser with each array replaced by a marker naming its list. Anything
// else in such an array (another key, an escape, a fraction, a duplicate, bytes over 0x7f) makes
// it decline, and the caller parses the whole document the ordinary way, which also names the
// field of any error.
class OperatorListReader
{
public:
    static constexpr qsizetype kMinBytes = 64 * 1024; // smaller documents: the ordinary parse is as quick

    struct Split
    {
        QByteArray rest; // the document with each array replaced by a marker
        QList<QList<Metadata::OperatorMemory>> lists;
    };

    static std::optional<Split> split(const QByteArray &json);
    // The list index a marker array stands for, or -1 when the array is not a marker.
    static qsizetype markerIndex(const QJsonArray &array);
};

} // namespace mtvw::mlf
