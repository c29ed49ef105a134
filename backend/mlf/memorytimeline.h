#pragma once

#include "aotactivations.h"
#include "memorymap.h"
#include "mlfarchive.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace mtvw::mlf {

// When each buffer of a module is live, in execution order, and where it sits: the data for a
// memory-viewer style chart (x = step, y = offset), with the peak of the bytes live at once.
//
// Graph executor: a step is one operator node of the graph, in node order (the executor runs the
// nodes in that order). Every output entry of a node is a segment, live from the step that
// writes it (step 0 for inputs and parameters, which exist before the first operator runs) to
// the last step that reads it; the graph's outputs and the parameters (kept for the next run)
// stay to the last step. The graph executor
// allocates each storage id once for the whole run, so a segment's offset is the offset of its
// storage id when the storage ids are laid out one after the other in id order: entries that
// share a storage id share a row. The operators' workspace is allocated while an operator runs;
// it is drawn above all storage ids, live during its own step.
//
// AOT executor: the steps are the operator calls in the order the executor's main function
// makes them, and the segments the tensors it passes between them and the operators' own
// buffers (AotActivations, read from the generated C): one lane per pool, at their offsets in
// the pool (USMP), or placed first-fit where the runtime's allocator places them at run time.
// Where the C gives no tensors, each operator call's workspace is shown, live during its step.
class MemoryTimeline
{
public:
    enum class Source {
        None,         // no execution order known (operator style, codegen-only, no graph or main function)
        GraphStorage, // graph executor: storage ids and operator workspace
        AotWorkspace, // AOT executor: operator workspace per call
        AotTensors,   // AOT executor: the main function's tensors and the operators' buffers
    };
    enum class Kind { Input, Param, Intermediate, Output, Workspace };

    struct Step
    {
        QString function;
        int node = -1; // graph node id, -1 for AOT
    };
    struct Segment
    {
        QString label;
        QString function; // the operator that writes the buffer (or owns the workspace); empty for inputs and parameters
        Kind kind = Kind::Intermediate;
        int startStep = 0;
        int endStep = 0; // inclusive
        qint64 offset = 0;
        qint64 bytes = 0;
        qint64 storageId = -1;
        int node = -1;
        QString pool;      // AotTensors: the lane
        bool exact = true; // false: the size is an upper bound
        bool liveAt(int step) const { return startStep <= step && step <= endStep; }
    };

    struct Lane
    {
        QString pool;
        qint64 base = 0; // where the lane starts on the chart's offset axis
        qint64 bytes = 0;
    };

    Source source = Source::None;
    QList<Lane> lanes; // AotTensors
    QString reason;    // why there is no timeline (Source::None), in words
    QList<Step> steps;
    QList<Segment> segments;
    QList<qint64> liveBytes; // per step: the bytes live at once (see peak)
    qint64 peakBytes = 0;
    int peakStep = -1;
    qint64 extentBytes = 0; // the highest offset + bytes: what the layout occupies

    bool isEmpty() const { return segments.isEmpty(); }
    static QString kindName(Kind kind);

    // From the module's memory map (its tensors and linked storage ids); where the map has no
    // tensors, reads the generated C for the call order: run it off the GUI thread.
    static MemoryTimeline compute(const MlfArchive &archive, const MlfArchive::Module &module, const MemoryMap &map);

    // The bytes live at a step: for each storage id, the largest entry on it that is live (two
    // entries of one storage id live at once share its bytes), plus the workspace segments live.
    // Storage ids in linkedStorage are served by parameters linked into the code and not drawn.
    static MemoryTimeline fromGraph(const Graph &graph, const QHash<QString, qint64> &workspace, const QSet<QString> &paramNames,
                                    const QSet<qint64> &linkedStorage = {});
    static MemoryTimeline fromActivations(const QStringList &calls, const QList<AotActivations::Tensor> &tensors,
                                          const QList<qint64> &heldBytes);
    static MemoryTimeline fromCalls(const QStringList &calls, const QHash<QString, qint64> &workspace);

    // The operator calls made by the AOT main function (tvmgen_<mod>___tvm_main__, or
    // [tvmgen_<mod>_]run_model in older TVM), in order; empty when it is not found.
    static QStringList aotCallOrder(const MlfArchive &archive, const MlfArchive::Module &module, const QSet<QString> &operators);

private:
    void findPeak();
};

} // namespace mtvw::mlf
