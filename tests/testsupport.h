#pragma once

#include "mlf/mlfarchive.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace testsupport
