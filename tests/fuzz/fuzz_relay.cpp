// The Relay main-signature reader: any bytes give a signature (maybe empty) whose tensors have
// non-negative dimensions and a dtype, found again by name; the same bytes give the same result.
#include "fuzzcheck.h"
#include "mlf/relaysignature.h"

#include <QByteArray>

#include <cstdint>

using mtvw::mlf::RelaySignature;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const RelaySignature sig = RelaySignature::parse(text);
    for (const auto *list : {&sig.params, &sig.results})
        for (const RelaySignature::Tensor &t : *list) {
            fuzzCheck(!t.dtype.isEmpty());
            for (qint64 d : t.shape)
                fuzzCheck(d >= 0);
        }
    for (const RelaySignature::Tensor &t : sig.params)
        fuzzCheck(sig.param(t.name) != nullptr);
    const RelaySignature again = RelaySignature::parse(text);
    fuzzCheck(again.params.size() == sig.params.size() && again.results.size() == sig.results.size());
    return 0;
}
