#pragma once

#include "core/result.h"

#include <QList>
#include <functional>
#include <memory>

namespace mtvw::transport {

using StepDone = std::function<void(Result<bool>)>;
using Step = std::function<void(StepDone)>;

// Runs asynchronous steps in order, each calling on with its result; the first error ends them.
// The pending step's callback holds the chain, the chain itself only weakly, so an abandoned
// chain (a client gone with its callbacks) frees itself.
inline void runSteps(QList<Step> steps, StepDone done)
{
    auto go = std::make_shared<std::function<void(int)>>();
    *go = [steps = std::move(steps), weak = std::weak_ptr<std::function<void(int)>>(go), done](int i) {
        if (i == steps.size())
            return done(true);
        steps[i]([self = weak.lock(), done, i](Result<bool> r) {
            if (!r)
                return done(r.error());
            (*self)(i + 1);
        });
    };
    (*go)(0);
}

} // namespace mtvw::transport
