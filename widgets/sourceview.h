#pragma once

#include "entrycontent.h"

#include <Qsci/qsciscintilla.h>

class QsciLexer;

// A read-only code viewer: C, JSON, TIR/Relay highlighting, line numbers, folding. A big text is
// turned into a Scintilla document on a worker thread (SCI_CREATELOADER) and swapped in at once,
// so that the window never freezes; very big texts are shown without highlighting, because
// Scintilla styles a document from its start up to the lines shown.
class SourceView : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    // Shows content and scrolls to a 1-based line once it is all in (0: the top).
    void showContent(const EntryContent &content, int line = 0);
    void showText(const QString &text);
    // The next showContent selects this text on its line (a search hit), empty: nothing.
    void setHighlight(const QString &text, bool caseSensitive);
    bool isLoading() const { return m_loading; }
    EntryContent::Kind kind() const { return m_kind; }
    bool isHighlighted() const { return m_ownedLexer != nullptr; }

    static constexpr qsizetype kBackgroundBytes = 1024 * 1024;    // larger texts load on a worker thread
    static constexpr qsizetype kHighlightBytes = 8 * 1024 * 1024; // larger texts are shown plain

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void setLexerFor(EntryContent::Kind kind);
    void attachLexerToDocument();
    void finishLoading();

    bool m_loading = false;
    int m_gotoLine = 0;
    QString m_highlight;
    bool m_highlightCase = false;
    quint64 m_generation = 0;
    EntryContent::Kind m_kind = EntryContent::Kind::Text;
    QsciLexer *m_ownedLexer = nullptr;
};
