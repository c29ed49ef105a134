#include "sourceview.h"

#include <Qsci/qscilexercpp.h>

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

class TestSourceView : public QObject
{
    Q_OBJECT
private slots:
    void bigTextLoadsInTheBackground();
    void mediumTextIsHighlighted();
    void newerTextWins();
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

void TestSourceView::bigTextLoadsInTheBackground()
{
    SourceView view;
    view.resize(800, 600);
    view.show();
    const EntryContent c = cFile(200000); // about 14 MB: loaded on a worker thread, shown plain
    QVERIFY(c.text.size() > SourceView::kHighlightBytes);
    QSignalSpy loaded(&view, &SourceView::loaded);
    view.showContent(c);
    QVERIFY(view.isLoading()); // the document comes from the event loop
    QVERIFY(loaded.wait(30000));
    QVERIFY(!view.isHighlighted());
    QVERIFY(!view.isLoading());
    QCOMPARE(view.lines(), 200001);
    QCOMPARE(view.text().toUtf8(), c.text); // no slice boundary broke a UTF-8 character
    QVERIFY(view.isReadOnly());
}

void TestSourceView::mediumTextIsHighlighted()
{
    SourceView view;
    view.resize(800, 600);
    view.show();
    const EntryContent c = cFile(40000); // about 3 MB, like the biggest C files of real archives
    QVERIFY(c.text.size() > SourceView::kBackgroundBytes && c.text.size() < SourceView::kHighlightBytes);
    QSignalSpy loaded(&view, &SourceView::loaded);
    view.showContent(c, 30000);
    QVERIFY(loaded.wait(30000));
    QVERIFY(view.isHighlighted());
    QCOMPARE(view.lines(), 40001);
    int line = 0, index = 0;
    view.getCursorPosition(&line, &index);
    QCOMPARE(line, 29999);
    // The lexer works on the swapped-in document: the line shown is styled as C.
    const long pos = view.SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, 29999L) + 3;
    QTRY_VERIFY(view.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, pos) != 0);
}

void TestSourceView::newerTextWins()
{
    SourceView view;
    QSignalSpy loaded(&view, &SourceView::loaded);
    view.showContent(cFile(40000));
    EntryContent small;
    small.kind = EntryContent::Kind::Text;
    small.text = "the newer text\n";
    view.showContent(small); // while the first is still loading
    QTRY_VERIFY(!view.isLoading());
    // Deterministic, no sleep: every job has ended and whatever it posted has been delivered.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(view.text(), QStringLiteral("the newer text\n"));
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
