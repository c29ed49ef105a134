#pragma once

#include "aotactivations.h"
#include "codearrays.h"
#include "mlfarchive.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mtvw::mlf {

// What a module's generated C says about its memory, read once per module (MlfArchive caches
// it): every static array (constants in flash, workspace arrays in RAM), the storage ids that the
// graph executor takes from parameters linked into the code, the AOT main function's tensors,
// and the traces of an NPU.
class CodeFacts
{
public:
    QList<CodeArrays::Array> arrays;
    QHash<qint64, QString> linkedStorage; // storage id -> __tvm_param__ symbol (`_lookup_linked_param`)
    bool linkParamsTarget = false;        // a target says -link-params=1
    AotActivations activations;           // the AOT executor's main function; empty otherwise
    QStringList npuCalls;                 // e.g. TVMEthosULaunch, when the code drives an NPU
    QStringList missingIncludes;          // headers the code includes that are neither the runtime's nor in the archive
    QStringList problems;                 // sources that could not be read

    const CodeArrays::Array *array(const QString &symbol) const;

    // Reads the module's sources; run it off the GUI thread (MlfArchive::codeFacts caches it).
    static CodeFacts compute(const MlfArchive &archive, const MlfArchive::Module &module);
};

} // namespace mtvw::mlf
