#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mtvw::mlf {

// The tensors an AOT executor's main function passes between its operator calls, read from the
// generated C: where each lives (a USMP pool and its offset, `sid_1_let = &global_workspace_1_var[3456]`,
// or the runtime's workspace allocator, `sid_6 = TVMBackendAllocWorkspace(…, 8000, …)`), its size,
// and the calls that use it; plus each operator's own scratch buffers in the pools. With these the
// peak of the bytes held at once and the call at which it occurs follow.
class AotActivations
{
public:
    enum class Role { Input, Output, Intermediate, Scratch };
    static constexpr const char *kAllocatorPool = "workspace allocator"; // TVMBackendAllocWorkspace
    static constexpr const char *kIoPool = "io";                         // the application's buffers
    static constexpr int kMaxCalls = 4096;                               // more is not a model TVM wrote: reading stops there
    static constexpr int kMaxTensors = 4096;

    struct Tensor
    {
        QString name;     // sid_1, an input or output name, or <operator>:<buffer> for scratch
        QString pool;     // a pool name, kAllocatorPool or kIoPool
        QString function; // scratch: the operator that owns it
        Role role = Role::Intermediate;
        qint64 offset = -1;                // in its pool; -1 when the allocator places it at run time
        qint64 bytes = -1;                 // -1 when unknown
        bool exact = false;                // false: an upper bound from the neighbouring offsets
        int firstCall = -1, lastCall = -1; // the calls whose arguments name it
        int liveFrom = -1, liveTo = -1;    // the calls during which its memory is held
        bool heldAt(int call) const { return liveFrom <= call && call <= liveTo && call >= 0; }
    };
    struct Input // what the caller knows of the main function's context
    {
        QByteArray mainText;                   // the main function's definition
        QHash<QString, QByteArray> functions;  // every other function's definition, by name
        QHash<QString, qint64> poolBytes;      // workspace pool name -> size (from the code or the header)
        QSet<QString> constantPools;           // constant pool names (read-only arguments)
        QList<qint64> inputBytes, outputBytes; // sizes of the model's inputs and outputs in order, -1 unknown
    };

    QString mainFunction;
    QStringList calls;
    QList<QList<int>> callTensors;    // per call, the indexes into tensors of its tensor arguments, in order
    QList<QStringList> callArguments; // per call, the variable each argument names (aliases resolved), in order
    QList<Tensor> tensors;
    QList<qint64> heldBytes; // per call: bytes held at once (pools as the union of their ranges)
    qint64 peakBytes = 0;
    int peakCall = -1;
    bool truncated = false; // kMaxCalls or kMaxTensors was reached

    bool isEmpty() const { return calls.isEmpty(); }
    static AotActivations read(const QString &mainFunction, const Input &input);
    // A pool argument's name without TVM's numbering: global_workspace_1_var -> global_workspace.
    static QString poolName(const QString &variable);
};

} // namespace mtvw::mlf
