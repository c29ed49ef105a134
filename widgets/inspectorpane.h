#pragma once

#include "micro/wiredissector.h"

#include <QList>
#include <QWidget>

class HexView;
class InspectorFilter;
class InspectorModel;
class LiveConnection;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// The Session and RPC inspector, in the manner of Wireshark: the messages of the live
// connection (time, direction, layer, type, summary; broken ones coloured; the device's Log
// messages among them), the decoded tree of the selected one (framing, session, RPC) and its
// bytes, the tree and the bytes linked both ways: a field highlights its bytes, a byte selects
// the narrowest field holding it. Filters by layer, type and text; Follow keeps the newest
// message in view; Open capture… replays a pcapng through the same connection.
class InspectorPane : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPane(LiveConnection *connection, QWidget *parent = nullptr);
    ~InspectorPane() override;

    // Replays a capture into the connection, as fast as it reads (what Open capture… does).
    void openCapture(const QString &path);

    InspectorModel *model() const { return m_model; }
    InspectorFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QTreeWidget *tree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    QComboBox *layerBox() const { return m_layer; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *textFilter() const { return m_text; }
    QCheckBox *problemsBox() const { return m_problems; }
    QToolButton *followButton() const { return m_follow; }
    QPushButton *openButton() const { return m_open; }
    QLabel *statusLabel() const { return m_status; }
    // The fields shown in the tree (of the selected message).
    const QList<mtvw::micro::WireField> &fields() const { return m_fields; }
    // The tree item of a field path (WireDissector::fieldAt), or nullptr.
    QTreeWidgetItem *itemAt(const QList<int> &path) const;
    // Selects a message by its row in the filtered list.
    void selectRow(int row);

private:
    void handleCurrentRowChanged();
    void handleTreeItemChanged(QTreeWidgetItem *item);
    void handleByteClicked(qint64 offset);
    void handleAppended();
    void handleFilterChanged();
    void handleTypesChanged();
    void handleReset();
    void handleScrollAction();
    void chooseCapture();
    void updateStatus();
    void showFields(const QByteArray &raw);
    void clearDetails(const QString &message);

    LiveConnection *m_connection;
    InspectorModel *m_model;
    InspectorFilter *m_filter;
    QComboBox *m_layer;
    QComboBox *m_type;
    QLineEdit *m_text;
    QTimer *m_textTimer;
    QCheckBox *m_problems;
    QToolButton *m_follow;
    QPushButton *m_open;
    QLabel *m_status;
    QTableView *m_table;
    QTreeWidget *m_tree;
    HexView *m_hex;
    QList<mtvw::micro::WireField> m_fields;
    int m_shownRow = -1; // source row whose fields are shown
};
