#include "rpcprofiler.h"

#include "core/logging.h"
#include "core/tr.h"
#include "micro/rpcpacket.h"
#include "mlf/dtype.h"
#include "rpcclient.h"
#include "rpcinference.h"
#include "rpcsteps.h"

#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace mtvw::transport {

using micro::RpcPacket;
using micro::RpcTensor;
using micro::RpcValue;
using Argument = mlf::OperatorCalls::Argument;

namespace {

constexpr int kLimitZeroTimeIterations = 100; // what TVM's host sends by default

} // namespace

double RpcProfiler::Timing::min() const
{
    return seconds.isEmpty() ? -1 : *std::min_element(seconds.begin(), seconds.end());
}

double RpcProfiler::Timing::median() const
{
    if (seconds.isEmpty())
        return -1;
    QList<double> s = seconds;
    std::sort(s.begin(), s.end());
    const qsizetype n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

int RpcProfiler::Report::found() const
{
    return int(std::count_if(operators.begin(), operators.end(), [](const Timing &t) { return t.onDevice; }));
}

RpcProfiler::RpcProfiler(RpcClient *rpc, RpcInference *inference, QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_inference(inference)
{}

bool RpcProfiler::legacyEvaluatorFor(const QString &tvmVersion)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto m = re.match(tvmVersion.trimmed());
    if (!m.hasMatch())
        return false; // unknown: today's list
    const int major = m.captured(1).toInt(), minor = m.captured(2).toInt();
    return major == 0 && minor <= 13;
}

void RpcProfiler::profile(const QList<mlf::OperatorCalls::Call> &calls, const Settings &settings,
                          std::function<void(Result<Report>)> done)
{
    if (!m_rpc)
        return done(Error(Error::Code::Io, BackendText::tr("the RPC session is gone")));
    if (settings.number < 1 || settings.repeat < 1 || settings.minRepeatMs < 0)
        return done(
            Error(Error::Code::Malformed, BackendText::tr("number and repeat must be at least 1, min_repeat_ms not negative")));
    m_calls = calls;
    m_settings = settings;
    m_report = {};
    qCInfo(lcTransport) << "profiling" << calls.size() << "operator function(s), number" << settings.number << "repeat"
                        << settings.repeat;
    QList<Step> steps = {
        [this](Next next) {
            m_rpc->maxPacketSize([this, next](Result<qint64> max) {
                if (!max)
                    return next(max.error());
                m_report.maxPacket = max.value();
                next(true);
            });
        },
        [this](Next next) {
            m_rpc->systemLibrary([this, next](Result<quint64> lib) {
                if (!lib)
                    return next(lib.error());
                m_syslib = lib.value();
                next(true);
            });
        },
        [this](Next next) {
            m_rpc->getGlobalFunc("tvm.rpc.server.ModuleGetFunction", [this, next](Result<quint64> f) {
                if (!f)
                    return next(f.error());
                m_moduleGetFunction = f.value();
                next(true);
            });
        },
        [this](Next next) {
            m_rpc->getGlobalFunc("runtime.RPCTimeEvaluator", [this, next](Result<quint64> f) {
                if (!f)
                    return next(f.error());
                m_evaluator = f.value();
                next(true);
            });
        },
    };
    for (int i = 0; i < calls.size(); ++i)
        steps << [this, i](Next next) { timeOperator(i, next); };
    steps << [this](Next next) { timeModel(next); };
    runSteps(steps, [this, done](Result<bool> ok) {
        if (!ok)
            return done(ok.error());
        done(m_report);
    });
}

void RpcProfiler::evaluate(quint64 module, const QByteArray &name, const QList<RpcValue> &args,
                           std::function<void(Result<QList<double>>)> done)
{
    QList<RpcValue> make = {RpcValue::module(module),
                            RpcValue::str(name),
                            RpcValue::integer(1), // device type: CPU
                            RpcValue::integer(0),
                            RpcValue::integer(m_settings.number),
                            RpcValue::integer(m_settings.repeat),
                            RpcValue::integer(m_settings.minRepeatMs),
                            RpcValue::integer(kLimitZeroTimeIterations),
                            RpcValue::integer(0), // cooldown_interval_ms: none on a microcontroller
                            RpcValue::integer(1)};
    if (!m_settings.legacyEvaluator)
        make << RpcValue::integer(0); // cache_flush_bytes, from TVM 0.14
    make << RpcValue::str(QByteArray());
    m_rpc->callFunc(m_evaluator, make, [this, args, done](Result<QList<RpcValue>> timer) {
        if (!timer)
            return done(timer.error());
        if (timer.value().first().i != RpcValue::Function)
            return done(Error(Error::Code::Protocol, BackendText::tr("runtime.RPCTimeEvaluator returned no function")));
        m_rpc->callFunc(timer.value().last().u, args, [this, done](Result<QList<RpcValue>> r) {
            if (!r)
                return done(r.error());
            const RpcValue &v = r.value().last();
            if (v.type != RpcValue::Bytes || v.bytes.size() != qsizetype(m_settings.repeat) * 8)
                return done(Error(Error::Code::Protocol, BackendText::tr("the timer answered %1, not %2 times as 8-byte numbers")
                                                             .arg(v.describe())
                                                             .arg(m_settings.repeat)));
            QList<double> seconds;
            for (qsizetype at = 0; at < v.bytes.size(); at += 8)
                seconds << qFromLittleEndian<double>(v.bytes.constData() + at);
            done(seconds);
        });
    });
}

void RpcProfiler::allocate(const mlf::OperatorCalls::Call &call, int k, std::shared_ptr<QList<RpcValue>> args,
                           std::function<void(Result<bool>)> done)
{
    if (k == call.arguments.size())
        return done(true);
    const Argument &a = call.arguments[k];
    if (a.kind != Argument::Kind::Tensor) {
        // The model's own weights and the device's scratch: the device's wrapper uses its own.
        *args << RpcValue::null();
        return allocate(call, k + 1, args, done);
    }
    mlf::DType dtype;
    if (!mlf::DType::parse(a.dtype, &dtype))
        return done(Error(Error::Code::Malformed,
                          BackendText::tr("argument %1 has the dtype \"%2\", which is not one").arg(k).arg(a.dtype)));
    RpcTensor t;
    t.code = quint8(dtype.code);
    t.bits = quint8(dtype.bits);
    t.lanes = quint16(dtype.lanes);
    t.shape = a.shape;
    if (t.bytes() < 0 || t.bytes() != a.bytes)
        return done(Error(Error::Code::Malformed,
                          BackendText::tr("argument %1 (%2) has no shape of its %3 bytes").arg(k).arg(a.name).arg(a.bytes)));
    m_rpc->syscall(RpcPacket::DevAllocDataWithScope, {RpcValue::dlTensor(t), RpcValue::null()},
                   [this, call, k, args, t, done](Result<RpcValue> p) mutable {
                       if (!p)
                           return done(p.error());
                       t.data = p.value().u;
                       *args << RpcValue::dlTensor(t);
                       // Zeros, not what the memory held: NaNs and denormals would time another operator.
                       m_rpc->copyToRemote(t, QByteArray(t.bytes(), '\0'), [this, call, k, args, done](Result<bool> c) {
                           if (!c)
                               return done(c.error());
                           allocate(call, k + 1, args, done);
                       });
                   });
}

void RpcProfiler::release(std::shared_ptr<QList<RpcValue>> args, int k, std::function<void()> done)
{
    if (!m_rpc || k == args->size())
        return done();
    const RpcValue &v = args->at(k);
    if (v.type != RpcValue::Tensor || !v.tensor.data)
        return release(args, k + 1, done);
    m_rpc->syscall(RpcPacket::DevFreeData, {RpcValue::device(1, 0), RpcValue::handle(v.tensor.data)},
                   [this, args, k, done](Result<RpcValue>) { release(args, k + 1, done); });
}

void RpcProfiler::timeOperator(int index, Next next)
{
    const mlf::OperatorCalls::Call call = m_calls[index];
    emit progressed(index, int(m_calls.size()), call.function);
    Timing timing;
    timing.function = call.function;
    timing.callsPerRun = call.callsPerRun;
    m_report.operators << timing;
    auto row = [this, index]() -> Timing & { return m_report.operators[index]; };
    const QByteArray name = call.function.toUtf8();
    m_rpc->callFunc(m_moduleGetFunction, {RpcValue::module(m_syslib), RpcValue::str(name), RpcValue::integer(1)},
                    [this, call, name, row, next](Result<QList<RpcValue>> f) {
                        if (!f)
                            return next(f.error());
                        if (f.value().first().i != RpcValue::Function) {
                            row().error = BackendText::tr("not on the device");
                            return next(true);
                        }
                        row().onDevice = true;
                        if (!call.problem.isEmpty()) {
                            row().error = call.problem;
                            return next(true);
                        }
                        auto args = std::make_shared<QList<RpcValue>>();
                        // A failure on the device is this operator's; a broken session ends the profile.
                        auto settle = [this, args, row, next](const Error &e) {
                            row().error = e.message();
                            if (m_rpc->isBroken())
                                return next(e);
                            release(args, 0, [next] { next(true); });
                        };
                        allocate(call, 0, args, [this, name, args, row, next, settle](Result<bool> ok) {
                            if (!ok)
                                return settle(ok.error());
                            evaluate(m_syslib, name, *args, [this, args, row, next, settle](Result<QList<double>> s) {
                                if (!s)
                                    return settle(s.error());
                                row().seconds = s.value();
                                release(args, 0, [next] { next(true); });
                            });
                        });
                    });
}

void RpcProfiler::timeModel(Next next)
{
    emit progressed(int(m_calls.size()), int(m_calls.size()), QString());
    if (!m_inference) {
        m_report.model.error = BackendText::tr("no executor to time");
        return next(true);
    }
    m_inference->executor([this, next](Result<quint64> executor) {
        if (!executor) {
            m_report.model.error = executor.error().message();
            return m_rpc->isBroken() ? next(executor.error()) : next(true);
        }
        m_report.model.onDevice = true;
        evaluate(executor.value(), "run", {}, [this, next](Result<QList<double>> s) {
            if (!s) {
                m_report.model.error = s.error().message();
                return m_rpc->isBroken() ? next(s.error()) : next(true);
            }
            m_report.model.seconds = s.value();
            next(true);
        });
    });
}

} // namespace mtvw::transport
