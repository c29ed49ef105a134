#include "wirerecordstore.h"

#include <algorithm>

namespace {

using mtvw::micro::WireRecord;

const WireRecord &recordAt(const QList<WireRecordStore::Block> &blocks, const QList<WireRecord> &open, qsizetype blockSize,
                           qsizetype row)
{
    const qsizetype full = blocks.size() * blockSize;
    return row < full ? blocks.at(row / blockSize)->at(row % blockSize) : open.at(row - full);
}

} // namespace

const WireRecord &WireRecordStore::Snapshot::at(qsizetype row) const
{
    return recordAt(m_blocks, m_open, m_blockSize, row);
}

void WireRecordStore::reset(qsizetype blockSize)
{
    m_blockSize = std::max<qsizetype>(1, blockSize);
    m_blocks.clear();
    m_open = QList<WireRecord>();
}

const WireRecord &WireRecordStore::at(qsizetype row) const
{
    return recordAt(m_blocks, m_open, m_blockSize, row);
}

void WireRecordStore::append(QList<WireRecord> &&records)
{
    qsizetype from = 0;
    while (from < records.size()) {
        const qsizetype n = std::min(records.size() - from, m_blockSize - m_open.size());
        for (qsizetype i = from; i < from + n; ++i)
            m_open.append(std::move(records[i]));
        from += n;
        if (m_open.size() == m_blockSize) {
            m_blocks.append(std::make_shared<const QList<WireRecord>>(std::move(m_open)));
            m_open = QList<WireRecord>();
        }
    }
    records.clear();
}

qsizetype WireRecordStore::dropFront(qsizetype n)
{
    if (n <= 0)
        return 0;
    const qsizetype blocks = (n + m_blockSize - 1) / m_blockSize;
    if (blocks > m_blocks.size()) {
        const qsizetype all = size();
        reset(m_blockSize);
        return all;
    }
    m_blocks.remove(0, blocks);
    return blocks * m_blockSize;
}

WireRecordStore::Snapshot WireRecordStore::snapshot() const
{
    Snapshot s;
    s.m_blocks = m_blocks;
    s.m_open = m_open; // shared until the store appends again; then at most one block is copied
    s.m_blockSize = m_blockSize;
    s.m_size = size();
    return s;
}
