#pragma once

#include "micro/hostsimoutput.h"

#include <QLocale>
#include <QStringList>

namespace mtvw::micro {

// What a run of the model showed, in words: each output tensor's largest values with their
// indexes (the class a classifier picked), and per module the timing statistics of its runs
// with the outliers (a cold first run) named.
QStringList runReport(const HostSimOutput &output, int topK = 3, const QLocale &locale = QLocale());
// One output tensor's line of it: "module/name dtype[count]: largest at index i; top k: …";
// empty when none of its values is known.
QString tensorReport(const HostSimOutput::Tensor &tensor, int topK = 3, const QLocale &locale = QLocale());
// The statistics of one series of run times (milliseconds), headed by what ran, with the
// outliers named and the rule that flagged them.
QStringList timingReport(const QString &what, const QList<double> &ms, const QLocale &locale = QLocale());

} // namespace mtvw::micro
