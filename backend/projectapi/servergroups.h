#pragma once

#include <QtGlobal>

namespace mtvw::projectapi {

// The process groups of every Project API server this process has started and not yet seen
// end: so that an interrupted command line (SIGINT, SIGTERM, SIGHUP) ends them too, from a
// signal handler. A fixed table of atomics: add and remove from any thread, killAll() is
// async-signal-safe.
class ServerGroups
{
public:
    static constexpr int kSlots = 256;
    static void add(qint64 group);
    static void remove(qint64 group);
    static int count();
    // SIGKILL to every group in the table. Async-signal-safe.
    static void killAll();
    // Installs handlers for SIGINT, SIGTERM and SIGHUP that kill every group, then let the signal
    // end the process as it would have (for the command line; the GUI ends servers on its own).
    static void killOnTerminationSignals();
};

} // namespace mtvw::projectapi
