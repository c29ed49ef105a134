#include "mlf/paramsfile.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto pf = mtvw::mlf::ParamsFile::parse(bytes, QStringLiteral("default.params"));
    if (pf) {
        const mtvw::mlf::ParamsFile::RangeReader reader = [&](qint64 o, qint64 n) -> mtvw::Result<QByteArray> {
            return bytes.mid(o, n);
        };
        for (int i = 0; i < pf->tensors.size(); ++i)
            (void)pf->readData(reader, i);
    }
    return 0;
}
