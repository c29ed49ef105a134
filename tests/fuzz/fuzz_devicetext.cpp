// The firmware text parsers (AOT demo, EEMBC): any lines are read without failing into records
// under their caps; timings are pairs of laps (never negative) or result lines, never more than
// were read.
#include "fuzzcheck.h"
#include "micro/aotdemooutput.h"
#include "micro/eembcoutput.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

using namespace mtvw::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    AotDemoOutput aot;
    EembcOutput eembc;
    qsizetype lines = 0;
    for (const QByteArray &line : text.split('\n')) {
        aot.addLine(QString::fromUtf8(line));
        eembc.addLine(QString::fromUtf8(line));
        ++lines;
    }
    fuzzCheck(aot.results().size() <= std::min(lines, AotDemoOutput::kMaxRecords));
    fuzzCheck(aot.times().size() == aot.results().size());
    fuzzCheck(eembc.laps().size() <= std::min(lines, EembcOutput::kMaxRecords));
    if (eembc.laps().size() < EembcOutput::kMaxRecords)
        fuzzCheck(eembc.times().size() <= eembc.laps().size() / 2); // each run takes a pair of its own
    for (double t : eembc.times())
        fuzzCheck(t >= 0);
    return 0;
}
