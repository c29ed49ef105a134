#pragma once

#include "entrycontent.h"

#include <QObject>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
template<typename T>
class BackgroundJob;

// The archive browser's state: which entry is shown and at which line. Loads entries off the
// GUI thread; a newer request supersedes an older one still loading.
class BrowserController : public QObject
{
    Q_OBJECT

public:
    explicit BrowserController(QObject *parent = nullptr);
    ~BrowserController() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    std::shared_ptr<const mtvw::mlf::MlfArchive> archive() const { return m_archive; }

    // Shows entry scrolled to a 1-based line (0: the top).
    void open(const QString &entry, int line = 0);
    QString currentEntry() const { return m_entry; }
    bool isLoading() const;

signals:
    void loadingStarted(const QString &entry);
    void contentReady(const EntryContent &content, int line);
    void errorOccurred(const mtvw::Error &error);
    void cleared();

private:
    void handleFinished(const mtvw::Result<EntryContent> &result);

    std::shared_ptr<const mtvw::mlf::MlfArchive> m_archive;
    BackgroundJob<mtvw::Result<EntryContent>> *m_job;
    QString m_entry;
    int m_line = 0;
};
