// Graph layout benchmark: synthetic CNN-shaped graphs of 1,000 and 5,000 nodes and a 1,000-node one
// with long skips (and any graph
// archives named on the command line), parsed with Graph::parse and laid out with GraphLayout,
// parameters folded and shown. Prints figures; asserts nothing.
//   bench_graphlayout [ARCHIVE...]

#include "../syntheticgraph.h"
#include "mlf/graphlayout.h"
#include "mlf/mlfarchive.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace mtvw::mlf;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

void benchGraph(const QString &name, const Graph &graph)
{
    for (bool fold : {true, false}) {
        GraphLayout::Options options;
        options.foldParams = fold;
        QList<double> times;
        GraphLayout layout;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            auto r = GraphLayout::compute(graph, options);
            times << double(t.nsecsElapsed()) / 1e6;
            if (!r) {
                std::printf("%-40s layout failed: %s\n", qPrintable(name), qPrintable(r.error().message()));
                return;
            }
            layout = std::move(r).value();
        }
        qint64 bends = 0;
        for (const GraphLayout::Edge &e : layout.edges)
            bends += e.points.size() - 2;
        std::printf("%-40s %-6s %6lld nodes %6lld boxes %6lld edges %5d layers %7lld crossings %7lld bend points"
                    "  layout median %8.1f ms (max %8.1f)\n",
                    qPrintable(name), fold ? "folded" : "shown", qlonglong(graph.nodes.size()), qlonglong(layout.boxes.size()),
                    qlonglong(layout.edges.size()), layout.layerCount, qlonglong(layout.crossings), qlonglong(bends),
                    median(times), *std::max_element(times.begin(), times.end()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The third graph has residual inputs from up to 200 operators back: many long edges.
    for (const auto &[n, reach] : {std::pair{1000, 5}, {5000, 5}, {1000, 200}}) {
        const QByteArray json = testsupport::syntheticGraphJson(n, reach);
        QElapsedTimer t;
        t.start();
        auto graph = Graph::parse(json, QStringLiteral("synthetic"));
        const double parseMs = double(t.nsecsElapsed()) / 1e6;
        if (!graph) {
            std::printf("synthetic %d/%d: %s\n", n, reach, qPrintable(graph.error().message()));
            return 1;
        }
        std::printf("synthetic %d nodes, skips up to %d back: %lld bytes of JSON parsed in %.1f ms\n", n, reach,
                    qlonglong(json.size()), parseMs);
        benchGraph(QStringLiteral("synthetic %1 (skips %2)").arg(n).arg(reach), *graph);
    }
    for (const QString &path : app.arguments().mid(1)) {
        auto mlf = MlfArchive::open(path);
        if (!mlf) {
            std::printf("%s: %s\n", qPrintable(path), qPrintable(mlf.error().message()));
            continue;
        }
        for (const MlfArchive::Module &m : (*mlf)->modules())
            if (m.graph)
                benchGraph(path.section(QLatin1Char('/'), -1) + QLatin1Char(':') + m.name, *m.graph);
    }
    return 0;
}
