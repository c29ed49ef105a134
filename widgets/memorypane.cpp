#include "memorypane.h"

#include "asyncdialogs.h"
#include "boardlistmodel.h"
#include "core/bytetext.h"
#include "memorycontroller.h"
#include "memorytimelineview.h"
#include "mlf/mlfarchive.h"
#include "operatorworkspacemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <tuple>

using mtvw::mlf::BoardCatalogue;
using mtvw::mlf::MemoryTimeline;

namespace {

constexpr int kMaxKiB = 64 * 1024 * 1024; // 64 GiB

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor partColor(const QString &key)
{
    if (key == QLatin1String("workspace"))
        return QColor(0xe1, 0x57, 0x59);
    if (key == QLatin1String("io"))
        return QColor(0x4e, 0x79, 0xa7);
    if (key == QLatin1String("storage"))
        return QColor(0x59, 0xa1, 0x4f);
    if (key == QLatin1String("constants"))
        return QColor(0x76, 0xb7, 0xb2);
    if (key == QLatin1String("params"))
        return QColor(0x9c, 0x75, 0x5f);
    return QColor(0xed, 0xc9, 0x48); // code
}

// A unit for a chart axis so that its numbers stay short.
struct Unit
{
    double divisor;
    QString name;
};

Unit unitFor(qint64 maxBytes)
{
    if (maxBytes >= 10LL * 1024 * 1024)
        return {1024.0 * 1024.0, MemoryPane::tr("MiB")};
    if (maxBytes >= 10LL * 1024)
        return {1024.0, MemoryPane::tr("KiB")};
    return {1.0, MemoryPane::tr("B")};
}

// Round ticks in the axis's unit (0, 100, 200 … KiB, never 0, 104.3, 208.7): the largest step of
// 1, 2 or 5 times a power of ten that still gives four intervals or more. The unit is chosen so
// that the top is at least 10 of it, so the steps are whole numbers and need no decimal separator.
void roundAxis(QValueAxis *axis, qint64 topBytes, const Unit &unit)
{
    const double top = std::max(1.0, double(topBytes) / unit.divisor);
    // At most four intervals (the labels keep their room on a laptop-sized pane): the smallest
    // 1, 2 or 5 × 10^k step that covers the top in four.
    const double raw = top / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {5.0, 2.0, 1.0})
        if (m * magnitude >= raw - 1e-9)
            step = m * magnitude;
    step = std::max(step, 1.0);
    const int intervals = std::max(1, int(std::ceil(top / step - 1e-9)));
    axis->setRange(0, step * intervals);
    axis->setTickCount(intervals + 1);
    // printf-style, for QValueAxis (a % in a translation would break it)
    axis->setLabelFormat(QStringLiteral("%.0f ") + QString(unit.name).remove(QLatin1Char('%')));
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
}

QChartView *makeChartView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QLabel *makeCaption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MemoryPane::MemoryPane(QWidget *parent)
    : QWidget(parent)
    , m_controller(new MemoryController(this))
    , m_module(new QComboBox(this))
    , m_board(new QComboBox(this))
    , m_ram(new QSpinBox(this))
    , m_flash(new QSpinBox(this))
    , m_addBoard(new QPushButton(tr("Add board…"), this))
    , m_removeBoard(new QPushButton(tr("Remove"), this))
    , m_export(new QToolButton(this))
{
    // Top: what to look at and what to check it against.
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Module:"), this));
    top->addWidget(m_module);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Board:"), this));
    top->addWidget(m_board, 1);
    // The sizes and actions go on a second row, so the pane fits beside the code on a laptop.
    auto *sizes = new QHBoxLayout;
    m_board->setModel(m_controller->boardModel());
    m_board->setModelColumn(BoardListModel::LabelColumn); // name, MCU, RAM and flash
    m_board->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_board->setMinimumContentsLength(16);
    for (auto [label, spin, tip] : {std::tuple{tr("RAM:"), m_ram, tr("The board's RAM in KiB (0: do not check RAM).")},
                                    std::tuple{tr("Flash:"), m_flash, tr("The board's flash in KiB (0: do not check flash).")}}) {
        sizes->addWidget(new QLabel(label, this));
        spin->setRange(0, kMaxKiB);
        spin->setSuffix(tr(" KiB"));
        spin->setSpecialValueText(tr("not checked"));
        spin->setKeyboardTracking(false);
        spin->setToolTip(tip);
        spin->setAccelerated(true);
        sizes->addWidget(spin);
    }
    m_addBoard->setToolTip(tr("Save the RAM and flash sizes above as one of your boards."));
    m_removeBoard->setToolTip(tr("Remove this board from your boards."));
    sizes->addWidget(m_addBoard);
    sizes->addWidget(m_removeBoard);
    sizes->addStretch(1);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("CSV…"), this, [this] { handleExport(QStringLiteral("csv")); });
    menu->addAction(tr("JSON…"), this, [this] { handleExport(QStringLiteral("json")); });
    menu->addAction(tr("PNG image…"), this, [this] { handleExport(QStringLiteral("png")); });
    menu->addAction(tr("SVG image…"), this, [this] { handleExport(QStringLiteral("svg")); });
    m_export->setMenu(menu);
    top->addWidget(m_export);

    // The report: everything below the controls (what the image exports show).
    m_report = new QWidget(this);
    m_summary = makeCaption(m_report);
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    m_totals = makeCaption(m_report);
    m_hints = makeCaption(m_report);
    m_hints->setForegroundRole(QPalette::PlaceholderText);
    m_explain = new QToolButton(m_report);
    m_explain->setText(tr("How are these figures made?"));
    m_explain->setCheckable(true);
    m_explain->setAutoRaise(true);
    m_explanation = makeCaption(m_report);
    m_explanation->setVisible(false);
    connect(m_explain, &QToolButton::toggled, m_explanation, &QLabel::setVisible);
    m_terms = new QLabel(tr("Terms: <a href=\"glossary:workspace\">workspace</a>, <a href=\"glossary:io\">io</a>, "
                            "<a href=\"glossary:constants\">constants</a>, <a href=\"glossary:storage-id\">storage id</a>, "
                            "<a href=\"glossary:pool\">pool</a>, <a href=\"glossary:link-params\">link-params</a>"),
                         m_report);
    m_terms->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_terms, &QLabel::linkActivated, this, [this](const QString &link) { emit glossaryRequested(QUrl(link).path()); });

    m_splitView = makeChartView(m_report);
    m_splitView->chart()->legend()->setAlignment(Qt::AlignRight);
    m_splitView->setMinimumHeight(190);
    m_splitView->setMaximumHeight(240);

    m_tabs = new QTabWidget(m_report);
    // Activations (RAM) and weights (flash), as STM32Cube.AI's reports split them.
    auto table = [](QWidget *page, const QStringList &headers) {
        auto *t = new QTableWidget(0, int(headers.size()), page);
        t->setHorizontalHeaderLabels(headers);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setSortingEnabled(true);
        return t;
    };
    auto *activationsPage = new QWidget(m_tabs);
    auto *activationsLayout = new QVBoxLayout(activationsPage);
    m_activationsCaption = makeCaption(activationsPage);
    m_activations =
        table(activationsPage, {tr("Tensor"), tr("Pool"), tr("Offset"), tr("Bytes"), tr("Used by calls"), tr("At peak")});
    activationsLayout->addWidget(m_activationsCaption);
    activationsLayout->addWidget(m_activations, 1);
    m_tabs->addTab(activationsPage, tr("Activations (RAM)"));
    auto *weightsPage = new QWidget(m_tabs);
    auto *weightsLayout = new QVBoxLayout(weightsPage);
    m_weightsCaption = makeCaption(weightsPage);
    m_weights = table(weightsPage, {tr("Symbol"), tr("Kind"), tr("Bytes"), tr("Section"), tr("Where")});
    weightsLayout->addWidget(m_weightsCaption);
    weightsLayout->addWidget(m_weights, 1);
    m_tabs->addTab(weightsPage, tr("Weights (flash)"));
    auto *findingsScroll = new QScrollArea(m_tabs);
    findingsScroll->setWidgetResizable(true);
    findingsScroll->setFrameShape(QFrame::NoFrame);
    m_findings = makeCaption(findingsScroll);
    m_findings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    findingsScroll->setWidget(m_findings);
    m_findingsTab = m_tabs->addTab(findingsScroll, tr("Findings"));
    // Operators: the top N as bars, every operator in the table below.
    auto *opsPage = new QSplitter(Qt::Vertical, m_tabs);
    opsPage->setChildrenCollapsible(false); // the caption and table are never pushed out of sight
    m_operatorView = makeChartView(opsPage);
    auto *tablePage = new QWidget(opsPage);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_operatorCaption = makeCaption(tablePage);
    m_operatorTable = new QTableView(tablePage);
    m_operatorProxy = new QSortFilterProxyModel(this);
    m_operatorProxy->setSourceModel(m_controller->operatorModel());
    m_operatorProxy->setSortRole(OperatorWorkspaceModel::SortRole);
    m_operatorTable->setModel(m_operatorProxy);
    m_operatorTable->setSortingEnabled(true);
    m_operatorTable->sortByColumn(OperatorWorkspaceModel::WorkspaceColumn, Qt::DescendingOrder);
    m_operatorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operatorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operatorTable->verticalHeader()->hide();
    m_operatorTable->horizontalHeader()->setSectionResizeMode(OperatorWorkspaceModel::NameColumn, QHeaderView::Stretch);
    tableLayout->addWidget(m_operatorCaption);
    tableLayout->addWidget(m_operatorTable);
    opsPage->addWidget(m_operatorView);
    opsPage->addWidget(tablePage);
    m_tabs->addTab(opsPage, tr("Operators"));

    auto *timelinePage = new QWidget(m_tabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    m_timelineCaption = makeCaption(timelinePage);
    m_timeline = new MemoryTimelineView(timelinePage);
    timelineLayout->addWidget(m_timelineCaption);
    timelineLayout->addWidget(m_timeline, 1);
    m_tabs->addTab(timelinePage, tr("Layout timeline"));

    auto *poolsPage = new QWidget(m_tabs);
    auto *poolsLayout = new QVBoxLayout(poolsPage);
    m_poolsCaption = makeCaption(poolsPage);
    m_pools = new QTableWidget(0, 3, poolsPage);
    m_pools->setHorizontalHeaderLabels({tr("Pool"), tr("Kind"), tr("Size")});
    m_pools->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pools->verticalHeader()->hide();
    m_pools->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    poolsLayout->addWidget(m_poolsCaption);
    poolsLayout->addWidget(m_pools, 1);
    m_tabs->addTab(poolsPage, tr("Pools"));

    auto *reportLayout = new QVBoxLayout(m_report);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_totals);
    reportLayout->addWidget(m_hints);
    auto *explainRow = new QHBoxLayout;
    explainRow->addWidget(m_explain);
    explainRow->addStretch(1);
    explainRow->addWidget(m_terms);
    reportLayout->addLayout(explainRow);
    reportLayout->addWidget(m_explanation);
    reportLayout->addWidget(m_splitView);
    reportLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sizes);
    layout->addWidget(m_report, 1);

    // The board chosen last time, or the sizes typed last time (read before anything is saved).
    QSettings settings;
    const QString savedBoard = settings.value(QStringLiteral("memory/board")).toString();
    const qint64 savedRam = settings.value(QStringLiteral("memory/ramBytes"), -1).toLongLong();
    const qint64 savedFlash = settings.value(QStringLiteral("memory/flashBytes"), -1).toLongLong();

    connect(m_controller, &MemoryController::changed, this, &MemoryPane::handleChanged);
    connect(m_controller, &MemoryController::timelineChanged, this, &MemoryPane::handleTimelineChanged);
    connect(m_module, &QComboBox::currentTextChanged, m_controller, [this](const QString &name) {
        if (!name.isEmpty())
            m_controller->setModule(name);
    });
    connect(m_board, &QComboBox::currentIndexChanged, this, &MemoryPane::handleBoardPicked);
    connect(m_ram, &QSpinBox::valueChanged, this, &MemoryPane::handleBudgetTyped);
    connect(m_flash, &QSpinBox::valueChanged, this, &MemoryPane::handleBudgetTyped);
    connect(m_addBoard, &QPushButton::clicked, this, &MemoryPane::handleAddBoard);
    connect(m_removeBoard, &QPushButton::clicked, this, &MemoryPane::handleRemoveBoard);
    auto activate = [this](const QModelIndex &index) {
        const QString function = index.data(OperatorWorkspaceModel::FunctionRole).toString();
        if (!function.isEmpty())
            emit operatorActivated(m_controller->module(), function);
    };
    connect(m_operatorTable, &QTableView::activated, this, activate);
    connect(m_pools, &QTableWidget::cellDoubleClicked, this, [this] {
        const auto archive = m_controller->archive();
        const auto *module = archive ? archive->module(m_controller->module()) : nullptr;
        if (module && !module->headerEntry.isEmpty())
            emit entryActivated(module->headerEntry, 0); // the header declares the pools
    });
    connect(m_timeline, &MemoryTimelineView::operatorClicked, this,
            [this](const QString &function) { emit operatorActivated(m_controller->module(), function); });

    auto loaded = m_controller->loadBoards(QString::fromLatin1(BoardCatalogue::kBuiltInPath), userBoardsPath());
    if (!loaded)
        qWarning("%s", qPrintable(loaded.error().message()));
    if (savedBoard.isEmpty() || !m_controller->selectBoard(savedBoard))
        m_controller->setBudget(savedRam, savedFlash);
    applyTheme();
    setArchive(nullptr);
}

MemoryPane::~MemoryPane() = default;

QString MemoryPane::userBoardsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/boards.json");
}

void MemoryPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_controller->setArchive(std::move(archive));
}

void MemoryPane::handleBoardPicked(int row)
{
    m_controller->setBoard(row);
}

void MemoryPane::handleBudgetTyped()
{
    const qint64 ram = m_ram->value() > 0 ? qint64(m_ram->value()) * 1024 : -1;
    const qint64 flash = m_flash->value() > 0 ? qint64(m_flash->value()) * 1024 : -1;
    const auto budget = m_controller->budget();
    // A board's sizes shown in the boxes are not a typed budget.
    auto shown = [](qint64 bytes) { return bytes > 0 ? (bytes / 1024) * 1024 : -1; };
    if (shown(budget.ramBytes) == ram && shown(budget.flashBytes) == flash)
        return;
    m_controller->setBudget(ram, flash);
}

void MemoryPane::handleAddBoard()
{
    const auto budget = m_controller->budget();
    if (budget.ramBytes <= 0 || budget.flashBytes <= 0) {
        AsyncDialogs::message(this, QMessageBox::Information, tr("Add a board"),
                              tr("Type the board's RAM and flash sizes first."));
        return;
    }
    AsyncDialogs::text(
        this, tr("Add a board"),
        tr("Keep RAM %1 and flash %2 as a board named:").arg(ByteText::size(budget.ramBytes), ByteText::size(budget.flashBytes)),
        [this, budget](const QString &name) {
            if (name.trimmed().isEmpty())
                return;
            BoardCatalogue::Board board;
            board.name = name.trimmed();
            board.platform = QStringLiteral("custom");
            board.ramBytes = budget.ramBytes;
            board.flashBytes = budget.flashBytes;
            auto added = m_controller->addUserBoard(board);
            if (!added)
                AsyncDialogs::message(this, QMessageBox::Warning, tr("Add a board"), added.error().message());
        });
}

void MemoryPane::handleRemoveBoard()
{
    const BoardCatalogue::Board *b = m_controller->currentBoard();
    if (!b || !m_controller->boardModel()->isUserBoard(m_controller->board()))
        return;
    auto removed = m_controller->removeUserBoard(b->name);
    if (!removed)
        AsyncDialogs::message(this, QMessageBox::Warning, tr("Remove a board"), removed.error().message());
}

void MemoryPane::handleExport(const QString &kind)
{
    const QString base = m_controller->archive() ? QFileInfo(m_controller->archive()->archive().path()).completeBaseName()
                                                 : QStringLiteral("memory");
    const QString suggested = QStringLiteral("%1-%2-memory.%3").arg(base, m_controller->module(), kind);
    const QString filter = kind == QLatin1String("csv")    ? tr("CSV files (*.csv)")
                           : kind == QLatin1String("json") ? tr("JSON files (*.json)")
                           : kind == QLatin1String("png")  ? tr("PNG images (*.png)")
                                                           : tr("SVG images (*.svg)");
    AsyncDialogs::saveFile(this, tr("Export the memory map"), suggested, filter, [this, kind](const QString &path) {
        const QString error = kind == QLatin1String("csv")    ? exportCsv(path)
                              : kind == QLatin1String("json") ? exportJson(path)
                              : kind == QLatin1String("png")  ? exportPng(path)
                                                              : exportSvg(path);
        if (!error.isEmpty())
            AsyncDialogs::message(this, QMessageBox::Warning, tr("Export the memory map"), error);
    });
}

QString MemoryPane::exportCsv(const QString &path)
{
    auto r = m_controller->exportCsv(path);
    return r ? QString() : r.error().message();
}

QString MemoryPane::exportJson(const QString &path)
{
    auto r = m_controller->exportJson(path);
    return r ? QString() : r.error().message();
}

QString MemoryPane::exportPng(const QString &path)
{
    const QPixmap pixmap = m_report->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return tr("cannot write the image %1").arg(path);
    return {};
}

QString MemoryPane::exportSvg(const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_report->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_report->size()));
    svg.setTitle(tr("Memory of module %1").arg(m_controller->module()));
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("cannot write the image %1").arg(path);
    m_report->render(&painter);
    painter.end();
    return QFileInfo(path).size() > 0 ? QString() : tr("cannot write the image %1").arg(path);
}

void MemoryPane::handleChanged()
{
    const QStringList modules = m_controller->modules();
    {
        const QSignalBlocker block(m_module);
        QStringList shown;
        for (int i = 0; i < m_module->count(); ++i)
            shown << m_module->itemText(i);
        if (shown != modules) {
            m_module->clear();
            m_module->addItems(modules);
        }
        m_module->setCurrentText(m_controller->module());
        m_module->setEnabled(modules.size() > 1);
    }
    const auto budget = m_controller->budget();
    const int boardRow = m_controller->board();
    {
        const QSignalBlocker blockBoard(m_board);
        const QSignalBlocker blockRam(m_ram);
        const QSignalBlocker blockFlash(m_flash);
        m_board->setCurrentIndex(boardRow >= 0 ? boardRow : m_controller->boardModel()->customRow());
        m_ram->setValue(budget.ramBytes > 0 ? int(std::min<qint64>(budget.ramBytes / 1024, kMaxKiB)) : 0);
        m_flash->setValue(budget.flashBytes > 0 ? int(std::min<qint64>(budget.flashBytes / 1024, kMaxKiB)) : 0);
    }
    m_removeBoard->setVisible(m_controller->boardModel()->isUserBoard(boardRow));
    const BoardCatalogue::Board *b = m_controller->currentBoard();
    m_board->setToolTip(m_controller->boardModel()->index(m_board->currentIndex(), 0).data(Qt::ToolTipRole).toString());

    // Remembered for next time: the user's own choice only, not a board the target named.
    if (m_controller->boardChoice().isEmpty()) {
        QSettings settings;
        settings.setValue(QStringLiteral("memory/board"), b ? b->name : QString());
        settings.setValue(QStringLiteral("memory/ramBytes"), budget.ramBytes);
        settings.setValue(QStringLiteral("memory/flashBytes"), budget.flashBytes);
    }

    const auto &map = m_controller->map();
    m_summary->setText(m_controller->summary());
    const auto fit = m_controller->fit();
    const bool checked = m_controller->hasMap() && map.known && (fit.ramChecked || fit.flashChecked);
    QPalette pal = palette();
    if (checked) {
        const bool dark = isDark(palette());
        const QColor good = dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
        const QColor bad = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
        pal.setColor(QPalette::WindowText, fit.fits() ? good : bad);
    }
    m_summary->setPalette(pal);
    m_summary->setToolTip(m_controller->explanation());
    m_totals->setText(
        m_controller->hasMap() && (map.ramKnown || map.flashKnown)
            ? tr("RAM estimate %1 = %2 · flash estimate %3 = %4")
                  .arg(ByteText::size(map.ramBytes), map.ramFormula, ByteText::size(map.flashBytes), map.flashFormula)
            : QString());
    m_totals->setVisible(!m_totals->text().isEmpty());
    m_hints->setText(m_controller->hints().join(QLatin1Char('\n')));
    m_hints->setVisible(!m_hints->text().isEmpty());
    m_explanation->setText(m_controller->explanation());
    m_explain->setVisible(m_controller->hasMap());
    m_terms->setVisible(m_controller->hasMap());
    fillSplit();
    fillOperators();
    fillPools();
    fillActivations();
    fillWeights();
    const QStringList findings = m_controller->findings();
    m_findings->setText(findings.isEmpty() ? tr("The metadata, the header and the code agree: nothing to report.")
                                           : QStringLiteral("• ") + findings.join(QStringLiteral("\n\n• ")));
    const qsizetype warnings = m_controller->hasMap() ? m_controller->map().warnings.size() : 0;
    m_tabs->setTabText(m_findingsTab, warnings > 0 ? tr("Findings (%n warning(s))", nullptr, int(warnings))
                                                   : tr("Findings (%n)", nullptr, int(findings.size())));
}

QString MemoryPane::findingsText() const
{
    return m_findings->text();
}

void MemoryPane::handleTimelineChanged()
{
    const MemoryTimeline &t = m_controller->timeline();
    m_timeline->setTimeline(t);
    if (!m_controller->hasMap()) {
        m_timeline->setMessage(tr("No module."));
        m_timelineCaption->clear();
        return;
    }
    if (!m_controller->timelineReady()) {
        m_timeline->setMessage(tr("Laying out…"));
        m_timelineCaption->clear();
        return;
    }
    m_timeline->setMessage(t.reason);
    QString caption;
    switch (t.source) {
    case MemoryTimeline::Source::GraphStorage:
        caption = tr("Each row is a storage id: the graph executor allocates one buffer per storage id for the whole run, "
                     "drawn here one after another in id order. A box spans the steps from the operator that writes the "
                     "tensor to the last one that reads it; tensors that share a storage id share a row. Operator "
                     "workspace sits above, live while its operator runs.");
        break;
    case MemoryTimeline::Source::AotWorkspace:
        caption = tr("The archive gives no offsets for the AOT executor's buffers: each box is the workspace of one "
                     "operator call, live while it runs, in the order the executor makes the calls. The tensors passed "
                     "between operators are not shown.");
        break;
    case MemoryTimeline::Source::AotTensors:
        caption = tr("Read from the AOT executor's main function: each box is a tensor, from the first call that uses it "
                     "to the last (the runtime's allocator: from allocation to free), at its offset in its pool; one "
                     "band per pool, then the allocator's buffers and the application's inputs and outputs. Hatched "
                     "sizes are upper bounds from the neighbouring offsets.");
        break;
    case MemoryTimeline::Source::None: break;
    }
    if (t.peakStep >= 0 && t.peakStep < t.steps.size())
        caption += QLatin1Char(' ') + tr("Peak: %1 live at step %2 (%3); the layout spans %4.")
                                          .arg(ByteText::size(t.peakBytes))
                                          .arg(t.peakStep + 1)
                                          .arg(shortName(t.steps[t.peakStep].function), ByteText::size(t.extentBytes));
    m_timelineCaption->setText(caption);
}

QString MemoryPane::shortName(const QString &function) const
{
    const QString prefix = QStringLiteral("tvmgen_%1_").arg(m_controller->module());
    if (function.startsWith(prefix) && function.size() > prefix.size())
        return function.mid(prefix.size());
    return function;
}

void MemoryPane::fillSplit()
{
    QChart *chart = m_splitView->chart();
    clearChart(chart);
    const QList<MemoryController::Part> parts = m_controller->split();
    if (parts.isEmpty()) {
        chart->setTitle(m_controller->hasMap() ? tr("No memory figures (no metadata.json)") : QString());
        return;
    }
    const auto &map = m_controller->map();
    const auto budget = m_controller->budget();
    const auto fit = m_controller->fit();
    const qint64 largest = std::max({map.ramBytes, map.flashBytes, budget.ramBytes, budget.flashBytes});
    const Unit unit = unitFor(largest);
    auto *series = new QHorizontalStackedBarSeries;
    auto addSet = [&](const QString &label, double ram, double flash, const QColor &color, const QString &tip) {
        auto *set = new QBarSet(label);
        *set << ram / unit.divisor << flash / unit.divisor;
        set->setColor(color);
        set->setBorderColor(color);
        series->append(set);
        connect(set, &QBarSet::hovered, this, [tip](bool on, int) {
            if (on)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
    };
    for (const MemoryController::Part &p : parts) {
        if (p.region == MemoryController::Region::NotCounted || p.bytes <= 0)
            continue;
        const bool ram = p.region == MemoryController::Region::Ram;
        addSet(p.label, ram ? p.bytes : 0, ram ? 0 : p.bytes, partColor(p.key),
               tr("%1: %2 (%3)\n%4").arg(p.label, ByteText::exact(p.bytes), ram ? tr("RAM") : tr("flash"), p.explanation));
    }
    if ((fit.ramChecked && fit.ramHeadroom > 0) || (fit.flashChecked && fit.flashHeadroom > 0)) {
        QColor free = palette().color(QPalette::Text);
        free.setAlpha(45);
        addSet(tr("free"), fit.ramChecked ? std::max<qint64>(fit.ramHeadroom, 0) : 0,
               fit.flashChecked ? std::max<qint64>(fit.flashHeadroom, 0) : 0, free,
               tr("Left free on the board: RAM %1, flash %2")
                   .arg(fit.ramChecked ? ByteText::size(fit.ramHeadroom) : tr("not checked"),
                        fit.flashChecked ? ByteText::size(fit.flashHeadroom) : tr("not checked")));
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({tr("RAM"), tr("Flash")});
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    roundAxis(values, largest, unit);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    // The budget as a dashed line across each bar.
    bool first = true;
    for (auto [bytes, category] : {std::pair{budget.ramBytes, 0}, {budget.flashBytes, 1}}) {
        if (bytes < 0)
            continue;
        auto *line = new QLineSeries;
        line->setName(tr("budget"));
        line->append(double(bytes) / unit.divisor, category - 0.45);
        line->append(double(bytes) / unit.divisor, category + 0.45);
        chart->addSeries(line);
        line->attachAxis(values);
        line->attachAxis(categories);
        if (!first)
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        first = false;
    }
    QStringList over;
    if (fit.ramChecked && !fit.ramFits)
        over << tr("RAM over by %1").arg(ByteText::size(-fit.ramHeadroom));
    if (fit.flashChecked && !fit.flashFits)
        over << tr("flash over by %1").arg(ByteText::size(-fit.flashHeadroom));
    chart->setTitle(over.isEmpty() ? tr("Where the estimate goes") : over.join(QStringLiteral(", ")));
    applyTheme();
}

void MemoryPane::fillOperators()
{
    QChart *chart = m_operatorView->chart();
    clearChart(chart);
    m_chartFunctions.clear();
    const auto &ops = m_controller->map().operators;
    m_operatorCaption->setText(
        ops.isEmpty() ? QString()
                      : tr("All %n operator(s). Double-click one to show it in the Operators pane.", nullptr, int(ops.size())));
    if (ops.isEmpty()) {
        chart->setTitle(m_controller->hasMap() ? tr("No per-operator workspace figures in this module.") : QString());
        return;
    }
    const auto top = ops.mid(0, kTopOperators);
    qint64 largest = 0;
    for (const auto &op : top)
        largest = std::max(largest, op.bytes);
    const Unit unit = unitFor(largest);
    auto *set = new QBarSet(tr("workspace"));
    set->setColor(partColor(QStringLiteral("workspace")));
    QStringList categories;
    // Names differ at their ends (…_cast_1, …_cast_5): cut in the middle, never at the end.
    const QFontMetrics labels = fontMetrics();
    const int labelWidth = labels.averageCharWidth() * 34;
    for (qsizetype i = top.size() - 1; i >= 0; --i) { // the largest at the top
        QString name = labels.elidedText(shortName(top[i].name), Qt::ElideMiddle, labelWidth);
        if (categories.contains(name))
            name = top[i].name;
        categories << name;
        m_chartFunctions << top[i].name;
        *set << double(top[i].bytes) / unit.divisor;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < m_chartFunctions.size())
            emit operatorActivated(m_controller->module(), m_chartFunctions[index]);
    });
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= m_chartFunctions.size()) {
            QToolTip::hideText();
            return;
        }
        const int row = int(m_chartFunctions.size()) - 1 - index; // the bars run bottom to top
        const QModelIndex i = m_controller->operatorModel()->index(row, 0);
        QToolTip::showText(QCursor::pos(), i.data(Qt::ToolTipRole).toString() + QLatin1Char('\n') + tr("Click to show it."));
    });
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    roundAxis(values, largest, unit);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    chart->setTitle(ops.size() > top.size()
                        ? tr("The %1 operators with the most workspace, of %2").arg(top.size()).arg(ops.size())
                        : tr("Workspace per operator"));
    // Tall enough for every bar's label, but never so tall that the window would have to grow.
    m_operatorView->setMinimumHeight(std::min(int(90 + 24 * top.size()), 220));
    applyTheme();
}

void MemoryPane::fillPools()
{
    const auto &pools = m_controller->map().pools;
    m_pools->setRowCount(int(pools.size()));
    for (int row = 0; row < pools.size(); ++row) {
        const auto &p = pools[row];
        auto *size = new QTableWidgetItem(ByteText::size(p.sizeBytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        size->setToolTip(ByteText::exact(p.sizeBytes));
        m_pools->setItem(row, 0, new QTableWidgetItem(p.name));
        m_pools->setItem(row, 1, new QTableWidgetItem(p.kind));
        m_pools->setItem(row, 2, size);
    }
    const auto archive = m_controller->archive();
    const auto *module = archive ? archive->module(m_controller->module()) : nullptr;
    m_poolsCaption->setText(
        !module           ? QString()
        : !module->header ? tr("This module has no C interface header (codegen/host/include), so it declares no memory pools.")
        : pools.isEmpty()
            ? tr("This module's C interface declares no memory pools: the generated code holds its workspace itself.")
            : tr("Memory pools declared in the C interface (codegen/host/include): your application provides a buffer of "
                 "this size for each, and can place each in a memory region of its choice. Double-click a pool to open "
                 "the header."));
}

namespace {

// Sorts by the number in Qt::UserRole rather than by the text shown.
class NumberItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};

QTableWidgetItem *bytesItem(qint64 bytes, bool exact = true)
{
    auto *item = new NumberItem;
    item->setData(Qt::DisplayRole, bytes < 0 ? QVariant(MemoryPane::tr("unknown"))
                                             : QVariant((exact ? QString() : QStringLiteral("≤ ")) + ByteText::size(bytes)));
    item->setData(Qt::UserRole, bytes);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(bytes < 0 ? QString() : ByteText::exact(bytes));
    return item;
}

} // namespace

void MemoryPane::fillActivations()
{
    const auto &map = m_controller->map();
    const QSignalBlocker block(m_activations);
    m_activations->setSortingEnabled(false);
    m_activations->setRowCount(int(map.activations.size()));
    for (int row = 0; row < map.activations.size(); ++row) {
        const auto &a = map.activations[row];
        const bool atPeak = a.heldAt(map.peakCall);
        auto *name =
            new QTableWidgetItem(a.role == mtvw::mlf::AotActivations::Role::Scratch
                                     ? tr("%1 (buffer of %2)").arg(a.name.section(QLatin1Char(':'), 1), shortName(a.function))
                                     : a.name);
        name->setToolTip(a.name);
        m_activations->setItem(row, 0, name);
        const QString pool = a.pool == QLatin1String("storage")                                   ? tr("storage ids")
                             : a.pool == QLatin1String(mtvw::mlf::AotActivations::kAllocatorPool) ? tr("runtime allocator")
                             : a.pool == QLatin1String(mtvw::mlf::AotActivations::kIoPool)        ? tr("application (io)")
                                                                                                  : a.pool;
        m_activations->setItem(row, 1, new QTableWidgetItem(pool));
        m_activations->item(row, 1)->setToolTip(a.pool);
        auto *offset = new NumberItem(a.offset < 0 ? QString() : QString::number(a.offset));
        offset->setData(Qt::UserRole, a.offset);
        offset->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_activations->setItem(row, 2, offset);
        m_activations->setItem(row, 3, bytesItem(a.bytes, a.exact));
        const QString first = a.firstCall >= 0 ? QString::number(a.firstCall + 1) : QString();
        const QString last = a.lastCall >= 0 ? QString::number(a.lastCall + 1) : QString();
        m_activations->setItem(row, 4, new QTableWidgetItem(first == last ? first : tr("%1–%2").arg(first, last)));
        m_activations->setItem(row, 5, new QTableWidgetItem(atPeak ? tr("held") : QString()));
        if (atPeak)
            for (int c = 0; c < m_activations->columnCount(); ++c) {
                QFont f = m_activations->item(row, c)->font();
                f.setBold(true);
                m_activations->item(row, c)->setFont(f);
            }
    }
    m_activations->setSortingEnabled(true);
    m_activations->sortItems(3, Qt::DescendingOrder);
    if (map.activations.isEmpty()) {
        m_activationsCaption->setText(m_controller->hasMap() ? tr("The code gives no tensors for this module (no AOT main "
                                                                  "function and no graph).")
                                                             : QString());
        return;
    }
    m_activationsCaption->setText(
        tr("What the RAM holds while the model runs, read from the %1. Peak: %2 at call %3 of %4 (%5); the tensors "
           "held then are in bold. “≤” marks a size bounded by the next tensor's offset.")
            .arg(map.executors.contains(QLatin1String("graph")) ? tr("graph's storage ids") : tr("generated C's main function"),
                 ByteText::size(map.peakBytes))
            .arg(map.peakCall + 1)
            .arg(map.calls.size())
            .arg(shortName(map.peakFunction())));
}

void MemoryPane::fillWeights()
{
    const auto &map = m_controller->map();
    const QSignalBlocker block(m_weights);
    m_weights->setSortingEnabled(false);
    m_weights->setRowCount(int(map.constantsInCode.size()));
    for (int row = 0; row < map.constantsInCode.size(); ++row) {
        const auto &c = map.constantsInCode[row];
        m_weights->setItem(row, 0, new QTableWidgetItem(c.symbol));
        m_weights->item(row, 0)->setToolTip(c.kind == mtvw::mlf::CodeArrays::Kind::ConstantPool
                                                ? tr("%1: %n array(s)", nullptr, c.members).arg(c.elementType)
                                                : QStringLiteral("%1 %2[%3]").arg(c.elementType, c.symbol, c.sizeText));
        m_weights->setItem(
            row, 1, new QTableWidgetItem(mtvw::mlf::CodeArrays::kindKey(c.kind).replace(QLatin1Char('_'), QLatin1Char(' '))));
        m_weights->setItem(row, 2, bytesItem(c.bytes));
        m_weights->setItem(row, 3, new QTableWidgetItem(c.section));
        m_weights->setItem(row, 4,
                           new QTableWidgetItem(QStringLiteral("%1:%2").arg(c.file.section(QLatin1Char('/'), -1)).arg(c.line)));
        m_weights->item(row, 4)->setToolTip(c.file);
    }
    m_weights->setSortingEnabled(true);
    m_weights->sortItems(2, Qt::DescendingOrder);
    m_weightsCaption->setText(map.constantsInCode.isEmpty()
                                  ? (map.paramsFileUsed
                                         ? tr("No weights in the code: the graph executor loads the parameters file (%1).")
                                               .arg(ByteText::size(map.paramsFileBytes))
                                         : tr("The generated C declares no constant arrays."))
                                  : tr("%n array(s) of weights and constants written into the generated C: %1 of flash.", nullptr,
                                       int(map.constantsInCode.size()))
                                        .arg(ByteText::size(map.constantsInCodeBytes)));
}

void MemoryPane::applyTheme()
{
    if (!m_splitView || !m_operatorView)
        return; // a palette change during construction
    const QChart::ChartTheme theme = isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *view : {m_splitView, m_operatorView}) {
        QChart *chart = view->chart();
        if (chart->theme() != theme) {
            // A theme resets the series colours: keep ours.
            QList<QPair<QBarSet *, QColor>> colors;
            for (QAbstractSeries *s : chart->series())
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                    for (QBarSet *set : bars->barSets())
                        colors << qMakePair(set, set->color());
            chart->setTheme(theme);
            for (const auto &[set, color] : colors) {
                set->setColor(color);
                set->setBorderColor(color);
            }
        }
        for (QAbstractSeries *s : chart->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s)) {
                QPen pen(palette().color(QPalette::Text), 2, Qt::DashLine);
                line->setPen(pen);
            }
        }
        chart->setBackgroundBrush(palette().base());
        chart->setTitleBrush(palette().text());
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(palette().color(QPalette::Text));
            axis->setTitleBrush(palette().text());
        }
    }
}

void MemoryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyTheme();
        if (m_controller->hasMap())
            handleChanged();
    }
    QWidget::changeEvent(event);
}

QString MemoryPane::summaryText() const
{
    return m_summary->text();
}

QString MemoryPane::totalsText() const
{
    return m_totals->text();
}

QChart *MemoryPane::splitChart() const
{
    return m_splitView->chart();
}

QChart *MemoryPane::operatorChart() const
{
    return m_operatorView->chart();
}
