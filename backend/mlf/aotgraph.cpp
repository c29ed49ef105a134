#include "aotgraph.h"

#include <QHash>

#include <algorithm>

namespace mtvw::mlf {

std::optional<Graph> AotGraph::build(const AotActivations &a)
{
    if (a.calls.isEmpty() || a.callTensors.size() != a.calls.size())
        return std::nullopt;
    using Role = AotActivations::Role;
    Graph g;
    QHash<int, Graph::EntryRef> writer; // tensor index -> the node output that holds it
    QList<QList<qint64>> outputBytes;   // per node, the bytes of each of its outputs
    const auto addNode = [&](Graph::Node node, const QList<qint64> &bytes) {
        node.id = int(g.nodes.size());
        node.numOutputs = int(std::max<qsizetype>(1, bytes.size()));
        g.nodes << node;
        outputBytes.append(bytes.isEmpty() ? QList<qint64>{0} : bytes);
        return node.id;
    };
    for (qsizetype t = 0; t < a.tensors.size(); ++t) {
        const AotActivations::Tensor &tensor = a.tensors[t];
        if (tensor.role != Role::Input)
            continue;
        Graph::Node input;
        input.op = QStringLiteral("null");
        input.name = tensor.name;
        const int id = addNode(input, {tensor.bytes});
        g.argNodes << id;
        writer.insert(int(t), {id, 0});
    }
    for (qsizetype c = 0; c < a.calls.size(); ++c) {
        Graph::Node call;
        call.op = QStringLiteral("tvm_op");
        call.name = a.calls[c];
        call.funcName = a.calls[c];
        call.attrs.insert(QStringLiteral("call"), QString::number(c + 1));
        // TVM passes a call's inputs first and its output last. The buffer it writes holds the new
        // value from then on: allocator buffers are reused (sid_24 written, read, written again).
        QList<int> args;
        for (int t : a.callTensors[c])
            if (t >= 0 && t < a.tensors.size() && a.tensors[t].role != Role::Scratch)
                args << t;
        const int written = !args.isEmpty() && a.tensors[args.last()].role != Role::Input ? args.takeLast() : -1;
        for (int t : std::as_const(args)) {
            if (!writer.contains(t))
                continue;
            const Graph::EntryRef from = writer.value(t);
            const bool known = std::any_of(call.inputs.begin(), call.inputs.end(), [&](const Graph::EntryRef &r) {
                return r.node == from.node && r.index == from.index;
            });
            if (!known)
                call.inputs << from;
        }
        const int id = addNode(call, {written >= 0 ? a.tensors[written].bytes : 0});
        if (written >= 0)
            writer.insert(written, {id, 0});
    }
    for (qsizetype t = 0; t < a.tensors.size(); ++t)
        if (a.tensors[t].role == Role::Output && writer.contains(int(t)))
            g.heads << writer.value(int(t));
    g.nodeRowPtr << 0;
    for (const QList<qint64> &bytes : std::as_const(outputBytes)) {
        for (qint64 b : bytes) {
            Graph::Entry e;
            e.bytes = std::max<qint64>(b, 0);
            g.entries << e;
        }
        g.nodeRowPtr << g.nodeRowPtr.last() + bytes.size();
    }
    return g;
}

} // namespace mtvw::mlf
