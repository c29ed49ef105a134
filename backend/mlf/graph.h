#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace mtvw::mlf {

// The graph executor's JSON (graph.json / <module>.graph): nodes in topological order, their
// output entries with shapes, dtypes and storage ids, and byte sizes derived from them.
class Graph
{
public:
    struct EntryRef
    {
        int node = 0;
        int index = 0;
    };
    struct Entry // one output of one node
    {
        QList<qint64> shape;
        QString dtype;
        qint64 storageId = -1;
        int device = -1;
        qint64 bytes = 0;
    };
    struct Node
    {
        int id = 0;
        QString op; // "null" for inputs and parameters, "tvm_op" for operator calls
        QString name;
        QString funcName; // attrs.func_name of operator nodes
        QList<EntryRef> inputs;
        int numOutputs = 1;
        QMap<QString, QString> attrs;
        bool isOperator() const { return op != QLatin1String("null"); }
    };

    QList<Node> nodes;
    QList<int> argNodes;
    QList<EntryRef> heads;
    QList<qint64> nodeRowPtr;
    QList<Entry> entries;
    QMap<qint64, qint64> storageBytes; // storage id -> bytes (largest entry using it)

    int entryId(int node, int index) const { return int(nodeRowPtr.value(node) + index); }
    const Entry *entry(EntryRef ref) const;
    qint64 outputBytes(int node) const;
    QList<int> nodesForFunction(const QString &funcName) const;
    int operatorCount() const;
    qint64 totalStorageBytes() const;

    static Result<Graph> parse(const QByteArray &json, const QString &entry);
};

} // namespace mtvw::mlf
