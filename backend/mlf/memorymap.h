#pragma once

#include "interfaceheader.h"
#include "mlfarchive.h"

#include <QList>
#include <QString>

namespace mtvw::mlf {

// Where a module's memory goes: totals (workspace, io, constants, params, code per file), the
// workspace of each operator, the pools of the C interface, the graph's storage ids, and a RAM
// and flash estimate to check against a board's budget.
class MemoryMap
{
public:
    struct CodeFile
    {
        QString path;
        qint64 bytes = 0;
        bool object = false; // an LLVM object file (machine code) rather than C source
    };
    struct OperatorWorkspace
    {
        QString name;
        qint64 bytes = 0;
    };
    struct Storage
    {
        qint64 storageId = 0;
        qint64 bytes = 0;
        QString binding; // graph input or parameter bound to it
    };
    struct Budget
    {
        qint64 ramBytes = -1; // -1: not checked
        qint64 flashBytes = -1;
    };
    struct Fit
    {
        bool ramChecked = false, ramFits = true;
        bool flashChecked = false, flashFits = true;
        qint64 ramHeadroom = 0, flashHeadroom = 0; // budget − estimate (negative when over)
        bool fits() const { return ramFits && flashFits; }
    };

    QString module;
    QStringList executors;
    bool known = true; // false when the archive has no metadata (figures unknown)
    qint64 workspaceBytes = 0;
    qint64 ioBytes = 0;
    qint64 constantsBytes = 0;
    qint64 paramsBytes = 0;
    qint64 storageBytes = 0; // graph executor: sum over storage ids
    qint64 sourceBytes = 0;
    qint64 objectBytes = 0;
    qint64 headerWorkspaceBytes = -1;
    QList<CodeFile> code;
    QList<OperatorWorkspace> operators; // largest first
    QList<InterfaceHeader::Pool> pools;
    QList<Storage> storage;

    qint64 ramBytes = 0;   // estimate, see ramFormula
    qint64 flashBytes = 0; // estimate (without compiled C code), see flashFormula
    QString ramFormula;
    QString flashFormula;

    Fit check(const Budget &budget) const;

    static MemoryMap compute(const MlfArchive &archive, const MlfArchive::Module &module);
};

} // namespace mtvw::mlf
