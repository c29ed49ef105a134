#pragma once

#include "core/result.h"
#include "micro/rpcvalue.h"
#include "mlf/operatorcalls.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace mtvw::transport {

class RpcClient;
class RpcInference;

// Times a model on a device over TVM RPC (spec 4.4.6): each operator function of the archive,
// called by name from the system library on buffers the host allocates with the sizes the model
// gives them, and the whole model through the AOT executor's run. Each figure is the device's
// own clock: runtime.RPCTimeEvaluator measures `repeat` times `number` calls and returns the
// seconds per call of each repeat. One profile at a time.
class RpcProfiler : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int number = 1;
        int repeat = 10;
        int minRepeatMs = 0;
        bool legacyEvaluator = false; // TVM ≤ 0.13: 11 arguments, no cache_flush_bytes
    };
    struct Timing
    {
        QString function; // the model's own timing: empty
        int callsPerRun = 1;
        bool onDevice = false;
        QList<double> seconds; // per repeat, seconds per call
        QString error;         // why it has no figures
        double min() const;
        double median() const;
    };
    struct Report
    {
        QList<Timing> operators; // in the model's call order
        Timing model;
        qint64 maxPacket = 0;
        int found() const; // operators on the device
    };

    RpcProfiler(RpcClient *rpc, RpcInference *inference, QObject *parent = nullptr);

    // Times each call's function, then the whole model. An operator that fails is reported in
    // its row and the others go on; a broken session ends the profile with an error.
    void profile(const QList<mlf::OperatorCalls::Call> &calls, const Settings &settings,
                 std::function<void(Result<Report>)> done);
    // The evaluator's argument list for the device's TVM version (major.minor as the archive says).
    static bool legacyEvaluatorFor(const QString &tvmVersion);

signals:
    void progressed(int done, int total, const QString &function);

private:
    using Next = std::function<void(Result<bool>)>;
    void timeOperator(int index, Next next);
    void timeModel(Next next);
    void evaluate(quint64 module, const QByteArray &name, const QList<micro::RpcValue> &args,
                  std::function<void(Result<QList<double>>)> done);
    void allocate(const mlf::OperatorCalls::Call &call, int k, std::shared_ptr<QList<micro::RpcValue>> args,
                  std::function<void(Result<bool>)> done);
    void release(std::shared_ptr<QList<micro::RpcValue>> args, int k, std::function<void()> done);

    QPointer<RpcClient> m_rpc;
    QPointer<RpcInference> m_inference;
    QList<mlf::OperatorCalls::Call> m_calls;
    Settings m_settings;
    Report m_report;
    quint64 m_syslib = 0, m_moduleGetFunction = 0, m_evaluator = 0;
};

} // namespace mtvw::transport
