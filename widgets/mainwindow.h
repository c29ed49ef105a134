#pragma once

#include "mlf/mlfarchive.h"

#include <QFutureWatcher>
#include <QMainWindow>

class ArchiveTreeModel;
class QLabel;
class QTreeView;

// The workbench window. Opening an archive runs off the GUI thread; a bad archive shows the
// engine's error and the window keeps working.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openArchive(const QString &path);
    std::shared_ptr<const mtvw::mlf::MlfArchive> currentArchive() const { return m_archive; }
    ArchiveTreeModel *treeModel() const { return m_treeModel; }

signals:
    void archiveOpened(const QString &path);
    void errorOccurred(const QString &message);

private:
    using OpenResult = mtvw::Result<std::shared_ptr<mtvw::mlf::MlfArchive>>;
    void handleOpened();
    void chooseFile();

    ArchiveTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QFutureWatcher<OpenResult> m_watcher;
    QString m_pendingPath;
    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
};
