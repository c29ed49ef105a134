#include "operatorcalls.h"

#include "codefacts.h"
#include "core/tr.h"
#include "dtype.h"
#include "relaysignature.h"
#include "sourceindex.h"

#include <QHash>

#include <functional>

namespace mtvw::mlf {

namespace {

// A C element type as generated code writes it -> a TVM dtype; bare pointers are bytes.
QString dtypeOfParameter(const QByteArray &declaration)
{
    static const QList<QPair<QByteArray, QString>> types = {
        {"float", QStringLiteral("float32")},   {"double", QStringLiteral("float64")},  {"uint8_t", QStringLiteral("uint8")},
        {"int8_t", QStringLiteral("int8")},     {"uint16_t", QStringLiteral("uint16")}, {"int16_t", QStringLiteral("int16")},
        {"uint32_t", QStringLiteral("uint32")}, {"int32_t", QStringLiteral("int32")},   {"uint64_t", QStringLiteral("uint64")},
        {"int64_t", QStringLiteral("int64")},
    };
    const QByteArray d = declaration.simplified();
    for (const auto &[c, dtype] : types) {
        const qsizetype at = d.indexOf(c);
        // a whole word: "uint8_t" must not be found as "int8_t"
        if (at >= 0 && (at == 0 || !(QChar::fromLatin1(d[at - 1]).isLetterOrNumber() || d[at - 1] == '_')))
            return dtype;
    }
    return QStringLiteral("uint8");
}

// The parameters of a C definition, split at the top-level commas of its first parenthesis.
QList<QByteArray> parameterDeclarations(const QByteArray &definition)
{
    QList<QByteArray> out;
    const qsizetype open = definition.indexOf('(');
    if (open < 0)
        return out;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < definition.size(); ++i) {
        const char c = definition[i];
        if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            if (!definition.mid(start, i - start).trimmed().isEmpty())
                out << definition.mid(start, i - start);
            break;
        } else if (c == ',' && depth == 1) {
            out << definition.mid(start, i - start);
            start = i + 1;
        }
    }
    return out;
}

QString stripped(QString name, const QString &suffix)
{
    if (name.endsWith(suffix) && name.size() > suffix.size())
        name.chop(suffix.size());
    return name;
}

void fromGraph(const Graph &g, OperatorCalls &out, QHash<QString, int> &index)
{
    out.source = OperatorCalls::Source::Graph;
    for (const Graph::Node &node : g.nodes) {
        if (!node.isOperator() || node.funcName.isEmpty() || node.funcName == QLatin1String("__nop") ||
            node.funcName == QLatin1String("__copy"))
            continue;
        if (const auto it = index.constFind(node.funcName); it != index.constEnd()) {
            ++out.calls[*it].callsPerRun;
            continue;
        }
        OperatorCalls::Call call;
        call.function = node.funcName;
        call.callsPerRun = 1;
        auto add = [&](const Graph::Entry *e, const QString &name) {
            OperatorCalls::Argument a;
            a.name = name;
            if (!e) {
                call.problem = BackendText::tr("argument %1 names no entry of the graph").arg(name);
                call.arguments << a;
                return;
            }
            a.dtype = e->dtype;
            a.shape = e->shape;
            a.bytes = e->bytes;
            call.arguments << a;
        };
        for (const Graph::EntryRef &ref : node.inputs)
            add(g.entry(ref), ref.node >= 0 && ref.node < g.nodes.size() ? g.nodes[ref.node].name : QString());
        for (int k = 0; k < node.numOutputs; ++k)
            add(g.entry({node.id, k}), node.numOutputs > 1 ? QStringLiteral("%1:%2").arg(node.name).arg(k) : node.name);
        index.insert(call.function, int(out.calls.size()));
        out.calls << call;
    }
}

void fromAot(const MlfArchive &archive, const MlfArchive::Module &module, OperatorCalls &out, QHash<QString, int> &index)
{
    const auto facts = archive.codeFacts(module);
    const AotActivations &a = facts->activations;
    if (a.isEmpty())
        return;
    out.source = OperatorCalls::Source::AotCode;
    QHash<QString, qint64> poolBytes;
    if (module.header)
        for (const InterfaceHeader::Pool &p : module.header->pools)
            poolBytes.insert(p.name, p.sizeBytes);
    const QString prefix = QStringLiteral("tvmgen_%1_").arg(module.name);
    auto poolSize = [&](const QString &variable) -> qint64 {
        const QString pool = AotActivations::poolName(variable);
        if (poolBytes.contains(pool))
            return poolBytes.value(pool);
        for (const QString &symbol : {pool, prefix + pool, variable})
            if (const CodeArrays::Array *arr = facts->array(symbol); arr && arr->bytes >= 0)
                return arr->bytes;
        return -1;
    };
    // The model's inputs and outputs where the code and metadata give no size: the Relay text's
    // main function gives their shapes (inputs first, as the main function takes them).
    QStringList inputs, outputs;
    for (const AotActivations::Tensor &t : a.tensors)
        if (t.role == AotActivations::Role::Input)
            inputs << t.name;
        else if (t.role == AotActivations::Role::Output)
            outputs << t.name;
    std::function<qint64(const AotActivations::Tensor &)> ioBytes = [&](const AotActivations::Tensor &t) -> qint64 {
        const RelaySignature &sig = module.relaySignature;
        const qsizetype i = (t.role == AotActivations::Role::Input ? inputs : outputs).indexOf(t.name);
        const QList<RelaySignature::Tensor> &list = t.role == AotActivations::Role::Input ? sig.params : sig.results;
        DType d;
        // One output the text gives no type for: the metadata's I/O bytes less the inputs'.
        if (t.role == AotActivations::Role::Output && sig.results.isEmpty() && outputs.size() == 1 && module.meta.ioBytes() > 0 &&
            !inputs.isEmpty()) {
            qint64 rest = module.meta.ioBytes();
            for (const AotActivations::Tensor &u : a.tensors)
                if (u.role == AotActivations::Role::Input)
                    rest -= u.bytes >= 0 ? u.bytes : ioBytes(u);
            return rest > 0 ? rest : -1;
        }
        const bool io = t.role == AotActivations::Role::Input || t.role == AotActivations::Role::Output;
        if (!io || i < 0 || i >= list.size() || !DType::parse(list[i].dtype, &d))
            return -1;
        qint64 elements = 1;
        for (qint64 dim : list[i].shape)
            if (dim < 0 || (dim > 0 && elements > (qint64(1) << 40) / dim))
                return -1;
            else
                elements *= dim;
        return d.bytesFor(elements);
    };
    QHash<QString, QByteArray> files;
    auto definition = [&](const QString &function) -> QByteArray {
        const SourceIndex::Function *f = archive.sourceIndex().find(function);
        if (!f)
            return {};
        if (!files.contains(f->file)) {
            auto text = archive.read(f->file, 256LL << 20);
            files.insert(f->file, text ? text.value() : QByteArray());
        }
        return files.value(f->file).mid(f->startOffset, std::min<qint64>(f->bytes(), 64 * 1024));
    };

    for (int c = 0; c < a.calls.size() && c < a.callArguments.size(); ++c) {
        const QString &function = a.calls[c];
        const QByteArray def = definition(function);
        if (def.isEmpty())
            continue; // not a function of the archive (a runtime call)
        const QList<QByteArray> declarations = parameterDeclarations(def);
        OperatorCalls::Call call;
        call.function = function;
        call.callsPerRun = 1;
        const QStringList &vars = a.callArguments[c];
        for (int k = 0; k < vars.size(); ++k) {
            const QString &v = vars[k];
            const QByteArray decl = declarations.value(k);
            OperatorCalls::Argument arg;
            arg.name = v;
            arg.dtype = dtypeOfParameter(decl);
            const AotActivations::Tensor *tensor = nullptr;
            for (int t : a.callTensors.value(c)) {
                const AotActivations::Tensor &u = a.tensors[t];
                if (u.role != AotActivations::Role::Scratch && (u.name == v || u.name == stripped(v, QStringLiteral("_let")) ||
                                                                u.name == stripped(v, QStringLiteral("_buffer_var"))))
                    tensor = &u;
            }
            const CodeArrays::Array *array = facts->array(v);
            const bool poolLike = v.endsWith(QLatin1String("_var")) &&
                                  (v.contains(QLatin1String("workspace")) || v.contains(QLatin1String("pool")));
            if (tensor) {
                arg.bytes = tensor->bytes >= 0 ? tensor->bytes : ioBytes(*tensor);
            } else if (array) {
                arg.kind =
                    array->initialised() ? OperatorCalls::Argument::Kind::Constant : OperatorCalls::Argument::Kind::Workspace;
                arg.bytes = array->bytes;
            } else if (poolLike) {
                const bool constants = v.contains(QLatin1String("const"));
                arg.kind = constants ? OperatorCalls::Argument::Kind::Constant : OperatorCalls::Argument::Kind::Workspace;
                arg.bytes = poolSize(v);
            }
            if (arg.kind == OperatorCalls::Argument::Kind::Tensor) {
                const int element = [&] {
                    DType d;
                    return DType::parse(arg.dtype, &d) ? d.storageBytes() : 1;
                }();
                if (arg.bytes >= 0 && arg.bytes % element == 0)
                    arg.shape = {arg.bytes / element};
                else if (arg.bytes >= 0) {
                    arg.dtype = QStringLiteral("uint8");
                    arg.shape = {arg.bytes};
                }
                if (arg.bytes < 0 && call.problem.isEmpty())
                    call.problem = BackendText::tr("the size of argument %1 (%2) is not known from the code").arg(k).arg(v);
            }
            call.arguments << arg;
        }
        if (const auto it = index.constFind(function); it != index.constEnd()) {
            OperatorCalls::Call &seen = out.calls[*it];
            ++seen.callsPerRun;
            // Called again with other buffers: each argument as large as its largest use.
            if (seen.arguments.size() == call.arguments.size())
                for (int k = 0; k < call.arguments.size(); ++k)
                    if (call.arguments[k].bytes > seen.arguments[k].bytes && call.arguments[k].kind == seen.arguments[k].kind) {
                        seen.arguments[k].bytes = call.arguments[k].bytes;
                        seen.arguments[k].shape = call.arguments[k].shape;
                        seen.arguments[k].dtype = call.arguments[k].dtype;
                    }
            continue;
        }
        index.insert(function, int(out.calls.size()));
        out.calls << call;
    }
}

} // namespace

const OperatorCalls::Call *OperatorCalls::find(const QString &function) const
{
    for (const Call &c : calls)
        if (c.function == function)
            return &c;
    return nullptr;
}

OperatorCalls OperatorCalls::of(const MlfArchive &archive, const MlfArchive::Module &module)
{
    OperatorCalls out;
    QHash<QString, int> index;
    if (module.graph)
        fromGraph(*module.graph, out, index);
    else
        fromAot(archive, module, out, index);
    return out;
}

} // namespace mtvw::mlf
