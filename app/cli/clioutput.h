#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

class QCommandLineParser;

// How mtvw-cli speaks: text to standard output, and errors in one style on standard error,
// "mtvw-cli: <what>: <why>" (what: the file, option or command; why: the cause in lower case).
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    static constexpr int kFailure = 2;
    static void print(const QString &text, FILE *stream = stdout);
    static void write(QByteArrayView bytes); // raw bytes to standard output
    // Prints the error; returns 2, the exit code of an error.
    static int fail(const QString &what, const QString &why);
    static QString errorLine(const QString &what, const QString &why);
    // The parser's help with its usage line naming the command ("Usage: mtvw-cli project …").
    static QString help(const QCommandLineParser &parser, const QString &command);
};
