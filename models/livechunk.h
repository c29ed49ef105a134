#pragma once

#include "core/direction.h"

#include <QByteArray>
#include <QList>

// Bytes of a live connection, as one piece arrived or was sent: which way, when (microseconds
// on the wall clock, as captures stamp them), what.
struct LiveChunk
{
    mtvw::Direction direction = mtvw::Direction::FromDevice;
    qint64 timeUs = 0;
    QByteArray bytes;
};

using LiveChunks = QList<LiveChunk>;
