#include "overviewpane.h"

#include "mlf/mlfarchive.h"
#include "overviewreport.h"

#include <QTextBrowser>
#include <QVBoxLayout>

OverviewPane::OverviewPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    setArchive(nullptr);
}

void OverviewPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    if (!archive) {
        m_browser->setHtml(tr("<h2>No archive open</h2><p>Open a Model Library Format archive (a <code>.tar</code> "
                              "that TVM's <code>export_library</code> or <code>tvmc compile --output-format mlf</code> "
                              "wrote) with File &gt; Open, or drop it on this window.</p>"));
        return;
    }
    m_browser->setHtml(OverviewReport::html(*archive, archive->archive().path()));
}

QString OverviewPane::plainText() const
{
    return m_browser->toPlainText();
}
