#pragma once

#include "mlfarchive.h"

#include <QList>
#include <QString>

namespace mtvw::mlf {

// How the model calls each of its operator functions, as a host needs it to call one on its own
// (to time it over RPC): the arguments in order with their dtypes, shapes and bytes. A graph
// archive's graph JSON gives real shapes; an AOT archive's main function gives the buffers it
// passes and their sizes (unpacked functions take bare pointers, so a flat shape of the right
// size is all they can use), with the dtype from the callee's parameter type.
class OperatorCalls
{
public:
    struct Argument
    {
        enum class Kind {
            Tensor,    // a buffer the host provides
            Constant,  // weights the model passes from its code (linked params, constant pool)
            Workspace, // a workspace pool the operator takes its scratch from
        };
        Kind kind = Kind::Tensor;
        QString name; // as the graph or the main function names it
        QString dtype;
        QList<qint64> shape;
        qint64 bytes = -1; // -1: unknown
    };
    struct Call
    {
        QString function;
        QList<Argument> arguments;
        int callsPerRun = 0; // how often one inference calls it
        QString problem;     // why a host cannot call it (an argument of unknown size); empty if it can
    };
    enum class Source { None, Graph, AotCode };

    Source source = Source::None;
    QList<Call> calls; // one per function, in the order the model first calls them

    const Call *find(const QString &function) const;
    // Reads the module's graph or its main function (CodeFacts); run it off the GUI thread.
    static OperatorCalls of(const MlfArchive &archive, const MlfArchive::Module &module);
};

} // namespace mtvw::mlf
