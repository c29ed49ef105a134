#include "glossarywindow.h"

#include "glossary.h"

#include <QTextBrowser>
#include <QVBoxLayout>

GlossaryWindow::GlossaryWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Glossary of MLF terms"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    m_browser->setHtml(Glossary::html());
    resize(560, 520);
}

void GlossaryWindow::showTerm(const QString &key)
{
    show();
    raise();
    activateWindow();
    if (!key.isEmpty())
        m_browser->scrollToAnchor(key);
}
