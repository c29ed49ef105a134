#include "browserpane.h"

#include "browsercontroller.h"
#include "core/bytetext.h"
#include "findbar.h"
#include "sourceview.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

BrowserPane::BrowserPane(QWidget *parent)
    : QWidget(parent)
    , m_controller(new BrowserController(this))
    , m_header(new QLabel(this))
    , m_view(new SourceView(this))
    , m_find(new FindBar(m_view, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header->setContentsMargins(6, 4, 6, 4);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(tr("Choose a file in the Files pane to see it here."));
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_find);
    m_find->hide();

    connect(m_controller, &BrowserController::loadingStarted, this,
            [this](const QString &entry) { m_header->setText(tr("%1 — loading…").arg(entry)); });
    connect(m_controller, &BrowserController::contentReady, this, &BrowserPane::handleContent);
    connect(m_controller, &BrowserController::errorOccurred, this, [this](const mtvw::Error &error) {
        m_header->setText(tr("Cannot show this file"));
        m_view->showText(error.message());
    });
    connect(m_controller, &BrowserController::cleared, this, [this] {
        m_header->setText(tr("Choose a file in the Files pane to see it here."));
        m_view->showText({});
    });
}

void BrowserPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_controller->setArchive(std::move(archive));
}

void BrowserPane::openEntry(const QString &entry, int line, const QString &highlight, bool caseSensitive)
{
    m_highlight = highlight;
    m_highlightCase = caseSensitive;
    m_controller->open(entry, line);
}

void BrowserPane::showFind()
{
    m_find->activate();
}

QString BrowserPane::headerText() const
{
    return m_header->text();
}

void BrowserPane::handleContent(const EntryContent &content, int line)
{
    m_view->setHighlight(m_highlight, m_highlightCase);
    m_highlight.clear();
    m_view->showContent(content, line);
    QString note = content.note;
    if (!m_view->isHighlighted() && content.kind != EntryContent::Kind::Text && content.kind != EntryContent::Kind::Hex)
        note = tr("shown without highlighting: it is over %1").arg(ByteText::size(SourceView::kHighlightBytes));
    const QString size = ByteText::size(content.entryBytes);
    m_header->setText(note.isEmpty() ? tr("%1 — %2").arg(content.entry, size)
                                     : tr("%1 — %2 — %3").arg(content.entry, size, note));
}
