#include "monitorfilter.h"

#include "backgroundjob.h"
#include "monitormodel.h"

#include <algorithm>

bool MonitorFilter::Matcher::matches(QByteArrayView line) const
{
    const QString s = QString::fromUtf8(line);
    return regex ? re.match(s).hasMatch() : s.contains(text, Qt::CaseInsensitive);
}

MonitorFilter::MonitorFilter(MonitorModel *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_job(new BackgroundJob<QList<qint64>>(this))
{
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { handleInserted(first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { handleRemoved(first, last); });
    connect(source, &QAbstractItemModel::modelReset, this, &MonitorFilter::handleReset);
    connect(source, &QAbstractItemModel::dataChanged, this, [this] {
        if (rowCount())
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    });
    // Passing every row through, the filter follows the source row for row.
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int last) {
        if (!isFiltering())
            beginInsertRows({}, first, last);
    });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (!isFiltering())
            beginRemoveRows({}, first, last);
    });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
}

MonitorFilter::~MonitorFilter() = default;

bool MonitorFilter::isSearching() const
{
    return m_job->isRunning();
}

int MonitorFilter::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return isFiltering() ? int(m_seqs.size()) : m_source->rowCount();
}

int MonitorFilter::sourceRow(int row) const
{
    if (!isFiltering())
        return row;
    return row >= 0 && row < m_seqs.size() ? int(m_seqs[row] - m_source->lines().firstSeq()) : -1;
}

int MonitorFilter::rowForSource(int sourceRow) const
{
    if (!isFiltering())
        return sourceRow;
    const qint64 seq = m_source->lines().firstSeq() + sourceRow;
    const auto it = std::lower_bound(m_seqs.begin(), m_seqs.end(), seq);
    return it != m_seqs.end() && *it == seq ? int(it - m_seqs.begin()) : -1;
}

QVariant MonitorFilter::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = sourceRow(index.row());
    return row < 0 ? QVariant() : m_source->data(m_source->index(row), role);
}

void MonitorFilter::setPattern(const QString &pattern, bool regularExpression)
{
    Matcher m;
    m.regex = regularExpression;
    m.text = pattern;
    if (regularExpression) {
        m.re = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!m.re.isValid()) {
            emit errorOccurred(
                mtvw::Error(mtvw::Error::Code::Malformed, tr("the regular expression %1 is not valid: %2 (at character %3)")
                                                              .arg(pattern, m.re.errorString())
                                                              .arg(m.re.patternErrorOffset())));
            return;
        }
    }
    beginResetModel();
    m_job->cancel();
    m_pattern = pattern;
    m_matcher = m;
    m_seqs.clear();
    endResetModel();
    if (pattern.isEmpty()) {
        emit patternApplied(rowCount());
        return;
    }
    const MonitorLines snapshot = m_source->lines();
    m_triedTo = snapshot.endSeq();
    m_job->start(
        [snapshot, m](const JobContext &job) {
            QList<qint64> found;
            for (qint64 seq = snapshot.firstSeq(); seq < snapshot.endSeq(); ++seq) {
                if ((seq & 0xffff) == 0 && job.isCancelled())
                    break;
                const MonitorLines::Line l = snapshot.line(seq);
                if (l.kind != MonitorLines::Kind::Notice && m.matches(l.bytes))
                    found.append(seq);
            }
            return found;
        },
        [this](QList<qint64> found) {
            const qint64 first = m_source->lines().firstSeq();
            found.erase(found.begin(), std::lower_bound(found.begin(), found.end(), first)); // gone meanwhile
            if (!found.isEmpty()) {
                beginInsertRows({}, 0, int(found.size() - 1));
                m_seqs = found + m_seqs; // the rows tried live came after the history
                endInsertRows();
            }
            emit patternApplied(int(m_seqs.size()));
        });
}

void MonitorFilter::handleInserted(int first, int last)
{
    if (!isFiltering()) {
        endInsertRows();
        return;
    }
    const MonitorLines &lines = m_source->lines();
    QList<qint64> found;
    for (qint64 seq = std::max(m_triedTo, lines.firstSeq() + first); seq <= lines.firstSeq() + last; ++seq) {
        const MonitorLines::Line l = lines.line(seq);
        if (l.kind != MonitorLines::Kind::Notice && m_matcher.matches(l.bytes))
            found.append(seq);
    }
    m_triedTo = lines.firstSeq() + last + 1;
    if (found.isEmpty())
        return;
    beginInsertRows({}, int(m_seqs.size()), int(m_seqs.size() + found.size() - 1));
    m_seqs += found;
    endInsertRows();
}

void MonitorFilter::handleRemoved(int first, int last)
{
    Q_UNUSED(first);
    Q_UNUSED(last);
    if (!isFiltering()) {
        endRemoveRows();
        return;
    }
    // The oldest lines went: the matches before the new first line go with them.
    const qint64 firstKept = m_source->lines().firstSeq();
    const int drop = int(std::lower_bound(m_seqs.begin(), m_seqs.end(), firstKept) - m_seqs.begin());
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_seqs.remove(0, drop);
    endRemoveRows();
}

void MonitorFilter::handleReset()
{
    m_seqs.clear();
    m_triedTo = 0;
    endResetModel();
    if (isFiltering())
        setPattern(m_pattern, m_matcher.regex);
}
