#pragma once

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

} // namespace testsupport
