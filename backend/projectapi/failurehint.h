#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mtvw::projectapi {

// A short cause and what to do about it, for the failures people meet when they build and flash
// (recognised in the error message and the last lines of the server's log); empty when the
// failure is not one of them.
class FailureHint
{
    Q_DECLARE_TR_FUNCTIONS(FailureHint)

public:
    static QString forFailure(const QString &message, const QStringList &log);
};

} // namespace mtvw::projectapi
