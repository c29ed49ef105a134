#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The words of Model Library Format and microTVM, explained for someone who has not read TVM's
// code: what the panes' figures and columns mean. Panes link to a term by its key
// ("glossary:workspace").
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(Glossary)

public:
    struct Term
    {
        QString key;  // stable: the link target
        QString name; // as the panes write it
        QString text; // rich text
    };
    static QList<Term> terms();
    static QString html(); // every term, each under an anchor named by its key
    static QString linkScheme() { return QStringLiteral("glossary"); }
};
