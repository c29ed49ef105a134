#pragma once

namespace mtvw {

// Which way bytes go on a connection to a board.
enum class Direction { FromDevice, FromHost };

} // namespace mtvw
