#pragma once

#include <cstdlib>

// An invariant a fuzz target checks: when it does not hold, the run aborts and libFuzzer keeps the input.
inline void fuzzCheck(bool ok)
{
    if (!ok)
        std::abort();
}
