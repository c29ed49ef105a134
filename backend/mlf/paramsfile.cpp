#include "paramsfile.h"

#include "core/tr.h"

#include <QtEndian>

namespace mtvw::mlf {

namespace {

constexpr qint64 kWindow = 64 * 1024;
constexpr qint64 kMaxNameBytes = 64 * 1024;
constexpr int kMaxDims = 32;
// A real model has some hundreds of tensors; a crafted million cost 1 GB of bookkeeping.
constexpr quint64 kMaxTensors = 100'000;

// Sequential little-endian reads over a RangeReader, through a window buffer.
class Cursor
{
public:
    Cursor(const ParamsFile::RangeReader &read, qint64 size, QString entry)
        : m_read(read)
        , m_size(size)
        , m_entry(std::move(entry))
    {}

    qint64 pos() const { return m_pos; }
    qint64 remaining() const { return m_size - m_pos; }

    Result<QByteArray> bytes(qint64 n, const QString &what)
    {
        if (n < 0 || n > remaining())
            return truncated(n, what);
        if (m_pos < m_bufStart || m_pos + n > m_bufStart + m_buf.size()) {
            MTVW_TRY(data, m_read(m_pos, std::max(n, std::min(kWindow, remaining()))));
            if (data.size() < n)
                return Error(Error::Code::Corrupt,
                             mtvw::BackendText::tr("%1 could not be read at offset %2").arg(m_entry).arg(m_pos));
            m_buf = data;
            m_bufStart = m_pos;
        }
        QByteArray out = m_buf.mid(m_pos - m_bufStart, n);
        m_pos += n;
        return out;
    }

    template<typename T>
    Result<T> number(const QString &what)
    {
        MTVW_TRY(b, bytes(sizeof(T), what));
        return qFromLittleEndian<T>(b.constData());
    }

    Result<void> skip(qint64 n, const QString &what)
    {
        if (n < 0 || n > remaining())
            return truncated(n, what);
        m_pos += n;
        return {};
    }

private:
    Error truncated(qint64 n, const QString &what) const
    {
        return Error(Error::Code::Corrupt,
                     mtvw::BackendText::tr("%1 is truncated: %2 needs %3 bytes at offset %4 but only %5 remain")
                         .arg(m_entry, what)
                         .arg(n)
                         .arg(m_pos)
                         .arg(remaining()));
    }

    const ParamsFile::RangeReader &m_read;
    qint64 m_size;
    QString m_entry;
    qint64 m_pos = 0;
    QByteArray m_buf;
    qint64 m_bufStart = 0;
};

Error malformed(const QString &entry, const QString &what)
{
    return Error(Error::Code::Malformed, mtvw::BackendText::tr("%1: %2").arg(entry, what));
}

} // namespace

QString ParamsFile::Tensor::shapeText() const
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

qint64 ParamsFile::totalDataBytes() const
{
    qint64 sum = 0;
    for (const Tensor &t : tensors)
        sum += t.dataBytes;
    return sum;
}

const ParamsFile::Tensor *ParamsFile::find(const QString &name) const
{
    for (const Tensor &t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

Result<ParamsFile> ParamsFile::parse(const QByteArray &bytes, const QString &entry)
{
    const RangeReader reader = [&bytes](qint64 offset, qint64 length) -> Result<QByteArray> { return bytes.mid(offset, length); };
    return parse(reader, bytes.size(), entry);
}

Result<ParamsFile> ParamsFile::parse(const RangeReader &read, qint64 fileBytes, const QString &entry)
{
    ParamsFile pf;
    pf.fileBytes = fileBytes;
    Cursor c(read, fileBytes, entry);
    MTVW_TRY(magic, c.number<quint64>(mtvw::BackendText::tr("the list magic")));
    if (magic != kListMagic)
        return malformed(
            entry, mtvw::BackendText::tr("not a TVM parameter file: the first 8 bytes are 0x%1, not the NDArray-list magic 0x%2")
                       .arg(magic, 16, 16, QLatin1Char('0'))
                       .arg(kListMagic, 16, 16, QLatin1Char('0')));
    MTVW_TRY(reserved, c.number<quint64>(mtvw::BackendText::tr("the reserved word")));
    Q_UNUSED(reserved);
    MTVW_TRY(nameCount, c.number<quint64>(mtvw::BackendText::tr("the name count")));
    if (nameCount > quint64(c.remaining() / 8))
        return malformed(entry, mtvw::BackendText::tr("claims %1 names, more than the file can hold").arg(nameCount));
    if (nameCount > kMaxTensors)
        return Error(
            Error::Code::LimitExceeded,
            mtvw::BackendText::tr("%1: %2 tensors is more than the %3 allowed").arg(entry).arg(nameCount).arg(kMaxTensors));
    QStringList names;
    for (quint64 i = 0; i < nameCount; ++i) {
        MTVW_TRY(len, c.number<quint64>(mtvw::BackendText::tr("the length of name %1").arg(i)));
        if (len > quint64(kMaxNameBytes))
            return malformed(
                entry,
                mtvw::BackendText::tr("name %1 claims %2 bytes, more than the %3 allowed").arg(i).arg(len).arg(kMaxNameBytes));
        MTVW_TRY(name, c.bytes(qint64(len), mtvw::BackendText::tr("name %1").arg(i)));
        names << QString::fromUtf8(name);
    }
    MTVW_TRY(tensorCount, c.number<quint64>(mtvw::BackendText::tr("the tensor count")));
    if (tensorCount != nameCount)
        return malformed(entry, mtvw::BackendText::tr("lists %1 names but %2 tensors").arg(nameCount).arg(tensorCount));
    for (quint64 i = 0; i < tensorCount; ++i) {
        Tensor t;
        t.name = names[qsizetype(i)];
        const QString what = mtvw::BackendText::tr("tensor \"%1\"").arg(t.name);
        const qint64 start = c.pos();
        MTVW_TRY(tmagic, c.number<quint64>(what));
        if (tmagic != kTensorMagic)
            return malformed(
                entry,
                mtvw::BackendText::tr("tensor \"%1\" at offset %2 does not start with the tensor magic").arg(t.name).arg(start));
        MTVW_TRY(tres, c.number<quint64>(what));
        Q_UNUSED(tres);
        MTVW_TRY(deviceType, c.number<qint32>(what));
        MTVW_TRY(deviceId, c.number<qint32>(what));
        Q_UNUSED(deviceId);
        if (deviceType != 1)
            return malformed(
                entry, mtvw::BackendText::tr("tensor \"%1\" is on device type %2; parameter files hold CPU (1) tensors only")
                           .arg(t.name)
                           .arg(deviceType));
        MTVW_TRY(ndim, c.number<qint32>(what));
        if (ndim < 0 || ndim > kMaxDims)
            return malformed(entry, mtvw::BackendText::tr("tensor \"%1\" has %2 dimensions").arg(t.name).arg(ndim));
        MTVW_TRY(code, c.number<quint8>(what));
        MTVW_TRY(bits, c.number<quint8>(what));
        MTVW_TRY(lanes, c.number<quint16>(what));
        t.dtype.code = code;
        t.dtype.bits = bits;
        t.dtype.lanes = lanes;
        if (bits == 0)
            return malformed(entry, mtvw::BackendText::tr("tensor \"%1\" has a 0-bit dtype").arg(t.name));
        t.elements = 1;
        for (int d = 0; d < ndim; ++d) {
            MTVW_TRY(dim, c.number<qint64>(what));
            if (dim < 0 || __builtin_mul_overflow(t.elements, dim, &t.elements))
                return malformed(entry, mtvw::BackendText::tr("tensor \"%1\" has an invalid shape").arg(t.name));
            t.shape << dim;
        }
        MTVW_TRY(dataBytes, c.number<qint64>(what));
        qint64 expected = 0;
        if (__builtin_mul_overflow(qint64(t.dtype.storageBytes()), t.elements, &expected) || dataBytes != expected)
            return malformed(entry, mtvw::BackendText::tr("tensor \"%1\" declares %2 data bytes but %3 %4 elements need %5")
                                        .arg(t.name)
                                        .arg(dataBytes)
                                        .arg(t.elements)
                                        .arg(t.dtype.name())
                                        .arg(expected));
        t.dataOffset = c.pos();
        t.dataBytes = dataBytes;
        if (auto r = c.skip(dataBytes, mtvw::BackendText::tr("the data of tensor \"%1\"").arg(t.name)); !r)
            return r.error();
        pf.tensors << t;
    }
    return pf;
}

Result<QByteArray> ParamsFile::readData(const RangeReader &read, int index) const
{
    if (index < 0 || index >= tensors.size())
        return Error(Error::Code::NotFound, mtvw::BackendText::tr("no tensor number %1").arg(index));
    const Tensor &t = tensors[index];
    MTVW_TRY(data, read(t.dataOffset, t.dataBytes));
    if (data.size() != t.dataBytes)
        return Error(Error::Code::Corrupt, mtvw::BackendText::tr("the data of tensor \"%1\" is truncated").arg(t.name));
    return data;
}

} // namespace mtvw::mlf
