#include "inspectorpane.h"

#include "asyncdialogs.h"
#include "hexview.h"
#include "inspectorfilter.h"
#include "inspectormodel.h"
#include "liveconnection.h"
#include "transport/transportsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using mtvw::micro::WireDissector;
using mtvw::micro::WireField;
using mtvw::micro::WireRecord;

namespace {

constexpr int kBeginRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;
constexpr int kExpandAllFields = 300; // trees up to this many fields open whole

void addItems(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<WireField> &fields)
{
    for (const WireField &f : fields) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, f.label);
        item->setText(1, f.value);
        item->setData(0, kBeginRole, f.begin);
        item->setData(0, kEndRole, f.end);
        const QString bytes =
            f.end > f.begin
                ? InspectorPane::tr("bytes %1–%2 (%n byte(s))", nullptr, int(f.end - f.begin)).arg(f.begin).arg(f.end - 1)
                : InspectorPane::tr("no bytes, at %1").arg(f.begin);
        item->setToolTip(0, bytes);
        item->setToolTip(1, f.value.size() > 80 ? f.value + QLatin1Char('\n') + bytes : bytes);
        if (f.problem) {
            item->setForeground(0, QColor(0xb0, 0x00, 0x00));
            item->setForeground(1, QColor(0xb0, 0x00, 0x00));
        }
        addItems(item, tree, f.children);
    }
}

// The field column as wide as its labels (as indented), but never more than about three fifths
// of the tree: the values keep the rest.
void fitFieldColumn(QTreeWidget *tree)
{
    tree->resizeColumnToContents(0);
    const int room = tree->viewport()->width();
    const int least = tree->header()->sectionSizeHint(0);
    if (room > 0 && tree->columnWidth(0) > room * 3 / 5)
        tree->setColumnWidth(0, std::max(least, room * 3 / 5));
}

} // namespace

InspectorPane::InspectorPane(LiveConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new InspectorModel(this))
    , m_filter(new InspectorFilter(this))
    , m_layer(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_textTimer(new QTimer(this))
    , m_problems(new QCheckBox(tr("Problems only"), this))
    , m_follow(new QToolButton(this))
    , m_open(new QPushButton(tr("Open Capture…"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tree(new QTreeWidget(this))
    , m_hex(new HexView(this))
{
    m_model->setConnection(connection);
    m_filter->setSourceModel(m_model);

    // Filters and commands in one row.
    m_layer->addItem(tr("All layers"), -1);
    for (auto layer : {WireRecord::Layer::Text, WireRecord::Layer::Framing, WireRecord::Layer::Session, WireRecord::Layer::Rpc})
        m_layer->addItem(InspectorModel::layerText(layer), int(layer));
    m_layer->setToolTip(tr("Show the messages of one layer only"));
    m_type->addItem(tr("All types"), QString());
    m_type->setToolTip(tr("Show the messages of one type only"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setMinimumContentsLength(12);
    m_text->setPlaceholderText(tr("Filter by text"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Show the messages whose type, summary, problem or details contain this text"));
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(200);
    m_problems->setToolTip(tr("Show only messages with something wrong: CRC errors, invalid escapes, session or RPC problems"));
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_follow->setToolTip(tr("Keep the newest message in view"));
    m_open->setToolTip(tr("Replay a capture (pcapng) into the inspector, as fast as it reads"));
    m_open->setEnabled(connection != nullptr);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_layer);
    top->addWidget(m_type);
    top->addWidget(m_text, 1);
    top->addWidget(m_problems);
    top->addWidget(m_follow);
    top->addWidget(m_open);

    // The message list.
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(InspectorModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00000.000000")) + 16);
    header->resizeSection(InspectorModel::DirectionColumn,
                          std::max(fm.horizontalAdvance(InspectorModel::directionText(mtvw::Direction::FromHost)),
                                   fm.horizontalAdvance(InspectorModel::directionText(mtvw::Direction::FromDevice))) +
                              16);
    header->resizeSection(InspectorModel::LayerColumn,
                          fm.horizontalAdvance(InspectorModel::layerText(WireRecord::Layer::Session)) + 20);
    header->resizeSection(InspectorModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("StartSessionReply")) + 16);
    header->setSectionResizeMode(InspectorModel::SummaryColumn, QHeaderView::Stretch); // the rest of the width

    // The selected message: its fields and its bytes side by side, about half and half (the
    // bytes take eight a row when sixteen do not fit).
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(0, fm.horizontalAdvance(QStringLiteral("Initiator nonce")) + 3 * m_tree->indentation());
    m_hex->setToolTip(tr("Click a byte to select its field"));

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_tree);
    details->addWidget(m_hex);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);
    details->setSizes({1000, 1000});
    details->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { m_filter->setLayer(m_layer->currentData().toInt()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { m_filter->setType(m_type->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, [this] { m_filter->setText(m_text->text()); });
    connect(m_problems, &QCheckBox::toggled, m_filter, &InspectorFilter::setProblemsOnly);
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_table->scrollToBottom();
    });
    connect(m_open, &QPushButton::clicked, this, &InspectorPane::chooseCapture);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &InspectorPane::updateStatus); // "filtering…"
    connect(m_filter, &InspectorFilter::filterChanged, this, &InspectorPane::handleFilterChanged);
    connect(m_model, &InspectorModel::recordsAppended, this, &InspectorPane::handleAppended);
    connect(m_model, &InspectorModel::typesChanged, this, &InspectorPane::handleTypesChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InspectorPane::handleReset);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (m_shownRow < 0)
            return;
        m_shownRow = m_shownRow > last ? m_shownRow - (last - first + 1) : -1;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InspectorPane::handleCurrentRowChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &InspectorPane::handleTreeItemChanged);
    connect(m_hex, &HexView::byteClicked, this, &InspectorPane::handleByteClicked);
    connect(m_table->verticalScrollBar(), &QScrollBar::actionTriggered, this, &InspectorPane::handleScrollAction);
    clearDetails(tr("Select a message to see its fields and bytes."));
    updateStatus();
}

InspectorPane::~InspectorPane() = default;

void InspectorPane::openCapture(const QString &path)
{
    if (!m_connection || path.isEmpty())
        return;
    mtvw::transport::TransportSettings s;
    s.kind = mtvw::transport::TransportSettings::Kind::Replay;
    s.file = path;
    s.realtime = false;
    m_connection->open(s);
}

void InspectorPane::chooseCapture()
{
    AsyncDialogs::openFile(this, tr("Open Capture"), QString(), tr("Captures (*.pcapng);;All files (*)"),
                           [this](const QString &path) { openCapture(path); });
}

void InspectorPane::selectRow(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QTreeWidgetItem *InspectorPane::itemAt(const QList<int> &path) const
{
    QTreeWidgetItem *item = nullptr;
    for (int i : path) {
        const int n = item ? item->childCount() : m_tree->topLevelItemCount();
        if (i < 0 || i >= n)
            return nullptr;
        item = item ? item->child(i) : m_tree->topLevelItem(i);
    }
    return item;
}

void InspectorPane::clearDetails(const QString &message)
{
    m_shownRow = -1;
    m_fields.clear();
    m_tree->clear();
    m_hex->setBytes({});
    m_hex->setMessage(message);
}

void InspectorPane::showFields(const QByteArray &raw)
{
    m_fields = WireDissector::dissect(raw, m_model->names());
    m_tree->clear();
    addItems(nullptr, m_tree, m_fields);
    if (WireDissector::count(m_fields) <= kExpandAllFields)
        m_tree->expandAll();
    else
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            m_tree->topLevelItem(i)->setExpanded(true);
    fitFieldColumn(m_tree);
    m_hex->setBytes(raw);
}

void InspectorPane::handleCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        clearDetails(tr("Select a message to see its fields and bytes."));
        return;
    }
    const int row = m_filter->mapToSource(current).row();
    if (row == m_shownRow)
        return;
    bool available = false;
    const QByteArray raw = m_model->rawBytes(row, &available);
    if (!available) {
        clearDetails(tr("The bytes of this message are no longer kept: the inspector keeps the last %1 MiB of each direction.")
                         .arg(m_model->maxBytes() / (qint64(1024) * 1024)));
        m_shownRow = row;
        return;
    }
    m_shownRow = row;
    showFields(raw);
}

void InspectorPane::handleTreeItemChanged(QTreeWidgetItem *item)
{
    if (!item) {
        m_hex->setHighlight(0, 0);
        return;
    }
    m_hex->setHighlight(item->data(0, kBeginRole).toLongLong(), item->data(0, kEndRole).toLongLong());
}

void InspectorPane::handleByteClicked(qint64 offset)
{
    QTreeWidgetItem *item = itemAt(WireDissector::fieldAt(m_fields, offset));
    if (!item)
        return;
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    handleTreeItemChanged(item); // also when it was current already
}

void InspectorPane::handleAppended()
{
    if (m_follow->isChecked())
        m_table->scrollToBottom();
    updateStatus();
}

// A new filter's rows are there: the message shown before stays selected if it is among them.
void InspectorPane::handleFilterChanged()
{
    updateStatus();
    const QModelIndex shown = m_shownRow >= 0 ? m_filter->mapFromSource(m_model->index(m_shownRow, 0)) : QModelIndex();
    if (shown.isValid()) {
        m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!m_follow->isChecked())
            m_table->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    } else if (m_shownRow >= 0) {
        clearDetails(tr("Select a message to see its fields and bytes."));
    }
    if (m_follow->isChecked())
        m_table->scrollToBottom();
}

void InspectorPane::handleTypesChanged()
{
    const QString current = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    while (m_type->count() > 1)
        m_type->removeItem(1);
    for (const QString &t : m_model->types())
        m_type->addItem(t, t);
    const int index = m_type->findData(current);
    m_type->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        m_filter->setType({}); // the type went with a new connection
}

void InspectorPane::handleReset()
{
    clearDetails(tr("Select a message to see its fields and bytes."));
    updateStatus();
}

void InspectorPane::handleScrollAction()
{
    // The user scrolling away from the newest message stops following; back at the end, it resumes.
    const QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->sliderPosition() >= bar->maximum();
    if (m_follow->isChecked() != atEnd) {
        const QSignalBlocker block(m_follow);
        m_follow->setChecked(atEnd);
    }
}

void InspectorPane::updateStatus()
{
    const int total = m_model->rowCount();
    QString text = m_filter->isSearching()   ? tr("Filtering %n message(s)…", nullptr, total)
                   : m_filter->isFiltering() ? tr("%1 of %n message(s) shown", nullptr, total).arg(m_filter->rowCount())
                                             : tr("%n message(s)", nullptr, total);
    if (m_model->droppedRecords() > 0)
        text += QLatin1String(" · ") +
                tr("%n older message(s) no longer kept", nullptr, int(std::min<qint64>(m_model->droppedRecords(), INT_MAX)));
    m_status->setText(text);
}
