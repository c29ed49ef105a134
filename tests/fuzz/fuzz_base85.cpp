// Base85 both ways: the raw input survives encode then decode; text that decodes is a fixed point
// of the round trip (its bytes encode to text that decodes to the same bytes).
#include "fuzzcheck.h"
#include "projectapi/base85.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using mtvw::projectapi::Base85;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto decoded = Base85::decode(input)) {
        const QByteArray text = Base85::encode(decoded.value());
        const auto again = Base85::decode(text);
        fuzzCheck(again.ok());
        fuzzCheck(again.value() == decoded.value());
    } else {
        fuzzCheck(!decoded.error().message().isEmpty());
    }

    // Five digits per four bytes, the last group shortened by as many digits as bytes are missing.
    const QByteArray encoded = Base85::encode(input);
    fuzzCheck(encoded.size() == input.size() / 4 * 5 + (input.size() % 4 == 0 ? 0 : input.size() % 4 + 1));
    const auto back = Base85::decode(encoded);
    fuzzCheck(back.ok());
    fuzzCheck(back.value() == input);
    return 0;
}
