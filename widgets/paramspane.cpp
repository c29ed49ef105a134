#include "paramspane.h"

#include "core/bytetext.h"
#include "mlf/mlfarchive.h"
#include "paramscontroller.h"
#include "paramsmodel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using mtvw::mlf::TensorStats;

namespace {

constexpr double kLogFloor = 0.5; // where empty bins sit on the log axis

QString number(double v, bool integral)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    if (integral && std::abs(v) < 9.0e15)
        return QLocale().toString(qint64(v));
    return QLocale().toString(v, 'g', 6);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

ParamsPane::ParamsPane(QWidget *parent)
    : QWidget(parent)
    , m_controller(new ParamsController(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_moduleCombo(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_statsNote(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_chart(new QChart)
    , m_logScale(new QCheckBox(tr("Log scale"), this))
{
    m_proxy->setSourceModel(m_controller->model());
    m_proxy->setSortRole(ParamsModel::SortRole);
    m_proxy->setFilterKeyColumn(ParamsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Module:"), this));
    top->addWidget(m_moduleCombo);
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParamsModel::BytesColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ParamsModel::NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    // Details: the statistics form and the histogram side by side.
    auto *details = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(details);
    auto *left = new QVBoxLayout;
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_title);
    QLabel **fields[] = {&m_elements, &m_min, &m_max, &m_mean, &m_std, &m_zeros, &m_nans, &m_infs};
    const QString labels[] = {tr("Elements:"), tr("Min:"),   tr("Max:"), tr("Mean:"),
                              tr("Std dev:"),  tr("Zeros:"), tr("NaN:"), tr("±Inf:")};
    for (int i = 0; i < 8; ++i) {
        *fields[i] = new QLabel(this);
        (*fields[i])->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(labels[i], *fields[i]);
    }
    left->addLayout(m_form);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->setToolTip(tr("Computing the statistics…"));
    m_busy->hide();
    left->addWidget(m_busy);
    m_statsNote->setWordWrap(true);
    left->addWidget(m_statsNote);
    left->addStretch(1);
    detailsLayout->addLayout(left, 0);

    auto *right = new QVBoxLayout;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(240, 160);
    right->addWidget(m_chartView, 1);
    m_logScale->setToolTip(tr("Show the counts on a logarithmic axis, so rare values stay visible"));
    right->addWidget(m_logScale, 0, Qt::AlignRight);
    detailsLayout->addLayout(right, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_stack->addWidget(split);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_moduleCombo, &QComboBox::activated, this,
            [this](int index) { m_controller->setModule(m_moduleCombo->itemText(index)); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ParamsPane::handleCurrentRowChanged);
    connect(m_logScale, &QCheckBox::toggled, this, &ParamsPane::updateHistogram);
    connect(m_controller, &ParamsController::moduleChanged, this, &ParamsPane::handleModuleChanged);
    connect(m_controller, &ParamsController::selectionChanged, this, &ParamsPane::handleSelectionChanged);
    connect(m_controller, &ParamsController::statsReady, this, &ParamsPane::handleStatsReady);
    connect(m_controller, &ParamsController::errorOccurred, this, &ParamsPane::handleError);
    connect(m_controller, &ParamsController::busyChanged, this, &ParamsPane::handleBusyChanged);
    setArchive(nullptr);
}

ParamsPane::~ParamsPane() = default;

void ParamsPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_controller->setArchive(std::move(archive));
}

bool ParamsPane::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString ParamsPane::messageText() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

QString ParamsPane::statsText() const
{
    QStringList lines;
    for (int r = 0; r < m_form->rowCount(); ++r) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::FieldRole)->widget());
        if (label && field && m_form->isRowVisible(r))
            lines << label->text() + QLatin1Char(' ') + field->text();
    }
    return lines.join(QLatin1Char('\n'));
}

void ParamsPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ParamsPane::handleModuleChanged()
{
    const QStringList modules = m_controller->modules();
    m_moduleCombo->clear();
    m_moduleCombo->addItems(modules);
    m_moduleCombo->setCurrentText(m_controller->module());
    m_moduleCombo->setEnabled(modules.size() > 1);
    m_filter->setEnabled(m_controller->params());
    if (!m_controller->archive()) {
        m_summary->clear();
        showMessage(tr("No archive is open. The parameters (weights and constants) of a model appear here."));
        return;
    }
    const mtvw::mlf::ParamsFile *params = m_controller->params();
    if (!m_controller->missingParamsText().isEmpty()) {
        m_summary->clear();
        showMessage(m_controller->missingParamsText());
        return;
    }
    m_summary->setText(tr("%1 tensors, %2").arg(params->tensors.size()).arg(ByteText::size(params->totalDataBytes())));
    m_summary->setToolTip(tr("%1 bytes of tensor data in %2")
                              .arg(QLocale().toString(params->totalDataBytes()),
                                   m_controller->archive()->module(m_controller->module())->paramsEntry));
    m_stack->setCurrentIndex(0);
    // Show the largest tensor straight away.
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void ParamsPane::handleCurrentRowChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_controller->setSelectedTensor(current.isValid() ? current.row() : -1);
}

void ParamsPane::setStatsRows(bool visible)
{
    for (int r = 0; r < m_form->rowCount(); ++r)
        m_form->setRowVisible(r, visible);
}

void ParamsPane::handleSelectionChanged(int tensor)
{
    const mtvw::mlf::ParamsFile *params = m_controller->params();
    const auto *t = params && tensor >= 0 ? &params->tensors[tensor] : nullptr;
    setStatsRows(false);
    m_statsNote->clear();
    m_chart->removeAllSeries();
    if (!t) {
        m_title->setText(tr("Select a tensor to see its values."));
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b><br>%2 %3, %4")
                         .arg(t->name.toHtmlEscaped(), t->dtype.name(), t->shapeText(), ByteText::size(t->dataBytes)));
    // Keep the table in step when the selection came from elsewhere.
    const QModelIndex row = m_proxy->mapFromSource(m_controller->model()->index(tensor, 0));
    if (row.isValid() && m_table->currentIndex().row() != row.row())
        m_table->setCurrentIndex(row);
}

void ParamsPane::handleStatsReady()
{
    const TensorStats *s = m_controller->stats();
    if (!s)
        return;
    const bool integral = !s->isFloat;
    m_elements->setText(QLocale().toString(s->count));
    m_min->setText(number(s->min, integral));
    m_max->setText(number(s->max, integral));
    m_mean->setText(number(s->mean, false));
    m_std->setText(number(s->stddev, false));
    const double zeroShare = s->count > 0 ? 100.0 * double(s->zeros) / double(s->count) : 0;
    m_zeros->setText(tr("%1 (%2 %)").arg(QLocale().toString(s->zeros), QLocale().toString(zeroShare, 'f', 1)));
    m_nans->setText(QLocale().toString(s->nans));
    m_infs->setText(QLocale().toString(s->infs));
    setStatsRows(true);
    m_form->setRowVisible(6, s->isFloat);
    m_form->setRowVisible(7, s->isFloat);
    if (s->finite == 0 && s->count > 0)
        m_statsNote->setText(tr("No finite values: nothing to draw."));
    else if (s->nans + s->infs > 0)
        m_statsNote->setText(tr("NaN and ±Inf are left out of min, max, mean, std dev and the histogram."));
    else
        m_statsNote->clear();
    updateHistogram();
}

void ParamsPane::handleError(const mtvw::Error &error)
{
    setStatsRows(false);
    m_statsNote->setText(tr("No statistics: %1").arg(error.message()));
    m_chart->removeAllSeries();
}

void ParamsPane::handleBusyChanged(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        m_statsNote->setText(tr("Computing the statistics…"));
}

void ParamsPane::updateHistogram()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const TensorStats *s = m_controller->stats();
    if (!s || s->histogram.isEmpty())
        return;
    const bool log = m_logScale->isChecked();
    const double floor = log ? kLogFloor : 0;
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    const double w = s->binWidth() > 0 ? s->binWidth() : 1;
    qint64 peak = 1;
    for (int i = 0; i < s->histogram.size(); ++i) {
        const double x0 = s->histLow + i * w, x1 = x0 + w;
        const double y = std::max(floor, double(s->histogram[i]));
        upper->append(x0, y);
        upper->append(x1, y);
        peak = std::max(peak, s->histogram[i]);
    }
    const double xHigh = s->histLow + s->histogram.size() * w;
    lower->append(s->histLow, floor);
    lower->append(xHigh, floor);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = palette().color(QPalette::Highlight);
    area->setBrush(mix(base, accent, 0.55));
    area->setPen(QPen(accent, 1));
    m_chart->addSeries(area);

    auto *xAxis = new QValueAxis;
    xAxis->setRange(s->histLow, xHigh);
    xAxis->applyNiceNumbers();
    xAxis->setLabelFormat(QStringLiteral("%g"));
    xAxis->setTitleText(tr("value"));
    QAbstractAxis *yAxis;
    if (log) {
        auto *axis = new QLogValueAxis;
        axis->setRange(kLogFloor, double(peak) * 2);
        axis->setLabelFormat(QStringLiteral("%g"));
        yAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setRange(0, double(peak));
        axis->applyNiceNumbers();
        axis->setLabelFormat(peak >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%g"));
        yAxis = axis;
    }
    yAxis->setTitleText(tr("count"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(xAxis), yAxis}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mix(base, text, 0.5));
        axis->setGridLineColor(mix(base, text, 0.15));
    }
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);
    m_chart->setBackgroundBrush(base);
    m_chart->setPlotAreaBackgroundVisible(false);

    // Hovering shows the bin's range and count.
    const QList<qint64> counts = s->histogram;
    const double low = s->histLow;
    const bool integral = !s->isFloat;
    connect(area, &QAreaSeries::hovered, this, [counts, low, w, integral](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int bin = std::clamp(int((p.x() - low) / w), 0, int(counts.size()) - 1);
        const QString range =
            integral && w == 1 ? number(low + bin * w + 0.5, true)
                               : QStringLiteral("[%1, %2)").arg(number(low + bin * w, false), number(low + (bin + 1) * w, false));
        QToolTip::showText(QCursor::pos(), tr("%1: %2 values").arg(range, QLocale().toString(counts[bin])));
    });
}

void ParamsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateHistogram();
    QWidget::changeEvent(event);
}
