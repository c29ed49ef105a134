#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

// The standard dialogs, opened window-modal with open() instead of exec(): the GUI thread never
// spins a nested event loop. Each result arrives in a callback; a cancelled dialog calls nothing.
// The dialogs delete themselves when closed.
class AsyncDialogs
{
public:
    using PathCallback = std::function<void(const QString &path)>;
    static void openFile(QWidget *parent, const QString &title, const QString &dir, const QString &filter, PathCallback done);
    static void saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                         PathCallback done);
    static void folder(QWidget *parent, const QString &title, const QString &dir, PathCallback done);
    static void message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
    static void text(QWidget *parent, const QString &title, const QString &label, std::function<void(const QString &)> done);
};
