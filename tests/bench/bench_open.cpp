// Open-and-index benchmark: a large generated archive against `bsdtar -tf` on the same file in
// the same run, and the open time of each corpus archive. Prints figures; asserts nothing.
//   bench_open LARGE.tar [CORPUS_DIR]

#include "mlf/memorymap.h"
#include "mlf/mlfarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace mtvw::mlf;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Opens the archive in a child process so its peak RSS is the open's alone; returns ms and KiB.
// The memory analysis MemoryMap makes on first use: the constants and workspace arrays of the C
// and the AOT main function's tensors, for every module.
void analyse(const MlfArchive &mlf)
{
    for (const auto &m : mlf.modules())
        (void)MemoryMap::compute(mlf, m);
}

bool openInChild(const QString &path, double *ms, long *peakKiB, int *entries, double *indexMs, int *functions,
                 double *analysisMs)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        QElapsedTimer t;
        t.start();
        auto mlf = MlfArchive::open(path);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        struct rusage ru
        {
        };
        getrusage(RUSAGE_SELF, &ru);
        t.restart();
        const int fns = mlf ? int((*mlf)->sourceIndex().functions().size()) : -1;
        const double indexElapsed = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        if (mlf)
            analyse(**mlf);
        const double analysisElapsed = double(t.nsecsElapsed()) / 1e6;
        char buf[200];
        const int n = snprintf(buf, sizeof buf, "%f %ld %d %f %d %f\n", elapsed, ru.ru_maxrss,
                               mlf ? int((*mlf)->archive().entries().size()) : -1, indexElapsed, fns, analysisElapsed);
        (void)!write(fds[1], buf, size_t(n));
        _exit(mlf ? 0 : 1);
    }
    close(fds[1]);
    char buf[200] = {};
    const ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return n > 0 && sscanf(buf, "%lf %ld %d %lf %d %lf", ms, peakKiB, entries, indexMs, functions, analysisMs) == 6 &&
           WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

double timeBsdtar(const QString &path)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("bsdtar"), {QStringLiteral("-tf"), path});
    p.waitForFinished(-1);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        fprintf(stderr, "usage: bench_open LARGE.tar [CORPUS_DIR]\n");
        return 2;
    }
    const QString large = args[1];
    constexpr int kRuns = 11;
    QList<double> ours, bsdtar, index, analysis;
    int functions = 0;
    long peak = 0;
    int entries = 0;
    for (int i = 0; i < kRuns; ++i) {
        double ms = 0;
        long kib = 0;
        double indexMs = 0, analysisMs = 0;
        if (!openInChild(large, &ms, &kib, &entries, &indexMs, &functions, &analysisMs)) {
            fprintf(stderr, "opening %s failed\n", qPrintable(large));
            return 1;
        }
        ours << ms;
        index << indexMs;
        analysis << analysisMs;
        peak = std::max(peak, kib);
        bsdtar << timeBsdtar(large);
    }
    const double mb = double(QFileInfo(large).size()) / 1e6;
    printf("large archive: %s, %.0f MB, %d entries\n", qPrintable(large), mb, entries);
    printf("  open+index  median %.1f ms (runs:", median(ours));
    for (double v : ours)
        printf(" %.1f", v);
    printf(")\n  bsdtar -tf  median %.1f ms (runs:", median(bsdtar));
    for (double v : bsdtar)
        printf(" %.1f", v);
    printf(")\n  ratio %.2fx bsdtar (goal <= 1.2x)\n", median(ours) / median(bsdtar));
    QList<double> listing;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        auto archive = Archive::open(large);
        listing << double(t.nsecsElapsed()) / 1e6;
    }
    printf("  of which the archive listing alone (Archive::open): median %.1f ms = %.2fx bsdtar; the rest parses\n"
           "  metadata.json, the header and the params index\n",
           median(listing), median(listing) / median(bsdtar));
    printf("  peak RSS of the opening process %.1f MB (goal <= 150 MB)\n", double(peak) / 1024.0);
    printf("  C function index (built on first use, after open): median %.1f ms, %d functions\n", median(index), functions);
    printf("  memory analysis (first use, after the index): median %.1f ms\n", median(analysis));

    if (args.size() > 2 && QDir(args[2]).exists()) {
        printf("corpus archives (median of %d opens, in process):\n", kRuns);
        QDirIterator it(args[2], {QStringLiteral("*.tar")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        double worst = 0, worstAnalysis = 0, largestAnalysis = 0;
        qint64 largestSize = -1;
        QString largestName;
        printf("  %10s  %12s  %s\n", "open", "analysis", "archive (analysis: C index + constants + tensors, first use)");
        for (const QString &f : files) {
            QList<double> times, analysed;
            for (int i = 0; i < kRuns; ++i) {
                QElapsedTimer t;
                t.start();
                auto mlf = MlfArchive::open(f);
                times << double(t.nsecsElapsed()) / 1e6;
                if (!mlf) {
                    printf("  %s: %s\n", qPrintable(f), qPrintable(mlf.error().message()));
                    continue;
                }
                t.restart();
                analyse(**mlf);
                analysed << double(t.nsecsElapsed()) / 1e6;
            }
            worst = std::max(worst, median(times));
            worstAnalysis = std::max(worstAnalysis, median(analysed));
            if (QFileInfo(f).size() > largestSize) {
                largestSize = QFileInfo(f).size();
                largestAnalysis = median(analysed);
                largestName = QDir(args[2]).relativeFilePath(f);
            }
            printf("  %7.2f ms  %9.2f ms  %s\n", median(times), median(analysed), qPrintable(QDir(args[2]).relativeFilePath(f)));
        }
        printf("  slowest corpus open %.2f ms (goal <= 50 ms)\n", worst);
        printf("  memory analysis of the largest corpus archive (%s, %.1f MB): %.2f ms (goal <= 100 ms); slowest %.2f ms\n",
               qPrintable(largestName), double(largestSize) / 1e6, largestAnalysis, worstAnalysis);
    }
    return 0;
}
