#pragma once

#include "aotactivations.h"
#include "codearrays.h"
#include "interfaceheader.h"
#include "mlfarchive.h"

#include <QList>
#include <QMap>
#include <QString>

namespace mtvw::mlf {

// Where a module's memory goes and whether it fits: the figures each part of the archive gives
// (metadata, graph, header, code), the one believed (the code and the graph over the metadata's
// claims, with a warning where they disagree), the constants in the code, the tensors held while
// the model runs with their peak, and a RAM and flash estimate to check against a board.
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
        qint64 bytes = 0;         // from the graph JSON: the largest entry stored in the id
        qint64 claimedBytes = -1; // metadata's memory.sids size_bytes, -1 when absent
        QString binding;          // graph input or parameter bound to it
        bool linked = false;      // served by a parameter linked into the code: flash, not RAM
    };
    struct Budget
    {
        qint64 ramBytes = -1; // -1: not checked
        qint64 flashBytes = -1;
    };
    struct Fit
    {
        bool ramChecked = false, ramFits = true, ramUnknown = false;
        bool flashChecked = false, flashFits = true, flashUnknown = false;
        qint64 ramHeadroom = 0, flashHeadroom = 0; // budget − estimate (negative when over)
        bool fits() const { return ramFits && flashFits && !ramUnknown && !flashUnknown; }
        bool over() const { return !ramFits || !flashFits; }
        bool unknown() const { return ramUnknown || flashUnknown; }
    };
    // A tensor held while the model runs (AOT: from the main function; graph: a storage id).
    using Activation = AotActivations::Tensor;
    enum class Source { Unknown, Metadata, Graph, Header, Code, ParamsFile };

    QString module;
    QStringList executors;
    bool known = true; // false when nothing in the archive gives a figure
    qint64 workspaceBytes = 0;
    qint64 ioBytes = 0;
    qint64 constantsBytes = 0;  // what the firmware keeps as constants (code, else metadata)
    qint64 paramsBytes = 0;     // the parameters file's tensor data
    qint64 paramsFileBytes = 0; // the parameters file as stored (what the firmware embeds)
    qint64 storageBytes = 0;    // graph executor: every storage id (RAM and linked)
    qint64 linkedStorageBytes = 0;
    qint64 sourceBytes = 0;
    qint64 objectBytes = 0;
    qint64 headerWorkspaceBytes = -1;
    qint64 metadataWorkspaceBytes = -1;
    qint64 codeWorkspaceBytes = -1; // uninitialised static arrays (global_workspace[N])
    qint64 largestOperatorWorkspace = 0;
    QList<CodeFile> code;
    QList<OperatorWorkspace> operators; // largest first
    QList<InterfaceHeader::Pool> pools;
    QList<Storage> storage;
    QList<CodeArrays::Array> constantsInCode;
    qint64 constantsInCodeBytes = 0;
    QList<CodeArrays::Array> workspaceInCode;
    bool paramsFileUsed = false; // the executor loads the .params file (graph, nothing linked)

    QStringList calls; // the executor's operator calls in order
    QList<Activation> activations;
    QList<qint64> heldBytes; // per call
    qint64 peakBytes = 0;
    int peakCall = -1;

    QMap<QString, Source> sources; // "workspace", "io", "storage", "constants" -> where the figure came from
    QStringList warnings;          // disagreements between metadata, graph, header and code
    QStringList notes;             // plain words: which weights the firmware uses, NPU parts

    qint64 ramBytes = 0;   // estimate, see ramFormula; a lower bound when !ramKnown
    qint64 flashBytes = 0; // estimate (without compiled C code), see flashFormula
    bool ramKnown = true;
    bool flashKnown = true;
    QString ramFormula;
    QString flashFormula;

    Fit check(const Budget &budget) const;
    QString peakFunction() const { return peakCall >= 0 && peakCall < calls.size() ? calls[peakCall] : QString(); }

    // Reads the generated C on first use (MlfArchive::codeFacts): run it off the GUI thread.
    static MemoryMap compute(const MlfArchive &archive, const MlfArchive::Module &module);
    // All modules of one firmware together (one image links every module).
    static MemoryMap total(const QList<MemoryMap> &maps);
    static QString sourceKey(Source source); // "metadata", "graph", "header", "code", "params", or empty
};

} // namespace mtvw::mlf
