#pragma once

#include "core/result.h"
#include "graph.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace mtvw::mlf {

// How GraphLayout::compute draws a graph.
struct GraphLayoutOptions
{
    bool foldParams = true;   // parameter nodes are not drawn; their consumers list them instead
    QSet<QString> paramNames; // names of the parameter tensors; empty: "null" nodes named p<N> are parameters
    QString module;           // strips tvmgen_<module>_ from labels
    std::function<qreal(const QString &label)> textWidth; // empty: characters × charWidth
    std::function<QString(int node)> detail;              // a second line under the label (shape, bytes); empty: none
    qreal charWidth = 7;
    qreal nodeHeight = 28;
    qreal nodePadding = 12; // left and right of the label
    qreal minNodeWidth = 40;
    qreal nodeGap = 24;  // between nodes of one layer
    qreal layerGap = 44; // between layers
    int sweeps = 8;      // barycenter passes that order the layers
    const std::atomic<bool> *cancel = nullptr;
};

// A layered drawing of a graph, top (inputs) to bottom (outputs). A node's layer is its longest
// path from the inputs (sources sit just above their first consumer); long edges run through
// dummy points, one per layer they cross; barycenter sweeps order each layer to cut crossings.
class GraphLayout
{
public:
    using Options = GraphLayoutOptions;

    struct Box
    {
        int node = -1; // graph node id
        int layer = 0;
        QRectF rect;
        QString label;
        QString detail;          // from Options::detail; the box is as wide as the wider line
        QList<int> foldedParams; // graph node ids of the parameters this node reads
    };
    struct Edge
    {
        int from = -1; // graph node ids
        int to = -1;
        Graph::EntryRef source; // the output of "from" that flows along the edge
        QList<QPointF> points;  // from the bottom of "from" to the top of "to"
    };

    QList<Box> boxes;
    QList<int> boxOfNode; // graph node id -> index into boxes, -1 when not drawn
    QList<Edge> edges;
    QRectF bounds;
    int layerCount = 0;
    qint64 crossings = 0; // edge crossings between adjacent layers in the chosen order

    const Box *boxFor(int node) const;

    static bool isParameter(const Graph &graph, int node, const QSet<QString> &paramNames);
    // The label of a node: its function name without tvmgen_<module>_ and fused_, or its name;
    // cut to 44 characters by an ellipsis in the middle.
    static QString label(const Graph::Node &node, const QString &module = {});
    static QString shortName(const QString &funcName, const QString &module = {});

    static Result<GraphLayout> compute(const Graph &graph, const Options &options = {});
};

} // namespace mtvw::mlf
