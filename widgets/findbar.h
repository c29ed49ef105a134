#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

// Find in the file shown (Ctrl+F): next, previous, case, and whether the text was found.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    void activate(); // show, take the selection as the text, focus
    bool findNext(bool forward = true);
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QsciScintilla *m_editor;
    QLineEdit *m_edit;
    QCheckBox *m_case;
    QLabel *m_status;
};
