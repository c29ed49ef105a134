#include "codefacts.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>

namespace mtvw::mlf {

namespace {

constexpr qint64 kMaxSourceBytes = 256LL << 20;

bool isMainFunction(const QString &name)
{
    return name.endsWith(QLatin1String("__tvm_main__")) || name.endsWith(QLatin1String("run_model"));
}

// `case 38: ((uint64_t*)out_ret_value)[0] = (uint64_t) (uintptr_t) __tvm_param__p35;` in
// _lookup_linked_param: the graph executor takes storage id 38 from that array.
void readLinkedStorage(const QByteArray &function, QHash<qint64, QString> &out)
{
    static const QRegularExpression re(QStringLiteral("case\\s+(\\d+)\\s*:[^;]*?\\b(__tvm_param__[A-Za-z0-9_]+)\\s*;"));
    auto it = re.globalMatch(QString::fromLatin1(function));
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1).toLongLong(), m.captured(2));
    }
}

// The headers `#include <…>` and `#include "…"` lines name, in the first 64 KiB (where they are).
QStringList includedHeaders(const QByteArray &src)
{
    QStringList out;
    const qsizetype limit = std::min<qsizetype>(src.size(), 64 * 1024);
    for (qsizetype at = src.indexOf("include", 0); at >= 0 && at < limit; at = src.indexOf("include", at + 7)) {
        // `#`, then blanks, before the word, at the start of a line.
        qsizetype hash = at - 1;
        while (hash >= 0 && (src[hash] == ' ' || src[hash] == '\t'))
            --hash;
        if (hash < 0 || src[hash] != '#')
            continue;
        qsizetype open = at + 7;
        while (open < src.size() && (src[open] == ' ' || src[open] == '\t'))
            ++open;
        if (open >= src.size() || (src[open] != '<' && src[open] != '"'))
            continue;
        const qsizetype close = src.indexOf(src[open] == '<' ? '>' : '"', open + 1);
        const qsizetype eol = src.indexOf('\n', open);
        if (close > open + 1 && (eol < 0 || close < eol))
            out << QString::fromLatin1(src.mid(open + 1, close - open - 1));
    }
    return out;
}

// Headers the toolchain, the C runtime, CMSIS-NN or the NPU driver provide.
bool isRuntimeHeader(const QString &name)
{
    static const QStringList prefixes = {QStringLiteral("tvm/"),   QStringLiteral("dlpack/"), QStringLiteral("dmlc/"),
                                         QStringLiteral("arm_"),   QStringLiteral("cmsis"),   QStringLiteral("tvm_ethosu"),
                                         QStringLiteral("ethosu"), QStringLiteral("riscv")};
    static const QStringList standard = {QStringLiteral("math.h"),   QStringLiteral("stdlib.h"),   QStringLiteral("stdbool.h"),
                                         QStringLiteral("stdio.h"),  QStringLiteral("string.h"),   QStringLiteral("stdint.h"),
                                         QStringLiteral("stddef.h"), QStringLiteral("inttypes.h"), QStringLiteral("float.h"),
                                         QStringLiteral("limits.h"), QStringLiteral("assert.h"),   QStringLiteral("stdarg.h")};
    return standard.contains(name) ||
           std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return name.startsWith(p); });
}

} // namespace

const CodeArrays::Array *CodeFacts::array(const QString &symbol) const
{
    for (const CodeArrays::Array &a : arrays)
        if (a.symbol == symbol)
            return &a;
    return nullptr;
}

CodeFacts CodeFacts::compute(const MlfArchive &archive, const MlfArchive::Module &module)
{
    QElapsedTimer timer;
    timer.start();
    CodeFacts facts;
    for (const QString &t : module.meta.targets)
        facts.linkParamsTarget = facts.linkParamsTarget || t.contains(QLatin1String("-link-params=1"));

    const QSet<QString> files(module.sources.begin(), module.sources.end());
    QHash<QString, QList<const SourceIndex::Function *>> functionsByFile;
    const bool wantMain = module.meta.isAot() || !module.meta.isGraph();
    if (wantMain) {
        for (const SourceIndex::Function &f : archive.sourceIndex().functions())
            if (files.contains(f.file))
                functionsByFile[f.file] << &f;
    }
    QHash<QString, QByteArray> functions; // name -> definition text
    QSet<QString> archiveFiles;           // file names in the archive, for the includes (filled on first need)
    QList<QPair<QString, QByteArray>> mains;
    for (const QString &file : module.sources) {
        auto bytes = archive.read(file, kMaxSourceBytes);
        if (!bytes) {
            facts.problems << bytes.error().message();
            continue;
        }
        const QByteArray &src = bytes.value();
        facts.arrays += CodeArrays::scan(src, file);
        for (const QString &header : includedHeaders(src)) {
            if (isRuntimeHeader(header) || facts.missingIncludes.contains(header))
                continue;
            if (archiveFiles.isEmpty())
                for (const ArchiveEntry &e : archive.archive().entries())
                    archiveFiles.insert(e.path.section(QLatin1Char('/'), -1));
            if (!archiveFiles.contains(header.section(QLatin1Char('/'), -1)))
                facts.missingIncludes << header;
        }
        for (const char *npu : {"TVMEthosULaunch", "ethosu_", "TVMDeviceEthosU"})
            if (src.contains(npu) && !facts.npuCalls.contains(QLatin1String(npu)))
                facts.npuCalls << QLatin1String(npu);
        const qsizetype lookup = src.indexOf("_lookup_linked_param(");
        if (lookup >= 0) {
            // The definition: the occurrence followed by a body.
            qsizetype at = lookup;
            while (at >= 0) {
                const qsizetype semi = src.indexOf(';', at), brace = src.indexOf('{', at);
                if (brace >= 0 && (semi < 0 || brace < semi)) {
                    const qsizetype end = src.indexOf("\n}", brace);
                    readLinkedStorage(src.mid(brace, (end < 0 ? src.size() : end) - brace), facts.linkedStorage);
                    break;
                }
                at = src.indexOf("_lookup_linked_param(", at + 1);
            }
        }
        for (const SourceIndex::Function *f : functionsByFile.value(file)) {
            const QByteArray text = src.mid(f->startOffset, f->bytes());
            if (isMainFunction(f->name))
                mains << qMakePair(f->name, text);
            else
                functions.insert(f->name, text);
        }
    }

    if (!mains.isEmpty()) {
        AotActivations::Input input;
        input.functions = functions;
        // Pool arguments are named after the array without the module prefix (global_workspace).
        const QString prefix = QStringLiteral("tvmgen_%1_").arg(module.name);
        for (const CodeArrays::Array &a : std::as_const(facts.arrays)) {
            if (a.initialised() || a.bytes < 0)
                continue;
            input.poolBytes.insert(a.symbol, a.bytes);
            if (a.symbol.startsWith(prefix))
                input.poolBytes.insert(a.symbol.mid(prefix.size()), a.bytes);
        }
        if (module.header) {
            for (const InterfaceHeader::Pool &p : module.header->pools)
                if (p.kind == QLatin1String("workspace") && !input.poolBytes.contains(p.name))
                    input.poolBytes.insert(p.name, p.sizeBytes);
                else if (p.kind == QLatin1String("constant"))
                    input.constantPools.insert(p.name);
            bool all = true;
            for (const InterfaceHeader::Tensor &t : module.header->inputs + module.header->outputs)
                all = all && t.sizeBytes >= 0;
            if (all) {
                for (const InterfaceHeader::Tensor &t : module.header->inputs)
                    input.inputBytes << t.sizeBytes;
                for (const InterfaceHeader::Tensor &t : module.header->outputs)
                    input.outputBytes << t.sizeBytes;
            }
        }
        if (input.inputBytes.isEmpty() && !module.meta.main.isEmpty()) {
            for (const Metadata::Tensor &t : module.meta.main.first().inputs)
                input.inputBytes << t.sizeBytes;
            for (const Metadata::Tensor &t : module.meta.main.first().outputs)
                input.outputBytes << t.sizeBytes;
        }
        // __tvm_main__ may only unpack arguments and call run_model: the main function is the
        // candidate that makes the most calls.
        for (const auto &[name, text] : std::as_const(mains)) {
            input.mainText = text;
            AotActivations a = AotActivations::read(name, input);
            if (a.calls.size() > facts.activations.calls.size())
                facts.activations = a;
        }
    }
    qCDebug(lcMlf) << "code facts of module" << module.name << ":" << facts.arrays.size() << "arrays,"
                   << facts.activations.calls.size() << "main calls in" << timer.nsecsElapsed() / 1000 << "µs";
    return facts;
}

} // namespace mtvw::mlf
