#pragma once

#include "mlf/mlfarchive.h"

#include <QObject>
#include <QStringList>

#include <memory>

template<typename T>
class BackgroundJob;

// The archives open in the window: opens them off the GUI thread with progress and cancel, keeps
// them in the order they were opened, says which one is current, and remembers recent files.
class WorkbenchController : public QObject
{
    Q_OBJECT

public:
    using ArchivePtr = std::shared_ptr<const mtvw::mlf::MlfArchive>;
    struct OpenArchive
    {
        QString path;
        ArchivePtr archive;
    };

    explicit WorkbenchController(QObject *parent = nullptr);
    ~WorkbenchController() override;

    // Queues path for opening; an archive already open becomes current instead.
    void open(const QString &path);
    void cancel();
    bool isLoading() const;
    QString loadingPath() const { return m_loadingPath; }

    const QList<OpenArchive> &archives() const { return m_archives; }
    int currentIndex() const { return m_current; }
    ArchivePtr current() const;
    QString currentPath() const;
    void setCurrentIndex(int index);
    void close(int index);

    QStringList recentFiles() const;
    void clearRecentFiles();
    static constexpr int kMaxRecent = 10;

signals:
    void loadingStarted(const QString &path);
    void progressChanged(int percent);
    void archiveOpened(int index);
    void archiveClosed(int index);
    void currentChanged(int index);
    void errorOccurred(const QString &path, const mtvw::Error &error);
    void recentFilesChanged();

private:
    using OpenResult = mtvw::Result<std::shared_ptr<mtvw::mlf::MlfArchive>>;
    void startNext();
    void handleFinished(const OpenResult &result);
    void remember(const QString &path);

    QList<OpenArchive> m_archives;
    int m_current = -1;
    QStringList m_queue;
    QString m_loadingPath;
    BackgroundJob<OpenResult> *m_job;
};
