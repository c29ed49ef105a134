#pragma once

#include <QWidget>

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
    QString plainText() const;

private:
    QTextBrowser *m_browser;
};
