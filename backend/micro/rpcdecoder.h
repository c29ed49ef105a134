#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mtvw::micro {

// One TVM RPC packet (spec 4.4) in words: its code, a one-line summary with the function names
// resolved, one line per argument or value, and what was wrong with it, if anything.
struct RpcRecord
{
    qint32 code = -1;
    QString codeName;  // "CallFunc", "Return", …; "code 42" when unknown
    QString summary;   // "CallFunc add(tensor int8[4] @0x20001400, …)"
    QStringList lines; // "arg 0: module 0x8000", …
    QString error;     // empty when the packet decoded whole
    QString function;  // the function a request calls, or a reply answers, when known
};

// Decodes the RPC packets of one connection in order. Requests go host to device and each
// reply answers the request before it, so the names GetGlobalFunc and ModuleGetFunction asked
// for are remembered with the handles the replies give, and later calls show them.
class RpcDecoder
{
public:
    static constexpr int kMaxArgs = 4096;
    static constexpr int kMaxDims = 32;
    static constexpr int kMaxNames = 4096;

    RpcRecord decode(QByteArrayView packet, bool fromHost);
    // The function names learnt so far, by handle.
    const QHash<quint64, QString> &names() const { return m_names; }

    static QString codeName(qint32 code);

private:
    struct Pending
    {
        qint32 code = -1;
        QString name;       // GetGlobalFunc: the name asked for; CallFunc: the function called
        QString lookupName; // CallFunc of ModuleGetFunction / RPCTimeEvaluator: the name it asks for
        bool timer = false; // CallFunc of a timer RPCTimeEvaluator made
        bool valid = false;
    };
    void learn(quint64 handle, const QString &name);

    Pending m_pending;
    QHash<quint64, QString> m_names;
    QSet<quint64> m_timers;
};

} // namespace mtvw::micro
