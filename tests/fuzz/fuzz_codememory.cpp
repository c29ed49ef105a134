// What the generated C says about memory: the static array scanner and the AOT main function's
// tensors (the input is read as a main function, and as the only operator it calls), and the
// dataflow graph drawn from them.
#include "mlf/aotactivations.h"
#include "mlf/aotgraph.h"
#include "mlf/codearrays.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto &a : mtvw::mlf::CodeArrays::scan(bytes, QStringLiteral("default_lib0.c"))) {
        if (a.line < 1 || a.bytes < -1 || a.symbol.isEmpty())
            __builtin_trap();
    }
    mtvw::mlf::AotActivations::Input in;
    in.mainText = bytes;
    in.functions.insert(QStringLiteral("tvmgen_default_fused_op"), bytes);
    in.poolBytes.insert(QStringLiteral("global_workspace"), 4096);
    const auto a = mtvw::mlf::AotActivations::read(QStringLiteral("tvmgen_default___tvm_main__"), in);
    if (a.heldBytes.size() != a.calls.size() || (a.peakCall >= a.calls.size()))
        __builtin_trap();
    for (const auto &t : a.tensors)
        if (t.liveFrom > t.liveTo && t.liveTo >= 0)
            __builtin_trap();
    // The dataflow drawn from it: a node per call after the inputs, every edge from an earlier
    // node's existing output, one entry per output.
    if (a.callTensors.size() != a.calls.size())
        __builtin_trap();
    if (const auto g = mtvw::mlf::AotGraph::build(a)) {
        if (g->operatorCount() != a.calls.size() || g->nodeRowPtr.size() != g->nodes.size() + 1 ||
            g->nodeRowPtr.last() != g->entries.size())
            __builtin_trap();
        for (const auto &n : g->nodes)
            for (const auto &in : n.inputs)
                if (in.node >= n.id || in.index >= g->nodes[in.node].numOutputs)
                    __builtin_trap();
    }
    return 0;
}
