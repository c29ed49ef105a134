// The ELF size reader: any bytes give an error or sizes that are not negative, the same on a
// second read; flash and RAM are sums of them.
#include "fuzzcheck.h"
#include "micro/elfsize.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

using mtvw::micro::ElfSize;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = ElfSize::parse(bytes, QStringLiteral("fuzz"));
    if (!r.ok())
        return 0;
    fuzzCheck(r->text >= 0 && r->data >= 0 && r->bss >= 0);
    fuzzCheck(r->flashBytes() >= r->text && r->ramBytes() >= r->bss);
    const auto again = ElfSize::parse(bytes, QStringLiteral("fuzz"));
    fuzzCheck(again.ok() && again->text == r->text && again->data == r->data && again->bss == r->bss);
    return 0;
}
