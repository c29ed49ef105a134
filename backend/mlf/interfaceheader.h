#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mtvw::mlf {

// codegen/host/include/tvmgen_<module>.h: the AOT executor's C interface. The entry point, the
// input and output tensors with their sizes, workspace pools (USMP) and the workspace size.
class InterfaceHeader
{
public:
    struct Tensor
    {
        QString name;          // the struct member (sanitised tensor name)
        qint64 sizeBytes = -1; // from TVMGEN_<MOD>_<NAME>_SIZE (TVM ≥ 0.11), or -1
    };
    struct Pool
    {
        QString name;
        QString kind; // "workspace" or "constant"
        qint64 sizeBytes = 0;
    };

    QString module;
    QString runFunction;  // e.g. tvmgen_default_run
    QString runSignature; // the declaration as written, whitespace collapsed
    QList<Tensor> inputs;
    QList<Tensor> outputs;
    QStringList devices;
    QList<Pool> pools;
    qint64 workspaceBytes = -1; // TVMGEN_<MOD>_WORKSPACE_SIZE, or -1
    bool ioInPools = false;     // map_inputs / map_outputs present
    QStringList otherFunctions; // further declarations (hand-edited headers)

    // fileName is the header's file name (tvmgen_<module>.h) and gives the module name.
    static Result<InterfaceHeader> parse(const QByteArray &text, const QString &fileName);
    static QString moduleFromFileName(const QString &fileName);
};

} // namespace mtvw::mlf
