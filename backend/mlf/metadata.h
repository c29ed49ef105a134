#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mtvw::mlf {

// metadata.json of any version (1–7, and newer ones as far as they look like 7), normalised into
// one shape: a list of modules, each with its executors, targets and memory figures.
class Metadata
{
public:
    static constexpr int kNewestKnownVersion = 7;

    struct Tensor
    {
        QString name;
        QString dtype;
        qint64 sizeBytes = 0;
        QList<qint64> shape; // operator-style parameters only
    };
    struct MainMemory // one entry of memory.functions.main: the top-level function on one device
    {
        int device = 1;
        qint64 workspaceBytes = 0;
        qint64 constantsBytes = 0;
        qint64 ioBytes = 0;
        QList<Tensor> inputs; // v7 from TVM 0.12 on
        QList<Tensor> outputs;
    };
    struct OperatorMemory // one entry of memory.functions.operator_functions
    {
        QString functionName;
        QList<QPair<int, qint64>> workspace; // (device, bytes)
        qint64 workspaceBytes() const;
    };
    struct Storage // one entry of memory.sids (graph executor)
    {
        qint64 storageId = 0;
        qint64 sizeBytes = 0;
        QString inputBinding;
    };
    struct OperatorFunction // operator style: one PrimFunc and its buffer parameters
    {
        QString name;
        QList<Tensor> params;
    };
    struct Dependency
    {
        QString shortName, url, urlType, versionSpec;
    };
    struct Module
    {
        QString name;
        QString style; // "full-model" or "operator"
        QStringList executors;
        QStringList targets;
        QString exportDatetime;
        QList<MainMemory> main;
        QList<OperatorMemory> operators;
        bool hasSids = false;
        QList<Storage> sids;
        QList<OperatorFunction> operatorFunctions;
        QList<Dependency> dependencies;

        qint64 workspaceBytes() const; // sum over devices of main workspace
        qint64 ioBytes() const;
        qint64 constantsBytes() const;
        bool isGraph() const { return executors.contains(QLatin1String("graph")); }
        bool isAot() const { return executors.contains(QLatin1String("aot")); }
    };

    int version = 0;
    bool versionKnown = true;
    QString style;                // archive style: "full-model" or "operator"
    bool multiModule = false;     // v7 "modules" map
    bool usesRuntimesKey = false; // v1–v4 "runtimes" instead of "executors"
    QList<Module> modules;
    QStringList warnings; // odd but readable things

    const Module *module(const QString &name) const;
    // The TVM release the archive's standalone C runtime states (external_dependencies), or empty.
    QString statedRelease() const;

    // Auto: documents over OperatorListReader::kMinBytes read their operator lists straight from
    // the bytes; Split: always so; Plain: the JSON parser alone. All three give the same result
    // (the tests and the fuzz target check it).
    enum class Reading { Auto, Split, Plain };
    // entry names the source (for error messages).
    static Result<Metadata> parse(const QByteArray &json, const QString &entry, Reading reading = Reading::Auto);
};

} // namespace mtvw::mlf
