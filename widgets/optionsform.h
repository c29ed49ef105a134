#pragma once

#include "projectapi/serverinfo.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QFrame;

// A form for a Project API server's options: bool → check box, choices → combo box, int → spin
// box, str → line edit (with a file or folder picker when the option names a path). Values given
// are shown, else the defaults; help is a small line under each editor and its tooltip; options
// that a method requires are marked. Emits valueChanged with a typed JSON value on every edit.
class OptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsForm(QWidget *parent = nullptr);

    void setOptions(const QList<mtvw::projectapi::ServerInfo::Option> &options, const QJsonObject &values);
    // Highlights these options' editors until they are edited.
    void markMissing(const QStringList &names);
    bool isMarkedMissing(const QString &name) const;

    QWidget *editor(const QString &name) const;

signals:
    void valueChanged(const QString &name, const QJsonValue &value);

protected:
    // The mouse wheel over a spin box or combo box that has not been clicked scrolls the form;
    // it never changes the value under the pointer.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(const mtvw::projectapi::ServerInfo::Option &option, const QJsonValue &value);
    QWidget *makeEditor(const mtvw::projectapi::ServerInfo::Option &option, const QJsonValue &value);
    QWidget *makePathEditor(const mtvw::projectapi::ServerInfo::Option &option, const QJsonValue &value);
    void edited(const QString &name, const QJsonValue &value);
    void setMarked(const QString &name, bool marked);

    QWidget *m_body = nullptr; // rebuilt by setOptions
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QFrame *> m_frames; // around each editor: carries the "missing" mark
};
