#include "../testsupport.h"
#include "graphcontroller.h"
#include "graphpane.h"
#include "mlf/mlfarchive.h"

#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mtvw::mlf;

namespace {

QString attribute(QTableWidget *table, const QString &key)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == key)
            return table->item(r, 1)->data(Qt::UserRole).toString();
    return {};
}

int nodeItems(QGraphicsScene *scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items())
        n += item->data(0).isValid() && !item->parentItem() ? 1 : 0;
    return n;
}

} // namespace

class TestGraphPane : public QObject
{
    Q_OBJECT
private slots:
    void showsTheGraph_data();
    void showsTheGraph();
    void searchAndZoom();
    void exportsPngAndSvg();
    void aotIsDrawnFromItsCode();
    void nodesShowShapeAndBytes();
    void noGraphMessage_data();
    void noGraphMessage();
};

void TestGraphPane::showsTheGraph_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("v7 graph") << testsupport::fixture(QStringLiteral("v7_graph.tar"));
    QTest::newRow("person detection") << testsupport::corpusDir() +
                                             QStringLiteral("/guberti-arduino/v5_graph_person_detection_nrf5340.tar");
}

void TestGraphPane::showsTheGraph()
{
    QFETCH(QString, file);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(testsupport::absent(file)));
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    GraphPane pane;
    pane.resize(1200, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy activated(&pane, &GraphPane::operatorActivated);
    pane.setArchive(mlf.value());
    GraphController *c = pane.controller();
    QTRY_VERIFY(c->layout());
    QVERIFY(!pane.isShowingMessage());
    QCOMPARE(nodeItems(pane.scene()), c->layout()->boxes.size());

    // Click the last operator: its attributes appear.
    const Graph &g = *c->graph();
    int op = -1;
    for (const Graph::Node &n : g.nodes)
        if (n.isOperator())
            op = n.id;
    const GraphLayout::Box *box = c->layout()->boxFor(op);
    QVERIFY(box);
    pane.view()->centerOn(box->rect.center());
    const QPoint at = pane.view()->mapFromScene(box->rect.center());
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(c->selectedNode(), op);
    QCOMPARE(attribute(pane.attributesTable(), QStringLiteral("Function")), g.nodes[op].funcName);
    QCOMPARE(attribute(pane.attributesTable(), QStringLiteral("Node")), QStringLiteral("#%1").arg(op));

    // Double-click asks for the operator; so does the button.
    QTest::mouseDClick(pane.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), c->module());
    QCOMPARE(activated.first().at(1).toString(), g.nodes[op].funcName);
    auto *button = pane.findChild<QPushButton *>();
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(activated.size(), 2);

    // A click on empty space clears the selection.
    pane.view()->centerOn(pane.scene()->sceneRect().topLeft());
    const QPoint empty = pane.view()->mapFromScene(pane.scene()->sceneRect().topLeft() + QPointF(5, 5));
    QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, empty);
    QCOMPARE(c->selectedNode(), -1);
    QVERIFY(!button->isEnabled());

    // Another pane's selection shows here.
    pane.selectFunction(c->module(), g.nodes[op].funcName);
    QCOMPARE(c->selectedNode(), g.nodesForFunction(g.nodes[op].funcName).first());
    pane.setArchive(nullptr);
    QVERIFY(pane.isShowingMessage());
    QCOMPARE(nodeItems(pane.scene()), 0);
}

void TestGraphPane::searchAndZoom()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    GraphPane pane;
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setArchive(mlf.value());
    GraphController *c = pane.controller();
    QTRY_VERIFY(c->layout());
    auto *search = pane.findChild<QLineEdit *>();
    QVERIFY(search);
    const Graph &g = *c->graph();
    QString func;
    for (const Graph::Node &n : g.nodes)
        if (n.isOperator())
            func = n.funcName;
    search->setText(GraphLayout::shortName(func, c->module()));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(g.nodes[c->selectedNode()].funcName, func);

    const qreal before = pane.view()->transform().m11();
    pane.zoomIn();
    QVERIFY(pane.view()->transform().m11() > before);
    pane.zoomOut();
    pane.zoomOut();
    QVERIFY(pane.view()->transform().m11() < before);
    pane.fitToView();
    QVERIFY(pane.view()->mapToScene(pane.view()->viewport()->rect()).boundingRect().contains(c->layout()->bounds));
}

// The whole graph as images: the PNG is the scene's shape and not blank, the SVG carries every
// operator's label as text, whatever the zoom (zoomed far out, labels are hidden on screen).
void TestGraphPane::exportsPngAndSvg()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    GraphPane pane;
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setArchive(mlf.value());
    QTRY_VERIFY(pane.controller()->layout() && nodeItems(pane.scene()) > 0);
    for (int i = 0; i < 12; ++i)
        pane.zoomOut();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("g.png"));
    const QString svg = dir.filePath(QStringLiteral("g.svg"));
    QCOMPARE(pane.exportImage(png), QString());
    QCOMPARE(pane.exportImage(svg), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    const QRectF area = pane.scene()->itemsBoundingRect();
    QVERIFY(std::abs(double(image.width()) / image.height() - area.width() / area.height()) < 0.1);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours << image.pixel(x, y);
    QVERIFY(colours.size() > 3);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("<svg")));
    for (const Graph::Node &n : pane.controller()->graph()->nodes)
        if (n.isOperator())
            QVERIFY2(text.contains(GraphLayout::shortName(n.funcName, pane.controller()->module()).left(12)),
                     qPrintable(n.funcName));
    QCOMPARE(pane.exportImage(dir.filePath(QStringLiteral("missing/dir/g.png"))).isEmpty(), false);
}

// An AOT archive (no graph JSON) is drawn from its main function's calls, and the pane says so.
void TestGraphPane::aotIsDrawnFromItsCode()
{
    auto mlf = MlfArchive::open(testsupport::exampleArchive());
    QVERIFY(mlf.ok());
    GraphPane pane;
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setArchive(mlf.value());
    QTRY_VERIFY(pane.controller()->layout() && nodeItems(pane.scene()) > 0);
    QVERIFY(!pane.isShowingMessage());
    QCOMPARE(nodeItems(pane.scene()), int(pane.controller()->graph()->nodes.size()));
    QVERIFY(pane.findChild<QLabel *>() != nullptr);
    bool said = false;
    for (const QLabel *l : pane.findChildren<QLabel *>())
        said = said || l->text().contains(QLatin1String("AOT main function"));
    QVERIFY(said);
}

// Every drawn node says what it produces before any click: the shape and dtype from the raw graph
// JSON's attrs, and its bytes (shape × the dtype's width), read here from the file itself.
void TestGraphPane::nodesShowShapeAndBytes()
{
    auto mlf = MlfArchive::open(testsupport::fixture(QStringLiteral("v7_graph.tar")));
    QVERIFY(mlf.ok());
    const MlfArchive &a = *mlf.value();
    const QJsonObject json = QJsonDocument::fromJson(a.archive().read(a.modules().first().graphEntry).value()).object();
    const QJsonArray shapes = json[QLatin1String("attrs")][QLatin1String("shape")][1].toArray();
    const QJsonArray dtypes = json[QLatin1String("attrs")][QLatin1String("dltype")][1].toArray();
    const QJsonArray rowPtr = json[QLatin1String("node_row_ptr")].toArray();
    QVERIFY(!shapes.isEmpty() && shapes.size() == dtypes.size());

    GraphPane pane;
    pane.resize(1200, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setArchive(mlf.value());
    QTRY_VERIFY(pane.controller()->layout() && nodeItems(pane.scene()) > 0);
    QHash<int, QStringList> texts; // node id -> the texts drawn in its box
    for (QGraphicsItem *item : pane.scene()->items())
        if (auto *t = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); t && t->isVisible())
            texts[t->data(0).toInt()] << t->text();
    int checked = 0;
    for (const GraphLayout::Box &b : pane.controller()->layout()->boxes) {
        const int entry = rowPtr[b.node].toInt();
        QStringList dims;
        qint64 elements = 1;
        for (const QJsonValue d : shapes[entry].toArray()) {
            dims << QString::number(d.toInteger());
            elements *= d.toInteger();
        }
        const QString dtype = dtypes[entry].toString();
        const QRegularExpressionMatch bits = QRegularExpression(QStringLiteral("(\\d+)$")).match(dtype);
        QVERIFY(bits.hasMatch());
        const qint64 bytes = elements * bits.captured(1).toInt() / 8;
        QStringList drawn = texts.value(b.node);
        QVERIFY(drawn.removeOne(b.label));
        QCOMPARE(drawn.size(), 1);
        const QString line = drawn.first();
        QVERIFY2(line.startsWith(dtype + QLatin1Char(' ') + dims.join(QStringLiteral("×")) + QStringLiteral(" · ")),
                 qPrintable(QString::number(b.node) + QStringLiteral(": ") + texts.value(b.node).join(QLatin1Char('|'))));
        // Below 10 KiB the exact bytes, above it KiB with one decimal.
        const QString figure = line.section(QStringLiteral(" · "), 1);
        if (bytes < 10240)
            QCOMPARE(QString(figure).remove(QRegularExpression(QStringLiteral("\\D"))), QString::number(bytes));
        else
            QVERIFY2(std::abs(figure.section(QLatin1Char(' '), 0, 0).toDouble() * 1024 - bytes) <= 52, qPrintable(figure));
        ++checked;
    }
    QVERIFY(checked > 2);
}

void TestGraphPane::noGraphMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("operator style") << testsupport::fixture(QStringLiteral("v7_operator.tar"))
                                    << QStringLiteral("Operator-style archives have no model graph");
}

void TestGraphPane::noGraphMessage()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    if (!QFileInfo::exists(file))
        QSKIP(qPrintable(testsupport::absent(file)));
    auto mlf = MlfArchive::open(file);
    QVERIFY(mlf.ok());
    GraphPane pane;
    pane.setArchive(mlf.value());
    QVERIFY(pane.isShowingMessage());
    QVERIFY2(pane.messageText().contains(expected), qPrintable(pane.messageText()));
    QCOMPARE(nodeItems(pane.scene()), 0);
}

QTEST_MAIN(TestGraphPane)
#include "tst_graphpane.moc"
