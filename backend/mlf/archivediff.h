#pragma once

#include "mlfarchive.h"

#include <QList>
#include <QString>

namespace mtvw::mlf {

// Two archives compared module by module: per-function workspace and code size, per-tensor
// parameter bytes, and totals, each list sorted by the size of its change.
class ArchiveDiff
{
public:
    enum class Change { Same, Changed, Added, Removed };

    struct FunctionRow
    {
        QString name;                            // without the tvmgen_<module>_ prefix, so renamed modules still match
        qint64 workspaceA = -1, workspaceB = -1; // -1: absent / unknown
        qint64 codeA = -1, codeB = -1;
        Change change = Change::Same;
        qint64 workspaceDelta() const { return std::max<qint64>(workspaceB, 0) - std::max<qint64>(workspaceA, 0); }
        qint64 codeDelta() const { return std::max<qint64>(codeB, 0) - std::max<qint64>(codeA, 0); }
    };
    struct ParamRow
    {
        QString name;
        qint64 bytesA = -1, bytesB = -1;
        QString shapeA, shapeB, dtypeA, dtypeB;
        Change change = Change::Same;
        qint64 delta() const { return std::max<qint64>(bytesB, 0) - std::max<qint64>(bytesA, 0); }
    };
    struct Totals
    {
        qint64 workspace = 0, io = 0, constants = 0, params = 0, code = 0, ram = 0, flash = 0;
    };
    struct ModuleDiff
    {
        QString moduleA, moduleB;       // one is empty when the module exists on one side only
        QString executorsA, executorsB; // "aot", "graph", …, comma-separated
        QList<FunctionRow> functions;
        QList<ParamRow> params;
        Totals a, b;
    };

    QList<ModuleDiff> modules;
    int versionA = 0, versionB = 0; // metadata versions; 0: no metadata.json

    static ArchiveDiff compute(const MlfArchive &a, const MlfArchive &b);
    static QString changeName(Change c);
};

} // namespace mtvw::mlf
