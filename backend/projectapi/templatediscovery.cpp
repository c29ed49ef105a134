#include "templatediscovery.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace mtvw::projectapi {

namespace {

bool holdsServer(const QString &dir)
{
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("microtvm_api_server.py")));
}

} // namespace

QStringList TemplateDiscovery::serverFolders(const QStringList &roots)
{
    QStringList out;
    auto add = [&out](const QString &dir) {
        const QString clean = QDir(dir).canonicalPath();
        if (!clean.isEmpty() && !out.contains(clean))
            out << clean;
    };
    for (const QString &root : roots) {
        if (holdsServer(root)) {
            add(root);
            continue;
        }
        const QDir dir(root);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (holdsServer(dir.filePath(name)))
                add(dir.filePath(name));
    }
    return out;
}

QString TemplateDiscovery::tvmTemplateRoot(const QString &python, int timeoutMs)
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
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
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
