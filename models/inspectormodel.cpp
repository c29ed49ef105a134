#include "inspectormodel.h"

#include "liveconnection.h"
#include "micro/sessionmessage.h"
#include "micro/wiredissector.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

using mtvw::Direction;
using mtvw::micro::WireDecoder;
using mtvw::micro::WireDissector;
using mtvw::micro::WireRecord;

void InspectorModel::ByteStore::append(QByteArrayView bytes)
{
    total += bytes.size();
    while (!bytes.isEmpty()) {
        if (chunks.isEmpty() || chunks.last().size() >= chunk) {
            chunks.append(QByteArray());
            chunks.last().reserve(chunk);
        }
        QByteArray &last = chunks.last();
        const qsizetype n = std::min<qsizetype>(bytes.size(), chunk - last.size());
        last.append(bytes.first(n));
        bytes = bytes.sliced(n);
    }
    // The oldest chunks go once over the cap (whole chunks: the last kMaxBytes stay at least).
    while (!chunks.isEmpty() && total - base - chunks.first().size() >= max) {
        base += chunks.first().size();
        chunks.removeFirst();
    }
}

QByteArray InspectorModel::ByteStore::slice(qint64 begin, qint64 end, bool *ok) const
{
    *ok = begin >= base && begin <= end && end <= total;
    if (!*ok)
        return {};
    QByteArray out;
    out.reserve(qsizetype(end - begin));
    qint64 at = base;
    for (const QByteArray &c : chunks) {
        const qint64 from = std::max(begin, at), to = std::min(end, at + c.size());
        if (from < to)
            out.append(c.constData() + (from - at), qsizetype(to - from));
        at += c.size();
        if (at >= end)
            break;
    }
    return out;
}

InspectorModel::InspectorModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_decoder(std::make_unique<WireDecoder>())
{
    m_records.reset(m_maxRecords / 20);
}

InspectorModel::~InspectorModel() = default;

void InspectorModel::setConnection(LiveConnection *connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &LiveConnection::connected, this, &InspectorModel::clear);
    connect(connection, &LiveConnection::chunksArrived, this, &InspectorModel::addChunks);
    connect(connection, &LiveConnection::disconnected, this, &InspectorModel::finish);
}

LiveConnection *InspectorModel::connection() const
{
    return m_connection;
}

void InspectorModel::clear()
{
    beginResetModel();
    m_decoder = std::make_unique<WireDecoder>();
    m_records.reset(std::max<qsizetype>(1, m_maxRecords / 20)); // the oldest rows go a twentieth at a time
    for (ByteStore *s : {&m_device, &m_host}) {
        *s = ByteStore();
        s->max = m_maxBytes;
        s->chunk = qsizetype(std::clamp<qint64>(m_maxBytes / 64, 256, qint64(1024) * 1024));
    }
    m_firstUs = -1;
    m_droppedRecords = 0;
    m_finished = false;
    endResetModel();
    if (!m_types.isEmpty()) {
        m_types.clear();
        emit typesChanged();
    }
}

void InspectorModel::setLimits(qsizetype maxRecords, qint64 maxBytes)
{
    m_maxRecords = std::max<qsizetype>(1, maxRecords);
    m_maxBytes = std::max<qint64>(1, maxBytes);
    clear();
}

void InspectorModel::addChunks(const LiveChunks &chunks)
{
    m_finished = false;
    m_incoming.clear();
    for (const LiveChunk &c : chunks) {
        store(c.direction).append(c.bytes);
        m_decoder->feed(c.direction, c.bytes, c.timeUs, m_incoming);
    }
    append(m_incoming);
}

void InspectorModel::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_incoming.clear();
    m_decoder->finish(m_incoming);
    append(m_incoming);
}

void InspectorModel::append(QList<WireRecord> &records)
{
    if (records.isEmpty())
        return;
    bool typesGrew = false;
    for (const WireRecord &r : std::as_const(records)) {
        if (m_firstUs < 0 && r.timeUs >= 0)
            m_firstUs = r.timeUs;
        if (m_types.size() < kMaxTypes && !r.type.isEmpty()) {
            const auto it = std::lower_bound(m_types.begin(), m_types.end(), r.type);
            if (it == m_types.end() || *it != r.type) {
                m_types.insert(it, r.type);
                typesGrew = true;
            }
        }
    }
    // One batch larger than the cap keeps only its end.
    if (records.size() > m_maxRecords) {
        const qsizetype over = records.size() - m_maxRecords;
        records.remove(0, over);
        m_droppedRecords += over;
    }
    // The oldest rows go in blocks, so that removal is rare.
    if (m_records.size() + records.size() > m_maxRecords) {
        const qsizetype block = m_records.blockSize();
        const qsizetype over = m_records.size() + records.size() - m_maxRecords;
        const qsizetype drop = std::min(m_records.size(), (over + block - 1) / block * block);
        beginRemoveRows({}, 0, int(drop) - 1);
        m_droppedRecords += m_records.dropFront(over);
        endRemoveRows();
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(records.size()) - 1);
    m_records.append(std::move(records));
    endInsertRows();
    records = QList<WireRecord>();
    if (typesGrew)
        emit typesChanged();
    emit recordsAppended();
}

QByteArray InspectorModel::rawBytes(int row, bool *available) const
{
    bool ok = false;
    QByteArray out;
    if (row >= 0 && row < m_records.size()) {
        const WireRecord &r = m_records.at(row);
        out = store(r.direction).slice(r.begin, r.end, &ok);
    }
    if (available)
        *available = ok;
    return out;
}

qint64 InspectorModel::bytesKept(Direction direction) const
{
    const ByteStore &s = store(direction);
    return s.total - s.base;
}

int InspectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InspectorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InspectorModel::layerText(WireRecord::Layer layer)
{
    switch (layer) {
    case WireRecord::Layer::Text: return tr("Text");
    case WireRecord::Layer::Framing: return tr("Framing");
    case WireRecord::Layer::Session: return tr("Session");
    case WireRecord::Layer::Rpc: return tr("RPC");
    }
    return {};
}

QString InspectorModel::directionText(Direction direction)
{
    return direction == Direction::FromHost ? tr("host → device") : tr("device → host");
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const WireRecord &r = m_records.at(index.row());
    const bool framingProblem = !r.problem.isEmpty() && r.layer == WireRecord::Layer::Framing;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return r.timeUs < 0 || m_firstUs < 0 ? QString() : QString::number(double(r.timeUs - m_firstUs) / 1e6, 'f', 6);
        case DirectionColumn: return directionText(r.direction);
        case LayerColumn: return layerText(r.layer);
        case TypeColumn: return r.type;
        case SummaryColumn: return r.summary;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.column() == TimeColumn && r.timeUs >= 0)
            lines << QDateTime::fromMSecsSinceEpoch(r.timeUs / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (!r.problem.isEmpty())
            lines << tr("Problem: %1").arg(r.problem);
        lines << r.details.mid(0, 20);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (framingProblem) // CRC errors, invalid escapes, short packets: what the receiver drops
            return QBrush(QColor(0xf6, 0xc6, 0xc6));
        if (!r.problem.isEmpty())
            return QBrush(QColor(0xfb, 0xe6, 0xb0));
        return {};
    case Qt::ForegroundRole:
        if (!r.problem.isEmpty())
            return QBrush(framingProblem ? QColor(0x8b, 0x00, 0x00) : QColor(0x5a, 0x3c, 0x00));
        if (r.layer == WireRecord::Layer::Text)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (r.type == QLatin1String("Log"))
            return QBrush(QColor(0x1f, 0x6f, 0xb2));
        return {};
    case Qt::FontRole:
        if (r.type == QLatin1String("Log") && index.column() == SummaryColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case LayerRole: return int(r.layer);
    case TypeRole: return r.type;
    case ProblemRole: return r.problem;
    case DirectionRole: return int(r.direction);
    case SearchTextRole:
        return QStringList{r.type, r.summary, r.problem, r.details.join(QLatin1Char('\n'))}.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Direction");
    case LayerColumn: return tr("Layer");
    case TypeColumn: return tr("Type");
    case SummaryColumn: return tr("Summary");
    }
    return {};
}
