#include "graph.h"

#include "core/tr.h"
#include "dtype.h"
#include "jsonaccess.h"

#include <QJsonDocument>

namespace mtvw::mlf {

namespace {

// A real graph has some hundreds of nodes and entries; a crafted million costs gigabytes.
constexpr qint64 kMaxNodes = 100'000;
constexpr qint64 kMaxEntries = 1 << 18; // node outputs

Error graphError(const QString &entry, const QString &what)
{
    return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: %2").arg(entry, what));
}

Result<Graph::EntryRef> parseRef(const JsonAccess &json, const QJsonValue &v, const JsonPath &path)
{
    const QJsonArray ref = v.toArray();
    if (!v.isArray() || ref.size() < 2 || ref.size() > 3)
        return json.typeError(path, "an entry [node, index, version]", v);
    MTVW_TRY(node, json.integerValue(ref.at(0), path.index(0)));
    MTVW_TRY(index, json.integerValue(ref.at(1), path.index(1)));
    if (node < 0 || node > kMaxNodes || index < 0 || index > 65535)
        return json.typeError(path, "a valid entry reference", v);
    return Graph::EntryRef{int(node), int(index)};
}

// attrs.<key> = ["<tag>", [values...]]
Result<std::optional<QJsonArray>> attrList(const JsonAccess &json, const QJsonObject &attrs, const char *key, bool required)
{
    const JsonPath attrsPath(QStringLiteral("attrs"));
    const QJsonValue v = attrs.value(QLatin1StringView(key));
    if (v.isUndefined()) {
        if (required)
            return json.missing(attrsPath.key(key));
        return std::optional<QJsonArray>();
    }
    const QJsonArray pair = v.toArray();
    if (!v.isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isArray())
        return json.typeError(attrsPath.key(key), "a [type tag, list] pair", v);
    return std::optional<QJsonArray>(pair.at(1).toArray());
}

QString attrText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        return i != std::numeric_limits<qint64>::min() ? QString::number(i) : QString::number(v.toDouble(), 'g', 17);
    }
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return QStringLiteral("null");
    }
}

} // namespace

const Graph::Entry *Graph::entry(EntryRef ref) const
{
    const int id = entryId(ref.node, ref.index);
    return (id >= 0 && id < entries.size()) ? &entries[id] : nullptr;
}

qint64 Graph::outputBytes(int node) const
{
    qint64 sum = 0;
    if (node < 0 || node >= nodes.size())
        return 0;
    for (int k = 0; k < nodes[node].numOutputs; ++k)
        if (const Entry *e = entry({node, k}))
            sum += e->bytes;
    return sum;
}

QList<int> Graph::nodesForFunction(const QString &funcName) const
{
    QList<int> out;
    for (const Node &n : nodes)
        if (n.isOperator() && n.funcName == funcName)
            out << n.id;
    return out;
}

int Graph::operatorCount() const
{
    int n = 0;
    for (const Node &node : nodes)
        n += node.isOperator() ? 1 : 0;
    return n;
}

qint64 Graph::totalStorageBytes() const
{
    qint64 sum = 0;
    for (qint64 b : storageBytes)
        sum += b;
    return sum;
}

Result<Graph> Graph::parse(const QByteArray &text, const QString &entryName)
{
    MTVW_TRY(docValue, JsonAccess::parse(text, entryName));
    const JsonAccess json(entryName);
    const JsonPath root;
    if (!docValue.isObject())
        return json.typeError(root, "an object", docValue);
    const QJsonObject doc = docValue.toObject();
    Graph g;
    MTVW_TRY(nodes, json.array(doc, "nodes", root, true));
    if (qint64(nodes->size()) > kMaxNodes)
        return graphError(entryName,
                          mtvw::BackendText::tr("%1 nodes is more than the %2 allowed").arg(nodes->size()).arg(kMaxNodes));
    const JsonPath nodesPath = root.key("nodes");
    g.nodes.reserve(nodes->size());
    for (qsizetype i = 0; i < nodes->size(); ++i) {
        const QJsonValue nv = nodes->at(i);
        const JsonPath path = nodesPath.index(i);
        if (!nv.isObject())
            return json.typeError(path, "an object", nv);
        const QJsonObject n = nv.toObject();
        Node node;
        node.id = int(i);
        MTVW_TRY(op, json.string(n, "op", path, true));
        MTVW_TRY(name, json.string(n, "name", path, false));
        node.op = op;
        node.name = name;
        MTVW_TRY(inputs, json.array(n, "inputs", path, false));
        if (inputs) {
            const JsonPath inputsPath = path.key("inputs");
            for (qsizetype k = 0; k < inputs->size(); ++k) {
                MTVW_TRY(ref, parseRef(json, inputs->at(k), inputsPath.index(k)));
                if (ref.node >= int(i))
                    return graphError(
                        entryName,
                        mtvw::BackendText::tr("node %1 (\"%2\") takes its input %3 from node %4, which does not come before it")
                            .arg(i)
                            .arg(name)
                            .arg(k)
                            .arg(ref.node));
                node.inputs << ref;
            }
        }
        QJsonValue attrsValue = n.value(QLatin1StringView("attrs"));
        if (attrsValue.isUndefined())
            attrsValue = n.value(QLatin1StringView("attr"));
        if (!attrsValue.isUndefined()) {
            if (!attrsValue.isObject())
                return json.typeError(path.key("attrs"), "an object", attrsValue);
            const QJsonObject attrs = attrsValue.toObject();
            for (auto a = attrs.begin(); a != attrs.end(); ++a)
                node.attrs.insert(a.key(), attrText(a.value()));
            node.funcName = node.attrs.value(QStringLiteral("func_name"));
            bool ok = false;
            const int outputs = node.attrs.value(QStringLiteral("num_outputs"), QStringLiteral("1")).toInt(&ok);
            if (!ok || outputs < 0 || outputs > 65535)
                return graphError(entryName, mtvw::BackendText::tr("node %1 (\"%2\") has an invalid num_outputs \"%3\"")
                                                 .arg(i)
                                                 .arg(name, node.attrs.value(QStringLiteral("num_outputs"))));
            node.numOutputs = outputs;
        }
        if (node.isOperator() && node.funcName.isEmpty())
            return graphError(entryName,
                              mtvw::BackendText::tr("operator node %1 (\"%2\") has no attrs.func_name").arg(i).arg(name));
        g.nodes << node;
    }
    MTVW_TRY(argNodes, json.array(doc, "arg_nodes", root, false));
    if (argNodes) {
        const JsonPath argPath = root.key("arg_nodes");
        for (qsizetype k = 0; k < argNodes->size(); ++k) {
            MTVW_TRY(id, json.integerValue(argNodes->at(k), argPath.index(k)));
            if (id < 0 || id >= g.nodes.size())
                return graphError(entryName,
                                  mtvw::BackendText::tr("arg_nodes[%1] refers to node %2, which does not exist").arg(k).arg(id));
            g.argNodes << int(id);
        }
    }
    // Row pointers: given, or derived from each node's output count.
    MTVW_TRY(rowPtr, json.array(doc, "node_row_ptr", root, false));
    if (rowPtr) {
        if (rowPtr->size() != g.nodes.size() + 1)
            return graphError(entryName, mtvw::BackendText::tr("node_row_ptr has %1 values but %2 nodes need %3")
                                             .arg(rowPtr->size())
                                             .arg(g.nodes.size())
                                             .arg(g.nodes.size() + 1));
        const JsonPath rowPath = root.key("node_row_ptr");
        for (qsizetype k = 0; k < rowPtr->size(); ++k) {
            MTVW_TRY(v, json.integerValue(rowPtr->at(k), rowPath.index(k)));
            if (v < 0 || (k > 0 && v < g.nodeRowPtr.last()) || v > kMaxNodes * 16)
                return graphError(entryName, mtvw::BackendText::tr("node_row_ptr[%1] = %2 is out of order").arg(k).arg(v));
            g.nodeRowPtr << v;
        }
        // Each node owns as many entries as it has outputs: row pointers that say otherwise would
        // make entries nothing describes (and, summed, gigabytes of them).
        for (qsizetype k = 0; k < g.nodes.size(); ++k)
            if (g.nodeRowPtr[k + 1] - g.nodeRowPtr[k] != g.nodes[k].numOutputs)
                return graphError(entryName, mtvw::BackendText::tr("node_row_ptr gives node %1 (\"%2\") %3 outputs, but it "
                                                                   "has %4 (num_outputs)")
                                                 .arg(k)
                                                 .arg(g.nodes[k].name)
                                                 .arg(g.nodeRowPtr[k + 1] - g.nodeRowPtr[k])
                                                 .arg(g.nodes[k].numOutputs));
    } else {
        g.nodeRowPtr << 0;
        for (const Node &n : g.nodes)
            g.nodeRowPtr << g.nodeRowPtr.last() + n.numOutputs;
    }
    const qint64 entryCount = g.nodeRowPtr.last();
    if (entryCount > kMaxEntries) // checked before anything is allocated per entry
        return graphError(entryName, mtvw::BackendText::tr("the graph has %1 entries (node outputs), over the limit of %2")
                                         .arg(entryCount)
                                         .arg(kMaxEntries));
    for (const Node &n : g.nodes) {
        for (int k = 0; k < n.inputs.size(); ++k) {
            const EntryRef ref = n.inputs[k];
            if (g.nodeRowPtr[ref.node] + ref.index >= g.nodeRowPtr[ref.node + 1])
                return graphError(entryName,
                                  mtvw::BackendText::tr("node %1 (\"%2\") reads output %3 of node %4, which has only %5")
                                      .arg(n.id)
                                      .arg(n.name)
                                      .arg(ref.index)
                                      .arg(ref.node)
                                      .arg(g.nodeRowPtr[ref.node + 1] - g.nodeRowPtr[ref.node]));
        }
    }
    MTVW_TRY(heads, json.array(doc, "heads", root, false));
    if (heads) {
        const JsonPath headsPath = root.key("heads");
        for (qsizetype k = 0; k < heads->size(); ++k) {
            MTVW_TRY(ref, parseRef(json, heads->at(k), headsPath.index(k)));
            if (ref.node >= g.nodes.size() || g.nodeRowPtr[ref.node] + ref.index >= g.nodeRowPtr[ref.node + 1])
                return graphError(entryName, mtvw::BackendText::tr("heads[%1] refers to node %2 output %3, which does not exist")
                                                 .arg(k)
                                                 .arg(ref.node)
                                                 .arg(ref.index));
            g.heads << ref;
        }
    }

    // Per-entry attributes.
    g.entries.resize(entryCount);
    MTVW_TRY(attrs, json.object(doc, "attrs", root, false));
    if (attrs) {
        auto checkLength = [&](const std::optional<QJsonArray> &list, const char *key) -> Result<void> {
            if (list && qint64(list->size()) != entryCount)
                return graphError(entryName, mtvw::BackendText::tr("attrs.%1 lists %2 values but the graph has %3 entries")
                                                 .arg(QString::fromUtf8(key))
                                                 .arg(list->size())
                                                 .arg(entryCount));
            return {};
        };
        MTVW_TRY(shapes, attrList(json, *attrs, "shape", false));
        MTVW_TRY(dtypes, attrList(json, *attrs, "dltype", false));
        MTVW_TRY(sids, attrList(json, *attrs, "storage_id", false));
        MTVW_TRY(devices, attrList(json, *attrs, "device_index", false));
        for (const auto &[list, key] :
             {std::pair{&shapes, "shape"}, {&dtypes, "dltype"}, {&sids, "storage_id"}, {&devices, "device_index"}})
            if (auto r = checkLength(*list, key); !r)
                return r.error();
        const JsonPath shapePath(QStringLiteral("attrs.shape[1]"));
        const JsonPath dtypePath(QStringLiteral("attrs.dltype[1]"));
        const JsonPath sidPath(QStringLiteral("attrs.storage_id[1]"));
        const JsonPath devicePath(QStringLiteral("attrs.device_index[1]"));
        for (qint64 e = 0; e < entryCount; ++e) {
            Entry &entry = g.entries[e];
            const qsizetype i = qsizetype(e);
            if (shapes) {
                const JsonPath p = shapePath.index(i);
                const QJsonValue sv = shapes->at(i);
                if (!sv.isArray())
                    return json.typeError(p, "an array of dimensions", sv);
                const QJsonArray s = sv.toArray();
                for (qsizetype d = 0; d < s.size(); ++d) {
                    MTVW_TRY(dim, json.integerValue(s.at(d), p.index(d)));
                    if (dim < 0)
                        return graphError(entryName, mtvw::BackendText::tr("%1 has a negative dimension").arg(p.toString()));
                    entry.shape << dim;
                }
            }
            if (dtypes) {
                MTVW_TRY(dt, json.stringValue(dtypes->at(i), dtypePath.index(i)));
                entry.dtype = dt;
            }
            if (sids) {
                MTVW_TRY(sid, json.integerValue(sids->at(i), sidPath.index(i)));
                entry.storageId = sid;
            }
            if (devices) {
                MTVW_TRY(dev, json.integerValue(devices->at(i), devicePath.index(i)));
                entry.device = int(dev);
            }
            qint64 elements = 1;
            bool overflow = false;
            for (qint64 d : entry.shape)
                overflow = overflow || __builtin_mul_overflow(elements, d, &elements);
            DType dt;
            if (!overflow && elements < (qint64(1) << 48) && DType::parse(entry.dtype, &dt))
                entry.bytes = dt.bytesFor(elements);
            if (entry.storageId >= 0)
                g.storageBytes[entry.storageId] = std::max(g.storageBytes.value(entry.storageId), entry.bytes);
        }
    }
    return g;
}

} // namespace mtvw::mlf
