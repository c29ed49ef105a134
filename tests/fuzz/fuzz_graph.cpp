#include "mlf/graph.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto g = mtvw::mlf::Graph::parse(bytes, QStringLiteral("graph.json"));
    if (g) {
        for (const auto &n : g->nodes) {
            (void)g->outputBytes(n.id);
            for (const auto &in : n.inputs)
                (void)g->entry(in);
        }
        (void)g->totalStorageBytes();
    }
    return 0;
}
