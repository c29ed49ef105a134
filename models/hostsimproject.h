#pragma once

#include "core/error.h"
#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

class ProjectController;
namespace mtvw::transport {
class ProjectApiTransport;
}

// An archive on a simulated board: the host-sim template generates a project from it into a
// temporary folder, builds it with the host C compiler and flashes it; the flashed program is
// then reached through the project's own transport. The Demo and the Profile pane each keep one.
class HostSimProject : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, Starting, Generating, Building, Flashing, Flashed, Failed };
    Q_ENUM(Step)

    explicit HostSimProject(QObject *parent = nullptr);
    ~HostSimProject() override;

    // Where the host-sim template is (the bundled one unless setTemplateDir() says).
    static QString bundledTemplate();
    void setTemplateDir(const QString &dir) { m_templateDir = dir; }

    // Starts over in a new temporary folder; generateOptions go over the template's saved
    // values for this project only (project_type, say). A failure is errorOccurred, then Failed.
    void start(const QString &archive, const QJsonObject &generateOptions = {});
    // Stops what is under way (no error); the step goes back to Idle.
    void cancel();
    Step step() const { return m_step; }
    bool isBusy() const { return m_step != Step::Idle && m_step != Step::Flashed && m_step != Step::Failed; }
    QString archive() const { return m_archive; }
    QString projectDir() const;
    ProjectController *project() const { return m_project; }

    // The flashed program's transport through the project's server (not yet open), with the
    // open_transport options set on project(); it must not outlive this object.
    mtvw::Result<mtvw::transport::ProjectApiTransport *> transport(const QString &name) const;

signals:
    void stepChanged(HostSimProject::Step step);
    void errorOccurred(const mtvw::Error &error);

private:
    void setStep(Step step);
    void fail(const mtvw::Error &error);
    void handleFolderChanged();
    void handleFinished(const QString &method, bool ok);
    void handleError(const QString &method, const mtvw::Error &error, const QString &hint);

    ProjectController *m_project;
    QString m_templateDir;
    QString m_archive;
    QJsonObject m_generateOptions;
    std::unique_ptr<QTemporaryDir> m_dir;
    Step m_step = Step::Idle;
};
