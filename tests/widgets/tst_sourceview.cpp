#include "sourceview.h"

#include <Qsci/qscilexercpp.h>

#include <QSignalSpy>
#include <QTest>

class TestSourceView : public QObject
{
    Q_OBJECT
private slots:
    void bigTextArrivesInSlices();
    void scrollsToTheLine();
    void lexerFollowsTheKind();
};

namespace {

EntryContent cFile(int lines)
{
    EntryContent c;
    c.entry = QStringLiteral("codegen/host/src/big.c");
    c.kind = EntryContent::Kind::C;
    for (int i = 0; i < lines; ++i)
        c.text += QByteArray("  ((float*)T_add)[") + QByteArray::number(i) + "] = ((float*)p0)[" + QByteArray::number(i) +
                  "] + 1.000000e+00f; // Grüße\n";
    return c;
}

} // namespace

void TestSourceView::bigTextArrivesInSlices()
{
    SourceView view;
    view.resize(800, 600);
    view.show();
    const EntryContent c = cFile(200000); // about 14 MB: several slices
    QVERIFY(c.text.size() > 3 * SourceView::kSliceBytes);
    QSignalSpy loaded(&view, &SourceView::loaded);
    view.showContent(c);
    QVERIFY(view.isLoading()); // the rest comes from the event loop
    QVERIFY(loaded.wait(30000));
    QVERIFY(!view.isLoading());
    QCOMPARE(view.lines(), 200001);
    QCOMPARE(view.text().toUtf8(), c.text); // no slice boundary broke a UTF-8 character
    QVERIFY(view.isReadOnly());
}

void TestSourceView::scrollsToTheLine()
{
    SourceView view;
    view.resize(800, 600);
    view.show();
    QSignalSpy loaded(&view, &SourceView::loaded);
    view.showContent(cFile(5000), 1234); // one slice: shown at once
    QCOMPARE(loaded.size(), 1);
    int line = 0, index = 0;
    view.getCursorPosition(&line, &index);
    QCOMPARE(line, 1233);
    QVERIFY(view.firstVisibleLine() <= 1233 && view.firstVisibleLine() > 1200);
}

void TestSourceView::lexerFollowsTheKind()
{
    SourceView view;
    QSignalSpy loaded(&view, &SourceView::loaded);
    view.showContent(cFile(3));
    QVERIFY(qobject_cast<QsciLexerCPP *>(view.lexer()));
    EntryContent tir;
    tir.kind = EntryContent::Kind::Tir;
    tir.text = "@T.prim_func\ndef main(a: T.handle):\n    T.evaluate(0)\n";
    view.showContent(tir);
    QVERIFY(view.lexer());
    QCOMPARE(QString::fromLatin1(view.lexer()->language()), QStringLiteral("TVM text"));
    EntryContent hex;
    hex.kind = EntryContent::Kind::Hex;
    hex.text = EntryContent::hexDump("abc");
    view.showContent(hex);
    QVERIFY(!view.lexer());
    QCOMPARE(loaded.size(), 3);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
