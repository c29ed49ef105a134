#include "browsercontroller.h"

#include "backgroundjob.h"
#include "mlf/mlfarchive.h"

BrowserController::BrowserController(QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob<mtvw::Result<EntryContent>>(this))
{}

BrowserController::~BrowserController() = default;

bool BrowserController::isLoading() const
{
    return m_job->isRunning();
}

void BrowserController::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    if (archive == m_archive)
        return;
    m_job->cancel();
    m_archive = std::move(archive);
    m_entry.clear();
    emit cleared();
}

void BrowserController::open(const QString &entry, int line)
{
    if (!m_archive)
        return;
    m_entry = entry;
    m_line = line;
    emit loadingStarted(m_entry);
    // A load still running is superseded: only the newest request's content can arrive.
    m_job->start([archive = m_archive, entry](const JobContext &) { return EntryContent::load(*archive, entry); },
                 [this](const mtvw::Result<EntryContent> &result) { handleFinished(result); });
}

void BrowserController::handleFinished(const mtvw::Result<EntryContent> &result)
{
    if (!result) {
        emit errorOccurred(result.error());
        return;
    }
    emit contentReady(result.value(), m_line);
}
