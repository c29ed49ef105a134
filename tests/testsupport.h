#pragma once

#include "mlf/mlfarchive.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Shared helpers for the tests: where the generated fixtures and the shared corpus live.
namespace testsupport {

inline QString fixtureDir()
{
    return QStringLiteral(MTVW_FIXTURE_DIR);
}

inline QString fixture(const QString &name)
{
    return QDir(fixtureDir()).filePath(name);
}

inline QJsonArray manifest()
{
    QFile f(fixture(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

inline QString corpusDir()
{
    return QDir::cleanPath(QStringLiteral(MTVW_SOURCE_DIR "/../shared/corpus"));
}

// Every *.tar of the shared corpus as "folder/file.tar", with its full path; none where
// ../shared is absent.
inline QList<QPair<QString, QString>> corpusArchives()
{
    QList<QPair<QString, QString>> out;
    const QDir corpus(corpusDir());
    for (const QString &dir : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &f : QDir(corpus.filePath(dir)).entryList({QStringLiteral("*.tar")}))
            out << qMakePair(dir + QLatin1Char('/') + f, corpus.filePath(dir + QLatin1Char('/') + f));
    return out;
}

inline QString exampleArchive()
{
    return QStringLiteral(MTVW_SOURCE_DIR "/resources/example/tinydense.tar");
}

// The archive, opened; nullptr when it does not open (the test then fails on it).
inline std::shared_ptr<const mtvw::mlf::MlfArchive> openArchive(const QString &file)
{
    auto archive = mtvw::mlf::MlfArchive::open(file);
    return archive.ok() ? archive.value() : nullptr;
}

// Why a test row is skipped: its archive is absent (the corpus lives in ../shared beside the checkout).
inline QString absent(const QString &file)
{
    return QStringLiteral("%1 is absent: the corpus archives live in ../shared beside the checkout").arg(file);
}

// Makes dir a project folder whose microtvm_api_server.py runs tests/data/fakeserver.py in `mode`
// (a server that misbehaves on purpose); returns dir, or "" when it cannot be written.
inline QString fakeServerProject(const QString &dir, const QString &mode)
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(QStringLiteral("microtvm_api_server.py")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("import os, sys\nos.execv(sys.executable, [sys.executable, '%1', '%2'] + sys.argv[1:])\n")
                .arg(QStringLiteral(MTVW_SOURCE_DIR "/tests/data/fakeserver.py"), mode)
                .toUtf8());
    return dir;
}

} // namespace testsupport
