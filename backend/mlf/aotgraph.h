#pragma once

#include "mlf/aotactivations.h"
#include "mlf/graph.h"

#include <optional>

namespace mtvw::mlf {

// The dataflow of an AOT model, as a graph the Graph pane can draw, read from the generated C's
// main function (AOT archives have no graph JSON): a node per input, a node per operator call in
// call order, and an edge for each buffer one call writes and a later one reads. A call writes
// its last buffer argument (TVM passes inputs first and the output last) and reads the others
// as the calls before last wrote them (the allocator's buffers are reused). Sizes are known,
// shapes are not.
class AotGraph
{
public:
    static std::optional<Graph> build(const AotActivations &activations);
};

} // namespace mtvw::mlf
