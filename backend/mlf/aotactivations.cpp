#include "aotactivations.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace mtvw::mlf {

namespace {

struct Parameter
{
    QString name;
    bool pool = false;      // a workspace pool (global_workspace_1_var)
    bool constants = false; // the constant pool (global_const_workspace_0_var)
    bool device = false;
};

qsizetype matchingParen(const QByteArray &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text[i] == '(')
            ++depth;
        else if (text[i] == ')' && --depth == 0)
            return i;
    }
    return -1;
}

// The arguments of a call or the parameters of a definition, split at the top-level commas.
QList<QByteArray> splitArguments(const QByteArray &inside)
{
    QList<QByteArray> out;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < inside.size(); ++i) {
        const char c = inside[i];
        if (c == '(' || c == '[')
            ++depth;
        else if (c == ')' || c == ']')
            --depth;
        else if (c == ',' && depth == 0) {
            out << inside.mid(start, i - start);
            start = i + 1;
        }
    }
    if (!inside.trimmed().isEmpty())
        out << inside.mid(start);
    return out;
}

// The identifier an argument names: `(void*)sid_1_let` -> sid_1_let, `&global_workspace` -> global_workspace.
QString lastIdentifier(const QByteArray &text)
{
    static const QRegularExpression ident(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)\\s*$"));
    const auto m = ident.match(QString::fromLatin1(text).remove(QLatin1Char(')')).trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QList<Parameter> parameters(const QByteArray &definition, const AotActivations::Input &in)
{
    QList<Parameter> out;
    const qsizetype open = definition.indexOf('(');
    const qsizetype close = open < 0 ? -1 : matchingParen(definition, open);
    if (close < 0)
        return out;
    for (const QByteArray &p : splitArguments(definition.mid(open + 1, close - open - 1))) {
        Parameter param;
        param.name = lastIdentifier(p);
        const QString pool = AotActivations::poolName(param.name);
        const bool pointerToConst = p.simplified().startsWith("const ");
        param.constants = param.name.contains(QLatin1String("const_workspace")) ||
                          param.name.contains(QLatin1String("constant_pool")) || in.constantPools.contains(pool) ||
                          (pointerToConst && param.name.endsWith(QLatin1String("_var")));
        param.pool = !param.constants && param.name.endsWith(QLatin1String("_var")) &&
                     (param.name.contains(QLatin1String("workspace")) || param.name.contains(QLatin1String("pool")) ||
                      in.poolBytes.contains(pool));
        param.device = param.name.startsWith(QLatin1String("device_context"));
        out << param;
    }
    return out;
}

QByteArray bodyOf(const QByteArray &definition)
{
    const qsizetype open = definition.indexOf('{');
    return open < 0 ? QByteArray() : definition.mid(open + 1);
}

const QRegularExpression &letPattern()
{
    static const QRegularExpression re(
        QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(?:\\(\\s*[A-Za-z_][A-Za-z0-9_ ]*\\*\\s*\\))?\\s*\\(*\\s*&\\s*\\(*\\s*"
                       "([A-Za-z_][A-Za-z0-9_]*)\\s*\\[\\s*(\\d+)\\s*\\]"));
    return re;
}

const QRegularExpression &allocPattern()
{
    static const QRegularExpression re(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*TVMBackendAllocWorkspace\\s*\\(\\s*\\d+"
                                                      "\\s*,\\s*\\d+\\s*,\\s*(?:\\(\\s*uint64_t\\s*\\))?\\s*(\\d+)"));
    return re;
}

QString stripSuffix(QString name, const QString &suffix)
{
    if (name.endsWith(suffix) && name.size() > suffix.size())
        name.chop(suffix.size());
    return name;
}

} // namespace

QString AotActivations::poolName(const QString &variable)
{
    static const QRegularExpression numbered(QStringLiteral("_\\d+_var$"));
    QString name = variable;
    name.remove(numbered);
    return stripSuffix(name, QStringLiteral("_var"));
}

AotActivations AotActivations::read(const QString &mainFunction, const Input &in)
{
    AotActivations a;
    a.mainFunction = mainFunction;
    const QList<Parameter> params = parameters(in.mainText, in);
    QHash<QString, int> tensorOf;    // variable -> index in a.tensors
    QHash<QString, QString> aliases; // `void* input = arg0;`
    QSet<QString> freed;             // allocations the main function frees (TVMBackendFreeWorkspace)
    QHash<QString, int> paramIndex;
    for (int i = 0; i < params.size(); ++i)
        paramIndex.insert(params[i].name, i);

    // The main function's inputs and outputs: the parameters that are neither pools nor devices,
    // inputs first (TVM's order).
    QList<int> io;
    for (int i = 0; i < params.size(); ++i)
        if (!params[i].pool && !params[i].constants && !params[i].device)
            io << i;
    const int outputs = !in.outputBytes.isEmpty()  ? int(in.outputBytes.size())
                        : !in.inputBytes.isEmpty() ? std::max(0, int(io.size() - in.inputBytes.size()))
                                                   : std::min(1, int(io.size()));
    const int inputs = std::max(0, int(io.size()) - outputs);
    for (int k = 0; k < io.size(); ++k) {
        Tensor t;
        const bool input = k < inputs;
        t.role = input ? Role::Input : Role::Output;
        t.name = stripSuffix(params[io[k]].name, QStringLiteral("_buffer_var"));
        t.pool = QLatin1String(kIoPool);
        const QList<qint64> &sizes = input ? in.inputBytes : in.outputBytes;
        const int n = input ? k : k - inputs;
        t.bytes = n < sizes.size() ? sizes[n] : -1;
        t.exact = t.bytes >= 0;
        tensorOf.insert(params[io[k]].name, int(a.tensors.size()));
        a.tensors << t;
    }

    static const QRegularExpression callName(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\("));
    static const QRegularExpression freePattern(
        QStringLiteral("TVMBackendFreeWorkspace\\s*\\([^,]*,[^,]*,\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)"));
    static const QRegularExpression aliasPattern(
        QStringLiteral("^\\s*void\\s*\\*\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*$"));
    static const QSet<QString> keywords = {QStringLiteral("if"),     QStringLiteral("while"),  QStringLiteral("for"),
                                           QStringLiteral("return"), QStringLiteral("sizeof"), QStringLiteral("switch")};

    const QByteArray body = bodyOf(in.mainText);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        if (i < body.size() && body[i] != ';' && body[i] != '{' && body[i] != '}')
            continue;
        const QByteArray statement = body.mid(start, i - start);
        start = i + 1;
        if (a.calls.size() >= kMaxCalls || a.tensors.size() >= kMaxTensors) {
            a.truncated = true;
            break;
        }
        if (statement.trimmed().isEmpty())
            continue;
        const QString text = QString::fromLatin1(statement);
        if (const auto m = aliasPattern.match(text); m.hasMatch()) {
            aliases.insert(m.captured(1), m.captured(2));
            continue;
        }
        if (const auto m = letPattern().match(text); m.hasMatch()) {
            if (!paramIndex.contains(m.captured(2)) || !params[paramIndex.value(m.captured(2))].pool)
                continue;
            Tensor t;
            t.name = stripSuffix(m.captured(1), QStringLiteral("_let"));
            t.pool = poolName(m.captured(2));
            t.offset = m.captured(3).toLongLong();
            tensorOf.insert(m.captured(1), int(a.tensors.size()));
            a.tensors << t;
            continue;
        }
        if (const auto m = allocPattern().match(text); m.hasMatch()) {
            Tensor t;
            t.name = m.captured(1);
            t.pool = QLatin1String(kAllocatorPool);
            t.bytes = m.captured(2).toLongLong();
            t.exact = true;
            t.liveFrom = int(a.calls.size());
            tensorOf.insert(m.captured(1), int(a.tensors.size()));
            a.tensors << t;
            continue;
        }
        if (const auto m = freePattern.match(text); m.hasMatch()) {
            if (const auto it = tensorOf.constFind(m.captured(1)); it != tensorOf.constEnd()) {
                a.tensors[*it].liveTo = int(a.calls.size()) - 1;
                freed.insert(a.tensors[*it].name);
            }
            continue;
        }
        auto it = callName.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString name = m.captured(1);
            if (keywords.contains(name) || name.startsWith(QLatin1String("TVM")))
                continue;
            const qsizetype open = m.capturedEnd(0) - 1;
            const qsizetype close = matchingParen(statement, open);
            if (close < 0)
                break;
            const int call = int(a.calls.size());
            a.calls << name;
            const QList<QByteArray> args = splitArguments(statement.mid(open + 1, close - open - 1));
            QList<QString> argNames;
            QList<int> used;
            for (const QByteArray &arg : args) {
                QString var = lastIdentifier(arg);
                var = aliases.value(var, var);
                argNames << var;
                if (const auto t = tensorOf.constFind(var); t != tensorOf.constEnd()) {
                    Tensor &tensor = a.tensors[*t];
                    if (tensor.firstCall < 0)
                        tensor.firstCall = call;
                    tensor.lastCall = call;
                    used << int(*t);
                }
            }
            a.callTensors << used;
            a.callArguments << argNames;
            // The operator's own buffers: lets into the pools it is given, and its allocations.
            const auto def = in.functions.constFind(name);
            if (def == in.functions.constEnd())
                continue;
            const QList<Parameter> calleeParams = parameters(*def, in);
            QHash<QString, QString> calleePool;
            for (int k = 0; k < calleeParams.size(); ++k) {
                if (!calleeParams[k].pool)
                    continue;
                const QString passed = k < argNames.size() ? argNames[k] : QString();
                const bool mainPool = paramIndex.contains(passed) && params[paramIndex.value(passed)].pool;
                calleePool.insert(calleeParams[k].name, poolName(mainPool ? passed : calleeParams[k].name));
            }
            const QString calleeBody = QString::fromLatin1(bodyOf(*def));
            auto scratch = [&](const QString &buffer, const QString &pool, qint64 offset, qint64 bytes) {
                if (a.tensors.size() >= kMaxTensors) {
                    a.truncated = true;
                    return;
                }
                Tensor t;
                t.name = name + QLatin1Char(':') + buffer;
                t.function = name;
                t.role = Role::Scratch;
                t.pool = pool;
                t.offset = offset;
                t.bytes = bytes;
                t.exact = bytes >= 0;
                t.firstCall = t.lastCall = t.liveFrom = t.liveTo = call;
                a.tensors << t;
            };
            auto lets = letPattern().globalMatch(calleeBody);
            while (lets.hasNext()) {
                const auto l = lets.next();
                if (calleePool.contains(l.captured(2)))
                    scratch(stripSuffix(l.captured(1), QStringLiteral("_let")), calleePool.value(l.captured(2)),
                            l.captured(3).toLongLong(), -1);
            }
            // An NPU call hands the NPU whole regions: `base_addrs[1] = (uintptr_t)(pool); base_addrs_size[1] = N;`.
            static const QRegularExpression region(QStringLiteral(
                "base_addrs\\[(\\d+)\\]\\s*=\\s*\\(uintptr_t\\)\\s*\\(?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)?\\s*;\\s*"
                "base_addrs_size\\[\\1\\]\\s*=\\s*(\\d+)"));
            auto regions = region.globalMatch(calleeBody);
            while (regions.hasNext()) {
                const auto r = regions.next();
                if (calleePool.contains(r.captured(2)))
                    scratch(QStringLiteral("npu region %1").arg(r.captured(1)), calleePool.value(r.captured(2)), 0,
                            r.captured(3).toLongLong());
            }
            auto allocs = allocPattern().globalMatch(calleeBody);
            while (allocs.hasNext()) {
                const auto l = allocs.next();
                scratch(l.captured(1), QLatin1String(kAllocatorPool), -1, l.captured(2).toLongLong());
            }
        }
    }
    if (a.calls.isEmpty())
        return a;
    const int last = int(a.calls.size()) - 1;

    // Lifetimes: pool tensors from their first to their last use (as USMP plans them); the
    // allocator's from allocation to free; the application's inputs and outputs throughout.
    QList<Tensor> used;
    QList<int> newIndex(a.tensors.size(), -1); // the calls' tensor indexes follow the ones kept
    for (qsizetype i = 0; i < a.tensors.size(); ++i) {
        Tensor t = a.tensors[i];
        if (t.role == Role::Input || t.role == Role::Output) {
            if (t.firstCall < 0)
                continue;
            t.liveFrom = 0;
            t.liveTo = last;
        } else if (t.pool == QLatin1String(kAllocatorPool)) {
            if (t.liveFrom < 0)
                t.liveFrom = 0;
            if (t.role != Role::Scratch && !freed.contains(t.name))
                t.liveTo = last; // never freed: held to the end
            if (t.liveTo < t.liveFrom)
                continue; // allocated and freed with no call between: never held while the model runs
        } else if (t.role != Role::Scratch) {
            if (t.firstCall < 0)
                continue; // declared but never passed to a call
            t.liveFrom = t.firstCall;
            t.liveTo = t.lastCall;
        }
        newIndex[i] = int(used.size());
        used << t;
    }
    a.tensors = used;
    for (QList<int> &args : a.callTensors) {
        QList<int> kept;
        for (int t : std::as_const(args))
            if (t >= 0 && t < newIndex.size() && newIndex[t] >= 0)
                kept << newIndex[t];
        args = kept;
    }

    // Sizes of pool tensors: the gap to the next buffer of the same pool that is held at the same
    // time, or to the pool's end: an upper bound (USMP packs them, so it is usually the size).
    for (Tensor &t : a.tensors) {
        if (t.offset < 0 || t.bytes >= 0)
            continue;
        qint64 bound =
            in.poolBytes.value(t.pool, -1) >= 0 ? in.poolBytes.value(t.pool) - t.offset : std::numeric_limits<qint64>::max();
        for (const Tensor &u : std::as_const(a.tensors))
            if (&u != &t && u.pool == t.pool && u.offset > t.offset && u.liveFrom <= t.liveTo && t.liveFrom <= u.liveTo)
                bound = std::min(bound, u.offset - t.offset);
        t.bytes = bound == std::numeric_limits<qint64>::max() || bound < 0 ? -1 : bound;
        t.exact = false;
    }

    // Bytes held per call: each pool as the union of its live ranges, the allocator and the
    // application's buffers as sums.
    a.heldBytes = QList<qint64>(a.calls.size(), 0);
    for (int call = 0; call <= last; ++call) {
        QMap<QString, QList<QPair<qint64, qint64>>> ranges;
        qint64 held = 0;
        for (const Tensor &t : std::as_const(a.tensors)) {
            if (t.bytes < 0 || !t.heldAt(call))
                continue;
            if (t.offset >= 0)
                ranges[t.pool] << qMakePair(t.offset, t.offset + t.bytes);
            else
                held += t.bytes;
        }
        for (QList<QPair<qint64, qint64>> &list : ranges) {
            std::sort(list.begin(), list.end());
            qint64 coveredTo = -1;
            for (const auto &[from, to] : std::as_const(list)) {
                const qint64 begin = std::max(from, coveredTo);
                if (to > begin)
                    held += to - begin;
                coveredTo = std::max(coveredTo, to);
            }
        }
        a.heldBytes[call] = held;
        if (a.peakCall < 0 || held > a.peakBytes) {
            a.peakBytes = held;
            a.peakCall = call;
        }
    }
    return a;
}

} // namespace mtvw::mlf
