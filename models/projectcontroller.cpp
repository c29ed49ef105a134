#include "projectcontroller.h"

#include "projectapi/failurehint.h"
#include "projectapi/projectapiclient.h"
#include "projectapi/templatediscovery.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

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

// Asks one folder's server who it is; runs on a worker thread (its own event loop per call).
ProjectController::Template probe(const QString &path, const QString &origin)
{
    ProjectController::Template t;
    t.path = path;
    t.origin = origin;
    ProjectApiClient client;
    auto started = client.start({path});
    auto reply = started ? client.callAndWait(QStringLiteral("server_info_query"), tvmVersion(), 20000)
                         : mtvw::Result<QJsonValue>(started.error());
    auto info = reply ? ServerInfo::parse(reply.value()) : mtvw::Result<ServerInfo>(reply.error());
    if (info) {
        t.platform = info->platformName;
        t.isTemplate = info->isTemplate;
    } else {
        t.error = info.error().message();
    }
    client.stop();
    return t;
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
{
    connect(&m_refreshWatcher, &QFutureWatcher<QList<Template>>::finished, this, [this] {
        m_refreshing = false;
        m_templates = m_refreshWatcher.result();
        emit templatesChanged();
    });
}

ProjectController::~ProjectController()
{
    m_refreshWatcher.waitForFinished();
}

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
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QStringList bundled = TemplateDiscovery::bundledRoots();
    const QStringList added = userFolders();
    m_refreshWatcher.setFuture(QtConcurrent::run([bundled, added] {
        QList<Template> out;
        QStringList seen;
        auto scan = [&](const QStringList &roots, const QString &origin) {
            for (const QString &folder : TemplateDiscovery::serverFolders(roots))
                if (!seen.contains(folder)) {
                    seen << folder;
                    out << probe(folder, origin);
                }
        };
        scan(bundled, QStringLiteral("bundled"));
        scan(added, QStringLiteral("added"));
        const QString tvm = TemplateDiscovery::tvmTemplateRoot();
        if (!tvm.isEmpty())
            scan({tvm}, QStringLiteral("TVM"));
        return out;
    }));
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

void ProjectController::startCall(const QString &method, const QJsonObject &params)
{
    m_log.clear();
    m_method = method;
    m_clock.start();
    emit busyChanged(true);
    auto id = m_client ? m_client->call(method, params) : mtvw::Result<int>(Error(Error::Code::Process, tr("no folder chosen")));
    if (!id) {
        finishMethod(false, id.error().message(), FailureHint::forFailure(id.error().message(), m_log));
        return;
    }
    m_methodCall = id.value();
}

void ProjectController::generate(const QString &archive, const QString &outDir)
{
    if (isBusy() || !m_info)
        return;
    if (!m_info->isTemplate) {
        emit finished(QStringLiteral("generate_project"), false, tr("%1 is a generated project, not a template").arg(m_folder),
                      {});
        return;
    }
    if (QFileInfo::exists(outDir)) {
        emit finished(QStringLiteral("generate_project"), false,
                      tr("%1 exists already: generate_project makes the project folder itself; choose a new one").arg(outDir),
                      {});
        return;
    }
    auto options = m_info->optionsFor(QStringLiteral("generate_project"), m_values);
    if (!options) {
        emit finished(QStringLiteral("generate_project"), false, options.error().message(), {});
        return;
    }
    m_generatedDir = QFileInfo(outDir).absoluteFilePath();
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
    if (!options) {
        emit finished(QStringLiteral("build"), false, options.error().message(), {});
        return;
    }
    startCall(QStringLiteral("build"), {{QStringLiteral("options"), options.value()}});
}

void ProjectController::flash()
{
    if (isBusy() || !m_info)
        return;
    auto options = m_info->optionsFor(QStringLiteral("flash"), m_values);
    if (!options) {
        emit finished(QStringLiteral("flash"), false, options.error().message(), {});
        return;
    }
    startCall(QStringLiteral("flash"), {{QStringLiteral("options"), options.value()}});
}

void ProjectController::cancel()
{
    if (!isBusy() || !m_client)
        return;
    m_client->cancel(); // fails the call as cancelled: handleFailed finishes the method
    // The server is gone with its group; a fresh one serves the next request.
    const QString folder = m_folder;
    QMetaObject::invokeMethod(
        this, [this, folder] { setFolder(folder); }, Qt::QueuedConnection);
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
    const QString method = m_method;
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    finishMethod(true, tr("%1 finished in %2 s").arg(method).arg(seconds, 0, 'f', 1), {});
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
    // The first line is the short cause; the server's traceback (or last stderr lines) follow it.
    QString message = error.message();
    if (!error.detail().isEmpty())
        message += QLatin1Char('\n') + error.detail();
    finishMethod(false, message, FailureHint::forFailure(message, m_log));
}

void ProjectController::finishMethod(bool ok, const QString &message, const QString &hint)
{
    const QString method = m_method;
    m_lastElapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_method.clear();
    m_methodCall = 0;
    emit busyChanged(false);
    emit finished(method, ok, message, hint);
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
