#pragma once

#include "mlf/mlfarchive.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;

// mtvw-cli: the workbench's backend, headless. Exit codes: 0 success, 2 usage or input error
// (message on stderr), 3 a memory budget is exceeded.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum ExitCode { Ok = 0, Failure = 2, OverBudget = 3, BudgetUnknown = 4 };

    int run(const QStringList &args);

private:
    int inspect(const QStringList &args);
    int memory(const QStringList &args);
    int params(const QStringList &args);
    int graph(const QStringList &args);
    // A command that prints one report per module (all, or --module M).
    int perModule(const QStringList &args, const QString &command, const QString &description,
                  QJsonObject (*json)(const mtvw::mlf::MlfArchive::Module &),
                  QString (*text)(const mtvw::mlf::MlfArchive::Module &));
    int diff(const QStringList &args);
    int cat(const QStringList &args);
    int ls(const QStringList &args);
    int usage();

    // Parses args for a command; returns false (after printing) on error or --help.
    bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command, int positional,
               const QString &description, int *exitCode);
    int fail(const QString &what, const QString &why);
    void print(const QString &text);
};
