// metadata.json: the checked parse, and the split reading of operator lists, which must give the
// same result as the JSON parser alone for every input.
#include "mlf/metadata.h"

#include <QByteArray>

namespace {

bool same(const mtvw::Result<mtvw::mlf::Metadata> &a, const mtvw::Result<mtvw::mlf::Metadata> &b)
{
    if (bool(a) != bool(b))
        return false;
    if (!a)
        return a.error().message() == b.error().message();
    if (a->version != b->version || a->warnings != b->warnings || a->modules.size() != b->modules.size())
        return false;
    for (qsizetype i = 0; i < a->modules.size(); ++i) {
        const auto &x = a->modules[i].operators, &y = b->modules[i].operators;
        if (x.size() != y.size())
            return false;
        for (qsizetype k = 0; k < x.size(); ++k)
            if (x[k].functionName != y[k].functionName || x[k].workspace != y[k].workspace)
                return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using mtvw::mlf::Metadata;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto md = Metadata::parse(bytes, QStringLiteral("metadata.json"), Metadata::Reading::Plain);
    if (md) {
        for (const auto &m : md->modules)
            (void)(m.workspaceBytes() + m.ioBytes() + m.constantsBytes());
    }
    if (!same(md, Metadata::parse(bytes, QStringLiteral("metadata.json"), Metadata::Reading::Split)))
        __builtin_trap();
    return 0;
}
