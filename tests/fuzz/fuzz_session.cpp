// The session layer's state machine, as the host and as the device: any payloads give events
// and replies without failing, a reply is always a well-formed session message, and a session
// id is set exactly when a session is established.
#include "fuzzcheck.h"
#include "micro/session.h"
#include "micro/sessionmessage.h"

#include <QByteArray>

#include <cstdint>

using namespace mtvw::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Session host, device;
    host.initialize(0x5A);
    host.startSession();
    device.initialize(0x9C);
    for (size_t at = 0, k = 0; at < size; ++k) {
        const size_t n = std::min<size_t>(data[at] % 12, size - at - 1);
        const QByteArray payload(reinterpret_cast<const char *>(data + at + 1), qsizetype(n));
        at += n + 1;
        Session &s = k % 2 ? device : host;
        QList<Session::Event> events;
        QList<QByteArray> replies;
        s.receive(payload, events, replies);
        for (const QByteArray &r : replies)
            fuzzCheck(SessionMessage::parse(r).ok());
        for (const Session::Event &e : events)
            fuzzCheck(e.kind != Session::Event::Kind::Established || s.state() == Session::State::Established);
        fuzzCheck(s.normal("x").ok() == (s.state() == Session::State::Established));
    }
    return 0;
}
