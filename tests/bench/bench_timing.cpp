// Timing plot benchmark: 100,000 inference times (and the controller's cap of 1,000,000) drawn by
// the Timing pane's plot into a 1200 x 400 image while the view pans, 200 frames a case; ms per
// frame (median and max, the automatic milliseconds range included), next to a plain
// QPainter::drawPolyline of the same points into the same image in the same run, and the ratio.
// The goal is at most 16 ms a frame. Prints figures; asserts nothing.

#include "micro/timingstats.h"
#include "timingplot.h"
#include "timingseries.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

constexpr int kFrames = 200;
constexpr QSize kSize(1200, 400);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Times around 12 ms with jitter, a slow drift and an occasional spike, as a board reports them.
void fill(TimingSeries &s, int n)
{
    QRandomGenerator gen(42);
    QList<double> ms;
    QList<qint64> times;
    ms.reserve(n);
    times.reserve(n);
    qint64 t = 1'700'000'000'000'000;
    for (int i = 0; i < n; ++i) {
        double v = 12.0 + 0.3 * std::sin(i / 5000.0) + (gen.generateDouble() - 0.5) * 0.4;
        if (gen.bounded(2000) == 0)
            v *= 3;
        ms << v;
        times << (t += 12'500);
    }
    s.assign(ms, times);
}

struct Figures
{
    double medianMs, maxMs;
};

// Frames of the plot while the view moves by `step` samples a frame across `span` samples.
Figures pan(TimingPlot &plot, QImage &image, double span, double step)
{
    QList<double> frames;
    QPainter p(&image);
    for (int f = -10; f < kFrames; ++f) { // ten to warm up
        QElapsedTimer t;
        t.start();
        const double start = std::max(0, f) * step;
        plot.setViewRange(start, start + span);
        plot.paintPlot(&p, QRect(QPoint(0, 0), kSize));
        if (f >= 0)
            frames << double(t.nsecsElapsed()) / 1e6;
    }
    return {median(frames), *std::max_element(frames.begin(), frames.end())};
}

// The same samples as one polyline through every point, mapped to the same image.
Figures polyline(const TimingSeries &s, QImage &image)
{
    QList<QPointF> points;
    points.reserve(s.size());
    double lo = s.ms(0), hi = s.ms(0);
    for (qsizetype i = 0; i < s.size(); ++i) {
        lo = std::min(lo, s.ms(i));
        hi = std::max(hi, s.ms(i));
    }
    for (qsizetype i = 0; i < s.size(); ++i)
        points << QPointF(double(i) / double(s.size()) * kSize.width(),
                          kSize.height() - (s.ms(i) - lo) / (hi - lo) * kSize.height());
    QList<double> frames;
    QPainter p(&image);
    for (int f = -3; f < 30; ++f) {
        QElapsedTimer t;
        t.start();
        p.fillRect(QRect(QPoint(0, 0), kSize), Qt::white);
        p.setPen(QPen(Qt::blue, 1));
        p.drawPolyline(points.constData(), int(points.size()));
        if (f >= 0)
            frames << double(t.nsecsElapsed()) / 1e6;
    }
    return {median(frames), *std::max_element(frames.begin(), frames.end())};
}

void run(int n)
{
    TimingSeries s(n);
    fill(s, n);
    const auto stats = mtvw::micro::TimingStats::compute(s.values());
    QList<qint64> outliers;
    for (int i : stats.outliers)
        outliers << i;
    TimingPlot plot;
    plot.resize(kSize);
    plot.setSeries(&s);
    plot.setOutliers(outliers, {});
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    const Figures reference = polyline(s, image);
    std::printf("%d points: plain drawPolyline of every point: median %.2f ms, max %.2f ms (reference)\n", n, reference.medianMs,
                reference.maxMs);
    const struct
    {
        const char *what;
        double span;
    } cases[] = {{"90% of the samples in view", n * 0.9}, {"10,000 samples in view", 10000}, {"500 samples in view", 500}};
    for (const auto &c : cases) {
        const double step = (n - c.span) / kFrames;
        const Figures f = pan(plot, image, c.span, std::max(step, 1.0));
        std::printf("%d points, %s, panning %d frames: median %.3f ms, max %.3f ms per frame; ratio to drawPolyline %.3f "
                    "(goal <= 16 ms: %s)\n",
                    n, c.what, kFrames, f.medianMs, f.maxMs, f.medianMs / reference.medianMs, f.maxMs <= 16 ? "met" : "missed");
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    run(100'000);
    run(1'000'000);
    return 0;
}
