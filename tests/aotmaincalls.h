#pragma once

// The operator calls of an AOT module's main function, read by the tests from the raw C text,
// independently of the backend's own reader: tvmgen_<m>___tvm_main__ (or TVM 0.8's
// tvmgen_<m>_run_model), each call of a tvmgen_<m>_ function with its arguments, casts removed.
#include "mlf/mlfarchive.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace testsupport {

struct MainCall
{
    QString function;
    QStringList args;
    // The tensor buffers among the arguments: no workspace pools, constants (weights) or
    // device contexts.
    QStringList buffers() const
    {
        static const QRegularExpression notBuffer(QStringLiteral("workspace|_pool|const|device|__tvm_param__|_p\\d+$"));
        QStringList out;
        for (const QString &arg : args)
            if (!notBuffer.match(arg).hasMatch())
                out << arg;
        return out;
    }
};

inline QList<MainCall> aotMainCalls(const mtvw::mlf::MlfArchive &a, const mtvw::mlf::MlfArchive::Module &m)
{
    const QRegularExpression head(
        QStringLiteral("int32_t tvmgen_%1_(?:__tvm_main__|run_model)\\([^;{]*\\)\\s*\\{").arg(m.name)); // the definition
    const QRegularExpression call(QStringLiteral("(tvmgen_%1_\\w+)\\(([^;]*?)\\)\\s*(?:!=|;)").arg(m.name));
    const QRegularExpression cast(QStringLiteral("\\([^)]*\\)"));
    QList<MainCall> calls;
    for (const QString &source : m.sources) {
        const QString text = QString::fromUtf8(a.archive().read(source).value());
        const auto h = head.match(text);
        if (!h.hasMatch())
            continue;
        const QString body = text.mid(h.capturedEnd(), text.indexOf(QLatin1String("\n}"), h.capturedEnd()) - h.capturedEnd());
        for (auto it = call.globalMatch(body); it.hasNext();) {
            const auto c = it.next();
            MainCall mc{c.captured(1), {}};
            for (QString arg : c.captured(2).split(QLatin1Char(',')))
                mc.args << arg.remove(cast).trimmed();
            calls << mc;
        }
    }
    return calls;
}

} // namespace testsupport
