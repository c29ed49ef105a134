#include "templatediscovery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace mtvw::projectapi {

namespace {

bool holdsServer(const QString &dir)
{
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("microtvm_api_server.py")));
}

} // namespace

TemplateDiscovery::Scan TemplateDiscovery::scan(const QStringList &roots)
{
    Scan out;
    auto add = [&out](const QString &dir) {
        const QString clean = QDir(dir).canonicalPath();
        if (!clean.isEmpty() && !out.folders.contains(clean))
            out.folders << clean;
    };
    auto subfolders = [](const QString &path) {
        return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name); // no hidden ones
    };
    for (const QString &root : roots) {
        if (!QFileInfo(root).isDir()) {
            out.skipped << Skipped{root, tr("the folder does not exist")};
            continue;
        }
        if (holdsServer(root)) {
            add(root);
            continue;
        }
        const QDir dir(root);
        bool foundAny = false;
        for (const QString &name : subfolders(root)) {
            const QString child = dir.filePath(name);
            if (holdsServer(child)) {
                add(child);
                foundAny = true;
                continue;
            }
            bool nested = false;
            for (const QString &inner : subfolders(child))
                if (holdsServer(QDir(child).filePath(inner))) {
                    add(QDir(child).filePath(inner));
                    nested = true;
                }
            foundAny = foundAny || nested;
            if (!nested)
                out.skipped << Skipped{child, tr("no microtvm_api_server.py in it or in its subfolders")};
        }
        if (!foundAny && subfolders(root).isEmpty())
            out.skipped << Skipped{root, tr("no microtvm_api_server.py in it and no subfolders")};
    }
    return out;
}

QString TemplateDiscovery::tvmTemplateRoot(const QString &python, int timeoutMs, const std::atomic<bool> *cancel)
{
    // TVM's build tree keeps its templates beside the Python package's library folder.
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import os, tvm\n"
                                    "base = os.path.dirname(tvm.__file__)\n"
                                    "for c in (os.path.join(base, 'microtvm_template_projects'),\n"
                                    "          os.path.join(base, '..', '..', 'build', 'microtvm_template_projects')):\n"
                                    "    if os.path.isdir(c):\n"
                                    "        print(os.path.realpath(c)); break\n")});
    // Off the GUI thread; in short steps, so that a cancel (the window closing) is seen at once.
    QElapsedTimer clock;
    clock.start();
    while (!p.waitForFinished(50)) {
        if (p.state() == QProcess::NotRunning)
            break;
        if ((cancel && cancel->load()) || clock.hasExpired(timeoutMs)) {
            p.kill();
            p.waitForFinished(1000);
            return {};
        }
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    const QString root = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    return QFileInfo(root).isDir() ? root : QString();
}

QStringList TemplateDiscovery::bundledRoots()
{
    QStringList roots;
    const QString env = qEnvironmentVariable("MTVW_TEMPLATES");
    if (!env.isEmpty())
        roots << env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
#ifdef MTVW_TEMPLATE_DIR
    roots << QStringLiteral(MTVW_TEMPLATE_DIR);
#endif
    return roots;
}

} // namespace mtvw::projectapi
