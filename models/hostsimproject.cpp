#include "hostsimproject.h"

#include "core/logging.h"
#include "projectapi/templatediscovery.h"
#include "projectcontroller.h"
#include "transport/projectapitransport.h"

#include <QDir>
#include <QFileInfo>

using mtvw::Error;

HostSimProject::HostSimProject(QObject *parent)
    : QObject(parent)
    , m_project(new ProjectController(this))
{
    connect(m_project, &ProjectController::folderChanged, this, &HostSimProject::handleFolderChanged);
    connect(m_project, &ProjectController::finished, this, &HostSimProject::handleFinished);
    connect(m_project, &ProjectController::errorOccurred, this, &HostSimProject::handleError);
}

HostSimProject::~HostSimProject() = default;

QString HostSimProject::bundledTemplate()
{
    for (const QString &root : mtvw::projectapi::TemplateDiscovery::bundledRoots()) {
        const QString dir = QDir(root).filePath(QStringLiteral("host-sim"));
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("microtvm_api_server.py"))))
            return dir;
    }
    return {};
}

QString HostSimProject::projectDir() const
{
    return m_dir ? QDir(m_dir->path()).filePath(QStringLiteral("project")) : QString();
}

void HostSimProject::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    qCInfo(lcProjectApi) << "host-sim project:" << step;
    emit stepChanged(step);
}

void HostSimProject::fail(const Error &error)
{
    setStep(Step::Failed);
    emit errorOccurred(error);
}

void HostSimProject::start(const QString &archive, const QJsonObject &generateOptions)
{
    cancel();
    const QString tmpl = m_templateDir.isEmpty() ? bundledTemplate() : m_templateDir;
    if (tmpl.isEmpty())
        return fail(Error(Error::Code::NotFound,
                          tr("the host-sim template is not installed (looked in %1)")
                              .arg(mtvw::projectapi::TemplateDiscovery::bundledRoots().join(QStringLiteral(", ")))));
    if (!QFileInfo::exists(archive))
        return fail(Error(Error::Code::NotFound, tr("the archive %1 does not exist").arg(archive)));
    m_archive = archive;
    m_generateOptions = generateOptions;
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("mtvw-hostsim-XXXXXX")));
    if (!m_dir->isValid())
        return fail(
            Error(Error::Code::Io, tr("cannot make a folder for the simulated board's project: %1").arg(m_dir->errorString())));
    setStep(Step::Starting);
    m_project->setFolder(tmpl);
}

void HostSimProject::cancel()
{
    const bool busy = isBusy();
    setStep(Step::Idle); // first: the cancel's own failure is not an error
    if (busy)
        m_project->cancel();
}

void HostSimProject::handleFolderChanged()
{
    if (!m_project->serverError().isEmpty() && (m_step == Step::Starting || m_step == Step::Generating))
        return fail(Error(Error::Code::Process, tr("the host-sim server did not start: %1").arg(m_project->serverError())));
    if (!m_project->info() || m_project->isBusy())
        return;
    if (m_step == Step::Starting) {
        setStep(Step::Generating);
        m_project->generate(m_archive, projectDir(), m_generateOptions);
    } else if (m_step == Step::Generating && QDir(m_project->folder()) == QDir(projectDir())) {
        setStep(Step::Building);
        m_project->build();
    }
}

void HostSimProject::handleError(const QString &method, const Error &error, const QString &hint)
{
    if (!isBusy())
        return;
    fail(Error(error.code(), tr("%1 failed: %2").arg(method, error.message()))
             .withDetail(hint.isEmpty() ? error.detail() : hint + QLatin1Char('\n') + error.detail()));
}

void HostSimProject::handleFinished(const QString &method, bool ok)
{
    if (!isBusy() || !ok) // a failure was reported by handleError
        return;
    if (method == QLatin1String("build") && m_step == Step::Building) {
        setStep(Step::Flashing);
        m_project->flash();
    } else if (method == QLatin1String("flash") && m_step == Step::Flashing) {
        setStep(Step::Flashed);
    }
}

mtvw::Result<mtvw::transport::ProjectApiTransport *> HostSimProject::transport(const QString &name) const
{
    if (m_step != Step::Flashed || !m_project->info())
        return Error(Error::Code::Unsupported, tr("the simulated board is not flashed yet"));
    auto options = m_project->info()->optionsFor(QStringLiteral("open_transport"), m_project->optionValues());
    if (!options)
        return options.error();
    return new mtvw::transport::ProjectApiTransport(m_project->client(), options.value(), name);
}
