#include "workbenchcontroller.h"

#include "backgroundjob.h"
#include "mlf/codefacts.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

WorkbenchController::WorkbenchController(QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob<OpenResult>(this))
{
    connect(m_job, &BackgroundJobBase::progressChanged, this, &WorkbenchController::progressChanged);
}

WorkbenchController::~WorkbenchController() = default;

bool WorkbenchController::isLoading() const
{
    return m_job->isRunning();
}

void WorkbenchController::open(const QString &path)
{
    const QString full = canonical(path);
    for (int i = 0; i < m_archives.size(); ++i) {
        if (m_archives[i].path == full) {
            setCurrentIndex(i);
            return;
        }
    }
    if (full == m_loadingPath || m_queue.contains(full))
        return;
    m_queue << full;
    startNext();
}

void WorkbenchController::cancel()
{
    m_queue.clear();
    if (!isLoading())
        return;
    m_job->cancel();
    const QString path = m_loadingPath;
    m_loadingPath.clear();
    emit progressChanged(100);
    emit errorOccurred(path, mtvw::Error(mtvw::Error::Code::Cancelled, tr("Opening was cancelled.")));
}

void WorkbenchController::startNext()
{
    if (m_queue.isEmpty() || isLoading())
        return;
    m_loadingPath = m_queue.takeFirst();
    emit loadingStarted(m_loadingPath);
    emit progressChanged(0);
    m_job->start(
        [path = m_loadingPath](const JobContext &job) -> OpenResult {
            auto opened = mtvw::mlf::MlfArchive::open(path, {}, job.progressCallback());
            // What the code says about memory is read here, off the GUI thread: the panes that
            // show memory figures then find it cached.
            if (opened)
                for (const auto &m : (*opened)->modules())
                    (*opened)->codeFacts(m);
            return opened;
        },
        [this](const OpenResult &result) { handleFinished(result); });
}

void WorkbenchController::handleFinished(const OpenResult &result)
{
    const QString path = m_loadingPath;
    m_loadingPath.clear();
    emit progressChanged(100);
    if (!result) {
        emit errorOccurred(path, result.error());
    } else {
        m_archives << OpenArchive{path, result.value()};
        remember(path);
        emit archiveOpened(int(m_archives.size()) - 1);
        setCurrentIndex(int(m_archives.size()) - 1);
    }
    startNext();
}

WorkbenchController::ArchivePtr WorkbenchController::current() const
{
    return m_current >= 0 ? m_archives[m_current].archive : nullptr;
}

QString WorkbenchController::currentPath() const
{
    return m_current >= 0 ? m_archives[m_current].path : QString();
}

void WorkbenchController::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_archives.size() || index == m_current)
        return;
    m_current = index;
    emit currentChanged(index);
}

void WorkbenchController::close(int index)
{
    if (index < 0 || index >= m_archives.size())
        return;
    m_archives.removeAt(index);
    emit archiveClosed(index);
    if (m_current > index || m_current >= m_archives.size()) {
        m_current = std::min<int>(m_current - (m_current > index ? 1 : 0), int(m_archives.size()) - 1);
        emit currentChanged(m_current);
    } else if (m_current == index) {
        emit currentChanged(m_current);
    }
}

QStringList WorkbenchController::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void WorkbenchController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    emit recentFilesChanged();
}

void WorkbenchController::remember(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    emit recentFilesChanged();
}
