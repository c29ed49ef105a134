#pragma once

#include "projectapi/serverinfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace mtvw::projectapi {
class ProjectApiClient;
}

// mtvw-cli's Project API commands: templates, and project info / generate / build / flash / run,
// streaming the server's log as it comes. Exit codes: 0 success, 2 error (message on stderr).
class ProjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)

public:
    int templates(const QStringList &args);
    int project(const QStringList &args);
    // Starts the server of the project in dir and types the key=value options for method; prints
    // the error and returns false on failure (for other commands that use a project's transport).
    bool openProject(mtvw::projectapi::ProjectApiClient &client, const QString &dir, const QString &method,
                     const QStringList &pairs, QJsonObject *options);

private:
    int info(const QString &dir, bool json);
    int generate(const QString &templ, const QString &archive, const QString &outDir, const QStringList &options);
    int runMethod(const QString &method, const QString &dir, const QStringList &options);
    int run(const QString &dir, const QStringList &options, bool json);

    // Starts the server in dir and asks server_info_query; prints the error and returns false on failure.
    bool connect(mtvw::projectapi::ProjectApiClient &client, const QString &dir, mtvw::projectapi::ServerInfo *info);
    // key=value pairs typed by the server's options, defaults filled, required ones checked.
    bool options(const mtvw::projectapi::ServerInfo &info, const QString &method, const QStringList &pairs, QJsonObject *out);
    int fail(const QString &what, const QString &why);
};
