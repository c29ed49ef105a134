#pragma once

#include "core/error.h"
#include "core/result.h"
#include "livechunk.h"
#include "micro/devicelines.h"
#include "micro/timingcomparison.h"
#include "micro/timingstats.h"
#include "micro/unframer.h"
#include "timingseries.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

template<typename T>
class BackgroundJob;
class LiveConnection;

// The Timing pane's state: the inference times the live connection's device reports (its text
// through DeviceLines: host-sim run lines, AOT demo results, EEMBC laps), each with the time it
// arrived; a reference run A kept from them or read from a file; and what is compared with it,
// B: the live series, or a file's (a capture, a device log, a CSV of ms). Statistics, outliers, a
// histogram and the comparison of A and B are computed off the GUI thread, at most one job at a
// time and at most every kAnalysisMs while samples come. Samples are taken in the connection's
// batches; seriesChanged() comes at most once per batch.
class TimingController : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxSamples = 1'000'000; // per series; the oldest go first
    static constexpr int kAnalysisMs = 250;
    static constexpr int kMaxBins = 60;

    // Counts per bin over one range for both series; values outside it (outliers far away) are
    // counted apart.
    struct Histogram
    {
        double lo = 0, hi = 0;
        QList<int> a, b; // empty when that series is
        int outsideA = 0, outsideB = 0;
    };
    struct Analysis
    {
        bool hasA = false, hasB = false;
        mtvw::micro::TimingStats a, b;
        qint64 firstA = 0, firstB = 0; // the sample numbers the outlier indexes count from
        bool compared = false;         // both have samples
        mtvw::micro::TimingComparison comparison;
        Histogram histogram;
    };

    // connection may be null (the series is then fed by feedChunks()).
    explicit TimingController(LiveConnection *connection, QObject *parent = nullptr);
    ~TimingController() override;

    const TimingSeries &live() const { return m_live; }
    const TimingSeries &reference() const { return m_reference; } // A; empty when none
    const TimingSeries &current() const;                          // B: the file's, else the live series
    bool hasReference() const { return !m_reference.isEmpty(); }
    bool isShowingFile() const { return m_showingFile; }
    qint64 linesSeen() const { return m_linesSeen; }
    QString connectionName() const { return m_live.name; }

    const Analysis &analysis() const { return m_analysis; }
    // True while samples or series are newer than the analysis (a job is running or due).
    bool isAnalysing() const;
    bool isLoading() const;
    bool isExporting() const;

    // The live connection's bytes (what chunksArrived() carries): the device's lines are read.
    void feedChunks(const LiveChunks &chunks);
    // A new connection: the live series starts over (the reference stays; B shows the live series).
    void reset(const QString &description);
    // The connection ended: its last line, unended, is read.
    void finishLive();

    // Keeps B (the live series or a file's) as the reference A; B becomes the live series, which
    // starts over when it was the one kept.
    void keepAsReference();
    void clearReference();
    // Reads a file as B off the GUI thread (fileLoaded or errorOccurred follow).
    void loadFile(const QString &path);
    void showLive(); // B back to the live series
    // Everything goes: the live series, the reference, the file.
    void clear();
    // B as CSV (index,ms and, where the arrival times are known, time_s), written atomically off
    // the GUI thread (exported or errorOccurred follow).
    void exportCsv(const QString &path);
    static QByteArray csvHeader(bool withTimes);

signals:
    void seriesChanged();   // samples came, or A or B changed
    void analysisChanged(); // analysis() is new
    void loadingChanged(bool loading);
    void fileLoaded(const QString &path, qint64 samples);
    void exported(const QString &path, qint64 samples);
    void warning(const QString &text); // a file read only in part
    void errorOccurred(const mtvw::Error &error);

private:
    void takeDevice(const QByteArray &bytes, qint64 timeUs);
    void take(const QByteArray &bytes, qint64 timeUs);
    void addLine(const QByteArray &line, qint64 timeUs);
    void structureChanged();
    void scheduleAnalysis();
    void startAnalysis();

    LiveConnection *m_connection;
    mtvw::micro::DeviceLines m_lines;
    // A console may carry a framed session too: its packets are taken out of the text (a Log
    // message's text counts as a line), so a frame between lines never hides the line after it.
    static constexpr qint64 kMaxFramePayload = 64 * 1024;
    mtvw::micro::Unframer m_unframer{kMaxFramePayload};
    QList<mtvw::micro::FrameEvent> m_events;
    qsizetype m_linesSamples = 0; // samples the current DeviceLines gave (it keeps a bounded record)
    QByteArray m_pending;         // the device's line not yet ended
    qint64 m_pendingUs = -1;
    qint64 m_linesSeen = 0;
    TimingSeries m_live, m_reference, m_file;
    bool m_showingFile = false;

    Analysis m_analysis;
    bool m_dirty = false;
    bool m_referenceStatsValid = false;
    mtvw::micro::TimingStats m_referenceStats;
    QTimer m_analysisTimer;
    QElapsedTimer m_sinceAnalysis;
    BackgroundJob<Analysis> *m_analysisJob;
    struct Loaded
    {
        TimingSeries series;
        QString warning;
    };
    BackgroundJob<mtvw::Result<Loaded>> *m_loadJob;
    BackgroundJob<mtvw::Result<qint64>> *m_exportJob;
};
