#include "asyncdialogs.h"

#include <QFileDialog>
#include <QInputDialog>

namespace {

void showFileDialog(QWidget *parent, const QString &title, const QString &path, const QString &filter,
                    QFileDialog::AcceptMode accept, QFileDialog::FileMode mode, AsyncDialogs::PathCallback done)
{
    auto *dialog = new QFileDialog(parent, title, path, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(accept);
    dialog->setFileMode(mode);
    if (mode == QFileDialog::Directory)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [done = std::move(done)](const QString &p) {
        if (!p.isEmpty())
            done(p);
    });
    dialog->open();
}

} // namespace

void AsyncDialogs::openFile(QWidget *parent, const QString &title, const QString &dir, const QString &filter, PathCallback done)
{
    showFileDialog(parent, title, dir, filter, QFileDialog::AcceptOpen, QFileDialog::ExistingFile, std::move(done));
}

void AsyncDialogs::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                            PathCallback done)
{
    showFileDialog(parent, title, suggested, filter, QFileDialog::AcceptSave, QFileDialog::AnyFile, std::move(done));
}

void AsyncDialogs::folder(QWidget *parent, const QString &title, const QString &dir, PathCallback done)
{
    showFileDialog(parent, title, dir, {}, QFileDialog::AcceptOpen, QFileDialog::Directory, std::move(done));
}

void AsyncDialogs::message(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AsyncDialogs::text(QWidget *parent, const QString &title, const QString &label, std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, [done = std::move(done)](const QString &t) { done(t); });
    dialog->open();
}
