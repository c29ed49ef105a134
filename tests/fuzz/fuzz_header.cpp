// The text parsers: the C interface header, the C function index and the Relay/TIR index.
#include "mlf/interfaceheader.h"
#include "mlf/sourceindex.h"
#include "mlf/textindex.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)mtvw::mlf::InterfaceHeader::parse(bytes, QStringLiteral("codegen/host/include/tvmgen_default.h"));
    for (const auto &f : mtvw::mlf::SourceIndex::scan(bytes, QStringLiteral("lib0.c"))) {
        if (f.startOffset < 0 || f.endOffset > bytes.size() || f.endLine < f.startLine)
            __builtin_trap();
    }
    (void)mtvw::mlf::TextIndex::relay(bytes, QStringLiteral("src/default.relay"));
    (void)mtvw::mlf::TextIndex::tir(bytes, QStringLiteral("src/tir-1.txt"));
    return 0;
}
