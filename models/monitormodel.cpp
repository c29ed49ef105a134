#include "monitormodel.h"

#include "backgroundjob.h"
#include "liveconnection.h"

#include <QBrush>
#include <QDateTime>
#include <QPalette>
#include <QSaveFile>

using Kind = MonitorLines::Kind;

MonitorModel::MonitorModel(LiveConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_saveJob(new BackgroundJob<mtvw::Result<qint64>>(this))
{
    m_openTimer.setSingleShot(true);
    m_openTimer.setInterval(kOpenLineMs);
    connect(&m_openTimer, &QTimer::timeout, this, &MonitorModel::handleOpenTimeout);
    if (!connection)
        return;
    connect(connection, &LiveConnection::chunksArrived, this, &MonitorModel::addChunks);
    connect(connection, &LiveConnection::notice, this, &MonitorModel::addNotice);
    connect(connection, &LiveConnection::disconnected, this, &MonitorModel::closeOpenLines);
}

MonitorModel::~MonitorModel() = default;

int MonitorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

QString MonitorModel::renderText(QByteArrayView bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            c = QChar(0x2400 + c.unicode()); // control pictures: visible, one line
        else if (c.unicode() == 0x7f)
            c = QChar(0x2421);
    return text;
}

QString MonitorModel::renderHex(QByteArrayView bytes)
{
    QString hex = QString::fromLatin1(bytes.toByteArray().toHex(' '));
    QString ascii(bytes.size(), QLatin1Char('.'));
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes[i] >= 0x20 && bytes[i] < 0x7f)
            ascii[i] = QLatin1Char(bytes[i]);
    return hex + QStringLiteral("  |") + ascii + QLatin1Char('|');
}

QString MonitorModel::renderTime(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString MonitorModel::text(int row) const
{
    const MonitorLines::Line l = m_lines.line(m_lines.firstSeq() + row);
    if (l.kind == Kind::Notice)
        return QStringLiteral("— ") + QString::fromUtf8(l.bytes);
    const QString body = m_hex ? renderHex(l.bytes) : renderText(l.bytes);
    return l.kind == Kind::Host ? QStringLiteral("→ ") + body : body;
}

QVariant MonitorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const qint64 seq = m_lines.firstSeq() + index.row();
    const MonitorLines::Line l = m_lines.line(seq);
    switch (role) {
    case Qt::DisplayRole: {
        QString prefix;
        if (m_timestamps == Timestamps::Absolute) {
            prefix = renderTime(l.timeUs) + QLatin1Char(' ');
        } else if (m_timestamps == Timestamps::Delta) {
            const qint64 before = seq > m_lines.firstSeq() ? m_lines.line(seq - 1).timeUs : l.timeUs;
            prefix = QStringLiteral("+%1 ").arg(double(l.timeUs - before) / 1e6, 9, 'f', 6);
        }
        return prefix + text(index.row());
    }
    case Qt::ForegroundRole:
        if (l.kind == Kind::Host)
            return QBrush(QColor(0x1f, 0x5f, 0xbf));
        if (l.kind == Kind::Notice)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case KindRole: return int(l.kind);
    case TimeRole: return l.timeUs;
    case BytesRole: return l.bytes.toByteArray();
    default: return {};
    }
}

void MonitorModel::setHexMode(bool hex)
{
    if (m_hex == hex)
        return;
    m_hex = hex;
    if (m_rows)
        emit dataChanged(index(0), index(int(m_rows - 1)), {Qt::DisplayRole});
}

void MonitorModel::setTimestamps(Timestamps mode)
{
    if (m_timestamps == mode)
        return;
    m_timestamps = mode;
    if (m_rows)
        emit dataChanged(index(0), index(int(m_rows - 1)), {Qt::DisplayRole});
}

void MonitorModel::setHistoryLimit(qint64 lines)
{
    m_limit = std::max<qint64>(lines, MonitorLines::kBlockLines);
    commit();
}

void MonitorModel::take(Kind kind, qint64 timeUs, QByteArrayView bytes, Open &open)
{
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        if (nl < 0) {
            if (open.bytes.isEmpty())
                open.timeUs = timeUs;
            open.bytes.append(bytes.data(), bytes.size());
            if (open.bytes.size() >= MonitorLines::kMaxLine) {
                m_lines.append(kind, open.timeUs, open.bytes);
                open.bytes.clear();
                if (kind == Kind::Device)
                    ++m_deviceLines; // a piece of a long line is a line of the monitor
            }
            return;
        }
        const QByteArrayView line = bytes.first(nl);
        if (open.bytes.isEmpty()) {
            m_lines.append(kind, timeUs, line);
        } else {
            open.bytes.append(line.data(), line.size());
            m_lines.append(kind, open.timeUs, open.bytes);
            open.bytes.clear();
        }
        if (kind == Kind::Device)
            ++m_deviceLines;
        bytes = bytes.sliced(nl + 1);
    }
}

void MonitorModel::addChunks(const LiveChunks &chunks)
{
    for (const LiveChunk &c : chunks) {
        if (c.direction == mtvw::Direction::FromDevice) {
            m_deviceBytes += c.bytes.size();
            take(Kind::Device, c.timeUs, c.bytes, m_device);
        } else {
            take(Kind::Host, c.timeUs, c.bytes, m_host);
        }
    }
    // A line left open shows kOpenLineMs after it began waiting, however busy the other side is.
    if ((!m_device.bytes.isEmpty() || !m_host.bytes.isEmpty()) && !m_openTimer.isActive())
        m_openTimer.start();
    commit();
}

void MonitorModel::addNotice(const QString &text)
{
    m_lines.append(Kind::Notice, QDateTime::currentMSecsSinceEpoch() * 1000, text.toUtf8());
    commit();
}

void MonitorModel::closeOpenLines()
{
    for (auto [kind, open] : {std::pair{Kind::Device, &m_device}, std::pair{Kind::Host, &m_host}}) {
        if (open->bytes.isEmpty())
            continue;
        m_lines.append(kind, open->timeUs, open->bytes);
        if (kind == Kind::Device)
            ++m_deviceLines;
        open->bytes.clear();
    }
    commit();
}

void MonitorModel::handleOpenTimeout()
{
    closeOpenLines();
}

void MonitorModel::commit()
{
    // The view hears of the new lines once, then of the oldest going, a block at a time.
    const qint64 shown = m_lines.firstSeq() + m_rows;
    const qint64 added = m_lines.endSeq() - shown;
    if (added > 0) {
        beginInsertRows({}, int(m_rows), int(m_rows + added - 1));
        m_rows += added;
        endInsertRows();
        emit linesAdded(int(added));
    }
    const qint64 drop = m_lines.overBy(m_limit);
    if (drop > 0) {
        beginRemoveRows({}, 0, int(drop - 1));
        m_lines.trim(m_limit);
        m_rows -= drop;
        endRemoveRows();
    }
}

void MonitorModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_rows = 0;
    m_device = {};
    m_host = {};
    m_deviceLines = m_deviceBytes = 0;
    endResetModel();
}

bool MonitorModel::isSaving() const
{
    return m_saveJob->isRunning();
}

void MonitorModel::saveText(const QString &path)
{
    const MonitorLines snapshot = m_lines; // shared blocks: the live history goes on growing
    m_saveJob->start(
        [snapshot, path](const JobContext &job) -> mtvw::Result<qint64> {
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return mtvw::Error(mtvw::Error::Code::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
            QByteArray out;
            for (qint64 seq = snapshot.firstSeq(); seq < snapshot.endSeq(); ++seq) {
                const MonitorLines::Line l = snapshot.line(seq);
                out += renderTime(l.timeUs).toLatin1();
                out += l.kind == Kind::Host ? " > " : l.kind == Kind::Notice ? " - " : "   ";
                out.append(l.bytes.data(), l.bytes.size());
                out += '\n';
                if (out.size() > (1 << 20)) {
                    if (job.isCancelled())
                        return mtvw::Error(mtvw::Error::Code::Cancelled, tr("saving %1 was cancelled").arg(path));
                    job.setProgress(seq - snapshot.firstSeq(), snapshot.size());
                    f.write(out);
                    out.clear();
                }
            }
            f.write(out);
            if (!f.commit())
                return mtvw::Error(mtvw::Error::Code::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
            return snapshot.size();
        },
        [this, path](mtvw::Result<qint64> r) {
            if (r.ok())
                emit saved(path, r.value());
            else
                emit errorOccurred(r.error());
        });
}
