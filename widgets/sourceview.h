#pragma once

#include "entrycontent.h"

#include <Qsci/qsciscintilla.h>

class QsciLexer;

// A read-only code viewer: C, JSON, TIR/Relay highlighting, line numbers, folding. Big texts are
// handed to the editor in slices, one per event-loop turn, so that the window never freezes.
class SourceView : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    // Shows content and scrolls to a 1-based line once it is all in (0: the top).
    void showContent(const EntryContent &content, int line = 0);
    void showText(const QString &text);
    bool isLoading() const { return m_offset >= 0; }
    EntryContent::Kind kind() const { return m_kind; }

    static constexpr qsizetype kSliceBytes = 2 * 1024 * 1024;

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendNextSlice();
    void applyPalette();
    void setLexerFor(EntryContent::Kind kind);
    void finishLoading();

    QByteArray m_pending;
    qsizetype m_offset = -1; // next byte of m_pending to append; -1 when idle
    int m_gotoLine = 0;
    quint64 m_generation = 0;
    EntryContent::Kind m_kind = EntryContent::Kind::Text;
    QsciLexer *m_ownedLexer = nullptr;
};
