#pragma once

#include <QWidget>

#include <QStringList>
#include <QUrl>

#include <memory>

namespace mtvw::mlf {
class MlfArchive;
}
class QTextBrowser;

// What the archive is, in words a newcomer understands (OverviewReport).
class OverviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPane(QWidget *parent = nullptr);

    void setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive);
    // The start screen (no archive open) lists these.
    void setRecentFiles(const QStringList &paths);
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

signals:
    // From the start screen's links.
    void openRequested();
    void openExampleRequested();
    void demoRequested();
    void openFileRequested(const QString &path);
    void glossaryRequested(const QString &term);

private:
    void showStart();
    void handleLink(const QUrl &url);

    QTextBrowser *m_browser;
    QStringList m_recent;
    bool m_hasArchive = false;
};
