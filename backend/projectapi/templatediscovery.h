#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mtvw::projectapi {

// Where template projects are: the bundled ones, folders the user added, a TVM installation's
// template folder (when TVM is installed; never required), and any folder that holds
// microtvm_api_server.py itself.
class TemplateDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(TemplateDiscovery)

public:
    // Every folder holding microtvm_api_server.py: each root itself, and its direct subfolders.
    static QStringList serverFolders(const QStringList &roots);

    // The microtvm_template_projects folder of an installed TVM, asked of `python` with a short
    // probe (blocks up to timeoutMs: call it off the GUI thread); empty when there is none.
    static QString tvmTemplateRoot(const QString &python = QStringLiteral("python3"), int timeoutMs = 5000);

    // The templates shipped with the workbench: $MTVW_TEMPLATES (':'-separated) first, then the
    // folder given at build time.
    static QStringList bundledRoots();
};

} // namespace mtvw::projectapi
