#include "optionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using Option = mtvw::projectapi::ServerInfo::Option;

namespace {

Option makeOption(const QString &name, const QString &type, const QJsonValue &defaultValue, const QString &help)
{
    Option o;
    o.name = name;
    o.type = type;
    o.defaultValue = defaultValue;
    o.help = help;
    return o;
}

QList<Option> sampleOptions()
{
    Option fill = makeOption(QStringLiteral("fill"), QStringLiteral("str"), QStringLiteral("ones"),
                             QStringLiteral("What the inputs hold."));
    fill.choices = QStringList{QStringLiteral("zeros"), QStringLiteral("ones")};
    Option cc = makeOption(QStringLiteral("cc"), QStringLiteral("str"), {}, QStringLiteral("C compiler."));
    cc.required = QStringList{QStringLiteral("build"), QStringLiteral("flash")};
    Option sdk = makeOption(QStringLiteral("sdk_path"), QStringLiteral("str"), {}, QStringLiteral("SDK folder."));
    sdk.optional = QStringList{QStringLiteral("build")};
    return {makeOption(QStringLiteral("verbose"), QStringLiteral("bool"), true, QStringLiteral("Say more.")), fill,
            makeOption(QStringLiteral("runs"), QStringLiteral("int"), 3, QStringLiteral("How many runs.")), cc, sdk};
}

} // namespace

class TestOptionsForm : public QObject
{
    Q_OBJECT
private slots:
    void editorTypes_data();
    void editorTypes();
    void showsDefaultsThenValues();
    void requiredOptionsAreMarked();
    void editingEmitsTypedValues();
    void markMissingUntilEdited();
    void rebuildsForOtherOptions();
    void wheelScrollsTheForm();
};

void TestOptionsForm::editorTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("bool") << "verbose"
                          << "QCheckBox";
    QTest::newRow("choices") << "fill"
                             << "QComboBox";
    QTest::newRow("int") << "runs"
                         << "QSpinBox";
    QTest::newRow("str") << "cc"
                         << "QLineEdit";
    QTest::newRow("path") << "sdk_path"
                          << "QLineEdit";
}

void TestOptionsForm::editorTypes()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    OptionsForm form;
    form.setOptions(sampleOptions(), {});
    QWidget *editor = form.editor(name);
    QVERIFY(editor);
    QVERIFY2(editor->inherits(type.toLatin1()), editor->metaObject()->className());
    for (const Option &o : sampleOptions())
        if (o.name == name)
            QCOMPARE(editor->toolTip(), o.help);
    // Only a path gets a picker button beside it.
    const auto buttons = editor->parentWidget()->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    QCOMPARE(buttons.size(), name == QLatin1String("sdk_path") ? 1 : 0);
    QVERIFY(!form.editor(QStringLiteral("nope")));
}

void TestOptionsForm::showsDefaultsThenValues()
{
    OptionsForm form;
    form.setOptions(sampleOptions(), {});
    QVERIFY(qobject_cast<QCheckBox *>(form.editor(QStringLiteral("verbose")))->isChecked());
    QCOMPARE(qobject_cast<QComboBox *>(form.editor(QStringLiteral("fill")))->currentText(), QStringLiteral("ones"));
    QCOMPARE(qobject_cast<QSpinBox *>(form.editor(QStringLiteral("runs")))->value(), 3);
    QVERIFY(qobject_cast<QLineEdit *>(form.editor(QStringLiteral("cc")))->text().isEmpty()); // no default

    form.setOptions(sampleOptions(), {{QStringLiteral("verbose"), false},
                                      {QStringLiteral("fill"), QStringLiteral("zeros")},
                                      {QStringLiteral("runs"), 7},
                                      {QStringLiteral("cc"), QStringLiteral("gcc")}});
    QVERIFY(!qobject_cast<QCheckBox *>(form.editor(QStringLiteral("verbose")))->isChecked());
    QCOMPARE(qobject_cast<QComboBox *>(form.editor(QStringLiteral("fill")))->currentText(), QStringLiteral("zeros"));
    QCOMPARE(qobject_cast<QSpinBox *>(form.editor(QStringLiteral("runs")))->value(), 7);
    QCOMPARE(qobject_cast<QLineEdit *>(form.editor(QStringLiteral("cc")))->text(), QStringLiteral("gcc"));
}

void TestOptionsForm::requiredOptionsAreMarked()
{
    OptionsForm form;
    form.setOptions(sampleOptions(), {});
    QLabel *cc = nullptr;
    QLabel *runs = nullptr;
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->buddy() == form.editor(QStringLiteral("cc")))
            cc = label;
        if (label->buddy() == form.editor(QStringLiteral("runs")))
            runs = label;
    }
    QVERIFY(cc && runs);
    QVERIFY(cc->font().bold());
    QVERIFY(cc->text().endsWith(QLatin1String(" *")));
    QVERIFY2(cc->toolTip().contains(QLatin1String("build, flash")), qPrintable(cc->toolTip()));
    QVERIFY(!runs->font().bold());
    QVERIFY(!runs->text().contains(QLatin1Char('*')));
    // The help is shown as text too.
    bool helpShown = false;
    for (QLabel *label : form.findChildren<QLabel *>())
        helpShown |= label->text() == QLatin1String("C compiler.");
    QVERIFY(helpShown);
}

void TestOptionsForm::editingEmitsTypedValues()
{
    OptionsForm form;
    form.setOptions(sampleOptions(), {});
    QSignalSpy spy(&form, &OptionsForm::valueChanged);
    auto last = [&spy] { return std::make_pair(spy.last().at(0).toString(), spy.last().at(1).value<QJsonValue>()); };

    qobject_cast<QCheckBox *>(form.editor(QStringLiteral("verbose")))->click();
    QCOMPARE(last(), std::make_pair(QStringLiteral("verbose"), QJsonValue(false)));
    qobject_cast<QSpinBox *>(form.editor(QStringLiteral("runs")))->setValue(5);
    QCOMPARE(last().first, QStringLiteral("runs"));
    QVERIFY(last().second.isDouble());
    QCOMPARE(last().second.toInt(), 5);
    qobject_cast<QComboBox *>(form.editor(QStringLiteral("fill")))->setCurrentText(QStringLiteral("zeros"));
    QCOMPARE(last(), std::make_pair(QStringLiteral("fill"), QJsonValue(QStringLiteral("zeros"))));
    auto *cc = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("cc")));
    cc->setFocus();
    QTest::keyClicks(cc, QStringLiteral("gcc"));
    QCOMPARE(last(), std::make_pair(QStringLiteral("cc"), QJsonValue(QStringLiteral("gcc"))));
    cc->clear();
    QCOMPARE(last().first, QStringLiteral("cc"));
    QVERIFY(last().second.isNull()); // an empty line is "no value"
    QCOMPARE(spy.size(), 7);         // one per edit: verbose, runs, fill, "g", "gc", "gcc", cleared
}

void TestOptionsForm::markMissingUntilEdited()
{
    OptionsForm form;
    form.setOptions(sampleOptions(), {});
    form.markMissing({QStringLiteral("cc"), QStringLiteral("runs")});
    QVERIFY(form.isMarkedMissing(QStringLiteral("cc")));
    QVERIFY(form.isMarkedMissing(QStringLiteral("runs")));
    QVERIFY(!form.isMarkedMissing(QStringLiteral("fill")));
    qobject_cast<QLineEdit *>(form.editor(QStringLiteral("cc")))->setText(QStringLiteral("cc"));
    QVERIFY(!form.isMarkedMissing(QStringLiteral("cc")));
    QVERIFY(form.isMarkedMissing(QStringLiteral("runs")));
    form.markMissing({QStringLiteral("unknown")}); // ignored
}

// Scrolling the form with the wheel, over a spin box and a combo box not clicked yet, moves the
// form and leaves the values; once clicked (focused), the wheel changes the value.
void TestOptionsForm::wheelScrollsTheForm()
{
    QScrollArea area;
    area.setWidgetResizable(true);
    auto *form = new OptionsForm;
    QList<Option> many = sampleOptions();
    for (int i = 0; i < 30; ++i)
        many << makeOption(QStringLiteral("n%1").arg(i), QStringLiteral("int"), 10, QStringLiteral("A number."));
    form->setOptions(many, {});
    area.setWidget(form);
    area.resize(400, 200);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(area.verticalScrollBar()->maximum() > 0);
    const auto wheel = [](QWidget *w) {
        const QPoint at = w->rect().center();
        QWheelEvent e(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(w, &e);
    };
    auto *spin = qobject_cast<QSpinBox *>(form->editor(QStringLiteral("runs")));
    auto *combo = qobject_cast<QComboBox *>(form->editor(QStringLiteral("fill")));
    QVERIFY(spin && combo);
    const int value = spin->value();
    const int choice = combo->currentIndex();
    for (QWidget *w : {static_cast<QWidget *>(spin), static_cast<QWidget *>(combo)}) {
        const int before = area.verticalScrollBar()->value();
        wheel(w);
        QVERIFY(area.verticalScrollBar()->value() > before);
        area.verticalScrollBar()->setValue(0);
    }
    QCOMPARE(spin->value(), value);
    QCOMPARE(combo->currentIndex(), choice);
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    wheel(spin);
    QCOMPARE(spin->value(), value - 1);
}

void TestOptionsForm::rebuildsForOtherOptions()
{
    OptionsForm form;
    form.setOptions(sampleOptions(), {});
    form.setOptions({makeOption(QStringLiteral("only"), QStringLiteral("bool"), {}, {})}, {});
    QVERIFY(!form.editor(QStringLiteral("cc")));
    QVERIFY(qobject_cast<QCheckBox *>(form.editor(QStringLiteral("only"))));
    form.setOptions({}, {});
    QVERIFY(!form.editor(QStringLiteral("only")));
}

QTEST_MAIN(TestOptionsForm)
#include "tst_optionsform.moc"
