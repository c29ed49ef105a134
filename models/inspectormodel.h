#pragma once

#include "livechunk.h"
#include "micro/rpcdecoder.h"
#include "micro/wiredecoder.h"
#include "wirerecordstore.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class LiveConnection;

// The messages of the live connection, one row each, in the manner of Wireshark's packet list:
// time, direction, layer, type and summary, decoded (framing, session, RPC) as the bytes come
// in batches. It keeps the last kMaxRecords messages (older ones go in blocks) and the last
// kMaxBytes of each direction's bytes (in chunks), so that a selected message gives its bytes
// as on the wire unless they were dropped. A new connection starts it over.
class InspectorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, LayerColumn, TypeColumn, SummaryColumn, ColumnCount };
    enum Role {
        LayerRole = Qt::UserRole + 1, // int: WireRecord::Layer
        TypeRole,                     // QString: the record's type, as the type filter sees it
        ProblemRole,                  // QString: what is wrong, empty when nothing is
        DirectionRole,                // int: mtvw::Direction
        SearchTextRole,               // QString: everything the text filter looks in
    };
    static constexpr qsizetype kMaxRecords = 1000000;
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024; // per direction
    static constexpr qsizetype kMaxTypes = 256;

    explicit InspectorModel(QObject *parent = nullptr);
    ~InspectorModel() override;

    // Follows this connection (reset on its connected(), finished on its disconnected()).
    void setConnection(LiveConnection *connection);
    LiveConnection *connection() const;

    // What the connection does, callable directly (tests, a capture read by other means).
    void clear();
    void addChunks(const LiveChunks &chunks);
    void finish(); // the end of the stream: an open packet or text line is reported
    // Other caps than kMaxRecords and kMaxBytes (tests); rows then go in blocks of a twentieth,
    // bytes in chunks of a sixty-fourth. Clears the model.
    void setLimits(qsizetype maxRecords, qint64 maxBytes);
    qsizetype maxRecords() const { return m_maxRecords; }
    qint64 maxBytes() const { return m_maxBytes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const mtvw::micro::WireRecord &record(int row) const { return m_records.at(row); }
    // The records as they are now, for a search off the GUI thread: its row r is the record
    // numbered droppedRecords() + r, with droppedRecords() as it is at the time of the call.
    WireRecordStore::Snapshot snapshot() const { return m_records.snapshot(); }
    // The record's bytes as on the wire; empty with *available false when they were dropped.
    QByteArray rawBytes(int row, bool *available = nullptr) const;
    // The function and module names the session has learnt so far.
    const QHash<quint64, QString> &names() const { return m_decoder->names(); }
    // The record types seen so far, sorted (for the type filter).
    QStringList types() const { return m_types; }
    // How many records went out at the front (when over kMaxRecords) since the start.
    qint64 droppedRecords() const { return m_droppedRecords; }
    qint64 bytesKept(mtvw::Direction direction) const;

    static QString layerText(mtvw::micro::WireRecord::Layer layer);
    static QString directionText(mtvw::Direction direction);

signals:
    void typesChanged();
    // Rows were appended (after endInsertRows): a view that follows scrolls to the end.
    void recordsAppended();

private:
    // One direction's bytes since the start, the last kMaxBytes kept in chunks.
    struct ByteStore
    {
        qint64 base = 0; // stream offset of the first kept byte
        qint64 total = 0;
        qint64 max = kMaxBytes;
        qsizetype chunk = 1024 * 1024;
        QList<QByteArray> chunks;
        void append(QByteArrayView bytes);
        QByteArray slice(qint64 begin, qint64 end, bool *ok) const;
    };
    void append(QList<mtvw::micro::WireRecord> &records);
    ByteStore &store(mtvw::Direction d) { return d == mtvw::Direction::FromHost ? m_host : m_device; }
    const ByteStore &store(mtvw::Direction d) const { return d == mtvw::Direction::FromHost ? m_host : m_device; }

    QPointer<LiveConnection> m_connection;
    std::unique_ptr<mtvw::micro::WireDecoder> m_decoder;
    WireRecordStore m_records;
    QList<mtvw::micro::WireRecord> m_incoming;
    ByteStore m_device, m_host;
    QStringList m_types;
    qsizetype m_maxRecords = kMaxRecords;
    qint64 m_maxBytes = kMaxBytes;
    qint64 m_firstUs = -1;
    qint64 m_droppedRecords = 0;
    bool m_finished = false;
};
