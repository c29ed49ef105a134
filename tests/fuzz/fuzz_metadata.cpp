#include "mlf/metadata.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto md = mtvw::mlf::Metadata::parse(bytes, QStringLiteral("metadata.json"));
    if (md) {
        for (const auto &m : md->modules)
            (void)(m.workspaceBytes() + m.ioBytes() + m.constantsBytes());
    }
    return 0;
}
