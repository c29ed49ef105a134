#pragma once

#include "projectapi/serverinfo.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace mtvw::projectapi {
class ProjectApiClient;
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
        QString error;  // why its server could not start or answer (a Python error, say)
        QString origin; // "bundled", "added", "TVM"
    };

    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    // Looks for templates off the GUI thread: bundled, user-added, a TVM installation.
    void refreshTemplates();
    bool isRefreshing() const { return m_refreshing; }
    const QList<Template> &templates() const { return m_templates; }
    QStringList userFolders() const;
    void addUserFolder(const QString &path); // remembered; refreshes the list

    // The folder to talk to; starts its server and asks server_info_query.
    void setFolder(const QString &path);
    QString folder() const { return m_folder; }
    const std::optional<mtvw::projectapi::ServerInfo> &info() const { return m_info; }
    QString serverError() const { return m_serverError; }

    QJsonObject optionValues() const { return m_values; }
    void setOptionValue(const QString &name, const QJsonValue &value);
    // Options that `method` requires and that have neither a value nor a default.
    QStringList missingFor(const QString &method) const;

    void generate(const QString &archive, const QString &outDir);
    void build();
    void flash();
    void cancel();
    bool isBusy() const { return !m_method.isEmpty(); }
    QString busyMethod() const { return m_method; }
    qint64 elapsedMs() const { return m_method.isEmpty() ? m_lastElapsedMs : m_clock.elapsed(); }
    QStringList log() const { return m_log; }

    // The tvmc lines that do the same: create-project (when the folder is a template), build, flash.
    QString tvmcCommand(const QString &archive, const QString &outDir) const;

signals:
    void templatesChanged();
    void folderChanged();
    void busyChanged(bool busy);
    void logLine(bool fromStderr, const QString &line);
    // message: on failure, the short cause on its first line, then the server's traceback if any.
    void finished(const QString &method, bool ok, const QString &message, const QString &hint);

private:
    void startCall(const QString &method, const QJsonObject &params);
    void handleReplied(int id, const QJsonValue &result);
    void handleFailed(int id, const mtvw::Error &error);
    void finishMethod(bool ok, const QString &message, const QString &hint);
    void loadValues();
    void saveValues() const;

    mtvw::projectapi::ProjectApiClient *m_client = nullptr;
    QString m_folder;
    std::optional<mtvw::projectapi::ServerInfo> m_info;
    QString m_serverError;
    QJsonObject m_values;
    QList<Template> m_templates;
    bool m_refreshing = false;
    QFutureWatcher<QList<Template>> m_refreshWatcher;
    int m_infoCall = 0;
    int m_methodCall = 0;
    QString m_method;
    QString m_generatedDir; // where generate_project writes, opened when it is done
    QString m_templateDir;  // the template the current project was generated from, when known
    QElapsedTimer m_clock;
    qint64 m_lastElapsedMs = 0;
    QStringList m_log; // the current method's log lines
};
