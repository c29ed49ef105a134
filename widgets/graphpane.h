#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class GraphController;
class QCheckBox;
class QComboBox;
class QGraphicsPathItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The Graph pane: the module's graph as a layered DAG (inputs at the top), pan by dragging, zoom
// with Ctrl+wheel, +/- and Fit, find a node by name; a click shows a node's attributes, a
// double-click (or "Go to operator") asks to show its operator.
class GraphPane : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPane(QWidget *parent = nullptr);
    ~GraphPane() override;

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    // Shows the first node that calls the function (from another pane's selection).
    void selectFunction(const QString &module, const QString &function);

    GraphController *controller() const { return m_controller; }
    QGraphicsView *view() const { return m_view; }
    QGraphicsScene *scene() const { return m_scene; }
    QTableWidget *attributesTable() const { return m_attributes; }
    bool isShowingMessage() const;
    QString messageText() const;

    void zoomIn();
    void zoomOut();
    void fitToView();
    // The whole graph as an image, PNG or SVG by the file's suffix, labels shown whatever the
    // zoom; empty on success, else what went wrong.
    QString exportImage(const QString &path);

signals:
    void operatorActivated(const QString &module, const QString &function);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct NodeItems
    {
        QGraphicsPathItem *box = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
        QGraphicsSimpleTextItem *detail = nullptr; // shape and bytes under the label, when known
        QList<int> edges;                          // indexes into m_edges
    };
    void handleModuleChanged();
    void handleLayoutReady();
    void handleSelectionChanged(int node);
    void handleBusyChanged(bool busy);
    void handleSearchEdited();
    void handleSearchNext();
    void buildScene();
    void restyle();
    void styleNode(int node);
    void zoomBy(qreal factor);
    void updateLevelOfDetail();
    void activateSelected();
    void chooseExport();
    int nodeAt(const QPoint &viewportPos) const;
    void showMessage(const QString &text);

    GraphController *m_controller;
    QComboBox *m_moduleCombo;
    QLineEdit *m_search;
    QLabel *m_searchResult;
    QCheckBox *m_fold;
    QProgressBar *m_busy;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QLabel *m_nodeTitle;
    QTableWidget *m_attributes;
    QPushButton *m_goToOperator;
    QHash<int, NodeItems> m_nodes; // by graph node id
    QList<QGraphicsPathItem *> m_edges;
    QList<QPair<int, int>> m_edgeEnds; // graph node ids of each edge
    QList<int> m_matches;
    int m_matchIndex = -1;
    int m_styledNode = -1; // the node drawn as selected
    QPoint m_pressPos;
    bool m_labelsShown = true;
};
