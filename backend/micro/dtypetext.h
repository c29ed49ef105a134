#pragma once

#include <QString>

namespace mtvw::micro {

// A DLDataType as TVM spells it: "int8", "float32", "uint8x4" (lanes), "type9_16" for a code it
// has no name for.
QString dtypeText(quint8 code, quint8 bits, quint16 lanes);

} // namespace mtvw::micro
