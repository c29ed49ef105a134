#include "findbar.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_edit(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    m_edit->setPlaceholderText(tr("Text to find in this file"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit, 1);
    auto *prev = new QToolButton(this);
    prev->setText(tr("Previous"));
    prev->setToolTip(tr("Find the previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find the next match (F3 or Enter)"));
    layout->addWidget(prev);
    layout->addWidget(next);
    layout->addWidget(m_case);
    layout->addWidget(m_status);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // Search again from the start of the current match as the text grows.
        int line = 0, index = 0;
        m_editor->getCursorPosition(&line, &index);
        if (m_editor->hasSelectedText()) {
            int l2 = 0, i2 = 0;
            m_editor->getSelection(&line, &index, &l2, &i2);
        }
        m_editor->setCursorPosition(line, index);
        findNext(true);
    });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(prev, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

void FindBar::activate()
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_edit->setText(m_editor->selectedText());
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

bool FindBar::findNext(bool forward)
{
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        int l2 = 0, i2 = 0;
        m_editor->getSelection(&line, &index, &l2, &i2);
    }
    const bool found = m_editor->findFirst(text, false, m_case->isChecked(), false, true, forward, line, index, true);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if (event->key() == Qt::Key_F3) {
        findNext(!(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    QWidget::keyPressEvent(event);
}
