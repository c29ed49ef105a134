#include "sourceview.h"

#include "tvmtextlexer.h"

#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerjson.h>

#include <QEvent>
#include <QFontDatabase>
#include <QTimer>

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
    m_kind = kind;
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

void SourceView::showContent(const EntryContent &content, int line)
{
    ++m_generation;
    setLexerFor(content.kind);
    setReadOnly(false);
    SendScintilla(SCI_CLEARALL);
    m_pending = content.text;
    m_offset = 0;
    m_gotoLine = line;
    appendNextSlice();
}

void SourceView::appendNextSlice()
{
    if (m_offset < 0)
        return;
    qsizetype end = std::min(m_pending.size(), m_offset + kSliceBytes);
    // Never cut a UTF-8 sequence: back off to the start of a character.
    while (end < m_pending.size() && end > m_offset && (static_cast<unsigned char>(m_pending[end]) & 0xC0) == 0x80)
        --end;
    if (end > m_offset)
        SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(end - m_offset), m_pending.constData() + m_offset);
    m_offset = end;
    if (m_offset >= m_pending.size()) {
        finishLoading();
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            appendNextSlice();
    });
}

void SourceView::finishLoading()
{
    m_offset = -1;
    m_pending.clear();
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
    emit loaded();
}
