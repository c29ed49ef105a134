#pragma once

#include "core/result.h"
#include "dtype.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace mtvw::mlf {

// A .params file (TVM's NDArray list): the tensor names, dtypes, shapes and where each tensor's
// data lies. Only the headers are read when indexing; tensor data is read on demand.
class ParamsFile
{
public:
    static constexpr quint64 kListMagic = 0xF7E58D4F05049CB7ULL;
    static constexpr quint64 kTensorMagic = 0xDD5E40F096B4A13FULL;

    struct Tensor
    {
        QString name;
        DType dtype;
        QList<qint64> shape;
        qint64 elements = 1;
        qint64 dataOffset = 0; // within the .params file
        qint64 dataBytes = 0;
        QString shapeText() const;
    };

    // Reads length bytes at offset of the file (fewer only at its end).
    using RangeReader = std::function<Result<QByteArray>(qint64 offset, qint64 length)>;

    QList<Tensor> tensors;
    qint64 fileBytes = 0;

    qint64 totalDataBytes() const;
    const Tensor *find(const QString &name) const;

    static Result<ParamsFile> parse(const RangeReader &read, qint64 fileBytes, const QString &entry);
    static Result<ParamsFile> parse(const QByteArray &bytes, const QString &entry);
    Result<QByteArray> readData(const RangeReader &read, int index) const;
};

} // namespace mtvw::mlf
