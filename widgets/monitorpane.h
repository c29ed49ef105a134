#pragma once

#include "core/result.h"
#include "transport/serialports.h"

#include <QWidget>

class LiveConnection;
class MonitorFilter;
class MonitorModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QPushButton;
class QSpinBox;
template<typename T>
class BackgroundJob;

// The serial monitor: a port picker that names the boards it recognises, line settings,
// connect/disconnect; the device's text or hex with timestamps; a pause that keeps everything
// coming in; filter and find (text or regular expression); send a line or hex bytes with a line
// ending and a history; save the log as text or the capture as pcapng; clear. It watches the
// window's one live connection; any pane may have opened it (the Demo, a replay).
class MonitorPane : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorPane(LiveConnection *connection, QWidget *parent = nullptr);
    ~MonitorPane() override;

    MonitorModel *model() const { return m_model; }
    MonitorFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *portBox() const { return m_port; }
    QPushButton *connectButton() const { return m_connect; }
    QLineEdit *sendEdit() const;
    QComboBox *sendMode() const { return m_sendMode; }
    QComboBox *lineEnding() const { return m_ending; }
    QCheckBox *followBox() const { return m_follow; }
    QLabel *statusLabel() const { return m_status; }

    // The ports this machine has, looked for off the GUI thread; portsListed() when done.
    void refreshPorts();
    const QList<mtvw::transport::SerialPortEntry> &ports() const { return m_ports; }
    // Connects to the port named in the picker with the chosen line settings.
    void connectPort();
    void send();
    // The bytes send() would write for this text in the chosen mode and ending; an error for
    // hex that is not hex.
    mtvw::Result<QByteArray> bytesToSend(const QString &text) const;
    // The next line (from the selected one, or the top) matching the filter box's text.
    void findNext(bool backwards = false);
    void saveLog(const QString &path);
    void saveCapture(const QString &path);

signals:
    void portsListed();
    void captureSaved(const QString &path);
    void errorOccurred(const mtvw::Error &error);

private:
    void updateState();
    void updateCounters();
    void showError(const mtvw::Error &error);
    void chooseLogFile();
    void chooseCaptureFile();

    LiveConnection *m_connection;
    MonitorModel *m_model;
    MonitorFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_port, *m_baud, *m_format, *m_timestamps, *m_sendBox, *m_sendMode, *m_ending;
    QPushButton *m_connect, *m_hex;
    QCheckBox *m_follow, *m_regex;
    QLineEdit *m_filterEdit;
    QSpinBox *m_history;
    QLabel *m_status, *m_counters;
    qint64 m_linesAtPause = 0;
    QList<mtvw::transport::SerialPortEntry> m_ports;
    BackgroundJob<QList<mtvw::transport::SerialPortEntry>> *m_portJob;
    BackgroundJob<mtvw::Result<qint64>> *m_copyJob;
};
