#pragma once

#include "mlf/archivediff.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class DiffModel;
template<typename T>
class BackgroundJob;

// The Diff pane's state: archive A (the current one), archive B (opened from a path off the GUI
// thread), their ArchiveDiff (computed off the GUI thread), the chosen module pair and its rows.
class DiffController : public QObject
{
    Q_OBJECT

public:
    explicit DiffController(QObject *parent = nullptr);
    ~DiffController() override;

    void setArchiveA(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    // Opens B off the GUI thread and compares it with A (as soon as there is an A).
    void compareWith(const QString &path);
    // Stops opening or comparing; B is forgotten.
    void cancel();

    std::shared_ptr<const mtvw::mlf::MlfArchive> archiveA() const { return m_a; }
    std::shared_ptr<const mtvw::mlf::MlfArchive> archiveB() const { return m_b; }
    QString nameA() const; // file names, "" when absent
    QString nameB() const;
    QString pathB() const { return m_pathB; }
    bool isBusy() const;
    bool hasDiff() const { return m_hasDiff; }
    QString errorString() const { return m_error; }

    const mtvw::mlf::ArchiveDiff &diff() const { return m_diff; }
    QStringList modulePairs() const; // "default → default", "second → (none)"
    int moduleIndex() const { return m_moduleIndex; }
    void setModuleIndex(int index);
    const mtvw::mlf::ArchiveDiff::ModuleDiff *currentModule() const;

    DiffModel *functionsModel() const { return m_functions; }
    DiffModel *paramsModel() const { return m_params; }

signals:
    void busyChanged(bool busy);
    void ready();
    void errorOccurred(const mtvw::Error &error);
    void moduleIndexChanged(int index);

private:
    struct Outcome
    {
        std::shared_ptr<const mtvw::mlf::MlfArchive> b;
        mtvw::mlf::ArchiveDiff diff;
        bool diffed = false;
        std::optional<mtvw::Error> error;
    };
    void start(std::shared_ptr<const mtvw::mlf::MlfArchive> b);
    void clearDiff();
    void handleFinished(Outcome out);

    DiffModel *m_functions = nullptr;
    DiffModel *m_params = nullptr;
    std::shared_ptr<const mtvw::mlf::MlfArchive> m_a, m_b;
    QString m_pathB;
    mtvw::mlf::ArchiveDiff m_diff;
    bool m_hasDiff = false;
    int m_moduleIndex = -1;
    QString m_error;
    BackgroundJob<Outcome> *m_job;
};
