#pragma once

#include "archive.h"
#include "graph.h"
#include "interfaceheader.h"
#include "metadata.h"
#include "paramsfile.h"
#include "relaysignature.h"
#include "sourceindex.h"
#include "textindex.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>

namespace mtvw::mlf {

class CodeFacts;

// A Model Library Format archive opened and understood: where its parts are, its metadata
// normalised, each module's graph, parameters index, C interface header and Relay/TIR function
// index, and the cross-links between them. Content (C sources, tensor data) is read on demand.
// Immutable after open(); safe to share between threads.
class MlfArchive
{
public:
    enum class Layout {
        Standard,     // metadata.json at the root
        Nested,       // everything one folder down (model/metadata.json)
        Restructured, // taken apart by another tool: codegen/<mod>/, models/<mod>/other_metadata/
        CodegenOnly,  // only codegen/: no metadata.json
    };

    struct Module
    {
        QString name;
        Metadata::Module meta; // empty when the archive has no metadata.json
        QString metadataEntry;
        QStringList sources; // generated C/C++ files
        QStringList objects; // LLVM object files
        QString headerEntry, paramsEntry, graphEntry, relayEntry;
        QStringList tirEntries;
        std::optional<InterfaceHeader> header;
        std::optional<Graph> graph;
        std::optional<ParamsFile> params;
        QList<TextIndex::Function> relayFunctions;
        RelaySignature relaySignature; // main's parameters and results with shapes; empty without Relay text
        QList<TextIndex::Function> tirFunctions;
    };

    // An operator function of a module and what the archive says about it.
    struct Operator
    {
        QString name;
        qint64 workspaceBytes = -1; // from metadata; -1 when unknown
        QList<int> graphNodes;
        bool inMetadata = false;
    };

    // Everything one lookup tells about an operator: its code, its TIR, its graph nodes, its memory.
    struct Links
    {
        QString function;
        QString module;
        qint64 workspaceBytes = -1;
        QList<int> graphNodes;
        std::optional<SourceIndex::Function> cFunction;
        std::optional<TextIndex::Function> tirFunction;
        QList<Metadata::Tensor> bufferParams; // operator style
    };

    static Result<std::shared_ptr<MlfArchive>> open(const QString &path, const ArchiveLimits &limits = {},
                                                    const Archive::Progress &progress = {});

    const Archive &archive() const { return *m_archive; }
    Layout layout() const { return m_layout; }
    QString layoutName() const;
    QString root() const { return m_root; }
    bool hasMetadata() const { return m_hasMetadata; }
    const Metadata &metadata() const { return m_metadata; }
    const QList<Module> &modules() const { return m_modules; }
    const Module *module(const QString &name) const;
    QStringList warnings() const { return m_warnings; }

    // Reads an entry by its full path in the archive.
    Result<QByteArray> read(const QString &entry, qint64 maxBytes = -1) const { return m_archive->read(entry, maxBytes); }
    ParamsFile::RangeReader paramsReader(const Module &module) const;

    // The C function index over every module's sources, built on first use (thread-safe).
    const SourceIndex &sourceIndex() const;
    QStringList sourceIndexProblems() const;

    // What the module's generated C says about memory, read on first use (thread-safe).
    std::shared_ptr<const CodeFacts> codeFacts(const Module &module) const;

    QList<Operator> operators(const Module &module) const;
    Links links(const Module &module, const QString &function) const;

private:
    MlfArchive() = default;
    Result<void> locateParts();
    Result<void> loadModule(Module &m);
    void resolveStandardFiles(Module &m, const QString &root);
    void checkConsistency();

    std::shared_ptr<Archive> m_archive;
    Layout m_layout = Layout::Standard;
    QString m_root; // "" or "model/"
    bool m_hasMetadata = false;
    Metadata m_metadata;
    QList<Module> m_modules;
    QStringList m_warnings;

    mutable std::once_flag m_sourceOnce;
    mutable SourceIndex m_sourceIndex;
    mutable std::mutex m_codeFactsMutex;
    mutable QHash<QString, std::shared_ptr<const CodeFacts>> m_codeFacts;
    mutable QStringList m_sourceProblems;
};

} // namespace mtvw::mlf
