#include "profilecontroller.h"

#include "backgroundjob.h"
#include "core/logging.h"
#include "hostsimproject.h"
#include "liveconnection.h"
#include "micro/dtypetext.h"
#include "micro/hostsimoutput.h"
#include "micro/runreport.h"
#include "micro/tensorbytes.h"
#include "micro/timingstats.h"
#include "mlf/mlfarchive.h"
#include "mlf/sourceindex.h"
#include "profilemodel.h"
#include "timingstatsmodel.h"
#include "transport/projectapitransport.h"
#include "transport/rpcclient.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>

using mtvw::Error;
using mtvw::micro::RpcTensor;
using mtvw::transport::HostSession;
using mtvw::transport::RpcClient;
using mtvw::transport::RpcInference;
using mtvw::transport::RpcProfiler;
using mtvw::transport::Transport;
namespace TensorBytes = mtvw::micro::TensorBytes;

// One session on the live connection's transport and the RPC that rides on it. Deleted later
// (never inside one of its own callbacks); the client goes first, so the callbacks it calls
// as it goes still find the inference and the profiler.
struct ProfileController::Device : QObject
{
    QPointer<Transport> transport;
    std::unique_ptr<HostSession> session;
    std::unique_ptr<RpcInference> inference;
    std::unique_ptr<RpcProfiler> profiler;
    std::unique_ptr<RpcClient> rpc;
    bool started = false;
};

// What the archive tells a profile, read off the GUI thread.
struct ProfileController::Prepared
{
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive;
    QList<mtvw::mlf::OperatorCalls::Call> calls;
    QList<ProfileModel::Operator> operators;
    bool legacyEvaluator = false;
    QString error;
};

template<typename F>
auto ProfileController::guarded(F f)
{
    return [self = QPointer<ProfileController>(this), generation = m_generation, f = std::move(f)](auto result) {
        if (self && self->m_generation == generation && self->m_device)
            f(std::move(result));
    };
}

ProfileController::ProfileController(LiveConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_board(new HostSimProject(this))
    , m_model(new ProfileModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stats(new TimingStatsModel(this))
    , m_prepareJob(new BackgroundJob<std::shared_ptr<Prepared>>(this))
    , m_replyTimeoutMs(RpcClient::kDefaultTimeoutMs)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProfileModel::SortRole);
    m_stats->setUnit(TimingStatsModel::Unit::Microseconds);
    connect(m_board, &HostSimProject::stepChanged, this, &ProfileController::handleBoardStep);
    connect(m_board, &HostSimProject::errorOccurred, this, &ProfileController::fail);
    connect(connection, &LiveConnection::connected, this, [this] {
        emit liveConnectionChanged();
        // Someone else connected the window to another board: this session is over.
        if (m_connecting || !m_device)
            return;
        m_ownsConnection = false;
        dropDevice();
        setStep(Step::Idle);
    });
    connect(connection, &LiveConnection::disconnected, this, [this] {
        emit liveConnectionChanged();
        m_ownsConnection = false;
        if (m_device)
            fail(Error(Error::Code::Io, tr("the live connection closed")));
    });
}

ProfileController::~ProfileController()
{
    m_board->cancel();
    ++m_generation;
    delete m_device; // not inside a callback of its own here
    m_device = nullptr;
    if (m_ownsConnection && m_connection)
        m_connection->close();
}

void ProfileController::setTemplateDir(const QString &dir)
{
    m_board->setTemplateDir(dir);
}

QString ProfileController::projectDir() const
{
    return m_board->projectDir();
}

bool ProfileController::isBusy() const
{
    return m_step != Step::Idle && m_step != Step::Connected && m_step != Step::Failed;
}

void ProfileController::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    qCInfo(lcTransport) << "profile:" << step;
    emit stepChanged(step);
}

void ProfileController::fail(const Error &error)
{
    qCWarning(lcTransport) << "profile failed:" << error.message();
    m_board->cancel();
    dropDevice();
    if (m_ownsConnection && m_connection) {
        m_ownsConnection = false;
        m_connection->close();
    }
    setStep(Step::Failed);
    emit errorOccurred(error);
}

void ProfileController::failAction(const Error &error)
{
    if (m_device && m_device->rpc->isBroken())
        return fail(error);
    setStep(Step::Connected);
    emit errorOccurred(error);
}

void ProfileController::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive, const QString &path)
{
    if (path == m_path && (!archive || m_openedItself || archive == m_archive) && (m_ready || m_prepareJob->isRunning())) {
        // The same file, now open in the window too (the example, say): the figures stay.
        if (archive && m_ready) {
            m_archive = archive;
            m_openedItself = false;
        }
        return;
    }
    // A simulated board runs the archive it was made from: another one needs another board.
    if ((m_ownsConnection || m_board->isBusy()) && path != m_board->archive())
        stop();
    m_archive = archive;
    m_openedItself = !archive;
    m_path = path;
    m_ready = false;
    m_calls.clear();
    m_profiled = false;
    m_model->setOperators({});
    m_stats->setAnalysis({}, {}, {});
    emit readyChanged();
    if (path.isEmpty() && !archive)
        return;
    m_prepareJob->start(
        [archive, path](const JobContext &) {
            auto p = std::make_shared<Prepared>();
            p->archive = archive;
            if (!p->archive) {
                auto opened = mtvw::mlf::MlfArchive::open(path);
                if (!opened) {
                    p->error = opened.error().message();
                    return p;
                }
                p->archive = opened.value();
            }
            const auto &a = *p->archive;
            for (const auto &m : a.modules()) {
                const auto calls = mtvw::mlf::OperatorCalls::of(a, m).calls;
                QHash<QString, qint64> workspace;
                for (const auto &op : a.operators(m))
                    workspace.insert(op.name, op.workspaceBytes);
                for (const auto &c : calls) {
                    const auto *code = a.sourceIndex().find(c.function);
                    p->operators.append({m.name, c.function, c.callsPerRun, workspace.value(c.function, -1),
                                         code ? code->bytes() : -1, c.problem});
                }
                p->calls += calls;
            }
            p->legacyEvaluator = RpcProfiler::legacyEvaluatorFor(a.metadata().statedRelease());
            return p;
        },
        [this](std::shared_ptr<Prepared> p) { handlePrepared(*p); });
}

void ProfileController::handlePrepared(const Prepared &prepared)
{
    if (!prepared.error.isEmpty()) {
        emit errorOccurred(Error(Error::Code::Io, tr("cannot read %1: %2").arg(m_path, prepared.error)));
        return;
    }
    m_archive = prepared.archive;
    m_calls = prepared.calls;
    m_legacyEvaluator = prepared.legacyEvaluator;
    m_model->setOperators(prepared.operators);
    m_ready = true;
    qCInfo(lcTransport) << "profile: the model calls" << m_calls.size() << "operator function(s)";
    emit readyChanged();
}

QString ProfileController::stepText() const
{
    const QString model = QFileInfo(m_path).fileName();
    const QString connection = m_connection ? m_connection->description() : QString();
    switch (m_step) {
    case Step::Idle: return tr("No session: run the model on a simulated board, or use a board the live connection reaches.");
    case Step::Preparing: return tr("Starting the host-sim template…");
    case Step::Generating: return tr("Generating a host-driven project from %1…").arg(model);
    case Step::Building: return tr("Building it with the host C compiler…");
    case Step::Flashing: return tr("Flashing the simulated board…");
    case Step::Connecting: return tr("Starting a session with %1…").arg(connection);
    case Step::Connected: return tr("Session with %1").arg(connection);
    case Step::Inferring: return tr("Running one inference on %1…").arg(connection);
    case Step::Profiling: return tr("Profiling %1 on %2…").arg(model, connection);
    case Step::Failed: return tr("Stopped on an error.");
    }
    return {};
}

QString ProfileController::limitsText() const
{
    if (!hasSession())
        return {};
    const QLocale l;
    return tr("session 0x%1 · packets up to %2 bytes · handshake retry %3 s, start %4 s · replies within %5 s")
        .arg(m_sessionId, 4, 16, QLatin1Char('0'))
        .arg(l.toString(m_maxPacket))
        .arg(l.toString(m_timeouts.retrySeconds), l.toString(m_timeouts.startSeconds), l.toString(m_replyTimeoutMs / 1000.0));
}

void ProfileController::runOnHostSim()
{
    stop();
    if (m_path.isEmpty())
        return fail(Error(Error::Code::NotFound, tr("no archive to run: open one first")));
    m_board->start(m_path, {{QStringLiteral("project_type"), QStringLiteral("host_driven")}});
}

void ProfileController::handleBoardStep()
{
    switch (m_board->step()) {
    case HostSimProject::Step::Starting: return setStep(Step::Preparing);
    case HostSimProject::Step::Generating: return setStep(Step::Generating);
    case HostSimProject::Step::Building: return setStep(Step::Building);
    case HostSimProject::Step::Flashing: return setStep(Step::Flashing);
    case HostSimProject::Step::Idle:
    case HostSimProject::Step::Failed: return; // stop() and fail() say it
    case HostSimProject::Step::Flashed: break;
    }
    if (!m_connection)
        return;
    const QString name = tr("host-sim board (RPC) running %1").arg(QFileInfo(m_board->archive()).fileName());
    auto transport = m_board->transport(name);
    if (!transport)
        return fail(transport.error());
    // What the connection says while it closes the one before and opens this one is not about
    // this session.
    m_ownsConnection = false;
    m_connecting = true;
    m_connection->openTransport(transport.value(), name);
    m_connecting = false;
    m_ownsConnection = true;
    attach(m_connection->transport());
}

void ProfileController::useLiveConnection()
{
    stop();
    if (!m_connection || !m_connection->transport())
        return fail(
            Error(Error::Code::NotFound, tr("the window has no live connection: connect a board in the Monitor pane first")));
    if (m_connection->isReplay())
        return fail(Error(Error::Code::Unsupported,
                          tr("%1 is a replay: a session needs a board that answers").arg(m_connection->description())));
    attach(m_connection->transport());
}

bool ProfileController::canUseLiveConnection() const
{
    return m_connection && m_connection->transport() && !m_connection->isReplay();
}

void ProfileController::attach(Transport *transport)
{
    auto *d = new Device;
    m_device = d;
    d->transport = transport;
    d->session = std::make_unique<HostSession>(transport, HostSession::Timeouts{});
    d->rpc = std::make_unique<RpcClient>(d->session.get());
    d->rpc->setTimeoutMs(m_replyTimeoutMs);
    d->inference = std::make_unique<RpcInference>(d->rpc.get());
    d->profiler = std::make_unique<RpcProfiler>(d->rpc.get(), d->inference.get());
    connect(d->session.get(), &HostSession::established, this, &ProfileController::handleEstablished);
    connect(d->session.get(), &HostSession::ended, this,
            [this](const Error &why) { fail(Error(why.code(), tr("the session ended: %1").arg(why.message()))); });
    connect(d->profiler.get(), &RpcProfiler::progressed, this, [this](int done, int total, const QString &function) {
        m_model->setTimingRow(done < m_model->rowCount() && !function.isEmpty() ? done : -1);
        emit progressed(done, total, function);
    });
    // The project's own handshake timeouts are known once its transport is open.
    connect(transport, &Transport::stateChanged, d, [this](Transport::State s) {
        if (s == Transport::State::Open)
            beginSession();
    });
    m_sessionId = 0;
    m_maxPacket = 0;
    setStep(Step::Connecting);
    emit sessionChanged();
    if (transport->state() == Transport::State::Open)
        beginSession();
}

void ProfileController::beginSession()
{
    if (!m_device || m_device->started)
        return;
    m_device->started = true;
    m_timeouts = HostSession::Timeouts{};
    if (auto *project = qobject_cast<mtvw::transport::ProjectApiTransport *>(m_device->transport.data()))
        m_timeouts = project->sessionTimeouts();
    m_device->session->setTimeouts(m_timeouts);
    m_device->session->start();
}

void ProfileController::handleEstablished(quint16 sessionId)
{
    m_sessionId = sessionId;
    m_device->rpc->maxPacketSize(guarded([this](mtvw::Result<qint64> bytes) {
        if (!bytes)
            return fail(bytes.error());
        m_maxPacket = bytes.value();
        qCInfo(lcTransport) << "profile: session" << Qt::hex << m_sessionId << Qt::dec << "packets up to" << m_maxPacket;
        setStep(Step::Connected);
        emit sessionChanged();
    }));
}

void ProfileController::dropDevice()
{
    ++m_generation;
    Device *d = m_device;
    m_device = nullptr;
    if (!d)
        return;
    d->session->disconnect(this);
    d->profiler->disconnect(this);
    d->deleteLater();
    m_sessionId = 0;
    m_maxPacket = 0;
    emit sessionChanged();
}

void ProfileController::stop()
{
    m_board->cancel();
    dropDevice();
    if (m_ownsConnection && m_connection) {
        m_ownsConnection = false;
        m_connection->close();
    }
    m_model->setTimingRow(-1);
    setStep(Step::Idle);
}

mtvw::Result<QList<QByteArray>> ProfileController::makeInputs(const QList<RpcTensor> &tensors, const Inputs &inputs) const
{
    qint64 want = 0;
    for (const RpcTensor &t : tensors) {
        // A size the device reports is checked before anything is made of it.
        if (t.bytes() < 0 || t.bytes() > kMaxInputBytes || want > kMaxInputBytes - t.bytes())
            return Error(Error::Code::LimitExceeded, tr("the device reports an input of %1 (at most %2 bytes are sent)")
                                                         .arg(mtvw::micro::RpcValue::dlTensor(t).describe())
                                                         .arg(kMaxInputBytes));
        want += t.bytes();
    }
    QByteArray given;
    if (inputs.kind == Inputs::Kind::File) {
        QFile f(inputs.file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, tr("cannot read %1: %2").arg(inputs.file, f.errorString()));
        if (f.size() != want)
            return Error(Error::Code::Malformed,
                         tr("%1 holds %2 bytes; the model's inputs take %3").arg(inputs.file).arg(f.size()).arg(want));
        given = f.read(want);
        if (given.size() != want)
            return Error(Error::Code::Io, tr("cannot read %1: %2").arg(inputs.file, f.errorString()));
    }
    const TensorBytes::Fill fill = inputs.kind == Inputs::Kind::Ones     ? TensorBytes::Fill::Ones
                                   : inputs.kind == Inputs::Kind::Random ? TensorBytes::Fill::Random
                                                                         : TensorBytes::Fill::Zeros;
    QRandomGenerator rng(inputs.seed);
    QList<QByteArray> out;
    qint64 at = 0;
    for (const RpcTensor &t : tensors) {
        out << (inputs.kind == Inputs::Kind::File ? given.mid(at, t.bytes()) : TensorBytes::filled(t, fill, rng));
        at += t.bytes();
    }
    return out;
}

QStringList ProfileController::describe(const RpcInference::Result_ &result) const
{
    const QLocale l;
    const QString module =
        m_archive && !m_archive->modules().isEmpty() ? m_archive->modules().first().name : QStringLiteral("default");
    QStringList lines;
    for (int i = 0; i < result.outputs.size(); ++i) {
        const auto &o = result.outputs[i];
        mtvw::micro::HostSimOutput::Tensor t;
        t.module = module;
        t.name = tr("output %1").arg(i);
        t.dtype = mtvw::micro::dtypeText(o.tensor.code, o.tensor.bits, o.tensor.lanes);
        const bool readable = TensorBytes::readable(o.tensor);
        t.count = readable ? o.data.size() / (o.tensor.bits / 8) : 0;
        const qint64 read = std::min<qint64>(t.count, mtvw::micro::HostSimOutput::kMaxValues);
        for (qint64 k = 0; k < read; ++k)
            t.values << TensorBytes::element(o.tensor, o.data, k);
        QStringList shape, first;
        for (qint64 s : o.tensor.shape)
            shape << l.toString(s);
        for (qint64 k = 0; k < std::min<qint64>(read, kFirstValues); ++k)
            first << l.toString(t.values[k], 'g', 6);
        const QString report = mtvw::micro::tensorReport(t, 3, l);
        lines << (report.isEmpty() ? tr("%1/%2 %3: %n byte(s)", nullptr, int(o.data.size())).arg(t.module, t.name, t.dtype)
                                   : report);
        lines << tr("    shape [%1], checksum 0x%2, first values %3%4")
                     .arg(shape.join(QStringLiteral(", ")))
                     .arg(TensorBytes::fnv1a(o.data), 8, 16, QLatin1Char('0'))
                     .arg(first.join(QLatin1Char(' ')), t.count > first.size() ? QStringLiteral(" …") : QString());
    }
    lines << tr("run: %1 ms round trip").arg(l.toString(double(result.runUs) / 1000.0, 'f', 3));
    return lines;
}

void ProfileController::infer(const Inputs &inputs)
{
    if (m_step != Step::Connected || !m_device) {
        emit errorOccurred(Error(Error::Code::Unsupported, tr("no session to run an inference on")));
        return;
    }
    setStep(Step::Inferring);
    RpcInference *inference = m_device->inference.get();
    inference->describe(guarded([this, inputs, inference](mtvw::Result<QList<RpcTensor>> tensors) {
        if (!tensors)
            return failAction(tensors.error());
        auto given = makeInputs(tensors.value(), inputs);
        if (!given)
            return failAction(given.error());
        inference->run(given.value(), guarded([this](mtvw::Result<RpcInference::Result_> r) {
                           if (!r)
                               return failAction(r.error());
                           m_outputs = r.value().outputs;
                           m_outputLines = describe(r.value());
                           setStep(Step::Connected);
                           emit inferred();
                       }));
    }));
}

void ProfileController::profile(int repeat, int number)
{
    if (m_step != Step::Connected || !m_device) {
        emit errorOccurred(Error(Error::Code::Unsupported, tr("no session to profile on")));
        return;
    }
    if (!m_ready) {
        emit errorOccurred(Error(Error::Code::Unsupported, tr("the archive's operators are still being read")));
        return;
    }
    RpcProfiler::Settings settings;
    settings.repeat = std::max(repeat, 1);
    settings.number = std::max(number, 1);
    settings.legacyEvaluator = m_legacyEvaluator;
    m_profiled = false;
    m_model->clearTimings();
    m_stats->setAnalysis({}, {}, {});
    setStep(Step::Profiling);
    m_device->profiler->profile(m_calls, settings, guarded([this](mtvw::Result<RpcProfiler::Report> r) {
                                    m_model->setTimingRow(-1);
                                    if (!r)
                                        return failAction(r.error());
                                    m_model->setReport(r.value());
                                    m_modelTiming = r.value().model;
                                    TimingController::Analysis analysis;
                                    QList<double> us;
                                    for (double s : std::as_const(m_modelTiming.seconds))
                                        us << s * 1e6;
                                    analysis.hasB = !us.isEmpty();
                                    analysis.b = mtvw::micro::TimingStats::compute(us);
                                    m_stats->setAnalysis(analysis, {},
                                                         tr("The whole model, %n repeat(s)", nullptr, int(us.size())));
                                    m_profiled = true;
                                    setStep(Step::Connected);
                                    emit profiled();
                                }));
}
