#pragma once

#include "micro/wiredecoder.h"

#include <QList>

#include <memory>

// The Inspector's messages in order, kept in blocks: a full block is shared and never changes
// again, so a snapshot for a background job costs a copy of the block list and of the one open
// block, whatever the number of messages; and the oldest messages go a whole block at a time.
class WireRecordStore
{
public:
    using WireRecord = mtvw::micro::WireRecord;
    using Block = std::shared_ptr<const QList<WireRecord>>;

    // The records as they were at one moment; safe to read on another thread while the store
    // goes on.
    class Snapshot
    {
    public:
        qsizetype size() const { return m_size; }
        const WireRecord &at(qsizetype row) const;

    private:
        friend class WireRecordStore;
        QList<Block> m_blocks;
        QList<WireRecord> m_open;
        qsizetype m_blockSize = 1;
        qsizetype m_size = 0;
    };

    explicit WireRecordStore(qsizetype blockSize = 4096) { reset(blockSize); }

    // Empty, with blocks of this many records.
    void reset(qsizetype blockSize);
    qsizetype blockSize() const { return m_blockSize; }
    qsizetype size() const { return m_blocks.size() * m_blockSize + m_open.size(); }
    bool isEmpty() const { return size() == 0; }
    const WireRecord &at(qsizetype row) const;
    void append(QList<WireRecord> &&records);
    // At least the first n records go, in whole blocks (all of them when that is more than the
    // full blocks hold); returns how many went.
    qsizetype dropFront(qsizetype n);
    Snapshot snapshot() const;

private:
    QList<Block> m_blocks;
    QList<WireRecord> m_open; // the last block, still filling
    qsizetype m_blockSize = 1;
};
