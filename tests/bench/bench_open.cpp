// Open-and-index benchmark: a large generated archive against `bsdtar -tf` on the same file in
// the same run, and the open time of each corpus archive. Prints figures; asserts nothing.
//   bench_open LARGE.tar [CORPUS_DIR]

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
bool openInChild(const QString &path, double *ms, long *peakKiB, int *entries, double *indexMs, int *functions)
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
        char buf[160];
        const int n = snprintf(buf, sizeof buf, "%f %ld %d %f %d\n", elapsed, ru.ru_maxrss,
                               mlf ? int((*mlf)->archive().entries().size()) : -1, indexElapsed, fns);
        (void)!write(fds[1], buf, size_t(n));
        _exit(mlf ? 0 : 1);
    }
    close(fds[1]);
    char buf[160] = {};
    const ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return n > 0 && sscanf(buf, "%lf %ld %d %lf %d", ms, peakKiB, entries, indexMs, functions) == 5 && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
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
    QList<double> ours, bsdtar, index;
    int functions = 0;
    long peak = 0;
    int entries = 0;
    for (int i = 0; i < kRuns; ++i) {
        double ms = 0;
        long kib = 0;
        double indexMs = 0;
        if (!openInChild(large, &ms, &kib, &entries, &indexMs, &functions)) {
            fprintf(stderr, "opening %s failed\n", qPrintable(large));
            return 1;
        }
        ours << ms;
        index << indexMs;
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
    printf(")\n  ratio %.2fx bsdtar (goal <= 1.5x)\n", median(ours) / median(bsdtar));
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

    if (args.size() > 2 && QDir(args[2]).exists()) {
        printf("corpus archives (median of %d opens, in process):\n", kRuns);
        QDirIterator it(args[2], {QStringLiteral("*.tar")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        double worst = 0;
        for (const QString &f : files) {
            QList<double> times;
            for (int i = 0; i < kRuns; ++i) {
                QElapsedTimer t;
                t.start();
                auto mlf = MlfArchive::open(f);
                times << double(t.nsecsElapsed()) / 1e6;
                if (!mlf)
                    printf("  %s: %s\n", qPrintable(f), qPrintable(mlf.error().message()));
            }
            worst = std::max(worst, median(times));
            printf("  %7.2f ms  %s\n", median(times), qPrintable(QDir(args[2]).relativeFilePath(f)));
        }
        printf("  slowest corpus open %.2f ms (goal <= 50 ms)\n", worst);
    }
    return 0;
}
