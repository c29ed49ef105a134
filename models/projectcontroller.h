#pragma once

#include "core/error.h"
#include "projectapi/serverinfo.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace mtvw::projectapi {
class ProjectApiClient;
}
template<typename T>
class BackgroundJob;
namespace mtvw::micro {
class HostSimOutput;
}

// The Project pane's state and commands: the template projects found, the folder whose server is
// talked to (a template or a generated project), its options with the values the user gave
// (remembered per folder), and generate / build / flash with the server's log, elapsed time,
// cancel, and on failure a short cause with a fix for the known patterns. Everything runs
// without blocking the GUI thread.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    struct Template
    {
        QString path;
        QString platform; // from server_info_query; empty when the server failed
        bool isTemplate = true;
        QString error;        // why its server could not start or answer (a Python error, say)
        QString origin;       // "bundled", "added", "TVM"
        bool probing = false; // its server has not answered yet
    };
    struct SkippedFolder
    {
        QString path, reason;
    };
    static constexpr int kParallelProbes = 4;
    static constexpr int kProbeTimeoutMs = 20000;

    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    // Looks for templates (bundled, user-added, a TVM installation) and asks each one's server
    // who it is, kParallelProbes at a time, none of it on the GUI thread's time. A refresh asked
    // for while one runs is queued and runs after it.
    void refreshTemplates();
    void cancelRefresh(); // stops scanning and probing; what answered so far stays listed
    bool isRefreshing() const { return m_refreshing; }
    const QList<Template> &templates() const { return m_templates; }
    // Folders the last refresh looked into and found no server in, with the reason.
    const QList<SkippedFolder> &skippedFolders() const { return m_skipped; }
    QStringList userFolders() const;
    void addUserFolder(const QString &path); // remembered; refreshes the list (queued if one runs)

    // The folder to talk to; starts its server and asks server_info_query.
    void setFolder(const QString &path);
    QString folder() const { return m_folder; }
    const std::optional<mtvw::projectapi::ServerInfo> &info() const { return m_info; }
    QString serverError() const { return m_serverError; }

    QJsonObject optionValues() const { return m_values; }
    void setOptionValue(const QString &name, const QJsonValue &value);
    // Options that `method` requires and that have neither a value nor a default.
    QStringList missingFor(const QString &method) const;

    // overrides: option values for this project only, over the folder's (not remembered).
    void generate(const QString &archive, const QString &outDir, const QJsonObject &overrides = {});
    void build();
    void flash();
    // Runs the flashed program: open_transport, read_transport until the program closes it,
    // close_transport. Its lines arrive as programLine; when it ends, runReport() says what it
    // showed (busyMethod() is "run" meanwhile).
    void run();
    QStringList runReport() const { return m_runReport; }
    // After a build: the program it made and its sizes ("build/zephyr/zephyr.elf: text 41.2 KiB,
    // …"), read from its ELF headers off the GUI thread; empty when none was found.
    QString programSize() const { return m_programSize; }
    void cancel();
    bool isBusy() const { return !m_method.isEmpty(); }
    QString busyMethod() const { return m_method; }
    qint64 elapsedMs() const { return m_method.isEmpty() ? m_lastElapsedMs : m_clock.elapsed(); }
    QStringList log() const { return m_log; }
    // The client talking to the folder's server, for a transport through it (the Demo's run);
    // it changes with the folder.
    mtvw::projectapi::ProjectApiClient *client() const { return m_client; }

    // The tvmc lines that do the same: create-project (when the folder is a template), build, flash.
    QString tvmcCommand(const QString &archive, const QString &outDir) const;

signals:
    void templatesChanged();
    void folderChanged();
    void busyChanged(bool busy);
    void logLine(bool fromStderr, const QString &line);
    void programLine(const QString &line); // what the running program says, line by line
    // A method failed: error's message is the short cause (it does not repeat the method), its
    // detail the server's traceback or last stderr lines; hint a fix, when one is known.
    // finished(method, false) follows.
    void errorOccurred(const QString &method, const mtvw::Error &error, const QString &hint);
    void finished(const QString &method, bool ok);

private:
    struct Probe
    {
        mtvw::projectapi::ProjectApiClient *client = nullptr;
        int index = -1; // into m_templates
    };
    struct Found
    {
        QList<Template> templates;
        QList<SkippedFolder> skipped;
    };
    void handleScanned(Found found);
    void startProbes();
    void finishProbe(mtvw::projectapi::ProjectApiClient *client, const mtvw::Result<QJsonValue> &reply);
    void finishRefresh();
    void startCall(const QString &method, const QJsonObject &params, const QString &task = {});
    void handleReplied(int id, const QJsonValue &result);
    void handleFailed(int id, const mtvw::Error &error);
    void refuse(const QString &method, const mtvw::Error &error);
    void finishMethod(const std::optional<mtvw::Error> &error);
    void loadValues();
    void saveValues() const;

    mtvw::projectapi::ProjectApiClient *m_client = nullptr;
    QString m_folder;
    std::optional<mtvw::projectapi::ServerInfo> m_info;
    QString m_serverError;
    QJsonObject m_values;
    QList<Template> m_templates;
    QList<SkippedFolder> m_skipped;
    bool m_refreshing = false;
    bool m_refreshQueued = false;
    BackgroundJob<Found> *m_scanJob;
    QList<Probe> m_probes; // running
    int m_nextProbe = 0;   // the next template to ask
    int m_infoCall = 0;
    int m_methodCall = 0;
    QString m_method;
    enum class RunStep { None, Open, Read, Close };
    RunStep m_runStep = RunStep::None;
    QByteArray m_runPending; // program text without its newline yet
    std::shared_ptr<mtvw::micro::HostSimOutput> m_runOutput;
    QStringList m_runReport;
    QString m_programSize;
    BackgroundJob<QString> *m_sizeJob;
    void continueRun(const QJsonValue &result);
    void readProgram();
    void takeProgramLines(bool all);
    QString m_generatedDir; // where generate_project writes, opened when it is done
    QString m_templateDir;  // the template the current project was generated from, when known
    QElapsedTimer m_clock;
    qint64 m_lastElapsedMs = 0;
    QStringList m_log; // the current method's log lines
};
