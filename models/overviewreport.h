#pragma once

#include <QCoreApplication>
#include <QString>

namespace mtvw::mlf {
class MlfArchive;
}

// What an archive is, for a reader who has never seen TVM's code: its version and what that
// means, its style, executors, targets, parts, memory totals and warnings, each value next to a
// short explanation. Rendered as HTML that uses only the palette's colours.
class OverviewReport
{
    Q_DECLARE_TR_FUNCTIONS(OverviewReport)

public:
    static QString html(const mtvw::mlf::MlfArchive &archive, const QString &path);

    // One-line meanings, also used as tooltips elsewhere.
    static QString versionMeaning(int version);
    static QString executorMeaning(const QString &executor);
    static QString targetMeaning(const QString &target);
    static QString styleMeaning(const QString &style);
};
