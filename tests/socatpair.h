#pragma once

// A pair of real pseudo-terminals from socat, linked at two paths: the workbench opens `port`,
// a peer (a Python program playing the board) the other end. Ends socat when destroyed.

#include <QFile>
#include <QProcess>
#include <QString>

namespace testsupport {

class SocatPair
{
public:
    SocatPair(const QString &port, const QString &peer)
        : m_port(port)
    {
        m_socat.setProcessChannelMode(QProcess::MergedChannels);
        m_socat.start(QStringLiteral("socat"),
                      {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0,link=") + port,
                       QStringLiteral("pty,raw,echo=0,link=") + peer});
        // socat says "starting data transfer loop" once both ends exist.
        while (!m_log.contains("starting data transfer loop") && m_socat.waitForReadyRead(10000))
            m_log += m_socat.readAll();
    }
    ~SocatPair() { end(); }
    SocatPair(const SocatPair &) = delete;
    SocatPair &operator=(const SocatPair &) = delete;

    bool ok() const { return m_log.contains("starting data transfer loop") && QFile::exists(m_port); }
    // Unplugged: socat is killed (its links may stay behind, pointing at nothing).
    void end()
    {
        if (m_socat.state() != QProcess::NotRunning) {
            m_socat.kill();
            m_socat.waitForFinished(5000);
        }
    }

private:
    QString m_port;
    QProcess m_socat;
    QByteArray m_log;
};

} // namespace testsupport
