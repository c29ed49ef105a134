#include "servergroups.h"

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace mtvw::projectapi {

namespace {

std::atomic<pid_t> g_groups[ServerGroups::kSlots];

void handleTerminationSignal(int sig)
{
    ServerGroups::killAll();
    // As if unhandled: the shell sees the process killed by sig.
    std::signal(sig, SIG_DFL);
    ::raise(sig);
}

} // namespace

void ServerGroups::add(qint64 group)
{
    if (group <= 1)
        return;
    for (auto &slot : g_groups) {
        pid_t expected = 0;
        if (slot.compare_exchange_strong(expected, pid_t(group)))
            return;
    }
    // Full: hundreds of live servers at once. They are still ended by their clients and reapers.
}

void ServerGroups::remove(qint64 group)
{
    for (auto &slot : g_groups) {
        pid_t expected = pid_t(group);
        if (slot.compare_exchange_strong(expected, 0))
            return;
    }
}

int ServerGroups::count()
{
    int n = 0;
    for (const auto &slot : g_groups)
        n += slot.load() != 0;
    return n;
}

void ServerGroups::killAll()
{
    for (const auto &slot : g_groups)
        if (const pid_t group = slot.load(); group > 1)
            ::kill(-group, SIGKILL);
}

void ServerGroups::killOnTerminationSignals()
{
    struct sigaction action = {};
    action.sa_handler = handleTerminationSignal;
    sigemptyset(&action.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        sigaction(sig, &action, nullptr);
}

} // namespace mtvw::projectapi
