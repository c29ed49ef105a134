#include "graphlayout.h"

#include "core/tr.h"

#include <algorithm>
#include <numeric>

namespace mtvw::mlf {

namespace {

constexpr int kPlacementRounds = 5; // alternating down/up passes that align nodes with their neighbours
constexpr qreal kDummyWidth = 6;
constexpr int kMaxLabel = 44;  // longer labels lose their middle
constexpr int kLabelTail = 14; // characters kept after the ellipsis

// A node of the layered graph: a drawn box, or a dummy point on a long edge.
struct Vertex
{
    int layer = 0;
    qreal width = 0;
    QList<int> up, down; // neighbours in the layers above and below
    int pos = 0;         // index within its layer
    qreal x = 0;         // centre
};

bool cancelled(const GraphLayout::Options &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

// Crossings between layer `upper` and the one below it, by counting inversions with a Fenwick tree.
qint64 crossingsBelow(const QList<Vertex> &v, const QList<int> &upper, int lowerSize)
{
    QList<std::pair<int, int>> pairs;
    for (int u : upper)
        for (int w : v[u].down)
            pairs.append({v[u].pos, v[w].pos});
    std::sort(pairs.begin(), pairs.end());
    QList<int> tree(lowerSize + 1, 0);
    qint64 crossings = 0, seen = 0;
    for (const auto &[pu, pw] : pairs) {
        qint64 notGreater = 0; // earlier edges ending at or left of pw
        for (int i = pw + 1; i > 0; i -= i & -i)
            notGreater += tree[i];
        crossings += seen - notGreater;
        for (int i = pw + 1; i <= lowerSize; i += i & -i)
            ++tree[i];
        ++seen;
    }
    return crossings;
}

qint64 totalCrossings(const QList<Vertex> &v, const QList<QList<int>> &layers)
{
    qint64 sum = 0;
    for (int l = 0; l + 1 < layers.size(); ++l)
        sum += crossingsBelow(v, layers[l], int(layers[l + 1].size()));
    return sum;
}

// Orders a layer by the mean position of each vertex's neighbours in the adjacent layer.
void sortByBarycenter(QList<Vertex> &v, QList<int> &layer, bool useUp)
{
    QList<std::pair<double, int>> keyed;
    keyed.reserve(layer.size());
    for (int id : layer) {
        const QList<int> &nb = useUp ? v[id].up : v[id].down;
        double key = v[id].pos;
        if (!nb.isEmpty()) {
            double sum = 0;
            for (int n : nb)
                sum += v[n].pos;
            key = sum / double(nb.size());
        }
        keyed.append({key, id});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < keyed.size(); ++i) {
        layer[i] = keyed[i].second;
        v[layer[i]].pos = i;
    }
}

// Moves a layer's vertices towards the mean x of their neighbours, keeping their order and gaps:
// the mean of a left-to-right and a right-to-left packing, so neither side is favoured.
void placeLayer(QList<Vertex> &v, const QList<int> &layer, bool useUp, qreal gap)
{
    const int n = int(layer.size());
    QList<qreal> want(n), left(n), right(n);
    for (int i = 0; i < n; ++i) {
        const Vertex &vx = v[layer[i]];
        const QList<int> &nb = useUp ? vx.up : vx.down;
        want[i] = vx.x;
        if (!nb.isEmpty()) {
            qreal sum = 0;
            for (int k : nb)
                sum += v[k].x;
            want[i] = sum / qreal(nb.size());
        }
    }
    auto spacing = [&](int i) { return (v[layer[i]].width + v[layer[i + 1]].width) / 2 + gap; };
    for (int i = 0; i < n; ++i)
        left[i] = i == 0 ? want[i] : std::max(want[i], left[i - 1] + spacing(i - 1));
    for (int i = n - 1; i >= 0; --i)
        right[i] = i == n - 1 ? want[i] : std::min(want[i], right[i + 1] - spacing(i));
    for (int i = 0; i < n; ++i)
        v[layer[i]].x = (left[i] + right[i]) / 2;
}

bool isPNumber(const QString &name)
{
    if (name.size() < 2 || name.at(0) != QLatin1Char('p'))
        return false;
    return std::all_of(name.begin() + 1, name.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

const GraphLayout::Box *GraphLayout::boxFor(int node) const
{
    const int b = boxOfNode.value(node, -1);
    return b >= 0 ? &boxes[b] : nullptr;
}

bool GraphLayout::isParameter(const Graph &graph, int node, const QSet<QString> &paramNames)
{
    if (node < 0 || node >= graph.nodes.size() || graph.nodes[node].isOperator())
        return false;
    const QString &name = graph.nodes[node].name;
    return paramNames.isEmpty() ? isPNumber(name) : paramNames.contains(name);
}

QString GraphLayout::shortName(const QString &funcName, const QString &module)
{
    QString s = funcName;
    const QString prefix = QStringLiteral("tvmgen_") + module + QLatin1Char('_');
    if (!module.isEmpty() && s.startsWith(prefix)) {
        s = s.mid(prefix.size());
    } else if (s.startsWith(QLatin1String("tvmgen_"))) {
        const qsizetype fused = s.indexOf(QLatin1String("_fused_"), 6);
        if (fused >= 0)
            s = s.mid(fused + 1);
    }
    if (s.startsWith(QLatin1String("fused_")))
        s = s.mid(6);
    return s.isEmpty() ? funcName : s;
}

QString GraphLayout::label(const Graph::Node &node, const QString &module)
{
    QString s = node.isOperator() ? shortName(node.funcName, module) : node.name;
    if (s.isEmpty())
        return mtvw::BackendText::tr("node %1").arg(node.id);
    if (s.size() > kMaxLabel) // keep the end too: it tells numbered variants (_1, _2) apart
        s = s.left(kMaxLabel - kLabelTail - 1) + QChar(0x2026) + s.right(kLabelTail);
    return s;
}

Result<GraphLayout> GraphLayout::compute(const Graph &graph, const Options &o)
{
    GraphLayout out;
    const int nodeCount = int(graph.nodes.size());
    out.boxOfNode.fill(-1, nodeCount);
    QList<bool> hidden(nodeCount, false);
    for (int i = 0; i < nodeCount; ++i) {
        hidden[i] = o.foldParams && isParameter(graph, i, o.paramNames);
        if (hidden[i])
            continue;
        Box b;
        b.node = i;
        b.label = label(graph.nodes[i], o.module);
        if (o.detail)
            b.detail = o.detail(i);
        out.boxOfNode[i] = int(out.boxes.size());
        out.boxes.append(b);
    }

    // Edges between drawn nodes; inputs from folded parameters are listed on their consumer.
    for (Box &b : out.boxes) {
        for (const Graph::EntryRef &ref : graph.nodes[b.node].inputs) {
            if (hidden[ref.node]) {
                if (!b.foldedParams.contains(ref.node))
                    b.foldedParams.append(ref.node);
                continue;
            }
            Edge e;
            e.from = ref.node;
            e.to = b.node;
            e.source = ref;
            out.edges.append(e);
        }
    }

    // Layers: longest path from the inputs (nodes come in topological order), then every source
    // moves down to just above its first consumer.
    QList<Vertex> v(out.boxes.size());
    QList<int> outgoing(out.boxes.size(), 0), incomingCount(out.boxes.size(), 0);
    QList<int> firstConsumer(out.boxes.size(), std::numeric_limits<int>::max());
    for (const Edge &e : out.edges) {
        const int from = out.boxOfNode[e.from], to = out.boxOfNode[e.to];
        v[to].layer = std::max(v[to].layer, v[from].layer + 1);
        ++outgoing[from];
        ++incomingCount[to];
    }
    for (const Edge &e : out.edges) {
        const int from = out.boxOfNode[e.from], to = out.boxOfNode[e.to];
        firstConsumer[from] = std::min(firstConsumer[from], v[to].layer);
    }
    for (int b = 0; b < out.boxes.size(); ++b) {
        if (incomingCount[b] == 0 && outgoing[b] > 0)
            v[b].layer = firstConsumer[b] - 1;
        out.boxes[b].layer = v[b].layer;
        out.layerCount = std::max(out.layerCount, v[b].layer + 1);
        auto width = [&o](const QString &text) { return o.textWidth ? o.textWidth(text) : text.size() * o.charWidth; };
        const qreal text = std::max(width(out.boxes[b].label), width(out.boxes[b].detail));
        v[b].width = std::max(o.minNodeWidth, text + 2 * o.nodePadding);
    }

    // Dummy vertices: one per layer a long edge crosses.
    QList<QList<int>> chains(out.edges.size());
    for (int k = 0; k < out.edges.size(); ++k) {
        const int from = out.boxOfNode[out.edges[k].from], to = out.boxOfNode[out.edges[k].to];
        int prev = from;
        for (int l = v[from].layer + 1; l < v[to].layer; ++l) {
            Vertex d;
            d.layer = l;
            d.width = kDummyWidth;
            d.up.append(prev);
            v.append(d);
            const int id = int(v.size()) - 1;
            v[prev].down.append(id);
            chains[k].append(id);
            prev = id;
        }
        v[prev].down.append(to);
        v[to].up.append(prev);
    }
    QList<QList<int>> layers(out.layerCount);
    for (int i = 0; i < v.size(); ++i) {
        v[i].pos = int(layers[v[i].layer].size());
        layers[v[i].layer].append(i);
    }

    // Order: barycenter sweeps down and up; keep the order with the fewest crossings.
    QList<QList<int>> best = layers;
    out.crossings = totalCrossings(v, layers);
    for (int sweep = 0; sweep < o.sweeps && out.crossings > 0; ++sweep) {
        if (cancelled(o))
            return Error(Error::Code::Cancelled, mtvw::BackendText::tr("the graph layout was cancelled"));
        const bool down = sweep % 2 == 0;
        if (down)
            for (int l = 1; l < layers.size(); ++l)
                sortByBarycenter(v, layers[l], true);
        else
            for (int l = int(layers.size()) - 2; l >= 0; --l)
                sortByBarycenter(v, layers[l], false);
        const qint64 c = totalCrossings(v, layers);
        if (c < out.crossings) {
            out.crossings = c;
            best = layers;
        }
    }
    layers = best;
    for (const QList<int> &layer : layers)
        for (int i = 0; i < layer.size(); ++i)
            v[layer[i]].pos = i;

    // x: each layer packed around 0, then pulled towards its neighbours a few times.
    for (const QList<int> &layer : layers) {
        qreal total = 0;
        for (int id : layer)
            total += v[id].width + o.nodeGap;
        qreal x = -total / 2;
        for (int id : layer) {
            v[id].x = x + v[id].width / 2;
            x += v[id].width + o.nodeGap;
        }
    }
    for (int round = 0; round < kPlacementRounds; ++round) {
        if (cancelled(o))
            return Error(Error::Code::Cancelled, mtvw::BackendText::tr("the graph layout was cancelled"));
        if (round % 2 == 0)
            for (int l = 1; l < layers.size(); ++l)
                placeLayer(v, layers[l], true, o.nodeGap);
        else
            for (int l = int(layers.size()) - 2; l >= 0; --l)
                placeLayer(v, layers[l], false, o.nodeGap);
    }
    qreal minLeft = 0;
    bool first = true;
    for (const Vertex &vx : v) {
        minLeft = first ? vx.x - vx.width / 2 : std::min(minLeft, vx.x - vx.width / 2);
        first = false;
    }
    auto top = [&](int layer) { return layer * (o.nodeHeight + o.layerGap); };
    for (Vertex &vx : v)
        vx.x -= minLeft;
    for (int b = 0; b < out.boxes.size(); ++b) {
        out.boxes[b].rect = QRectF(v[b].x - v[b].width / 2, top(v[b].layer), v[b].width, o.nodeHeight);
        out.bounds = out.bounds.isNull() ? out.boxes[b].rect : out.bounds.united(out.boxes[b].rect);
    }

    // Edge lines: bottom centre of the source, down through each dummy's layer, into the target's
    // top; a node's inputs enter side by side, ordered by where they come from.
    QList<QList<int>> incoming(out.boxes.size());
    for (int k = 0; k < out.edges.size(); ++k) {
        Edge &e = out.edges[k];
        const Box &from = out.boxes[out.boxOfNode[e.from]];
        e.points.append(QPointF(from.rect.center().x(), from.rect.bottom()));
        for (int d : chains[k]) {
            e.points.append(QPointF(v[d].x, top(v[d].layer)));
            e.points.append(QPointF(v[d].x, top(v[d].layer) + o.nodeHeight));
        }
        incoming[out.boxOfNode[e.to]].append(k);
    }
    for (int b = 0; b < out.boxes.size(); ++b) {
        QList<int> &in = incoming[b];
        std::stable_sort(in.begin(), in.end(),
                         [&](int a, int c) { return out.edges[a].points.last().x() < out.edges[c].points.last().x(); });
        const QRectF &r = out.boxes[b].rect;
        for (int i = 0; i < in.size(); ++i)
            out.edges[in[i]].points.append(QPointF(r.left() + r.width() * (i + 1) / (in.size() + 1), r.top()));
    }
    for (const Edge &e : out.edges)
        for (const QPointF &p : e.points)
            out.bounds = out.bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
    return out;
}

} // namespace mtvw::mlf
