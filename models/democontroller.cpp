#include "democontroller.h"

#include "core/logging.h"
#include "liveconnection.h"
#include "projectapi/templatediscovery.h"
#include "projectcontroller.h"
#include "transport/projectapitransport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

using mtvw::Error;

DemoController::DemoController(LiveConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_project(new ProjectController(this))
{
    connect(m_project, &ProjectController::folderChanged, this, &DemoController::handleFolderChanged);
    connect(m_project, &ProjectController::finished, this, &DemoController::handleFinished);
    connect(m_project, &ProjectController::errorOccurred, this, &DemoController::handleError);
    connect(connection, &LiveConnection::chunksArrived, this, &DemoController::handleChunks);
    connect(connection, &LiveConnection::disconnected, this, &DemoController::handleDisconnected);
    connect(connection, &LiveConnection::connected, this, [this] {
        // Someone else connected the window to another board: the demo's program is not shown.
        if (m_step == Step::Running && !m_connecting) {
            m_ownsConnection = false; // the connection is someone else's now: never close it
            setStep(Step::Stopped);
            m_project->cancel();
        }
    });
    m_clock.start();
}

DemoController::~DemoController()
{
    if (m_ownsConnection && m_connection)
        m_connection->close();
}

QString DemoController::hostSimTemplate()
{
    for (const QString &root : mtvw::projectapi::TemplateDiscovery::bundledRoots()) {
        const QString dir = QDir(root).filePath(QStringLiteral("host-sim"));
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("microtvm_api_server.py"))))
            return dir;
    }
    return {};
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
    return m_dir ? QDir(m_dir->path()).filePath(QStringLiteral("project")) : QString();
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
    const QString tmpl = m_templateDir.isEmpty() ? hostSimTemplate() : m_templateDir;
    if (tmpl.isEmpty()) {
        fail(Error(Error::Code::NotFound,
                   tr("the host-sim template is not installed (looked in %1)")
                       .arg(mtvw::projectapi::TemplateDiscovery::bundledRoots().join(QStringLiteral(", ")))));
        return;
    }
    if (!QFileInfo::exists(archive)) {
        fail(Error(Error::Code::NotFound, tr("the archive %1 does not exist").arg(archive)));
        return;
    }
    m_archive = archive;
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("mtvw-demo-XXXXXX")));
    if (!m_dir->isValid()) {
        fail(Error(Error::Code::Io, tr("cannot make a folder for the demo's project: %1").arg(m_dir->errorString())));
        return;
    }
    m_inferences = 0;
    m_latestMs = 0;
    m_topIndex = -1;
    m_recent.clear();
    m_restarts = 0;
    setStep(Step::Starting);
    emit readoutChanged();
    m_project->setFolder(tmpl);
}

void DemoController::stop()
{
    if (!isActive())
        return;
    setStep(Step::Stopped); // first: the cancel's own failure is not an error of the demo
    m_project->cancel();
    if (m_ownsConnection && m_connection) {
        m_ownsConnection = false;
        m_connection->close();
    }
}

void DemoController::handleFolderChanged()
{
    if (!m_project->serverError().isEmpty() && (m_step == Step::Starting || m_step == Step::Generating)) {
        fail(Error(Error::Code::Process, tr("the host-sim server did not start: %1").arg(m_project->serverError())));
        return;
    }
    if (!m_project->info() || m_project->isBusy())
        return;
    if (m_step == Step::Starting) {
        setStep(Step::Generating);
        m_project->generate(m_archive, projectDir());
    } else if (m_step == Step::Generating && QDir(m_project->folder()) == QDir(projectDir())) {
        setStep(Step::Building);
        m_project->build();
    }
}

void DemoController::handleError(const QString &method, const Error &error, const QString &hint)
{
    if (!isActive() || m_step == Step::Running)
        return;
    fail(Error(error.code(), tr("%1 failed: %2").arg(method, error.message()))
             .withDetail(hint.isEmpty() ? error.detail() : hint + QLatin1Char('\n') + error.detail()));
}

void DemoController::handleFinished(const QString &method, bool ok)
{
    if (!isActive() || !ok) // a failure was reported by handleError
        return;
    if (method == QLatin1String("build") && m_step == Step::Building) {
        setStep(Step::Flashing);
        m_project->flash();
    } else if (method == QLatin1String("flash") && m_step == Step::Flashing) {
        setStep(Step::Running);
        runProgram();
    }
}

void DemoController::runProgram()
{
    if (!m_connection)
        return;
    m_project->setOptionValue(QStringLiteral("runs"), kRuns);
    m_project->setOptionValue(QStringLiteral("print_every"), kPrintEvery);
    m_project->setOptionValue(QStringLiteral("pace_ms"), kPaceMs);
    m_project->setOptionValue(QStringLiteral("input_fill"), QStringLiteral("random"));
    m_project->setOptionValue(QStringLiteral("random_seed"), 1 + m_restarts);
    auto options = m_project->info()->optionsFor(QStringLiteral("open_transport"), m_project->optionValues());
    if (!options) {
        fail(options.error());
        return;
    }
    m_lines = std::make_unique<mtvw::micro::DeviceLines>();
    m_lines->setStreaming(true);
    const QString name = tr("host-sim board running %1").arg(QFileInfo(m_archive).fileName());
    auto *transport = new mtvw::transport::ProjectApiTransport(m_project->client(), options.value(), name);
    // What the connection says while it closes the one before and opens this one is not about
    // the demo's program.
    m_ownsConnection = false;
    m_connecting = true;
    m_connection->openTransport(transport, name);
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
