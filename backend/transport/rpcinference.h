#pragma once

#include "core/result.h"
#include "micro/rpcvalue.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace mtvw::transport {

class RpcClient;

// Host-driven inference over TVM RPC with the device's AOT executor (spec 4.4.5): the system
// library, tvm.aot_executor.create, then each input written into the tensor get_input gives,
// run, and each output read back from get_output's tensor. One run at a time; the handles it
// learnt are kept for the next run on the same session.
class RpcInference : public QObject
{
    Q_OBJECT

public:
    struct Output
    {
        micro::RpcTensor tensor;
        QByteArray data;
    };
    struct Result_
    {
        QList<micro::RpcTensor> inputs; // as the device holds them
        QList<Output> outputs;
        qint64 runUs = 0; // the host's wall time around the run call
    };

    explicit RpcInference(RpcClient *rpc, QObject *parent = nullptr);

    // inputs[i] is input i's bytes; an input missing or of the wrong size is an error naming it.
    void run(const QList<QByteArray> &inputs, std::function<void(Result<Result_>)> done);
    // The device's inputs (after the first run or describe()): their tensors.
    void describe(std::function<void(Result<QList<micro::RpcTensor>>)> done);
    // The AOT executor's module handle, created on first use.
    void executor(std::function<void(Result<quint64>)> done);

private:
    void prepare(std::function<void(Result<bool>)> done);
    void function(const QByteArray &name, std::function<void(Result<quint64>)> done);
    void tensorOf(quint64 getter, int index, std::function<void(Result<micro::RpcTensor>)> done);
    void writeInputs(int index, std::function<void(Result<bool>)> done);
    void readOutputs(int index, std::function<void(Result<bool>)> done);

    QPointer<RpcClient> m_rpc;
    quint64 m_syslib = 0, m_executor = 0, m_moduleGetFunction = 0;
    quint64 m_getInput = 0, m_getOutput = 0, m_run = 0;
    int m_inputs = -1, m_outputs = -1;
    QList<QByteArray> m_given;
    Result_ m_result;
};

} // namespace mtvw::transport
