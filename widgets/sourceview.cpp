#include "sourceview.h"

#include "tvmtextlexer.h"

#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerjson.h>

#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

// Scintilla's document loader (SCI_CREATELOADER), declared here because QScintilla does not ship
// Scintilla's ILoader.h: an interface whose methods may be called from any thread until the
// document is handed back with ConvertToDocument(). It must not sit in an anonymous namespace: the
// compiler would then assume that no class outside this file implements it.
namespace scintilla {
class ILoader
{
public:
    virtual int Release() = 0;
    virtual int AddData(const char *data, ptrdiff_t length) = 0;
    virtual void *ConvertToDocument() = 0;

protected:
    ~ILoader() = default;
};
} // namespace scintilla

namespace {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

// Lexer colours that read on the palette's background.
void tint(QsciLexer *lexer, const QPalette &palette)
{
    const bool dark = isDark(palette);
    lexer->setDefaultPaper(palette.color(QPalette::Base));
    lexer->setPaper(palette.color(QPalette::Base), -1);
    lexer->setDefaultColor(palette.color(QPalette::Text));
    if (auto *tvm = qobject_cast<TvmTextLexer *>(lexer)) {
        tvm->setDark(dark);
        return;
    }
    if (!dark)
        return;
    // The stock lexers' colours assume a white page; lighten them for a dark one.
    for (int s = 0; s < 128; ++s) {
        if (lexer->description(s).isEmpty())
            continue;
        QColor c = lexer->color(s);
        if (c.lightness() < 110)
            c = c.lighter(c.lightness() < 40 ? 400 : 220);
        if (c.lightness() < 60)
            c = palette.color(QPalette::Text);
        lexer->setColor(c, s);
    }
}

} // namespace

SourceView::SourceView(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setFolding(BoxedTreeFoldStyle, 2);
    setCaretLineVisible(true);
    setBraceMatching(SloppyBraceMatch);
    setWrapMode(WrapNone);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0L);
    applyPalette();
}

SourceView::~SourceView()
{
    setLexer(nullptr);
    delete m_ownedLexer;
}

void SourceView::setLexerFor(EntryContent::Kind kind)
{
    setLexer(nullptr);
    delete m_ownedLexer;
    m_ownedLexer = nullptr;
    switch (kind) {
    case EntryContent::Kind::C: m_ownedLexer = new QsciLexerCPP(); break;
    case EntryContent::Kind::Json: m_ownedLexer = new QsciLexerJSON(); break;
    case EntryContent::Kind::Tir:
    case EntryContent::Kind::Relay: m_ownedLexer = new TvmTextLexer(); break;
    case EntryContent::Kind::Text:
    case EntryContent::Kind::Hex: break;
    }
    if (m_ownedLexer) {
        m_ownedLexer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        tint(m_ownedLexer, palette());
        setLexer(m_ownedLexer);
    }
    applyPalette();
}

void SourceView::applyPalette()
{
    const QPalette p = palette();
    setPaper(p.color(QPalette::Base));
    setColor(p.color(QPalette::Text));
    setMarginsBackgroundColor(p.color(QPalette::Window));
    setMarginsForegroundColor(p.color(QPalette::PlaceholderText));
    setFoldMarginColors(p.color(QPalette::Window), p.color(QPalette::Window));
    setCaretLineBackgroundColor(isDark(p) ? p.color(QPalette::Base).lighter(130) : p.color(QPalette::Base).darker(106));
    setCaretForegroundColor(p.color(QPalette::Text));
    setSelectionBackgroundColor(p.color(QPalette::Highlight));
    setSelectionForegroundColor(p.color(QPalette::HighlightedText));
    if (m_ownedLexer)
        tint(m_ownedLexer, p);
}

void SourceView::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SourceView::showText(const QString &text)
{
    EntryContent c;
    c.kind = EntryContent::Kind::Text;
    c.text = text.toUtf8();
    showContent(c, 0);
}

void SourceView::setHighlight(const QString &text, bool caseSensitive)
{
    m_highlight = text;
    m_highlightCase = caseSensitive;
}

void SourceView::showContent(const EntryContent &content, int line)
{
    const quint64 generation = ++m_generation;
    m_gotoLine = line;
    // The lexer is attached while the document is empty: QsciScintilla::setLexer styles the whole
    // document, which takes seconds on a big one.
    setReadOnly(false);
    SendScintilla(SCI_CLEARALL);
    setLexerFor(content.text.size() <= kHighlightBytes ? content.kind : EntryContent::Kind::Text);
    m_kind = content.kind;
    if (content.text.size() <= kBackgroundBytes) {
        SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(content.text.size()), content.text.constData());
        finishLoading();
        return;
    }
    m_loading = true;
    auto *loader = reinterpret_cast<scintilla::ILoader *>(SendScintilla(SCI_CREATELOADER, 0UL, 0L));
    if (!loader) { // no loader: fall back to one append on this thread
        SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(content.text.size()), content.text.constData());
        finishLoading();
        return;
    }
    auto *watcher = new QFutureWatcher<int>(this);
    const QByteArray text = content.text;
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, loader, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->result() != 0) {
            loader->Release(); // superseded by a newer text, or out of memory
            if (generation == m_generation)
                finishLoading();
            return;
        }
        void *document = loader->ConvertToDocument();
        SendScintilla(SCI_SETDOCPOINTER, 0UL, document);
        SendScintilla(SCI_RELEASEDOCUMENT, 0UL, document); // the view holds the only reference now
        SendScintilla(SCI_SETUNDOCOLLECTION, 0L);
        attachLexerToDocument();
        finishLoading();
    });
    watcher->setFuture(QtConcurrent::run([loader, text] { return loader->AddData(text.constData(), text.size()); }));
}

void SourceView::attachLexerToDocument()
{
    // A new document starts without a lexer; the styles belong to the view and stay.
    if (!m_ownedLexer)
        return;
    if (const char *language = m_ownedLexer->lexer())
        SendScintilla(SCI_SETLEXERLANGUAGE, 0UL, language);
    else
        SendScintilla(SCI_SETLEXER, static_cast<unsigned long>(m_ownedLexer->lexerId()));
    for (int set = 1; set <= 9; ++set)
        if (const char *words = m_ownedLexer->keywords(set))
            SendScintilla(SCI_SETKEYWORDS, static_cast<unsigned long>(set - 1), words);
    m_ownedLexer->refreshProperties();
}

void SourceView::finishLoading()
{
    m_loading = false;
    setReadOnly(true);
    const int lines = int(SendScintilla(SCI_GETLINECOUNT));
    setMarginWidth(0, QStringLiteral("_%1").arg(lines));
    const int target = std::max(0, m_gotoLine - 1);
    if (target > 0) {
        setCursorPosition(target, 0);
        SendScintilla(SCI_SETFIRSTVISIBLELINE, long(std::max(0, target - 3)));
    } else {
        setCursorPosition(0, 0);
    }
    // A search hit: its text selected on its line, so the eye finds it at once.
    if (!m_highlight.isEmpty()) {
        const qsizetype at = text(target).indexOf(m_highlight, 0, m_highlightCase ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (at >= 0)
            setSelection(target, int(at), target, int(at + m_highlight.size()));
        m_highlight.clear();
    }
    emit loaded();
}
