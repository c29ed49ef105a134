#include "graphpane.h"

#include "graphcontroller.h"
#include "mlf/mlfarchive.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

using mtvw::mlf::Graph;
using mtvw::mlf::GraphLayout;

namespace {

constexpr qreal kMinScale = 0.05;
constexpr qreal kMaxScale = 4.0;
constexpr qreal kLabelScale = 0.3; // below this zoom the labels are not drawn
constexpr qreal kMaxFitScale = 1.5;
constexpr qreal kCornerRadius = 6;
constexpr int kNodeIdKey = 0; // QGraphicsItem::data key holding the graph node id

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QString shapeText(const Graph::Entry *e)
{
    if (!e)
        return {};
    QStringList dims;
    for (qint64 d : e->shape)
        dims << QString::number(d);
    return (e->dtype.isEmpty() ? QString() : e->dtype + QLatin1Char(' ')) + QLatin1Char('[') + dims.join(QStringLiteral(", ")) +
           QLatin1Char(']');
}

// A smooth line through the points (each step leaves and enters vertically) with an arrowhead.
QPainterPath edgePath(const QList<QPointF> &points)
{
    QPainterPath path(points.first());
    for (int i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1], b = points[i];
        if (qFuzzyCompare(a.x(), b.x())) {
            path.lineTo(b);
            continue;
        }
        const qreal dy = (b.y() - a.y()) / 2;
        path.cubicTo(a + QPointF(0, dy), b - QPointF(0, dy), b);
    }
    const QPointF tip = points.last();
    path.moveTo(tip + QPointF(-4, -7));
    path.lineTo(tip);
    path.lineTo(tip + QPointF(4, -7));
    return path;
}

} // namespace

GraphPane::GraphPane(QWidget *parent)
    : QWidget(parent)
    , m_controller(new GraphController(this))
    , m_moduleCombo(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchResult(new QLabel(this))
    , m_fold(new QCheckBox(tr("Fold parameters"), this))
    , m_busy(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_nodeTitle(new QLabel(this))
    , m_attributes(new QTableWidget(0, 2, this))
    , m_goToOperator(new QPushButton(tr("Go to operator"), this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Module:"), this));
    top->addWidget(m_moduleCombo);
    m_search->setPlaceholderText(tr("Find node (Enter: next)"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    top->addWidget(m_searchResult);
    m_fold->setChecked(m_controller->foldParams());
    m_fold->setToolTip(tr("Draw parameter tensors (weights, biases) inside the operators that read them"));
    top->addWidget(m_fold);
    auto addButton = [&](const QString &text, const QString &tip, void (GraphPane::*slot)()) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        top->addWidget(b);
    };
    addButton(QStringLiteral("−"), tr("Zoom out (-)"), &GraphPane::zoomOut);
    addButton(QStringLiteral("+"), tr("Zoom in (+)"), &GraphPane::zoomIn);
    addButton(tr("Fit"), tr("Fit the graph into the view (0)"), &GraphPane::fitToView);
    addButton(tr("Export…"), tr("Save the whole graph as a PNG or SVG image"), &GraphPane::chooseExport);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(80);
    m_busy->setToolTip(tr("Laying out the graph…"));
    m_busy->hide();
    top->addWidget(m_busy);

    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    m_view->setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_nodeTitle->setWordWrap(true);
    m_nodeTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_nodeTitle);
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setWordWrap(true);
    m_attributes->setTextElideMode(Qt::ElideMiddle);
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    sideLayout->addWidget(m_attributes, 1);
    m_goToOperator->setToolTip(tr("Show this operator's C function, TIR and memory in the Operators pane (double-click, Enter)"));
    m_goToOperator->setEnabled(false);
    sideLayout->addWidget(m_goToOperator);
    side->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({650, 350});
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_stack->addWidget(split);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    // Keys while the view has focus.
    auto shortcut = [this](const QKeySequence &keys, void (GraphPane::*slot)()) {
        auto *s = new QShortcut(keys, m_view);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Plus), &GraphPane::zoomIn);
    shortcut(QKeySequence(Qt::Key_Equal), &GraphPane::zoomIn);
    shortcut(QKeySequence::ZoomIn, &GraphPane::zoomIn);
    shortcut(QKeySequence(Qt::Key_Minus), &GraphPane::zoomOut);
    shortcut(QKeySequence::ZoomOut, &GraphPane::zoomOut);
    shortcut(QKeySequence(Qt::Key_0), &GraphPane::fitToView);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });

    connect(m_moduleCombo, &QComboBox::activated, this,
            [this](int index) { m_controller->setModule(m_moduleCombo->itemText(index)); });
    connect(m_search, &QLineEdit::textChanged, this, &GraphPane::handleSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &GraphPane::handleSearchNext);
    connect(m_fold, &QCheckBox::toggled, m_controller, &GraphController::setFoldParams);
    connect(m_goToOperator, &QPushButton::clicked, this, &GraphPane::activateSelected);
    connect(m_controller, &GraphController::moduleChanged, this, &GraphPane::handleModuleChanged);
    connect(m_controller, &GraphController::layoutReady, this, &GraphPane::handleLayoutReady);
    connect(m_controller, &GraphController::selectionChanged, this, &GraphPane::handleSelectionChanged);
    connect(m_controller, &GraphController::busyChanged, this, &GraphPane::handleBusyChanged);
    connect(m_controller, &GraphController::errorOccurred, this,
            [this](const mtvw::Error &error) { showMessage(tr("The graph could not be laid out: %1").arg(error.message())); });
    m_controller->setLabelFont(m_view->font());
    setArchive(nullptr);
}

GraphPane::~GraphPane() = default;

void GraphPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_controller->setArchive(std::move(archive));
}

void GraphPane::selectFunction(const QString &module, const QString &function)
{
    m_controller->selectFunction(module, function);
}

bool GraphPane::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString GraphPane::messageText() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

void GraphPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void GraphPane::handleModuleChanged()
{
    const QStringList modules = m_controller->modules();
    m_moduleCombo->clear();
    m_moduleCombo->addItems(modules);
    m_moduleCombo->setCurrentText(m_controller->module());
    m_moduleCombo->setEnabled(modules.size() > 1);
    const bool hasGraph = m_controller->graph();
    m_search->setEnabled(hasGraph);
    m_fold->setEnabled(hasGraph);
    if (!m_controller->archive())
        showMessage(tr("No archive is open. The model's graph (from a graph executor archive) appears here."));
    else if (!hasGraph)
        showMessage(m_controller->missingGraphText());
    if (!hasGraph) {
        m_scene->clear();
        m_nodes.clear();
        m_edges.clear();
        m_edgeEnds.clear();
    }
}

void GraphPane::handleBusyChanged(bool busy)
{
    m_busy->setVisible(busy);
}

void GraphPane::handleLayoutReady()
{
    buildScene();
    if (!m_controller->layout())
        return;
    m_stack->setCurrentIndex(0);
    // Small graphs fit the view; tall ones start at their inputs at a readable size.
    const QRectF bounds = m_scene->sceneRect();
    const QSize viewport = m_view->viewport()->size();
    const qreal fit = std::min(viewport.width() / bounds.width(), viewport.height() / bounds.height());
    if (fit >= 0.6) {
        fitToView();
    } else {
        m_view->resetTransform();
        m_view->scale(0.9, 0.9);
        m_view->centerOn(bounds.center().x(), bounds.top() + viewport.height() / 2 / 0.9);
    }
    updateLevelOfDetail();
    handleSelectionChanged(m_controller->selectedNode());
    handleSearchEdited();
}

void GraphPane::buildScene()
{
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_edgeEnds.clear();
    m_styledNode = -1;
    const GraphLayout *layout = m_controller->layout();
    const Graph *graph = m_controller->graph();
    if (!layout || !graph)
        return;
    const QString module = m_controller->module();
    for (const GraphLayout::Edge &e : layout->edges) {
        auto *item = m_scene->addPath(edgePath(e.points));
        const Graph::Node &from = graph->nodes[e.from];
        const QString fromName = from.isOperator() ? GraphLayout::shortName(from.funcName, module) : from.name;
        item->setToolTip(
            tr("%1 → %2\n%3").arg(fromName, GraphLayout::label(graph->nodes[e.to], module), shapeText(graph->entry(e.source))));
        m_nodes[e.from].edges << int(m_edges.size());
        m_nodes[e.to].edges << int(m_edges.size());
        m_edges << item;
        m_edgeEnds.append({e.from, e.to});
    }
    for (const GraphLayout::Box &b : layout->boxes) {
        QPainterPath path;
        path.addRoundedRect(b.rect, kCornerRadius, kCornerRadius);
        auto *box = m_scene->addPath(path);
        box->setZValue(1);
        box->setData(kNodeIdKey, b.node);
        auto *label = new QGraphicsSimpleTextItem(b.label, box);
        label->setFont(m_view->font());
        label->setData(kNodeIdKey, b.node);
        QGraphicsSimpleTextItem *detail = nullptr;
        if (!b.detail.isEmpty()) {
            detail = new QGraphicsSimpleTextItem(b.detail, box);
            detail->setFont(m_view->font());
            detail->setData(kNodeIdKey, b.node);
        }
        // One line centred, or the name above the detail line.
        const qreal lineGap = detail ? label->boundingRect().height() / 2 : 0;
        label->setPos(b.rect.center() - label->boundingRect().center() - QPointF(0, lineGap));
        if (detail)
            detail->setPos(b.rect.center() - detail->boundingRect().center() + QPointF(0, lineGap));
        // The tooltip: full name, what it produces, the parameters folded into it.
        const Graph::Node &n = graph->nodes[b.node];
        QStringList tip{n.isOperator() ? n.funcName : n.name};
        for (int k = 0; k < n.numOutputs; ++k)
            tip << tr("output: %1").arg(shapeText(graph->entry({b.node, k})));
        for (int p : b.foldedParams)
            tip << tr("parameter %1: %2").arg(graph->nodes[p].name, shapeText(graph->entry({p, 0})));
        box->setToolTip(tip.join(QLatin1Char('\n')));
        m_nodes[b.node].box = box;
        m_nodes[b.node].label = label;
        m_nodes[b.node].detail = detail;
    }
    m_scene->setSceneRect(layout->bounds.adjusted(-40, -40, 40, 40));
    m_labelsShown = true;
    restyle();
}

void GraphPane::restyle()
{
    const QPalette pal = palette();
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it)
        if (it->box)
            styleNode(it.key());
}

void GraphPane::styleNode(int node)
{
    const NodeItems items = m_nodes.value(node);
    if (!items.box)
        return;
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text), accent = pal.color(QPalette::Highlight);
    const int selected = m_controller->selectedNode();
    QColor tint;
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_controller->nodeKind(node)) {
    case GraphController::NodeKind::Operator:
        tint = m_controller->isGraphOutput(node) ? QColor(230, 140, 40) : QColor(70, 130, 210);
        break;
    case GraphController::NodeKind::Input: tint = QColor(60, 170, 90); break;
    case GraphController::NodeKind::Parameter:
        tint = text;
        style = Qt::DashLine;
        break;
    }
    const bool isSelected = node == selected;
    items.box->setBrush(mix(base, tint, isSelected ? 0.45 : 0.2));
    QPen pen(isSelected ? accent : mix(base, tint, 0.85), isSelected ? 2.5 : 1.2, style);
    pen.setCosmetic(isSelected);
    items.box->setPen(pen);
    items.label->setBrush(text);
    if (items.detail)
        items.detail->setBrush(mix(base, text, 0.7));
    for (int e : items.edges) {
        const bool touches = m_edgeEnds[e].first == selected || m_edgeEnds[e].second == selected;
        QPen edgePen(touches ? accent : mix(base, text, 0.5), touches ? 2.0 : 1.1);
        edgePen.setCapStyle(Qt::RoundCap);
        m_edges[e]->setPen(edgePen);
        m_edges[e]->setZValue(touches ? 0.5 : 0);
    }
}

void GraphPane::handleSelectionChanged(int node)
{
    // Restyle the node selected before (its edges too) and the new one.
    styleNode(m_styledNode);
    styleNode(node);
    m_styledNode = node;

    const QList<GraphController::Attribute> attrs = m_controller->attributes(node);
    m_attributes->setRowCount(int(attrs.size()));
    for (int r = 0; r < attrs.size(); ++r) {
        auto *key = new QTableWidgetItem(attrs[r].key);
        // Long names have no spaces: let them wrap after their underscores. UserRole keeps the plain text.
        auto *value = new QTableWidgetItem(QString(attrs[r].value).replace(QLatin1Char('_'), QStringLiteral("_\u200b")));
        value->setData(Qt::UserRole, attrs[r].value);
        value->setToolTip(attrs[r].value);
        m_attributes->setItem(r, 0, key);
        m_attributes->setItem(r, 1, value);
    }
    m_attributes->resizeColumnToContents(0);
    m_attributes->resizeRowsToContents();
    const Graph *graph = m_controller->graph();
    const bool valid = graph && node >= 0;
    const bool isOperator = valid && graph->nodes[node].isOperator();
    m_goToOperator->setEnabled(isOperator);
    if (!valid) {
        m_nodeTitle->setText(!graph ? QString()
                             : m_controller->isDataflowFromCode()
                                 ? tr("Read from the AOT main function's C code (AOT archives have no graph JSON): the "
                                      "operators in call order, joined by the buffers they pass. Click a node to see "
                                      "what it is; double-click an operator to open it.")
                                 : tr("Click a node to see what it is; double-click an operator to open it."));
        return;
    }
    const Graph::Node &n = graph->nodes[node];
    m_nodeTitle->setText(QStringLiteral("<b>%1</b>").arg(GraphLayout::label(n, m_controller->module()).toHtmlEscaped()));
    m_nodeTitle->setToolTip(n.isOperator() ? n.funcName : n.name);
    if (const NodeItems items = m_nodes.value(node); items.box)
        m_view->ensureVisible(items.box, 40, 40);
}

void GraphPane::handleSearchEdited()
{
    m_matches = m_controller->findNodes(m_search->text());
    m_matchIndex = -1;
    if (m_search->text().trimmed().isEmpty())
        m_searchResult->clear();
    else if (m_matches.isEmpty())
        m_searchResult->setText(tr("no match"));
    else
        m_searchResult->setText(tr("%1 found").arg(m_matches.size()));
}

void GraphPane::handleSearchNext()
{
    if (m_matches.isEmpty())
        return;
    m_matchIndex = (m_matchIndex + 1) % int(m_matches.size());
    m_searchResult->setText(tr("%1 of %2").arg(m_matchIndex + 1).arg(m_matches.size()));
    const int node = m_matches[m_matchIndex];
    m_controller->setSelectedNode(node);
    if (const NodeItems items = m_nodes.value(node); items.box)
        m_view->centerOn(items.box);
}

void GraphPane::zoomIn()
{
    zoomBy(1.25);
}

void GraphPane::zoomOut()
{
    zoomBy(0.8);
}

void GraphPane::fitToView()
{
    if (m_scene->items().isEmpty())
        return;
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    const qreal scale = m_view->transform().m11();
    if (scale > kMaxFitScale)
        m_view->scale(kMaxFitScale / scale, kMaxFitScale / scale);
    else if (scale < kMinScale)
        m_view->scale(kMinScale / scale, kMinScale / scale);
    updateLevelOfDetail();
}

void GraphPane::zoomBy(qreal factor)
{
    const qreal scale = m_view->transform().m11();
    const qreal target = std::clamp(scale * factor, kMinScale, kMaxScale);
    m_view->scale(target / scale, target / scale);
    updateLevelOfDetail();
}

void GraphPane::updateLevelOfDetail()
{
    // Labels too small to read cost the most to draw: hide them, once, when the zoom crosses the line.
    const bool show = m_view->transform().m11() >= kLabelScale;
    if (show == m_labelsShown)
        return;
    m_labelsShown = show;
    for (const NodeItems &items : std::as_const(m_nodes))
        for (QGraphicsSimpleTextItem *text : {items.label, items.detail})
            if (text)
                text->setVisible(show);
}

void GraphPane::chooseExport()
{
    if (m_scene->items().isEmpty())
        return;
    // A window-modal dialog opened without a nested event loop; the outcome shows beside the search.
    auto *dialog =
        new QFileDialog(this, tr("Export the graph"), QStringLiteral("graph.svg"), tr("SVG images (*.svg);;PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = exportImage(path);
        m_searchResult->setText(error.isEmpty() ? tr("Saved %1").arg(QFileInfo(path).fileName()) : error);
    });
    dialog->open();
}

QString GraphPane::exportImage(const QString &path)
{
    const QRectF area = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (area.isEmpty())
        return tr("there is no graph to export");
    // Every label, as if zoomed in; the view's own level of detail comes back afterwards.
    for (const NodeItems &items : std::as_const(m_nodes))
        if (items.label)
            items.label->setVisible(true);
    QString error;
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (svg) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(area.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), area.size()));
        generator.setTitle(tr("Graph of module %1").arg(m_moduleCombo->currentText()));
        QPainter painter;
        if (painter.begin(&generator)) {
            m_scene->render(&painter, QRectF(QPointF(0, 0), area.size()), area);
            painter.end();
        }
        if (QFileInfo(path).size() <= 0)
            error = tr("cannot write the image %1").arg(path);
    } else {
        // At most 8000 pixels on the longer side, at most twice the scene's size.
        const qreal scale = std::min(2.0, 8000.0 / std::max(area.width(), area.height()));
        QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), area);
        painter.end();
        if (!image.save(path, "PNG"))
            error = tr("cannot write the image %1").arg(path);
    }
    m_labelsShown = true; // as they are now; the zoom decides again
    updateLevelOfDetail();
    return error;
}

int GraphPane::nodeAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : m_view->items(viewportPos)) {
        const QVariant id = item->data(kNodeIdKey);
        if (id.isValid())
            return id.toInt();
    }
    return -1;
}

void GraphPane::activateSelected()
{
    const Graph *graph = m_controller->graph();
    const int node = m_controller->selectedNode();
    if (!graph || node < 0 || !graph->nodes[node].isOperator())
        return;
    emit operatorActivated(m_controller->module(), graph->nodes[node].funcName);
}

bool GraphPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Wheel: {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (!(wheel->modifiers() & Qt::ControlModifier))
                break;
            zoomBy(std::pow(1.2, wheel->angleDelta().y() / 120.0));
            return true;
        }
        case QEvent::MouseButtonPress: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                m_pressPos = mouse->position().toPoint();
            break;
        }
        case QEvent::MouseButtonRelease: {
            // A click (not a drag) selects the node under the pointer, or nothing.
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton &&
                (mouse->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
                m_controller->setSelectedNode(nodeAt(mouse->position().toPoint()));
            break;
        }
        case QEvent::MouseButtonDblClick: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const int node = nodeAt(mouse->position().toPoint());
            if (mouse->button() != Qt::LeftButton || node < 0)
                break;
            m_controller->setSelectedNode(node);
            activateSelected();
            return true;
        }
        default: break;
        }
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activateSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GraphPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    else if (event->type() == QEvent::FontChange)
        m_controller->setLabelFont(m_view->font());
    QWidget::changeEvent(event);
}
