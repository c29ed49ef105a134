#include "archivesearch.h"

#include "backgroundjob.h"
#include "entrycontent.h"
#include "mlf/mlfarchive.h"

#include <QByteArrayMatcher>

ArchiveSearch::ArchiveSearch(QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob<Outcome>(this))
{
    connect(m_job, &BackgroundJobBase::progressChanged, this, &ArchiveSearch::progressChanged);
}

ArchiveSearch::~ArchiveSearch() = default;

bool ArchiveSearch::isRunning() const
{
    return m_job->isRunning();
}

void ArchiveSearch::cancel()
{
    m_job->cancel();
}

void ArchiveSearch::start(std::shared_ptr<const mtvw::mlf::MlfArchive> archive, const QString &text, bool caseSensitive)
{
    cancel(); // an older search stops at its next entry; its result never arrives
    if (!archive || text.isEmpty())
        return;
    m_job->start(
        [archive, text, caseSensitive](const JobContext &job) {
            return run(*archive, text, caseSensitive, *job.cancelFlag(),
                       [&job](int done, int total) { job.setProgress(done, total); });
        },
        [this](const Outcome &outcome) { emit finished(outcome); });
}

ArchiveSearch::Outcome ArchiveSearch::run(const mtvw::mlf::MlfArchive &archive, const QString &text, bool caseSensitive,
                                          const std::atomic<bool> &cancel, const std::function<void(int, int)> &progress)
{
    Outcome out;
    const QList<mtvw::mlf::ArchiveEntry> &entries = archive.archive().entries();
    // Case-insensitive search folds ASCII only, which is what generated code and metadata hold.
    const QByteArray needle = caseSensitive ? text.toUtf8() : text.toUtf8().toLower();
    const QByteArrayMatcher matcher(needle);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (cancel.load()) {
            out.cancelled = true;
            break;
        }
        if (progress && (i % 16 == 0))
            progress(int(i), int(entries.size()));
        const mtvw::mlf::ArchiveEntry &e = entries[i];
        if (e.size > EntryContent::kMaxTextBytes)
            continue;
        auto head = archive.archive().readRange(e.path, 0, 8192);
        if (!head || EntryContent::isBinary(e.path, head.value()))
            continue;
        auto data = archive.read(e.path, EntryContent::kMaxTextBytes);
        if (!data)
            continue;
        ++out.entriesSearched;
        const QByteArray hay = caseSensitive ? data.value() : data.value().toLower();
        qsizetype from = 0;
        int line = 1;
        qsizetype lineStart = 0;
        qsizetype counted = 0; // position up to which newlines are counted
        while ((from = matcher.indexIn(hay, from)) >= 0) {
            for (; counted < from; ++counted)
                if (hay[counted] == '\n') {
                    ++line;
                    lineStart = counted + 1;
                }
            qsizetype lineEnd = hay.indexOf('\n', from);
            if (lineEnd < 0)
                lineEnd = hay.size();
            Hit hit;
            hit.entry = e.path;
            hit.line = line;
            hit.column = int(from - lineStart) + 1;
            hit.text = QString::fromUtf8(data.value().mid(lineStart, std::min<qsizetype>(lineEnd - lineStart, 300))).trimmed();
            out.hits << hit;
            if (out.hits.size() >= kMaxHits) {
                out.truncated = true;
                return out;
            }
            from = lineEnd; // one hit per line
        }
    }
    if (progress)
        progress(int(entries.size()), int(entries.size()));
    return out;
}
