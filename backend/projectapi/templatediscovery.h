#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mtvw::projectapi {

// Where template projects are: the bundled ones, folders the user added, a TVM installation's
// template folder (when TVM is installed; never required), and any folder that holds
// microtvm_api_server.py itself.
class TemplateDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(TemplateDiscovery)

public:
    struct Skipped
    {
        QString path;
        QString reason; // for the user: why no server was looked for or found there
    };
    struct Scan
    {
        QStringList folders; // canonical paths, each once, in the order found
        QList<Skipped> skipped;
    };

    // Every folder holding microtvm_api_server.py: each root itself, its subfolders, and their
    // subfolders (a repository whose server sits in template_project/, the common layout of
    // third-party templates). Subfolders of a root that hold no server at either level, and
    // roots that are missing, are listed as skipped with the reason; hidden folders are ignored.
    static Scan scan(const QStringList &roots);
    static QStringList serverFolders(const QStringList &roots) { return scan(roots).folders; }

    // The microtvm_template_projects folder of an installed TVM, asked of `python` with a short
    // probe (blocks up to timeoutMs, or until *cancel: call it off the GUI thread); empty when
    // there is none.
    static QString tvmTemplateRoot(const QString &python = QStringLiteral("python3"), int timeoutMs = 5000,
                                   const std::atomic<bool> *cancel = nullptr);

    // The templates shipped with the workbench: $MTVW_TEMPLATES (':'-separated) first, then the
    // folder given at build time.
    static QStringList bundledRoots();
};

} // namespace mtvw::projectapi
