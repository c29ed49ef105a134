#pragma once

#include <Qsci/qscilexercustom.h>

// Highlighting for TVM's text forms: Relay (def @main(%x: Tensor[(1, 10), float32]) { … }) and
// TIR (TVMScript, @T.prim_func, and the older primfn form).
class TvmTextLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    enum Style { Default, Comment, String, Number, Keyword, Global, Local, Type, StyleCount };

    explicit TvmTextLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;

    void setDark(bool dark);

private:
    bool m_dark = false;
};
