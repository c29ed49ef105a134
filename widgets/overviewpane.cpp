#include "overviewpane.h"

#include "mlf/mlfarchive.h"
#include "overviewreport.h"

#include <QFileInfo>
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
    connect(m_browser, &QTextBrowser::anchorClicked, this, &OverviewPane::handleLink);
    setArchive(nullptr);
}

void OverviewPane::setRecentFiles(const QStringList &paths)
{
    m_recent = paths;
    if (!m_hasArchive)
        showStart();
}

void OverviewPane::showStart()
{
    // What an MLF is in two lines, the ways to open one, and the archives opened before.
    QString html =
        tr("<h2>No archive open</h2>"
           "<p>A Model Library Format (MLF) archive is what TVM writes when it compiles a model for a "
           "microcontroller: the generated C code, the weights and a plan of the memory the model needs. The workbench "
           "shows what is inside, whether it fits your board, and builds and runs it through a template project.</p>"
           "<p><a href=\"mtvw:open\">Open an archive…</a> &nbsp;·&nbsp; <a href=\"mtvw:example\">Open the example</a> "
           "(a small dense model the workbench ships) &nbsp;·&nbsp; or drop a <code>.tar</code> on this window.</p>"
           "<p><b><a href=\"mtvw:demo\">Run the demo</a></b>: the example model on a simulated board, in one click "
           "(generate, build, flash, run) with its timing live.</p>");
    if (!m_recent.isEmpty()) {
        html += tr("<h3>Recent archives</h3>");
        html += QStringLiteral("<ul>");
        for (const QString &path : std::as_const(m_recent))
            html += QStringLiteral("<li><a href=\"%1\">%2</a> <span style=\"color: gray\">%3</span></li>")
                        .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(), QFileInfo(path).fileName().toHtmlEscaped(),
                             QFileInfo(path).absolutePath().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += tr("<p>New to the words? The <a href=\"glossary:mlf\">glossary</a> explains workspace, io, constants, storage "
               "ids, pools, AOT and graph executors and link-params (Help &gt; Glossary).</p>");
    m_browser->setHtml(html);
}

void OverviewPane::handleLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("glossary"))
        emit glossaryRequested(url.path());
    else if (url == QUrl(QStringLiteral("mtvw:open")))
        emit openRequested();
    else if (url == QUrl(QStringLiteral("mtvw:example")))
        emit openExampleRequested();
    else if (url == QUrl(QStringLiteral("mtvw:demo")))
        emit demoRequested();
    else if (url.isLocalFile())
        emit openFileRequested(url.toLocalFile());
}

void OverviewPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_hasArchive = archive != nullptr;
    if (!archive) {
        showStart();
        return;
    }
    m_browser->setHtml(OverviewReport::html(*archive, archive->archive().path()) +
                       tr("<p>The words used here are explained in the <a href=\"glossary:executor\">glossary</a>.</p>"));
}

QString OverviewPane::plainText() const
{
    return m_browser->toPlainText();
}
