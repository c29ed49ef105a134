#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
template<typename T>
class BackgroundJob;

// Finds a text in every text entry of an archive, off the GUI thread, with progress and cancel.
class ArchiveSearch : public QObject
{
    Q_OBJECT

public:
    struct Hit
    {
        QString entry;
        int line = 0; // 1-based
        int column = 0;
        QString text; // the line, trimmed and capped
    };
    struct Outcome
    {
        QList<Hit> hits;
        int entriesSearched = 0;
        bool truncated = false; // stopped at kMaxHits
        bool cancelled = false;
    };
    static constexpr int kMaxHits = 10000;

    explicit ArchiveSearch(QObject *parent = nullptr);
    ~ArchiveSearch() override;

    void start(std::shared_ptr<const mtvw::mlf::MlfArchive> archive, const QString &text, bool caseSensitive);
    void cancel();
    bool isRunning() const;

    // The search itself, for any thread.
    static Outcome run(const mtvw::mlf::MlfArchive &archive, const QString &text, bool caseSensitive,
                       const std::atomic<bool> &cancel, const std::function<void(int done, int total)> &progress = {});

signals:
    void progressChanged(int percent);
    void finished(const ArchiveSearch::Outcome &outcome);

private:
    BackgroundJob<Outcome> *m_job;
};
