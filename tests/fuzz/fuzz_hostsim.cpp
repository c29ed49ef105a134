// The host-sim text reader and the run report: any lines give bounded records (values and runs
// under their caps, counts non-negative), top(k) never returns more than k, and the report of
// whatever was read is made without failing.
#include "fuzzcheck.h"
#include "micro/hostsimoutput.h"
#include "micro/runreport.h"
#include "micro/timingstats.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

using namespace mtvw::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    HostSimOutput out;
    for (const QByteArray &line : text.split('\n'))
        out.addLine(QString::fromUtf8(line));
    fuzzCheck(out.outputs().size() <= HostSimOutput::kMaxRecords);
    fuzzCheck(out.runs().size() <= HostSimOutput::kMaxRecords);
    for (const HostSimOutput::Tensor &t : out.outputs()) {
        fuzzCheck(t.values.size() <= HostSimOutput::kMaxValues);
        fuzzCheck(t.count >= 0);
        fuzzCheck(t.top(3).size() <= 3);
    }
    const TimingStats s = TimingStats::compute(out.runTimes());
    fuzzCheck(s.count <= out.runs().size());
    fuzzCheck(s.outliers.size() <= out.runs().size());
    runReport(out);
    return 0;
}
