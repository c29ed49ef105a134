#include "rpcinference.h"

#include "core/tr.h"
#include "micro/rpcpacket.h"
#include "rpcclient.h"
#include "rpcsteps.h"
#include "transport.h"

namespace mtvw::transport {

using micro::RpcPacket;
using micro::RpcTensor;
using micro::RpcValue;

RpcInference::RpcInference(RpcClient *rpc, QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
{}

void RpcInference::function(const QByteArray &name, std::function<void(Result<quint64>)> done)
{
    m_rpc->callFunc(m_moduleGetFunction, {RpcValue::module(m_executor), RpcValue::str(name), RpcValue::integer(1)},
                    [name, done](Result<QList<RpcValue>> r) {
                        if (!r)
                            return done(r.error());
                        if (r.value().first().i != RpcValue::Function)
                            return done(
                                Error(Error::Code::NotFound,
                                      BackendText::tr("the AOT executor has no function %1").arg(QString::fromUtf8(name))));
                        done(r.value().last().u);
                    });
}

void RpcInference::prepare(std::function<void(Result<bool>)> done)
{
    if (m_run) {
        done(true);
        return;
    }
    if (!m_rpc)
        return done(Error(Error::Code::Io, BackendText::tr("the RPC session is gone")));
    // The steps in order, each calling on with its result; the first error ends them.
    using Next = StepDone;
    auto handleInto = [](quint64 *out, Next next) {
        return [out, next](Result<quint64> h) {
            if (!h)
                return next(h.error());
            *out = h.value();
            next(true);
        };
    };
    auto countInto = [this](int *out, const QByteArray &name) {
        return Step([this, out, name](Next next) {
            function(name, [this, out, next](Result<quint64> f) {
                if (!f)
                    return next(f.error());
                m_rpc->callFunc(f.value(), {}, [out, next](Result<QList<RpcValue>> n) {
                    if (!n)
                        return next(n.error());
                    *out = int(n.value().last().i);
                    next(true);
                });
            });
        });
    };
    const QList<Step> steps = {
        [this](Next next) {
            m_rpc->systemLibrary([this, next](Result<quint64> lib) {
                if (!lib)
                    return next(lib.error());
                m_syslib = lib.value();
                next(true);
            });
        },
        [this](Next next) {
            if (m_executor) // created on an earlier try: a CRT makes one per boot (0x700 after)
                return next(true);
            m_rpc->getGlobalFunc("tvm.aot_executor.create", [this, next](Result<quint64> create) {
                if (!create)
                    return next(create.error().withDetail(
                        BackendText::tr("the device has no AOT executor over RPC (an archive built with the C interface "
                                        "has no packed functions TVM's CRT can reach)")));
                m_rpc->callFunc(create.value(), {RpcValue::module(m_syslib), RpcValue::device(1, 0), RpcValue::str("default")},
                                [this, next](Result<QList<RpcValue>> exec) {
                                    if (!exec)
                                        return next(exec.error());
                                    m_executor = exec.value().last().u;
                                    next(true);
                                });
            });
        },
        [this, handleInto](Next next) {
            m_rpc->getGlobalFunc("tvm.rpc.server.ModuleGetFunction", handleInto(&m_moduleGetFunction, next));
        },
        [this, handleInto](Next next) { function("get_input", handleInto(&m_getInput, next)); },
        [this, handleInto](Next next) { function("get_output", handleInto(&m_getOutput, next)); },
        countInto(&m_inputs, "get_num_inputs"),
        countInto(&m_outputs, "get_num_outputs"),
        [this, handleInto](Next next) { function("run", handleInto(&m_run, next)); },
    };
    runSteps(steps, done);
}

void RpcInference::tensorOf(quint64 getter, int index, std::function<void(Result<RpcTensor>)> done)
{
    m_rpc->callFunc(getter, {RpcValue::integer(index)}, [this, index, done](Result<QList<RpcValue>> r) {
        if (!r)
            return done(r.error());
        // An NDArray: [0: 13][7: DLTensor][3: handle], the handle freed at once (spec 4.4.3).
        const auto &v = r.value();
        if (v.size() < 2 || v[0].i != RpcValue::NDArray || v[1].type != RpcValue::Tensor)
            return done(Error(Error::Code::Protocol, BackendText::tr("tensor %1 came back as no NDArray").arg(index)));
        if (v.size() >= 3 && v[2].type == RpcValue::Handle)
            m_rpc->syscall(RpcPacket::FreeHandle, {RpcValue::handle(v[2].u), RpcValue::integer(RpcValue::NDArray)},
                           [](Result<RpcValue>) {});
        done(v[1].tensor);
    });
}

void RpcInference::executor(std::function<void(Result<quint64>)> done)
{
    prepare([this, done](Result<bool> ok) {
        if (!ok)
            return done(ok.error());
        done(m_executor);
    });
}

void RpcInference::describe(std::function<void(Result<QList<RpcTensor>>)> done)
{
    prepare([this, done](Result<bool> ok) {
        if (!ok)
            return done(ok.error());
        auto tensors = std::make_shared<QList<RpcTensor>>();
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [this, tensors, weak = std::weak_ptr<std::function<void(int)>>(next), done](int i) {
            if (i >= m_inputs)
                return done(*tensors);
            tensorOf(m_getInput, i, [tensors, self = weak.lock(), done, i](Result<RpcTensor> t) {
                if (!t)
                    return done(t.error());
                *tensors << t.value();
                (*self)(i + 1);
            });
        };
        (*next)(0);
    });
}

void RpcInference::run(const QList<QByteArray> &inputs, std::function<void(Result<Result_>)> done)
{
    prepare([this, inputs, done](Result<bool> ok) {
        if (!ok)
            return done(ok.error());
        if (inputs.size() != m_inputs)
            return done(Error(Error::Code::Malformed,
                              BackendText::tr("the model has %1 input(s); %2 were given").arg(m_inputs).arg(inputs.size())));
        m_given = inputs;
        m_result = {};
        writeInputs(0, [this, done](Result<bool> written) {
            if (!written)
                return done(written.error());
            const qint64 start = Transport::nowUs();
            m_rpc->callFunc(m_run, {}, [this, start, done](Result<QList<RpcValue>> ran) {
                if (!ran)
                    return done(ran.error());
                m_result.runUs = Transport::nowUs() - start;
                readOutputs(0, [this, done](Result<bool> read) {
                    if (!read)
                        return done(read.error());
                    done(m_result);
                });
            });
        });
    });
}

void RpcInference::writeInputs(int index, std::function<void(Result<bool>)> done)
{
    if (index >= m_inputs)
        return done(true);
    tensorOf(m_getInput, index, [this, index, done](Result<RpcTensor> t) {
        if (!t)
            return done(t.error());
        if (t.value().bytes() != m_given[index].size())
            return done(Error(Error::Code::Malformed, BackendText::tr("input %1 takes %2 bytes; %3 were given")
                                                          .arg(index)
                                                          .arg(t.value().bytes())
                                                          .arg(m_given[index].size())));
        m_result.inputs << t.value();
        m_rpc->copyToRemote(t.value(), m_given[index], [this, index, done](Result<bool> copied) {
            if (!copied)
                return done(copied.error());
            writeInputs(index + 1, done);
        });
    });
}

void RpcInference::readOutputs(int index, std::function<void(Result<bool>)> done)
{
    if (index >= m_outputs)
        return done(true);
    tensorOf(m_getOutput, index, [this, index, done](Result<RpcTensor> t) {
        if (!t)
            return done(t.error());
        const qint64 n = t.value().bytes();
        if (n < 0)
            return done(Error(Error::Code::Malformed, BackendText::tr("output %1 has no size").arg(index)));
        m_rpc->copyFromRemote(t.value(), n, [this, index, tensor = t.value(), done](Result<QByteArray> data) {
            if (!data)
                return done(data.error());
            m_result.outputs << Output{tensor, data.value()};
            readOutputs(index + 1, done);
        });
    });
}

} // namespace mtvw::transport
