#include "mlfarchive.h"

#include "codefacts.h"

#include "core/logging.h"
#include "core/tr.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace mtvw::mlf {

namespace {

// JSON the workbench parses whole (metadata, graph): the largest real ones are some tens of KB.
// A parse tree costs 10 to 40 times its text, so 16 MiB keeps a crafted one to a few hundred MB
// (64 MiB of graph nodes cost 2.7 GB).
constexpr qint64 kMaxJsonBytes = 16LL << 20;
constexpr qint64 kMaxTextBytes = 256LL << 20;

bool isSourceFile(const QString &p)
{
    return p.endsWith(QLatin1String(".c")) || p.endsWith(QLatin1String(".cc")) || p.endsWith(QLatin1String(".cpp"));
}

QString fileName(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString dirOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash + 1);
}

} // namespace

QString MlfArchive::layoutName() const
{
    switch (m_layout) {
    case Layout::Standard: return mtvw::BackendText::tr("standard");
    case Layout::Nested: return mtvw::BackendText::tr("standard, one folder down (%1)").arg(m_root);
    case Layout::Restructured: return mtvw::BackendText::tr("restructured (codegen/<module>/, models/<module>/)");
    case Layout::CodegenOnly: return mtvw::BackendText::tr("codegen only (no metadata.json)");
    }
    return {};
}

const MlfArchive::Module *MlfArchive::module(const QString &name) const
{
    for (const Module &m : m_modules)
        if (m.name == name)
            return &m;
    return nullptr;
}

Result<std::shared_ptr<MlfArchive>> MlfArchive::open(const QString &path, const ArchiveLimits &limits,
                                                     const Archive::Progress &progress)
{
    MTVW_TRY(archive, Archive::open(path, limits, progress));
    std::shared_ptr<MlfArchive> mlf(new MlfArchive);
    mlf->m_archive = archive;
    if (auto r = mlf->locateParts(); !r)
        return r.error();
    for (Module &m : mlf->m_modules)
        if (auto r = mlf->loadModule(m); !r)
            return r.error();
    mlf->checkConsistency();
    return mlf;
}

void MlfArchive::resolveStandardFiles(Module &m, const QString &root)
{
    const bool single = m_modules.size() <= 1;
    const QString src = root + QStringLiteral("codegen/host/src/");
    const QString lib = root + QStringLiteral("codegen/host/lib/");
    const QString prefix = m.name + QLatin1Char('_');
    for (const ArchiveEntry &e : m_archive->entries()) {
        const bool mine = single || fileName(e.path).startsWith(prefix);
        if (e.path.startsWith(src) && isSourceFile(e.path) && mine)
            m.sources << e.path;
        else if (e.path.startsWith(lib) && e.path.endsWith(QLatin1String(".o")) && mine)
            m.objects << e.path;
        else if (e.path.startsWith(root + QStringLiteral("src/tir-")) && e.path.endsWith(QLatin1String(".txt")))
            m.tirEntries << e.path;
    }
    auto first = [this](const QStringList &candidates) {
        for (const QString &c : candidates)
            if (m_archive->contains(c))
                return c;
        return QString();
    };
    m.headerEntry = first({root + QStringLiteral("codegen/host/include/tvmgen_%1.h").arg(m.name)});
    m.paramsEntry = first({root + QStringLiteral("parameters/%1.params").arg(m.name)});
    if (m.paramsEntry.isEmpty() && single) {
        for (const ArchiveEntry &e : m_archive->entries())
            if (e.path.startsWith(root + QStringLiteral("parameters/")) && e.path.endsWith(QLatin1String(".params")))
                m.paramsEntry = e.path;
    }
    QStringList graphs = {root + QStringLiteral("executor-config/graph/%1.graph").arg(m.name)};
    if (single)
        graphs << root + QStringLiteral("executor-config/graph/graph.json")
               << root + QStringLiteral("runtime-config/graph/graph.json");
    m.graphEntry = first(graphs);
    if (m.graphEntry.isEmpty() && single) {
        for (const ArchiveEntry &e : m_archive->entries())
            if (e.path.startsWith(root + QStringLiteral("executor-config/graph/")) && e.path.endsWith(QLatin1String(".graph")))
                m.graphEntry = e.path;
    }
    QStringList relays = {root + QStringLiteral("src/%1.relay").arg(m.name)};
    if (single)
        relays << root + QStringLiteral("src/relay.txt") << root + QStringLiteral("relay.txt");
    m.relayEntry = first(relays);
}

Result<void> MlfArchive::locateParts()
{
    QStringList metadataFiles;
    QStringList restructured;
    bool hasCodegen = false;
    static const QRegularExpression restructuredRe(QStringLiteral("^models/([^/]+)/other_metadata/metadata\\.json$"));
    for (const ArchiveEntry &e : m_archive->entries()) {
        if (fileName(e.path) == QLatin1String("metadata.json"))
            metadataFiles << e.path;
        if (restructuredRe.match(e.path).hasMatch())
            restructured << e.path;
        if (e.path.startsWith(QLatin1String("codegen/")) ||
            e.path.section(QLatin1Char('/'), 1).startsWith(QLatin1String("codegen/")))
            hasCodegen = true;
    }
    QString metadataEntry;
    if (metadataFiles.contains(QStringLiteral("metadata.json"))) {
        metadataEntry = QStringLiteral("metadata.json");
    } else if (!restructured.isEmpty()) {
        m_layout = Layout::Restructured;
    } else {
        QStringList oneDown;
        for (const QString &f : metadataFiles)
            if (f.count(QLatin1Char('/')) == 1)
                oneDown << f;
        if (oneDown.size() == 1) {
            m_layout = Layout::Nested;
            m_root = dirOf(oneDown.first());
            metadataEntry = oneDown.first();
        } else if (hasCodegen) {
            m_layout = Layout::CodegenOnly;
            for (const ArchiveEntry &e : m_archive->entries())
                if (!e.path.startsWith(QLatin1String("codegen/"))) {
                    const QString top = e.path.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
                    if (e.path.startsWith(top + QStringLiteral("codegen/")))
                        m_root = top;
                }
        } else {
            return Error(
                Error::Code::NotFound,
                mtvw::BackendText::tr("%1 is not a Model Library Format archive: it has no metadata.json and no codegen/ folder")
                    .arg(m_archive->path()));
        }
    }

    if (!metadataEntry.isEmpty()) {
        m_hasMetadata = true;
        MTVW_TRY(bytes, m_archive->read(metadataEntry, kMaxJsonBytes));
        MTVW_TRY(md, Metadata::parse(bytes, metadataEntry));
        m_metadata = md;
        for (const Metadata::Module &mm : m_metadata.modules) {
            Module m;
            m.name = mm.name;
            m.meta = mm;
            m.metadataEntry = metadataEntry;
            m_modules << m;
        }
        for (Module &m : m_modules)
            resolveStandardFiles(m, m_root);
        m_warnings << m_metadata.warnings;
        return {};
    }

    if (m_layout == Layout::Restructured) {
        m_hasMetadata = true;
        for (const QString &entry : restructured) {
            const QString name = restructuredRe.match(entry).captured(1);
            MTVW_TRY(bytes, m_archive->read(entry, kMaxJsonBytes));
            MTVW_TRY(md, Metadata::parse(bytes, entry));
            m_warnings << md.warnings;
            if (m_metadata.modules.isEmpty()) {
                m_metadata.version = md.version;
                m_metadata.versionKnown = md.versionKnown;
                m_metadata.style = md.style;
                m_metadata.multiModule = true;
            }
            for (const Metadata::Module &mm : md.modules) {
                m_metadata.modules << mm;
                Module m;
                m.name = mm.name;
                m.meta = mm;
                m.metadataEntry = entry;
                const QString code = QStringLiteral("codegen/%1/").arg(name);
                for (const ArchiveEntry &e : m_archive->entries()) {
                    if (e.path.startsWith(code + QStringLiteral("src/")) && isSourceFile(e.path))
                        m.sources << e.path;
                    if (e.path.startsWith(code + QStringLiteral("lib/")) && e.path.endsWith(QLatin1String(".o")))
                        m.objects << e.path;
                }
                for (const QString &c : {code + QStringLiteral("include/tvmgen_%1.h").arg(mm.name)})
                    if (m_archive->contains(c))
                        m.headerEntry = c;
                for (const QString &c : {QStringLiteral("models/%1/parameters/%2.params").arg(name, mm.name)})
                    if (m_archive->contains(c))
                        m.paramsEntry = c;
                for (const QString &c : {QStringLiteral("models/%1/match_relay/%2.relay").arg(name, mm.name),
                                         QStringLiteral("models/%1/src/%2.relay").arg(name, mm.name)})
                    if (m.relayEntry.isEmpty() && m_archive->contains(c))
                        m.relayEntry = c;
                m_modules << m;
            }
        }
        m_warnings << mtvw::BackendText::tr(
            "this archive was taken apart by another tool: each module has its own codegen/<module>/ folder "
            "and its metadata in models/<module>/other_metadata/metadata.json; it was read module by module");
        return {};
    }

    // Codegen only: modules from the interface headers, else from the <module>_lib<N> file names.
    m_warnings << mtvw::BackendText::tr(
        "no metadata.json: this archive holds only generated code, so its metadata version, executor, "
        "targets and memory figures are unknown; functions, sources and headers are still shown");
    QStringList names;
    static const QRegularExpression libName(QStringLiteral("^(.+)_lib\\d+\\.(?:c|cc|cpp|o)$"));
    for (const ArchiveEntry &e : m_archive->entries()) {
        if (!e.path.startsWith(m_root + QStringLiteral("codegen/host/")))
            continue;
        const QString mod = InterfaceHeader::moduleFromFileName(e.path);
        if (!mod.isEmpty() && !names.contains(mod))
            names << mod;
    }
    if (names.isEmpty()) {
        for (const ArchiveEntry &e : m_archive->entries())
            if (const auto m = libName.match(fileName(e.path)); m.hasMatch() && !names.contains(m.captured(1)))
                names << m.captured(1);
    }
    if (names.isEmpty())
        names << QStringLiteral("default");
    for (const QString &n : names) {
        Module m;
        m.name = n;
        m.meta.name = n;
        m_modules << m;
    }
    for (Module &m : m_modules)
        resolveStandardFiles(m, m_root);
    return {};
}

Result<void> MlfArchive::loadModule(Module &m)
{
    if (!m.headerEntry.isEmpty()) {
        MTVW_TRY(bytes, m_archive->read(m.headerEntry, kMaxTextBytes));
        auto header = InterfaceHeader::parse(bytes, m.headerEntry);
        if (header)
            m.header = header.value();
        else
            m_warnings << header.error().message();
    }
    if (!m.graphEntry.isEmpty()) {
        MTVW_TRY(bytes, m_archive->read(m.graphEntry, kMaxJsonBytes));
        MTVW_TRY(graph, Graph::parse(bytes, m.graphEntry));
        m.graph = graph;
    }
    if (!m.paramsEntry.isEmpty()) {
        const ArchiveEntry *e = m_archive->find(m.paramsEntry);
        MTVW_TRY(params, ParamsFile::parse(paramsReader(m), e->size, m.paramsEntry));
        m.params = params;
    }
    if (!m.relayEntry.isEmpty()) {
        MTVW_TRY(bytes, m_archive->read(m.relayEntry, kMaxTextBytes));
        m.relayFunctions = TextIndex::relay(bytes, m.relayEntry);
        m.relaySignature = RelaySignature::parse(bytes);
    }
    for (const QString &tir : m.tirEntries) {
        MTVW_TRY(bytes, m_archive->read(tir, kMaxTextBytes));
        m.tirFunctions << TextIndex::tir(bytes, tir);
    }
    return {};
}

void MlfArchive::checkConsistency()
{
    QSet<QString> known;
    for (const Module &m : m_modules) {
        const QString name = m.name;
        known << m.metadataEntry << m.headerEntry << m.paramsEntry << m.graphEntry << m.relayEntry;
        for (const QString &s : m.sources + m.objects + m.tirEntries)
            known << s;
        if (!m_hasMetadata)
            continue;
        const bool operatorStyle = m.meta.style == QLatin1String("operator");
        if (m.sources.isEmpty() && m.objects.isEmpty())
            m_warnings
                << mtvw::BackendText::tr("module \"%1\" has no generated code (no codegen/host/src or lib files)").arg(name);
        if (m.meta.isGraph() && !m.graph)
            m_warnings << mtvw::BackendText::tr("module \"%1\" uses the graph executor but the archive has no graph JSON for it")
                              .arg(name);
        if (!operatorStyle && !m.params)
            m_warnings << mtvw::BackendText::tr("module \"%1\" has no parameters file (parameters/%1.params)").arg(name);
        if (m.meta.isAot() && !m.header)
            m_warnings << mtvw::BackendText::tr(
                              "module \"%1\" is AOT but has no C interface header tvmgen_%1.h: it was exported without "
                              "interface-api=\"c\" or by a TVM older than 0.8")
                              .arg(name);
        if (m.header && m.header->workspaceBytes >= 0 && m.header->workspaceBytes != m.meta.workspaceBytes())
            m_warnings << mtvw::BackendText::tr(
                              "module \"%1\": the header's TVMGEN_%2_WORKSPACE_SIZE (%3 bytes) differs from the metadata's "
                              "main workspace (%4 bytes)")
                              .arg(name, name.toUpper())
                              .arg(m.header->workspaceBytes)
                              .arg(m.meta.workspaceBytes());
        for (const Metadata::Dependency &d : m.meta.dependencies) {
            if (d.urlType != QLatin1String("mlf_path"))
                continue;
            QString unsafe;
            const QString dir = Archive::normalisePath(m_root + d.url, &unsafe) + QLatin1Char('/');
            bool present = false;
            for (const ArchiveEntry &e : m_archive->entries())
                present = present || e.path.startsWith(dir);
            if (!present)
                m_warnings << mtvw::BackendText::tr(
                                  "module \"%1\" depends on %2 at \"%3\", which is not in the archive (the standalone "
                                  "C runtime was left out)")
                                  .arg(name, d.shortName, d.url);
        }
    }
    if (m_layout == Layout::Restructured || m_layout == Layout::CodegenOnly)
        return;
    QStringList odd;
    static const QStringList expected = {
        QStringLiteral("runtime/"),    QStringLiteral("templates/"),        QStringLiteral("codegen/host/include/"),
        QStringLiteral("src/"),        QStringLiteral("executor-config/"),  QStringLiteral("runtime-config/"),
        QStringLiteral("parameters/"), QStringLiteral("codegen/host/src/"), QStringLiteral("codegen/host/lib/")};
    for (const ArchiveEntry &e : m_archive->entries()) {
        if (known.contains(e.path) || !e.path.startsWith(m_root))
            continue;
        const QString rel = e.path.mid(m_root.size());
        bool ok = false;
        for (const QString &p : expected)
            ok = ok || rel.startsWith(p);
        if (!ok)
            odd << e.path;
    }
    if (!odd.isEmpty())
        m_warnings << BackendText::tr("%n file(s) outside the MLF layout: %1", nullptr, int(odd.size()))
                          .arg(QStringList(odd.mid(0, 5)).join(QStringLiteral(", ")) +
                               (odd.size() > 5 ? QStringLiteral(", …") : QString()));
}

ParamsFile::RangeReader MlfArchive::paramsReader(const Module &module) const
{
    std::shared_ptr<Archive> archive = m_archive;
    const QString entry = module.paramsEntry;
    return [archive, entry](qint64 offset, qint64 length) { return archive->readRange(entry, offset, length); };
}

const SourceIndex &MlfArchive::sourceIndex() const
{
    std::call_once(m_sourceOnce, [this]() {
        QSet<QString> seen;
        for (const Module &m : m_modules) {
            for (const QString &s : m.sources) {
                if (seen.contains(s))
                    continue;
                seen << s;
                auto bytes = m_archive->read(s, kMaxTextBytes);
                if (!bytes) {
                    m_sourceProblems << bytes.error().message();
                    continue;
                }
                if (!m_sourceIndex.addFile(s, bytes.value())) {
                    m_sourceProblems << mtvw::BackendText::tr("%1: the C sources define more than %2 functions; those after "
                                                              "the first %2 are not indexed")
                                            .arg(s)
                                            .arg(SourceIndex::kMaxFunctions);
                    return;
                }
            }
        }
    });
    return m_sourceIndex;
}

std::shared_ptr<const CodeFacts> MlfArchive::codeFacts(const Module &module) const
{
    std::lock_guard<std::mutex> lock(m_codeFactsMutex);
    auto &facts = m_codeFacts[module.name];
    if (!facts)
        facts = std::make_shared<const CodeFacts>(CodeFacts::compute(*this, module));
    return facts;
}

QStringList MlfArchive::sourceIndexProblems() const
{
    sourceIndex();
    return m_sourceProblems;
}

QList<MlfArchive::Operator> MlfArchive::operators(const Module &module) const
{
    QList<Operator> out;
    QHash<QString, qsizetype> byName;
    auto add = [&](const QString &name) -> Operator & {
        auto it = byName.constFind(name);
        if (it != byName.constEnd())
            return out[*it];
        byName.insert(name, out.size());
        out << Operator{name, -1, {}, false};
        return out.last();
    };
    for (const Metadata::OperatorMemory &op : module.meta.operators) {
        Operator &o = add(op.functionName);
        o.workspaceBytes = op.workspaceBytes();
        o.inMetadata = true;
    }
    for (const Metadata::OperatorFunction &fn : module.meta.operatorFunctions) {
        Operator &o = add(fn.name);
        o.inMetadata = true;
    }
    if (module.graph) {
        for (const Graph::Node &n : module.graph->nodes) {
            if (!n.isOperator() || n.funcName.startsWith(QLatin1String("__")))
                continue;
            add(n.funcName).graphNodes << n.id;
        }
    }
    if (!m_hasMetadata) {
        // Without metadata, the kernels are the defined functions other than the executor's own.
        const QSet<QString> files(module.sources.begin(), module.sources.end());
        for (const SourceIndex::Function &f : sourceIndex().functions()) {
            if (!files.contains(f.file))
                continue;
            if (f.name.endsWith(QLatin1String("_run")) || f.name.contains(QLatin1String("__tvm_main__")) ||
                f.name.endsWith(QLatin1String("get_c_metadata")) || f.name.startsWith(QLatin1String("TVM")))
                continue;
            add(f.name);
        }
    }
    return out;
}

MlfArchive::Links MlfArchive::links(const Module &module, const QString &function) const
{
    Links l;
    l.function = function;
    l.module = module.name;
    for (const Operator &op : operators(module)) {
        if (op.name == function) {
            l.workspaceBytes = op.workspaceBytes;
            l.graphNodes = op.graphNodes;
        }
    }
    for (const Metadata::OperatorFunction &fn : module.meta.operatorFunctions)
        if (fn.name == function)
            l.bufferParams = fn.params;
    const QSet<QString> files(module.sources.begin(), module.sources.end());
    for (const SourceIndex::Function &f : sourceIndex().functions()) {
        if (f.name == function && files.contains(f.file)) {
            l.cFunction = f;
            break;
        }
    }
    for (const TextIndex::Function &f : module.tirFunctions)
        if (f.name == function)
            l.tirFunction = f;
    return l;
}

} // namespace mtvw::mlf
