#include "workbenchcontroller.h"

#include "mlf/codefacts.h"

#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

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
{
    connect(&m_watcher, &QFutureWatcher<OpenResult>::finished, this, &WorkbenchController::handleFinished);
}

WorkbenchController::~WorkbenchController()
{
    cancel();
    m_watcher.waitForFinished();
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
    if (m_cancel)
        m_cancel->store(true);
}

void WorkbenchController::startNext()
{
    if (m_queue.isEmpty() || m_loading)
        return;
    m_loading = true;
    m_loadingPath = m_queue.takeFirst();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    emit loadingStarted(m_loadingPath);
    emit progressChanged(0);
    auto cancelFlag = m_cancel;
    QPointer<WorkbenchController> self(this);
    auto progress = [cancelFlag, self](qint64 done, qint64 total) {
        if (total > 0 && self) {
            const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
            QMetaObject::invokeMethod(
                self,
                [self, percent] {
                    if (self)
                        emit self->progressChanged(percent);
                },
                Qt::QueuedConnection);
        }
        return !cancelFlag->load();
    };
    const QString path = m_loadingPath;
    m_watcher.setFuture(QtConcurrent::run([path, progress]() -> OpenResult {
        auto opened = mtvw::mlf::MlfArchive::open(path, {}, progress);
        // What the code says about memory is read here, off the GUI thread: the panes that show
        // memory figures then find it cached.
        if (opened)
            for (const auto &m : (*opened)->modules())
                (*opened)->codeFacts(m);
        return opened;
    }));
}

void WorkbenchController::handleFinished()
{
    m_loading = false;
    const OpenResult result = m_watcher.result();
    const QString path = m_loadingPath;
    m_loadingPath.clear();
    emit progressChanged(100);
    if (!result) {
        emit errorOccurred(path, result.error().message());
    } else {
        m_archives << OpenArchive{path, result.value()};
        remember(path);
        emit archiveOpened(int(m_archives.size()) - 1);
        setCurrentIndex(int(m_archives.size()) - 1);
    }
    // The next load starts from the event loop: a watcher given a new future inside its own
    // finished() handler can miss that future's end.
    QMetaObject::invokeMethod(this, &WorkbenchController::startNext, Qt::QueuedConnection);
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
