#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <algorithm>

// A synthetic graph executor JSON of about nodeCount nodes, shaped like a CNN: a chain of fused
// operators with parameters, residual skips, and branches that meet again in a concatenation.
// skipReach is how many operators back a residual input may come from. Deterministic for a seed.
namespace testsupport {

inline QByteArray syntheticGraphJson(int nodeCount, int skipReach = 5, quint32 seed = 1)
{
    quint32 state = seed;
    auto next = [&state](int n) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(n));
    };
    QJsonArray nodes, argNodes, shapes, dtypes, sids;
    QList<int> ops; // operator nodes, newest last
    int params = 0;
    auto addNode = [&](const QString &op, const QString &name, const QList<int> &inputs) {
        QJsonObject n{{"op", op}, {"name", name}};
        QJsonArray in;
        for (int i : inputs)
            in.append(QJsonArray{i, 0, 0});
        n.insert("inputs", in);
        if (op != QLatin1String("null"))
            n.insert("attrs",
                     QJsonObject{{"func_name", name}, {"num_outputs", "1"}, {"num_inputs", QString::number(inputs.size())}});
        else
            argNodes.append(nodes.size());
        shapes.append(QJsonArray{1, 8 + next(32), 8 + next(32), 16});
        dtypes.append(QStringLiteral("int8"));
        sids.append(nodes.size());
        nodes.append(n);
        return int(nodes.size()) - 1;
    };
    auto addOp = [&](const QString &kind, QList<int> inputs) {
        for (int p = next(3); p > 0; --p)
            inputs.append(addNode(QStringLiteral("null"), QStringLiteral("p%1").arg(params++), {}));
        const int id =
            addNode(QStringLiteral("tvm_op"), QStringLiteral("tvmgen_default_fused_%1_%2").arg(kind).arg(nodes.size()), inputs);
        ops.append(id);
        return id;
    };
    ops.append(addNode(QStringLiteral("null"), QStringLiteral("input"), {}));
    while (nodes.size() < nodeCount) {
        const int last = ops.last();
        switch (next(6)) {
        case 0: // residual: add the output of an operator a few steps back
            addOp(QStringLiteral("add"), {last, ops.at(std::max(0, int(ops.size()) - 2 - next(skipReach)))});
            break;
        case 1: { // branches that meet in a concatenation
            QList<int> ends;
            for (int b = 2 + next(2); b > 0; --b)
                ends.append(addOp(QStringLiteral("nn_conv2d_add_clip"), {last}));
            addOp(QStringLiteral("concatenate"), ends);
            break;
        }
        default: addOp(QStringLiteral("nn_conv2d_add_clip_cast"), {last}); break;
        }
    }
    QJsonObject attrs{{"shape", QJsonArray{"list_shape", shapes}},
                      {"dltype", QJsonArray{"list_str", dtypes}},
                      {"storage_id", QJsonArray{"list_int", sids}}};
    QJsonObject doc{
        {"nodes", nodes}, {"arg_nodes", argNodes}, {"heads", QJsonArray{QJsonArray{ops.last(), 0, 0}}}, {"attrs", attrs}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace testsupport
