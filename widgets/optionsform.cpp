#include "optionsform.h"

#include "asyncdialogs.h"
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

using Option = mtvw::projectapi::ServerInfo::Option;

namespace {

const QString kFrameName = QStringLiteral("optionFrame");
// A red that reads on light and dark backgrounds; the transparent border keeps the size stable.
const QString kMarkedStyle = QStringLiteral("QFrame#optionFrame { border: 2px solid rgb(230, 80, 70); border-radius: 3px; }");
const QString kPlainStyle = QStringLiteral("QFrame#optionFrame { border: 2px solid transparent; border-radius: 3px; }");

// A folder picker for *_dir, and for *_path unless the help speaks of a file or an extension.
bool wantsFolder(const Option &o)
{
    static const QRegularExpression fileHint(QStringLiteral("\\bfile\\b|(?<![A-Za-z])\\.[A-Za-z0-9]{1,5}\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString n = o.name.toLower();
    return n.endsWith(QLatin1String("_dir")) || (n.endsWith(QLatin1String("_path")) && !fileHint.match(o.help).hasMatch());
}

QString valueText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : v.isNull() || v.isUndefined() ? QString() : v.toVariant().toString();
}

} // namespace

OptionsForm::OptionsForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setOptions({}, {});
}

void OptionsForm::setOptions(const QList<Option> &options, const QJsonObject &values)
{
    delete m_body;
    m_editors.clear();
    m_frames.clear();
    m_body = new QWidget(this);
    m_form = new QFormLayout(m_body);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const Option &o : options)
        addRow(o, values.contains(o.name) && !values.value(o.name).isNull() ? values.value(o.name) : o.defaultValue);
    if (options.isEmpty()) {
        auto *none = new QLabel(tr("No options."), m_body);
        none->setEnabled(false);
        m_form->addRow(none);
    }
    layout()->addWidget(m_body);
    m_body->show(); // now, not on the next event loop pass
}

void OptionsForm::addRow(const Option &o, const QJsonValue &value)
{
    auto *label = new QLabel(o.name, m_body);
    if (!o.required.isEmpty()) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setText(tr("%1 *").arg(o.name));
        label->setToolTip(tr("Required for %1").arg(o.required.join(QStringLiteral(", "))));
    } else if (!o.optional.isEmpty()) {
        label->setToolTip(tr("Used by %1").arg(o.optional.join(QStringLiteral(", "))));
    }

    auto *frame = new QFrame(m_body);
    frame->setObjectName(kFrameName);
    frame->setStyleSheet(kPlainStyle);
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(1, 1, 1, 1);
    QWidget *editor = o.namesPath() && o.choices.isEmpty() ? makePathEditor(o, value) : makeEditor(o, value);
    editor->setToolTip(o.help);
    QWidget *holder = editor->parentWidget() == m_body ? editor : editor->parentWidget(); // a path's line edit + button
    row->addWidget(holder, 1);
    if (o.type == QLatin1String("bool"))
        row->addStretch();
    m_editors.insert(o.name, editor);
    m_frames.insert(o.name, frame);

    auto *field = new QWidget(m_body);
    auto *column = new QVBoxLayout(field);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(frame);
    if (!o.help.isEmpty()) {
        auto *help = new QLabel(o.help, field);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setToolTip(o.help);
        QFont small = help->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        help->setFont(small);
        QPalette grey = help->palette();
        QColor text = grey.color(QPalette::WindowText);
        text.setAlphaF(0.65); // grey on any background
        grey.setColor(QPalette::WindowText, text);
        help->setPalette(grey);
        column->addWidget(help);
    }
    m_form->addRow(label, field);
    label->setBuddy(editor);
}

bool OptionsForm::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::Wheel && widget && !widget->hasFocus()) {
        // On to the scroll area the form is in (a wheel event passed on by hand is not
        // propagated further by Qt, so it goes to the area's viewport directly).
        for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget())
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                break;
            }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *OptionsForm::makeEditor(const Option &o, const QJsonValue &value)
{
    const QString name = o.name;
    if (o.type == QLatin1String("bool")) {
        auto *box = new QCheckBox(m_body);
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) { edited(name, on); });
        return box;
    }
    if (!o.choices.isEmpty()) {
        auto *combo = new QComboBox(m_body);
        if (value.isNull() || value.isUndefined())
            combo->addItem(tr("(not set)"));
        for (const QString &c : o.choices)
            combo->addItem(c, c);
        const QString current = valueText(value);
        if (!current.isEmpty() && combo->findData(current) < 0)
            combo->addItem(current, current); // a remembered value the server no longer lists: shown, not dropped
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        const bool isInt = o.type == QLatin1String("int");
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(this);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, name, combo, isInt](int index) {
            const QVariant choice = combo->itemData(index);
            edited(name, !choice.isValid() ? QJsonValue()
                         : isInt           ? QJsonValue(choice.toString().toInt())
                                           : QJsonValue(choice.toString()));
        });
        return combo;
    }
    if (o.type == QLatin1String("int")) {
        auto *spin = new QSpinBox(m_body);
        spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        spin->setSpecialValueText(tr("(not set)")); // the minimum stands for "no value"
        spin->setValue(value.isDouble() ? value.toInt() : spin->minimum());
        spin->setFocusPolicy(Qt::StrongFocus);
        spin->installEventFilter(this);
        connect(spin, &QSpinBox::valueChanged, this,
                [this, name, spin](int v) { edited(name, v == spin->minimum() ? QJsonValue() : QJsonValue(v)); });
        return spin;
    }
    auto *edit = new QLineEdit(valueText(value), m_body);
    edit->setPlaceholderText(tr("(not set)"));
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this,
            [this, name](const QString &text) { edited(name, text.isEmpty() ? QJsonValue() : QJsonValue(text)); });
    return edit;
}

QWidget *OptionsForm::makePathEditor(const Option &o, const QJsonValue &value)
{
    auto *edit = static_cast<QLineEdit *>(makeEditor(o, value)); // a str option without choices
    auto *box = new QWidget(m_body);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    edit->setParent(box);
    auto *browse = new QToolButton(box);
    browse->setText(tr("…"));
    const bool folder = wantsFolder(o);
    browse->setToolTip(folder ? tr("Choose a folder") : tr("Choose a file"));
    connect(browse, &QToolButton::clicked, this, [this, edit, folder, name = o.name] {
        const auto chosen = [edit](const QString &path) { edit->setText(path); };
        if (folder)
            AsyncDialogs::folder(this, tr("Choose %1").arg(name), edit->text(), chosen);
        else
            AsyncDialogs::openFile(this, tr("Choose %1").arg(name), edit->text(), {}, chosen);
    });
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return edit;
}

void OptionsForm::edited(const QString &name, const QJsonValue &value)
{
    setMarked(name, false);
    emit valueChanged(name, value);
}

void OptionsForm::markMissing(const QStringList &names)
{
    for (const QString &name : names)
        setMarked(name, true);
    if (!names.isEmpty())
        if (QWidget *first = editor(names.first()))
            first->setFocus();
}

void OptionsForm::setMarked(const QString &name, bool marked)
{
    QFrame *frame = m_frames.value(name);
    if (!frame || frame->property("missing").toBool() == marked)
        return;
    frame->setProperty("missing", marked);
    frame->setStyleSheet(marked ? kMarkedStyle : kPlainStyle);
}

bool OptionsForm::isMarkedMissing(const QString &name) const
{
    const QFrame *frame = m_frames.value(name);
    return frame && frame->property("missing").toBool();
}

QWidget *OptionsForm::editor(const QString &name) const
{
    return m_editors.value(name);
}
