#include "transport.h"

#include "processworker.h"
#include "replayworker.h"
#include "serialworker.h"
#include "threadedtransport.h"

#include <chrono>

namespace mtvw::transport {

Transport *Transport::create(const TransportSettings &settings, QObject *parent)
{
    TransportWorker *worker = nullptr;
    switch (settings.kind) {
    case TransportSettings::Kind::Serial: worker = new SerialWorker(settings); break;
    case TransportSettings::Kind::Subprocess: worker = new ProcessWorker(settings); break;
    case TransportSettings::Kind::Replay: worker = new ReplayWorker(settings); break;
    }
    return new ThreadedTransport(worker, settings.describe(), parent);
}

qint64 Transport::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace mtvw::transport
