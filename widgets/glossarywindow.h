#pragma once

#include <QDialog>

class QTextBrowser;

// The glossary of MLF terms in a window of its own, beside the panes (not modal).
class GlossaryWindow : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryWindow(QWidget *parent = nullptr);
    // Shows the window with the term at the top (a key from Glossary::terms()).
    void showTerm(const QString &key);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
