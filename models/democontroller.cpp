#include "democontroller.h"

#include "core/logging.h"
#include "hostsimproject.h"
#include "liveconnection.h"
#include "projectcontroller.h"
#include "transport/projectapitransport.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

using mtvw::Error;

DemoController::DemoController(LiveConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_board(new HostSimProject(this))
{
    connect(m_board, &HostSimProject::stepChanged, this, &DemoController::handleBoardStep);
    connect(m_board, &HostSimProject::errorOccurred, this, &DemoController::fail);
    connect(connection, &LiveConnection::chunksArrived, this, &DemoController::handleChunks);
    connect(connection, &LiveConnection::disconnected, this, &DemoController::handleDisconnected);
    connect(connection, &LiveConnection::connected, this, [this] {
        // Someone else connected the window to another board: the demo's program is not shown.
        if (m_step == Step::Running && !m_connecting) {
            m_ownsConnection = false; // the connection is someone else's now: never close it
            setStep(Step::Stopped);
            m_board->cancel();
        }
    });
    m_clock.start();
}

DemoController::~DemoController()
{
    if (m_ownsConnection && m_connection)
        m_connection->close();
}

void DemoController::setTemplateDir(const QString &dir)
{
    m_board->setTemplateDir(dir);
}

ProjectController *DemoController::project() const
{
    return m_board->project();
}

QString DemoController::stepText() const
{
    switch (m_step) {
    case Step::Idle: return tr("Ready: one click runs the model on a simulated board.");
    case Step::Starting: return tr("Starting the host-sim template…");
    case Step::Generating: return tr("Generating a project from %1…").arg(QFileInfo(m_archive).fileName());
    case Step::Building: return tr("Building it with the host C compiler…");
    case Step::Flashing: return tr("Flashing the simulated board…");
    case Step::Running: return tr("Running %1 on the simulated board").arg(QFileInfo(m_archive).fileName());
    case Step::Stopped: return tr("Stopped after %n inference(s).", nullptr, int(std::min<qint64>(m_inferences, INT_MAX)));
    case Step::Failed: return tr("The demo stopped on an error.");
    }
    return {};
}

QString DemoController::projectDir() const
{
    return m_board->projectDir();
}

void DemoController::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    qCInfo(lcProjectApi) << "demo:" << step;
    emit stepChanged(step);
}

void DemoController::fail(const Error &error)
{
    if (m_ownsConnection && m_connection) {
        m_ownsConnection = false;
        m_connection->close();
    }
    setStep(Step::Failed);
    emit errorOccurred(error);
}

void DemoController::start(const QString &archive)
{
    if (isActive())
        stop();
    m_archive = archive;
    m_inferences = 0;
    m_latestMs = 0;
    m_topIndex = -1;
    m_recent.clear();
    m_restarts = 0;
    emit readoutChanged();
    // The standalone program, whatever the template's saved project_type says.
    m_board->start(archive, {{QStringLiteral("project_type"), QStringLiteral("standalone")}});
}

void DemoController::stop()
{
    if (!isActive())
        return;
    setStep(Step::Stopped); // first: the cancel's own failure is not an error of the demo
    m_board->cancel();
    if (m_ownsConnection && m_connection) {
        m_ownsConnection = false;
        m_connection->close();
    }
}

void DemoController::handleBoardStep()
{
    switch (m_board->step()) {
    case HostSimProject::Step::Starting: setStep(Step::Starting); break;
    case HostSimProject::Step::Generating: setStep(Step::Generating); break;
    case HostSimProject::Step::Building: setStep(Step::Building); break;
    case HostSimProject::Step::Flashing: setStep(Step::Flashing); break;
    case HostSimProject::Step::Flashed:
        setStep(Step::Running);
        runProgram();
        break;
    case HostSimProject::Step::Idle:
    case HostSimProject::Step::Failed: break; // stop() and fail() say it
    }
}

void DemoController::runProgram()
{
    if (!m_connection)
        return;
    ProjectController *project = m_board->project();
    project->setOptionValue(QStringLiteral("runs"), kRuns);
    project->setOptionValue(QStringLiteral("print_every"), kPrintEvery);
    project->setOptionValue(QStringLiteral("pace_ms"), kPaceMs);
    project->setOptionValue(QStringLiteral("input_fill"), QStringLiteral("random"));
    project->setOptionValue(QStringLiteral("random_seed"), 1 + m_restarts);
    const QString name = tr("host-sim board running %1").arg(QFileInfo(m_archive).fileName());
    auto transport = m_board->transport(name);
    if (!transport) {
        fail(transport.error());
        return;
    }
    m_lines = std::make_unique<mtvw::micro::DeviceLines>();
    m_lines->setStreaming(true);
    // What the connection says while it closes the one before and opens this one is not about
    // the demo's program.
    m_ownsConnection = false;
    m_connecting = true;
    m_connection->openTransport(transport.value(), name);
    m_connecting = false;
    m_ownsConnection = true;
}

QString DemoController::latencyText(double ms)
{
    const QLocale l;
    if (ms >= 1)
        return tr("%1 ms").arg(l.toString(ms, 'g', 4));
    if (ms >= 0.001)
        return tr("%1 µs").arg(l.toString(ms * 1e3, 'g', 3));
    return tr("%1 ns").arg(l.toString(ms * 1e6, 'g', 3));
}

double DemoController::inferencesPerSecond() const
{
    if (m_recent.size() < 2)
        return 0;
    const qint64 span = m_recent.back() - m_recent.front();
    const qint64 now = m_clock.elapsed();
    // Over the window, or since the first of it when the run is younger than the window.
    const double seconds = std::max<qint64>(std::max(span, now - m_recent.front()), 1) / 1000.0;
    return double(m_recent.size()) / seconds;
}

QString DemoController::topClass() const
{
    if (m_topIndex < 0)
        return {};
    return tr("class %1 (%2)").arg(m_topIndex).arg(QLocale().toString(m_topValue, 'g', 3));
}

void DemoController::handleChunks(const LiveChunks &chunks)
{
    if (!m_ownsConnection || !m_lines)
        return;
    QList<mtvw::micro::DeviceLines::Sample> samples;
    for (const LiveChunk &c : chunks)
        if (c.direction == mtvw::Direction::FromDevice)
            m_lines->feed(c.bytes, &samples);
    if (samples.isEmpty() && m_lines->hostSim().outputs().isEmpty())
        return;
    const qint64 now = m_clock.elapsed();
    for (const auto &s : std::as_const(samples)) {
        ++m_inferences;
        m_latestMs = s.ms;
        m_recent.push_back(now);
    }
    while (!m_recent.empty() && now - m_recent.front() > kRateWindowMs)
        m_recent.pop_front();
    const auto &outputs = m_lines->hostSim().outputs();
    if (!outputs.isEmpty()) {
        const auto top = outputs.first().top(1);
        if (!top.isEmpty()) {
            m_topIndex = top.first().first;
            m_topValue = top.first().second;
        }
    }
    emit readoutChanged();
}

void DemoController::handleDisconnected()
{
    if (!m_ownsConnection)
        return;
    m_ownsConnection = false;
    if (m_step != Step::Running)
        return;
    // The program ended (a million runs, or an error it printed): run it again, unless it keeps
    // ending at once.
    if (m_inferences == 0 || ++m_restarts > 100) {
        fail(Error(Error::Code::Process, tr("the simulated board stopped without inferring; its output is in the Monitor")));
        return;
    }
    // Not from inside the connection's own signal: it may be closing for someone else's transport.
    QTimer::singleShot(0, this, [this] {
        if (m_step == Step::Running && m_connection && !m_connection->isConnected())
            runProgram();
        else if (m_step == Step::Running)
            setStep(Step::Stopped);
    });
}
