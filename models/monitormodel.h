#pragma once

#include "core/result.h"
#include "livechunk.h"
#include "monitorlines.h"

#include <QAbstractListModel>
#include <QTimer>

class LiveConnection;
template<typename T>
class BackgroundJob;

// The serial monitor's lines: what the device sent, split at newlines (a line left open shows
// after kOpenLineMs), what the host sent, and what happened to the connection. Appends once per
// batch of the connection, never per line; keeps at most historyLimit() lines (the oldest go a
// block at a time) and counts every line ever received, so a paused view loses nothing that is
// still kept. Shows text (control characters made visible) or hex and ASCII, with absolute or
// delta timestamps.
class MonitorModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, TimeRole, BytesRole };
    enum class Timestamps { None, Absolute, Delta };
    static constexpr qint64 kDefaultHistory = 1'000'000;
    static constexpr int kOpenLineMs = 300;

    explicit MonitorModel(LiveConnection *connection, QObject *parent = nullptr);
    ~MonitorModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setHexMode(bool hex);
    bool hexMode() const { return m_hex; }
    void setTimestamps(Timestamps mode);
    Timestamps timestamps() const { return m_timestamps; }
    void setHistoryLimit(qint64 lines);
    qint64 historyLimit() const { return m_limit; }

    // Lines and bytes received from the device since the last clear, dropped from history or not.
    qint64 deviceLines() const { return m_deviceLines; }
    qint64 deviceBytes() const { return m_deviceBytes; }
    const MonitorLines &lines() const { return m_lines; }
    // The row's line as it is shown (without its timestamp) and as it would be saved.
    QString text(int row) const;
    void clear();

    // Feeds a batch as the connection does (tests and benchmarks feed it directly).
    void addChunks(const LiveChunks &chunks);
    void addNotice(const QString &text);
    // Ends the open lines now (the connection ended).
    void closeOpenLines();

    // Writes every line kept, with absolute timestamps, as UTF-8 text; off the GUI thread.
    void saveText(const QString &path);
    bool isSaving() const;

    static QString renderText(QByteArrayView bytes);
    static QString renderHex(QByteArrayView bytes);
    static QString renderTime(qint64 timeUs);

signals:
    void linesAdded(int count);
    void saved(const QString &path, qint64 lines);
    void errorOccurred(const mtvw::Error &error);

private:
    struct Open
    {
        QByteArray bytes;
        qint64 timeUs = 0;
    };
    void take(MonitorLines::Kind kind, qint64 timeUs, QByteArrayView bytes, Open &open);
    void commit();
    void handleOpenTimeout();

    MonitorLines m_lines;
    qint64 m_rows = 0; // lines the view has been told of
    Open m_device, m_host;
    QTimer m_openTimer;
    qint64 m_limit = kDefaultHistory;
    qint64 m_deviceLines = 0, m_deviceBytes = 0;
    bool m_hex = false;
    Timestamps m_timestamps = Timestamps::None;
    BackgroundJob<mtvw::Result<qint64>> *m_saveJob;
};
