#include "browsercontroller.h"

#include "mlf/mlfarchive.h"

#include <QtConcurrent/QtConcurrentRun>

BrowserController::BrowserController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, &BrowserController::handleFinished);
}

BrowserController::~BrowserController()
{
    m_watcher.waitForFinished();
}

void BrowserController::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    if (archive == m_archive)
        return;
    m_archive = std::move(archive);
    m_entry.clear();
    m_pending = false;
    emit cleared();
}

void BrowserController::open(const QString &entry, int line)
{
    if (!m_archive)
        return;
    m_entry = entry;
    m_line = line;
    if (m_loading) {
        m_pending = true; // started when the current load ends
        return;
    }
    start();
}

void BrowserController::start()
{
    if (m_loading || !m_archive)
        return;
    m_loading = true;
    m_pending = false;
    emit loadingStarted(m_entry);
    auto archive = m_archive;
    const QString entry = m_entry;
    m_watcher.setFuture(QtConcurrent::run([archive, entry] { return EntryContent::load(*archive, entry); }));
}

void BrowserController::handleFinished()
{
    m_loading = false;
    if (m_pending) {
        // Started from the event loop: a watcher given a new future inside its own finished()
        // handler can miss that future's end.
        QMetaObject::invokeMethod(this, &BrowserController::start, Qt::QueuedConnection);
        return;
    }
    const LoadResult result = m_watcher.result();
    if (!result) {
        emit errorOccurred(result.error().message());
        return;
    }
    if (result.value().entry == m_entry)
        emit contentReady(result.value(), m_line);
}
