#include "projectcontroller.h"

#include "backgroundjob.h"
#include "core/logging.h"
#include "micro/elfsize.h"
#include "micro/hostsimoutput.h"
#include "micro/runreport.h"
#include "projectapi/base85.h"
#include "projectapi/failurehint.h"
#include "projectapi/projectapiclient.h"
#include "projectapi/templatediscovery.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

using mtvw::Error;
using mtvw::projectapi::FailureHint;
using mtvw::projectapi::ProjectApiClient;
using mtvw::projectapi::ServerInfo;
using mtvw::projectapi::TemplateDiscovery;

namespace {

const QString kUserFoldersKey = QStringLiteral("projects/userFolders");
const QString kOptionsKey = QStringLiteral("projects/options"); // folder path -> JSON of its option values
constexpr int kMaxLogLines = 200;

QJsonObject tvmVersion()
{
    return {{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}};
}

QString optionText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString shellQuoted(const QString &s)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=+-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

ProjectController::ProjectController(QObject *parent)
    : QObject(parent)
    , m_scanJob(new BackgroundJob<Found>(this))
    , m_sizeJob(new BackgroundJob<QString>(this))
{}

// Probing clients are children: deleting them hands their servers to the reaper, without a wait.
ProjectController::~ProjectController() = default;

QStringList ProjectController::userFolders() const
{
    return QSettings().value(kUserFoldersKey).toStringList();
}

void ProjectController::addUserFolder(const QString &path)
{
    QStringList folders = userFolders();
    const QString clean = QDir(path).absolutePath();
    if (!folders.contains(clean)) {
        folders << clean;
        QSettings().setValue(kUserFoldersKey, folders);
    }
    refreshTemplates();
}

void ProjectController::refreshTemplates()
{
    if (m_refreshing) {
        m_refreshQueued = true; // a folder added meanwhile is looked at right after this refresh
        return;
    }
    m_refreshing = true;
    m_refreshQueued = false;
    // Looking through folders (and asking Python where TVM is) runs off the GUI thread.
    m_scanJob->start(
        [bundled = TemplateDiscovery::bundledRoots(), added = userFolders()](const JobContext &job) {
            Found found;
            QStringList seen;
            auto scan = [&](const QStringList &roots, const QString &origin) {
                const TemplateDiscovery::Scan result = TemplateDiscovery::scan(roots);
                for (const QString &folder : result.folders)
                    if (!seen.contains(folder)) {
                        seen << folder;
                        Template t;
                        t.path = folder;
                        t.origin = origin;
                        t.probing = true;
                        found.templates << t;
                    }
                for (const TemplateDiscovery::Skipped &skip : result.skipped)
                    found.skipped << SkippedFolder{skip.path, skip.reason};
            };
            scan(bundled, QStringLiteral("bundled"));
            scan(added, QStringLiteral("added"));
            const QString tvm = TemplateDiscovery::tvmTemplateRoot(QStringLiteral("python3"), 5000, job.cancelFlag());
            if (!tvm.isEmpty())
                scan({tvm}, QStringLiteral("TVM"));
            return found;
        },
        [this](Found found) { handleScanned(std::move(found)); });
}

void ProjectController::cancelRefresh()
{
    m_scanJob->cancel();
    m_refreshQueued = false;
    for (const Probe &p : std::as_const(m_probes)) {
        p.client->disconnect(this);
        p.client->cancel();
        p.client->deleteLater();
    }
    m_probes.clear();
    for (Template &t : m_templates)
        if (t.probing) {
            t.probing = false;
            t.error = tr("not asked: looking for templates was cancelled");
        }
    if (m_refreshing) {
        m_refreshing = false;
        emit templatesChanged();
    }
}

void ProjectController::handleScanned(Found found)
{
    m_templates = std::move(found.templates);
    m_skipped = std::move(found.skipped);
    for (const SkippedFolder &skip : std::as_const(m_skipped))
        qCDebug(lcProjectApi) << "no template in" << skip.path << ":" << skip.reason;
    m_nextProbe = 0;
    emit templatesChanged(); // listed at once, "asking…" until each server answers
    startProbes();
}

void ProjectController::startProbes()
{
    while (m_probes.size() < kParallelProbes && m_nextProbe < m_templates.size()) {
        const int index = m_nextProbe++;
        auto *client = new ProjectApiClient(this);
        m_probes << Probe{client, index};
        auto started = client->start({m_templates[index].path});
        auto id = started ? client->call(QStringLiteral("server_info_query"), tvmVersion(), kProbeTimeoutMs)
                          : mtvw::Result<int>(started.error());
        if (!id) {
            // Reported from the event loop, like an answer: one code path, and no recursion here.
            QMetaObject::invokeMethod(
                this, [this, client, error = id.error()] { finishProbe(client, error); }, Qt::QueuedConnection);
            continue;
        }
        connect(client, &ProjectApiClient::replied, this,
                [this, client](int, const QJsonValue &result) { finishProbe(client, result); });
        connect(client, &ProjectApiClient::failed, this, [this, client](int, const Error &error) { finishProbe(client, error); });
    }
    if (m_probes.isEmpty() && m_nextProbe >= m_templates.size())
        finishRefresh();
}

void ProjectController::finishProbe(ProjectApiClient *client, const mtvw::Result<QJsonValue> &reply)
{
    const auto it = std::find_if(m_probes.begin(), m_probes.end(), [client](const Probe &p) { return p.client == client; });
    if (it == m_probes.end())
        return; // cancelled meanwhile
    const int index = it->index;
    m_probes.erase(it);
    client->disconnect(this);
    client->stop();
    client->deleteLater(); // never from inside its own signal
    Template &t = m_templates[index];
    t.probing = false;
    auto info = reply ? ServerInfo::parse(reply.value()) : mtvw::Result<ServerInfo>(reply.error());
    if (info) {
        t.platform = info->platformName;
        t.isTemplate = info->isTemplate;
    } else {
        t.error = info.error().message();
    }
    emit templatesChanged();
    startProbes();
}

void ProjectController::finishRefresh()
{
    m_refreshing = false;
    emit templatesChanged();
    if (m_refreshQueued)
        QMetaObject::invokeMethod(this, &ProjectController::refreshTemplates, Qt::QueuedConnection);
}

void ProjectController::setFolder(const QString &path)
{
    if (isBusy())
        return;
    // The old client may be inside one of its own signals (Generate's reply switches the folder):
    // it is cut off now and deleted once control is back in the event loop, never from here.
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
    }
    m_client = new ProjectApiClient(this);
    connect(m_client, &ProjectApiClient::replied, this, &ProjectController::handleReplied);
    connect(m_client, &ProjectApiClient::failed, this, &ProjectController::handleFailed);
    connect(m_client, &ProjectApiClient::logLine, this, [this](bool fromStderr, const QString &line) {
        m_log << line;
        while (m_log.size() > kMaxLogLines)
            m_log.removeFirst();
        emit logLine(fromStderr, line);
    });
    m_folder = QDir(path).absolutePath();
    m_info.reset();
    m_serverError.clear();
    m_infoCall = 0;
    loadValues();
    if (auto started = m_client->start({m_folder}); !started) {
        m_serverError = started.error().message();
        emit folderChanged();
        return;
    }
    auto id = m_client->call(QStringLiteral("server_info_query"), tvmVersion());
    if (!id)
        m_serverError = id.error().message();
    else
        m_infoCall = id.value();
    emit folderChanged();
}

void ProjectController::setOptionValue(const QString &name, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        m_values.remove(name);
    else
        m_values.insert(name, value);
    saveValues();
}

QStringList ProjectController::missingFor(const QString &method) const
{
    QStringList missing;
    if (!m_info)
        return missing;
    for (const auto &o : m_info->options)
        if (o.isRequiredFor(method) && !m_values.contains(o.name) && o.defaultValue.isNull())
            missing << o.name;
    return missing;
}

void ProjectController::startCall(const QString &method, const QJsonObject &params, const QString &task)
{
    m_log.clear();
    m_method = task.isEmpty() ? method : task;
    m_clock.start();
    emit busyChanged(true);
    auto id = m_client ? m_client->call(method, params) : mtvw::Result<int>(Error(Error::Code::Process, tr("no folder chosen")));
    if (!id) {
        finishMethod(id.error());
        return;
    }
    m_methodCall = id.value();
}

void ProjectController::generate(const QString &archive, const QString &outDir, const QJsonObject &overrides)
{
    if (isBusy() || !m_info)
        return;
    const QString method = QStringLiteral("generate_project");
    if (!m_info->isTemplate)
        return refuse(method, Error(Error::Code::Unsupported, tr("%1 is a generated project, not a template").arg(m_folder)));
    if (QFileInfo::exists(outDir))
        return refuse(
            method,
            Error(Error::Code::Io,
                  tr("%1 exists already: generate_project makes the project folder itself; choose a new one").arg(outDir)));
    QJsonObject values = m_values;
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        values.insert(it.key(), it.value());
    auto options = m_info->optionsFor(method, values);
    if (!options)
        return refuse(method, options.error());
    m_generatedDir = QFileInfo(outDir).absoluteFilePath();
    // generate_project makes the folder itself but needs its parent (the default one, in
    // Documents, may not exist yet).
    if (const QString parent = QFileInfo(m_generatedDir).absolutePath(); !QDir().mkpath(parent))
        return refuse(method, Error(Error::Code::Io, tr("cannot create the folder %1").arg(parent)));
    m_templateDir = m_folder;
    startCall(QStringLiteral("generate_project"),
              {{QStringLiteral("model_library_format_path"), QFileInfo(archive).absoluteFilePath()},
               {QStringLiteral("standalone_crt_dir"), QString()},
               {QStringLiteral("project_dir"), m_generatedDir},
               {QStringLiteral("options"), options.value()}});
}

void ProjectController::build()
{
    if (isBusy() || !m_info)
        return;
    auto options = m_info->optionsFor(QStringLiteral("build"), m_values);
    if (!options)
        return refuse(QStringLiteral("build"), options.error());
    startCall(QStringLiteral("build"), {{QStringLiteral("options"), options.value()}});
}

void ProjectController::flash()
{
    if (isBusy() || !m_info)
        return;
    auto options = m_info->optionsFor(QStringLiteral("flash"), m_values);
    if (!options)
        return refuse(QStringLiteral("flash"), options.error());
    startCall(QStringLiteral("flash"), {{QStringLiteral("options"), options.value()}});
}

void ProjectController::run()
{
    if (isBusy() || !m_info)
        return;
    const QString method = QStringLiteral("run");
    auto options = m_info->optionsFor(QStringLiteral("open_transport"), m_values);
    if (!options)
        return refuse(method, options.error());
    m_runOutput = std::make_shared<mtvw::micro::HostSimOutput>();
    m_runPending.clear();
    m_runReport.clear();
    m_runStep = RunStep::Open;
    startCall(QStringLiteral("open_transport"), {{QStringLiteral("options"), options.value()}}, method);
}

void ProjectController::readProgram()
{
    // A short timeout: an IoTimeoutError only means "nothing yet", and the next read follows.
    auto id =
        m_client->call(QStringLiteral("read_transport"), {{QStringLiteral("n"), 65536}, {QStringLiteral("timeout_sec"), 5.0}});
    if (!id) {
        m_runStep = RunStep::None;
        finishMethod(id.error());
        return;
    }
    m_methodCall = id.value();
}

void ProjectController::takeProgramLines(bool all)
{
    for (qsizetype nl; (nl = m_runPending.indexOf('\n')) >= 0 || (all && !m_runPending.isEmpty());) {
        const QString line = QString::fromUtf8(nl >= 0 ? m_runPending.left(nl) : m_runPending).trimmed();
        m_runPending.remove(0, nl >= 0 ? nl + 1 : m_runPending.size());
        m_runOutput->addLine(line);
        emit programLine(line);
    }
    if (m_runPending.size() > mtvw::micro::HostSimOutput::kMaxLineChars)
        m_runPending.clear(); // not the program's text: dropped rather than kept growing
}

// One step of run(): each reply moves it on; the program closing the transport ends it.
void ProjectController::continueRun(const QJsonValue &result)
{
    switch (m_runStep) {
    case RunStep::Open:
        m_runStep = RunStep::Read;
        readProgram();
        return;
    case RunStep::Read: {
        auto bytes = mtvw::projectapi::Base85::decode(result.toObject().value(QLatin1String("data")).toString().toLatin1());
        if (!bytes) {
            m_runStep = RunStep::None;
            finishMethod(bytes.error());
            return;
        }
        m_runPending += bytes.value();
        takeProgramLines(false);
        readProgram();
        return;
    }
    case RunStep::Close:
    case RunStep::None: break;
    }
    m_runStep = RunStep::None;
    takeProgramLines(true);
    m_runReport = mtvw::micro::runReport(*m_runOutput);
    finishMethod(std::nullopt);
}

void ProjectController::cancel()
{
    if (!isBusy() || !m_client)
        return;
    m_client->cancel(); // fails the call as cancelled: handleFailed finishes the method
    // The server is gone with its group; a fresh one serves the next request.
    const QString folder = m_folder;
    QMetaObject::invokeMethod(
        this,
        [this, folder] {
            if (m_folder == folder) // not when another folder was chosen meanwhile
                setFolder(folder);
        },
        Qt::QueuedConnection);
}

void ProjectController::handleReplied(int id, const QJsonValue &result)
{
    if (id == m_infoCall) {
        auto info = ServerInfo::parse(result);
        if (info)
            m_info = info.value();
        else
            m_serverError = info.error().message();
        emit folderChanged();
        return;
    }
    if (id != m_methodCall)
        return;
    if (m_runStep != RunStep::None) {
        continueRun(result);
        return;
    }
    if (m_method == QLatin1String("build")) {
        // The build is done once its program's size is known (or known to be unknown).
        m_programSize.clear();
        m_methodCall = 0;
        m_sizeJob->start([dir = m_folder](const JobContext &) { return mtvw::micro::ElfSize::describeProgram(dir); },
                         [this](QString text) {
                             m_programSize = text;
                             finishMethod(std::nullopt);
                         });
        return;
    }
    const QString method = m_method;
    finishMethod(std::nullopt);
    if (method == QLatin1String("generate_project")) {
        // Carry the options over and talk to the new project from now on.
        const QJsonObject values = m_values;
        setFolder(m_generatedDir);
        m_values = values;
        saveValues();
    }
}

void ProjectController::handleFailed(int id, const Error &error)
{
    if (id == m_infoCall) {
        // The server could not start or answer: its own words (a Python error, say) come first.
        m_serverError = error.message();
        if (!error.detail().isEmpty() && !m_serverError.contains(error.detail()))
            m_serverError += QLatin1Char('\n') + error.detail();
        emit folderChanged();
        return;
    }
    if (id != m_methodCall)
        return;
    if (m_runStep == RunStep::Read && error.name() == QLatin1String("IoTimeoutError")) {
        readProgram(); // nothing said yet
        return;
    }
    if (m_runStep == RunStep::Read && error.name() == QLatin1String("TransportClosedError")) {
        m_runStep = RunStep::Close; // the program ended: close our side, then report
        auto id2 = m_client->call(QStringLiteral("close_transport"), {});
        if (id2) {
            m_methodCall = id2.value();
            return;
        }
    }
    if (m_runStep == RunStep::Close && error.code() != Error::Code::Cancelled) {
        continueRun({}); // closing failed after the program ended: what it said still counts
        return;
    }
    if (m_runOutput && m_runStep != RunStep::None) {
        // Cancelled or failed mid-run (a board that never closes its transport): what the
        // program said so far is still reported.
        takeProgramLines(true);
        m_runReport = mtvw::micro::runReport(*m_runOutput);
    }
    finishMethod(error);
}

void ProjectController::refuse(const QString &method, const Error &error)
{
    emit errorOccurred(method, error, {});
    emit finished(method, false);
}

void ProjectController::finishMethod(const std::optional<Error> &error)
{
    m_runStep = RunStep::None; // whatever ended the method, a run's steps end with it
    const QString method = m_method;
    m_lastElapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_method.clear();
    m_methodCall = 0;
    emit busyChanged(false);
    if (error) {
        // The hint is matched on the cause and the server's own words (traceback, stderr).
        const QString words = error->message() + QLatin1Char('\n') + error->detail();
        emit errorOccurred(method, *error, FailureHint::forFailure(words, m_log));
    }
    emit finished(method, !error);
}

void ProjectController::loadValues()
{
    const QVariantMap all = QSettings().value(kOptionsKey).toMap();
    m_values = QJsonDocument::fromJson(all.value(m_folder).toByteArray()).object();
}

void ProjectController::saveValues() const
{
    QSettings settings;
    QVariantMap all = settings.value(kOptionsKey).toMap();
    all.insert(m_folder, QJsonDocument(m_values).toJson(QJsonDocument::Compact));
    settings.setValue(kOptionsKey, all);
}

QString ProjectController::tvmcCommand(const QString &archive, const QString &outDir) const
{
    QStringList pairs;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        pairs << shellQuoted(it.key() + QLatin1Char('=') + optionText(it.value()));
    const QString options = pairs.isEmpty() ? QString() : QStringLiteral(" --project-option ") + pairs.join(QLatin1Char(' '));
    // tvmc knows zephyr, arduino and crt (the host template) by name; any other is "template".
    const QString name = m_info ? m_info->platformName : QString();
    const QString templateDir = m_info && m_info->isTemplate ? m_folder : m_templateDir;
    const QString platform =
        name == QLatin1String("zephyr") || name == QLatin1String("arduino") ? name
        : name == QLatin1String("host") || name == QLatin1String("crt")
            ? QStringLiteral("crt")
            : QStringLiteral("template --template-dir ") + shellQuoted(templateDir.isEmpty() ? m_folder : templateDir);
    QStringList lines;
    QString project = m_folder;
    if (m_info && m_info->isTemplate) {
        lines << QStringLiteral("tvmc micro create-project %1 %2 %3%4")
                     .arg(shellQuoted(outDir), shellQuoted(archive), platform, options);
        project = outDir;
    }
    lines << QStringLiteral("tvmc micro build %1 %2%3").arg(shellQuoted(project), platform, options);
    lines << QStringLiteral("tvmc micro flash %1 %2%3").arg(shellQuoted(project), platform, options);
    return lines.join(QLatin1Char('\n'));
}
