#include "operatorspane.h"

#include "mlf/mlfarchive.h"
#include "operatorscontroller.h"
#include "operatorsmodel.h"

#include <Qsci/qscilexercpp.h>
#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int kMaxColumnWidth = 360;

QTreeWidget *makeFactTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(2);
    tree->setHeaderLabels({OperatorsPane::tr("Field"), OperatorsPane::tr("Value")});
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return tree;
}

void addFacts(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<OperatorsController::Fact> &facts)
{
    for (const OperatorsController::Fact &f : facts) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, f.key);
        item->setText(1, f.value);
        item->setToolTip(1, f.value);
    }
}

void addNote(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree);
    item->setText(0, text);
    item->setFirstColumnSpanned(true);
    item->setForeground(0, tree->palette().color(QPalette::PlaceholderText));
}

QHBoxLayout *locationRow(QLabel *label, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(4, 2, 4, 2);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    row->addWidget(label, 1);
    row->addWidget(button);
    return row;
}

} // namespace

OperatorsPane::OperatorsPane(QWidget *parent)
    : QWidget(parent)
    , m_controller(new OperatorsController(this))
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by function or module name (Ctrl+L)"));
    m_filter->setClearButtonEnabled(true);
    m_onlyWorkspace = new QCheckBox(tr("Only with workspace"), this);
    m_onlyWorkspace->setToolTip(tr("Show only the operators that need scratch RAM (workspace) while they run"));
    m_count = new QLabel(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_onlyWorkspace);
    top->addWidget(m_count);
    auto *terms = new QLabel(tr("<a href=\"glossary:workspace\">What is a workspace?</a>"), this);
    connect(terms, &QLabel::linkActivated, this, [this](const QString &link) { emit glossaryRequested(QUrl(link).path()); });
    top->addWidget(terms);

    m_table = new QTableView(this);
    m_table->setModel(m_controller->proxy());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    // The model's own order first, and sorted by it (the arrow says so): the operators as they run.
    // Now (the model is set) and whenever the header's sections are made again.
    QHeaderView *header = m_table->horizontalHeader();
    const auto orderFirst = [header] {
        if (header->count() > OperatorsModel::OrderColumn && header->visualIndex(OperatorsModel::OrderColumn) != 0)
            header->moveSection(header->visualIndex(OperatorsModel::OrderColumn), 0);
    };
    orderFirst();
    connect(header, &QHeaderView::sectionCountChanged, this, orderFirst);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, orderFirst);
    m_table->horizontalHeader()->setSortIndicator(OperatorsModel::OrderColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto *focusFilter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    focusFilter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    connect(m_filter, &QLineEdit::textChanged, m_controller, &OperatorsController::setFilterText);
    connect(m_onlyWorkspace, &QCheckBox::toggled, m_controller, &OperatorsController::setOnlyWithWorkspace);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) // a filter hiding the row keeps the selection
            m_controller->select(current);
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &OperatorsPane::handleRowActivated);
    connect(m_table, &QAbstractItemView::activated, this, &OperatorsPane::handleRowActivated);
    connect(m_controller, &OperatorsController::selectionChanged, this, &OperatorsPane::handleSelectionChanged);
    connect(m_controller, &OperatorsController::detailsReady, this, &OperatorsPane::handleDetailsReady);
    connect(m_controller, &OperatorsController::indexingChanged, this, &OperatorsPane::updateCount);
    QSortFilterProxyModel *proxy = m_controller->proxy();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &OperatorsPane::updateCount);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &OperatorsPane::updateCount);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &OperatorsPane::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_table->model()->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), kMaxColumnWidth));
        syncTableSelection();
    });
    connect(m_cOpen, &QPushButton::clicked, this,
            [this] { emit entryActivated(m_controller->details().cFile, m_controller->details().cStartLine); });
    connect(m_tirOpen, &QPushButton::clicked, this,
            [this] { emit entryActivated(m_controller->details().tirFile, m_controller->details().tirStartLine); });

    applyEditorPalette();
    handleSelectionChanged({}, {});
    updateCount();
}

OperatorsPane::~OperatorsPane() = default;

QWidget *OperatorsPane::buildDetails()
{
    auto *box = new QWidget(this);
    m_title = new QLabel(box);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_tabs = new QTabWidget(box);
    m_tabs->setDocumentMode(true);

    auto *codePage = new QWidget(m_tabs);
    m_cLocation = new QLabel(codePage);
    m_cOpen = new QPushButton(tr("Open in browser"), codePage);
    m_cOpen->setToolTip(tr("Show the whole C file in the archive browser at this function"));
    m_code = new QsciScintilla(codePage);
    m_lexer = new QsciLexerCPP(m_code);
    m_code->setLexer(m_lexer);
    m_code->setReadOnly(true);
    m_code->setUtf8(true);
    m_code->setMarginType(0, QsciScintilla::TextMarginRightJustified); // the file's own line numbers
    m_code->setMarginWidth(1, 0);
    m_code->setFolding(QsciScintilla::NoFoldStyle);
    m_code->setWrapMode(QsciScintilla::WrapNone);
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addLayout(locationRow(m_cLocation, m_cOpen));
    codeLayout->addWidget(m_code, 1);
    m_tabs->addTab(codePage, tr("C code"));

    auto *tirPage = new QWidget(m_tabs);
    m_tirLocation = new QLabel(tirPage);
    m_tirOpen = new QPushButton(tr("Open in browser"), tirPage);
    m_tir = new QPlainTextEdit(tirPage);
    m_tir->setReadOnly(true);
    m_tir->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tir->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *tirLayout = new QVBoxLayout(tirPage);
    tirLayout->setContentsMargins(0, 0, 0, 0);
    tirLayout->addLayout(locationRow(m_tirLocation, m_tirOpen));
    tirLayout->addWidget(m_tir, 1);
    m_tabs->addTab(tirPage, tr("TIR"));

    m_graph = makeFactTree(m_tabs);
    m_tabs->addTab(m_graph, tr("Graph node"));
    m_memory = makeFactTree(m_tabs);
    m_tabs->addTab(m_memory, tr("Memory"));

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    return box;
}

void OperatorsPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_controller->setArchive(std::move(archive));
    updateCount();
}

void OperatorsPane::showOperator(const QString &module, const QString &function)
{
    if (m_controller->select(module, function)) {
        m_filter->blockSignals(true);
        m_filter->setText(m_controller->filterText()); // select() may have cleared the filter
        m_filter->blockSignals(false);
        m_onlyWorkspace->blockSignals(true);
        m_onlyWorkspace->setChecked(m_controller->onlyWithWorkspace());
        m_onlyWorkspace->blockSignals(false);
        syncTableSelection();
        updateCount();
    }
}

void OperatorsPane::syncTableSelection()
{
    const QModelIndex current = m_controller->currentIndex();
    if (!current.isValid())
        return;
    if (m_table->currentIndex().row() != current.row())
        m_table->setCurrentIndex(current);
    m_table->scrollTo(current);
}

void OperatorsPane::updateCount()
{
    const int shown = m_controller->proxy()->rowCount();
    const int all = m_controller->model()->rowCount();
    QString text;
    if (!m_controller->archive())
        text = tr("No archive");
    else if (all == 0 && !m_controller->isIndexing())
        text = tr("No operator functions");
    else if (shown == all)
        text = tr("%n operator(s)", nullptr, all);
    else
        text = tr("%1 of %n operator(s)", nullptr, all).arg(shown);
    if (m_controller->isIndexing())
        text += tr(" · indexing C sources…");
    m_count->setText(text);
}

void OperatorsPane::handleRowActivated(const QModelIndex &index)
{
    const QString file = index.data(OperatorsModel::FileRole).toString();
    if (!file.isEmpty())
        emit entryActivated(file, index.data(OperatorsModel::LineRole).toInt());
}

void OperatorsPane::handleSelectionChanged(const QString &module, const QString &function)
{
    m_code->clear();
    m_code->clearMarginText();
    m_tir->clear();
    m_graph->clear();
    m_memory->clear();
    m_cLocation->clear();
    m_tirLocation->clear();
    m_cOpen->setEnabled(false);
    m_tirOpen->setEnabled(false);
    if (function.isEmpty()) {
        m_title->setText(tr("Select an operator to see its C code, its TIR, the graph node calling it and its memory."));
        return;
    }
    m_title->setText(tr("<b>%1</b> &nbsp;·&nbsp; module %2")
                         .arg(OperatorsModel::shortName(function, module).toHtmlEscaped(), module.toHtmlEscaped()));
    m_title->setToolTip(function);
    m_cLocation->setText(tr("Reading…"));
    syncTableSelection();
}

void OperatorsPane::handleDetailsReady()
{
    const OperatorsController::Details &d = m_controller->details();
    const auto archive = m_controller->archive();
    const mtvw::mlf::MlfArchive::Module *module = archive ? archive->module(d.module) : nullptr;

    if (!d.cFile.isEmpty()) {
        m_cLocation->setText(tr("%1, lines %2–%3").arg(d.cFile).arg(d.cStartLine).arg(d.cEndLine));
        m_code->setText(d.cText);
        for (int i = 0; i < m_code->lines(); ++i)
            m_code->setMarginText(i, QString::number(d.cStartLine + i), QsciScintillaBase::STYLE_LINENUMBER);
        m_code->setMarginWidth(0, QString(QString::number(d.cEndLine).size() + 1, QLatin1Char('9')));
        m_code->setCursorPosition(0, 0);
        m_cOpen->setEnabled(true);
    } else {
        m_cLocation->setText(tr("No C definition of this function in the module's generated sources "
                                "(it may come from a library or an object file)."));
    }

    if (!d.tirFile.isEmpty()) {
        m_tirLocation->setText(tr("%1, lines %2–%3").arg(d.tirFile).arg(d.tirStartLine).arg(d.tirEndLine));
        m_tir->setPlainText(d.tirText);
        m_tirOpen->setEnabled(true);
    } else {
        m_tirLocation->setText(tr("No TIR for this function: only operator-style exports (tvm.build) carry "
                                  "src/tir-*.txt."));
    }

    for (const OperatorsController::Section &s : d.graphNodes) {
        auto *top = new QTreeWidgetItem(m_graph);
        top->setText(0, s.title);
        top->setFirstColumnSpanned(true);
        addFacts(top, nullptr, s.facts);
    }
    m_graph->expandAll();
    if (d.graphNodes.isEmpty()) {
        if (module && module->graph)
            addNote(m_graph, tr("No graph node calls this function."));
        else if (module && module->meta.isAot())
            addNote(m_graph, tr("AOT executor: there is no graph; the call order is the generated C code's run function."));
        else
            addNote(m_graph, tr("This archive has no executor graph."));
    }
    addFacts(nullptr, m_memory, d.memory);
}

void OperatorsPane::applyEditorPalette()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono, -1);
    m_lexer->setDefaultPaper(base);
    m_lexer->setPaper(base, -1);
    m_lexer->setDefaultColor(text);
    m_lexer->setColor(text, -1); // every style readable first, then the highlighted ones
    const QList<QPair<int, QColor>> colours = {
        {QsciLexerCPP::Default, text},
        {QsciLexerCPP::Identifier, text},
        {QsciLexerCPP::Operator, text},
        {QsciLexerCPP::Comment, dark ? QColor(0x8b, 0xc3, 0x7d) : QColor(0x3a, 0x7d, 0x2c)},
        {QsciLexerCPP::CommentLine, dark ? QColor(0x8b, 0xc3, 0x7d) : QColor(0x3a, 0x7d, 0x2c)},
        {QsciLexerCPP::CommentDoc, dark ? QColor(0x8b, 0xc3, 0x7d) : QColor(0x3a, 0x7d, 0x2c)},
        {QsciLexerCPP::Number, dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0x9a, 0x5b, 0x00)},
        {QsciLexerCPP::Keyword, dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x3f, 0xb0)},
        {QsciLexerCPP::KeywordSet2, dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x3f, 0xb0)},
        {QsciLexerCPP::DoubleQuotedString, dark ? QColor(0xf0, 0x8d, 0x8d) : QColor(0xa3, 0x15, 0x15)},
        {QsciLexerCPP::SingleQuotedString, dark ? QColor(0xf0, 0x8d, 0x8d) : QColor(0xa3, 0x15, 0x15)},
        {QsciLexerCPP::PreProcessor, dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7a, 0x2e, 0x9e)},
    };
    for (const auto &[style, colour] : colours)
        m_lexer->setColor(colour, style);
    m_code->setMarginsBackgroundColor(pal.color(QPalette::Window));
    m_code->setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    m_code->setCaretForegroundColor(text);
    m_code->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_code->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
}

void OperatorsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_lexer)
        applyEditorPalette();
}
