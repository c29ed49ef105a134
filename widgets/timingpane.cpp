#include "timingpane.h"

#include "asyncdialogs.h"
#include "core/error.h"
#include "timingcontroller.h"
#include "timinghistogram.h"
#include "timingplot.h"
#include "timingstatsmodel.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using mtvw::micro::TimingComparison;
using mtvw::micro::TimingStats;

namespace {

constexpr int kListedOutliers = 500; // per series

QString signedNumber(double v, int precision = 4)
{
    const QString n = QLocale().toString(std::abs(v), 'g', precision);
    return v > 0 ? QStringLiteral("+") + n : v < 0 ? QStringLiteral("−") + n : n;
}

// A word-wrapped label that asks its layout for the height of its lines at its width (a layout
// in a tab page would otherwise squeeze it over its neighbours).
class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
    }
    // After the text or the font changed.
    void fitHeight()
    {
        const int h = width() > 0 && !text().isEmpty() ? heightForWidth(width()) : 0;
        if (h != minimumHeight())
            setMinimumHeight(h);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        fitHeight();
    }
};

void fitHeight(QLabel *label)
{
    static_cast<WrappedLabel *>(label)->fitHeight();
}

// Keeps the statistics table wide enough for every figure whole (a vertical scroll bar's width
// to spare) and, unless `fewerRows`, tall enough for every row; comparing, the verdict over it
// and the rule under it take some height, and the table may scroll then. The width only grows
// while the columns stay the same, so that figures coming in do not make it twitch.
void fitStatsTable(QTableView *table, bool fewerRows)
{
    const QAbstractItemModel *model = table->model();
    const QAbstractItemView *view = table; // where the size hints are public
    const QHeaderView *columns = table->horizontalHeader();
    const QHeaderView *rows = table->verticalHeader();
    int width = 2 * table->frameWidth() + rows->sizeHint().width() + table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < model->columnCount(); ++c)
        width += std::max(view->sizeHintForColumn(c), columns->sectionSizeHint(c));
    const QVariant fitted = table->property("mtvwFittedColumns");
    if (fitted.isValid() && fitted.toInt() == model->columnCount())
        width = std::max(width, table->minimumWidth());
    table->setProperty("mtvwFittedColumns", model->columnCount());
    table->setMinimumWidth(width);

    int height = 2 * table->frameWidth() + columns->sizeHint().height();
    const int shown = fewerRows ? std::min(model->rowCount(), 3) : model->rowCount(); // to the median
    for (int r = 0; r < shown; ++r)
        height += std::max({view->sizeHintForRow(r), rows->sectionSizeHint(r), rows->minimumSectionSize()});
    table->setMinimumHeight(height);
}

} // namespace

TimingPane::TimingPane(TimingController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_statsModel(new TimingStatsModel(this))
    , m_toolbar(new QToolBar(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_plot(new TimingPlot(this))
    , m_histogram(new TimingHistogram(this))
    , m_tabs(new QTabWidget(this))
    , m_verdict(new WrappedLabel(this))
    , m_rule(new WrappedLabel(this))
    , m_statsTable(new QTableView(this))
    , m_outlierRule(new QLabel(this))
    , m_outlierList(new QListWidget(this))
{
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));
    m_pauseAction = m_toolbar->addAction(tr("Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Hold the plot still while timings keep coming; resume jumps to the newest"));
    m_toolbar->addSeparator();
    m_keepAction = m_toolbar->addAction(tr("Keep as reference (A)"));
    m_keepAction->setToolTip(tr("Keep these timings as A; the next run (or a file) is compared with them as B"));
    m_compareAction = m_toolbar->addAction(tr("Compare with file…"));
    m_compareAction->setToolTip(tr("Read timings from a capture (.pcapng), a device log or a CSV as B"));
    m_liveAction = m_toolbar->addAction(tr("Show live"));
    m_liveAction->setToolTip(tr("Show the live connection's timings as B again"));
    m_dropReferenceAction = m_toolbar->addAction(tr("Drop A"));
    m_dropReferenceAction->setToolTip(tr("Forget the reference; show B alone"));
    m_toolbar->addSeparator();
    m_exportAction = m_toolbar->addAction(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Save B's timings as CSV: index, ms and, when known, the time in seconds"));
    m_clearAction = m_toolbar->addAction(tr("Clear"));
    m_clearAction->setToolTip(tr("Forget every timing: the live ones, A and the file"));

    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->hide();

    m_plot->setEmptyText(tr("No timings yet."));

    // Statistics: the verdict over the table, the rule under it.
    auto *stats = new QWidget(this);
    auto *statsLayout = new QVBoxLayout(stats);
    statsLayout->setContentsMargins(2, 2, 2, 2);
    statsLayout->setSpacing(3);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->hide();
    statsLayout->addWidget(m_verdict);
    m_statsTable->setModel(m_statsModel);
    m_statsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsTable->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_statsTable->setWordWrap(false);
    m_statsTable->setTextElideMode(Qt::ElideNone);
    m_statsTable->setAlternatingRowColors(true);
    m_statsTable->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Each column as wide as its figures (fitStatsTable keeps the table that wide), the last
    // one taking what is left over.
    m_statsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsTable->horizontalHeader()->setStretchLastSection(true);
    m_statsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_statsTable->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    statsLayout->addWidget(m_statsTable, 1);
    m_rule->setWordWrap(true);
    QFont small = m_rule->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_rule->setFont(small);
    m_rule->setText(tr("Rule: %1.").arg(TimingComparison::rule()));
    m_rule->hide();
    statsLayout->addWidget(m_rule);
    m_tabs->addTab(stats, tr("Statistics"));

    auto *outliers = new QWidget(this);
    auto *outliersLayout = new QVBoxLayout(outliers);
    outliersLayout->setContentsMargins(2, 2, 2, 2);
    m_outlierRule->setWordWrap(true);
    m_outlierRule->setFont(small);
    m_outlierRule->setText(tr("Outliers: %1.").arg(TimingStats::rule()));
    outliersLayout->addWidget(m_outlierRule);
    m_outlierList->setToolTip(tr("Click one to show it in the plot"));
    outliersLayout->addWidget(m_outlierList, 1);
    m_tabs->addTab(outliers, tr("Outliers"));

    // The plot over the whole width; under it the histogram beside the statistics.
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_histogram);
    bottom->addWidget(m_tabs);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 0);
    bottom->setChildrenCollapsible(false);
    m_split->addWidget(m_plot);
    m_split->addWidget(bottom);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({3000, 2000});
    m_split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_split, 1);

    connect(m_pauseAction, &QAction::toggled, m_plot, &TimingPlot::setPaused);
    connect(m_plot, &TimingPlot::pausedChanged, this, [this](bool paused) {
        m_pauseAction->setChecked(paused);
        m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    });
    connect(m_keepAction, &QAction::triggered, m_controller, &TimingController::keepAsReference);
    connect(m_compareAction, &QAction::triggered, this, &TimingPane::compareWithFile);
    connect(m_liveAction, &QAction::triggered, m_controller, &TimingController::showLive);
    connect(m_dropReferenceAction, &QAction::triggered, m_controller, &TimingController::clearReference);
    connect(m_exportAction, &QAction::triggered, this, &TimingPane::exportCsv);
    connect(m_clearAction, &QAction::triggered, m_controller, &TimingController::clear);
    connect(m_outlierList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { m_plot->centreOn(item->data(Qt::UserRole).toLongLong()); });
    connect(m_controller, &TimingController::seriesChanged, this, &TimingPane::handleSeriesChanged);
    connect(m_controller, &TimingController::analysisChanged, this, &TimingPane::handleAnalysisChanged);
    connect(m_controller, &TimingController::errorOccurred, this, &TimingPane::handleError);
    connect(m_controller, &TimingController::warning, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_controller, &TimingController::loadingChanged, this, [this](bool loading) {
        m_compareAction->setEnabled(!loading);
        if (loading)
            showMessage(tr("Reading the file…"), false);
    });
    connect(m_controller, &TimingController::fileLoaded, this, [this](const QString &path, qint64 samples) {
        showMessage(tr("Read %n timing(s) from %1.", nullptr, int(samples)).arg(QFileInfo(path).fileName()), false);
    });
    connect(m_controller, &TimingController::exported, this, [this](const QString &path, qint64 samples) {
        showMessage(tr("Exported %n timing(s) to %1.", nullptr, int(samples)).arg(path), false);
    });
    handleSeriesChanged();
    handleAnalysisChanged();
}

TimingPane::~TimingPane() = default;

void TimingPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation want = width() >= 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() == want)
        return;
    m_split->setOrientation(want);
    m_split->setSizes(want == Qt::Horizontal ? QList<int>{3000, 2600} : QList<int>{3000, 2000});
}

void TimingPane::compareWithFile()
{
    AsyncDialogs::openFile(this, tr("Compare with timings from a file"), {},
                           tr("Timings (*.pcapng *.txt *.log *.csv);;All files (*)"),
                           [this](const QString &path) { m_controller->loadFile(path); });
}

void TimingPane::exportCsv()
{
    AsyncDialogs::saveFile(this, tr("Export timings as CSV"), QStringLiteral("timings.csv"), tr("CSV (*.csv)"),
                           [this](const QString &path) { m_controller->exportCsv(path); });
}

void TimingPane::handleSeriesChanged()
{
    const TimingController &c = *m_controller;
    const TimingSeries &b = c.current();
    m_plot->setSeries(&b, c.hasReference() ? &c.reference() : nullptr);
    const QLocale locale;
    QString name = c.isShowingFile() ? b.name : b.name.isEmpty() ? tr("live") : tr("live: %1").arg(b.name);
    QString status = tr("B (%1): %n timing(s)", nullptr, int(std::min<qint64>(b.size(), INT_MAX))).arg(name);
    if (b.dropped() > 0)
        status += tr(" (the newest; %1 older forgotten)").arg(locale.toString(b.dropped()));
    if (c.hasReference())
        status +=
            QStringLiteral("  ·  ") + tr("A (%1): %n timing(s)", nullptr, int(std::min<qint64>(c.reference().size(), INT_MAX)))
                                          .arg(c.reference().name.isEmpty() ? tr("kept run") : c.reference().name);
    if (c.isShowingFile() && !c.live().isEmpty())
        status += QStringLiteral("  ·  ") + tr("live: %n timing(s) meanwhile", nullptr, int(c.live().size()));
    m_plot->setNames(tr("B: %1").arg(name),
                     c.hasReference() ? tr("A: %1").arg(c.reference().name.isEmpty() ? tr("kept run") : c.reference().name)
                                      : QString());
    m_status->setText(status);
    m_status->setToolTip(status);
    if (b.isEmpty() && !c.isShowingFile() && c.linesSeen() > 0)
        m_plot->setEmptyText(tr("%n line(s) from the device, none with a timing yet (host-sim \"run\" lines, AOT demo "
                                "\"result:\" lines or EEMBC laps).",
                                nullptr, int(std::min<qint64>(c.linesSeen(), INT_MAX))));
    else
        m_plot->setEmptyText(tr("No timings yet. Connect a board or run a project: each inference's time appears here "
                                "as it comes. Or compare with a file."));
    m_keepAction->setEnabled(!b.isEmpty());
    m_exportAction->setEnabled(!b.isEmpty());
    m_liveAction->setVisible(c.isShowingFile());
    m_dropReferenceAction->setVisible(c.hasReference());
}

void TimingPane::handleAnalysisChanged()
{
    const TimingController &c = *m_controller;
    const TimingController::Analysis &a = c.analysis();
    const TimingSeries &b = c.current();
    m_statsModel->setAnalysis(a, c.reference().name, b.name);
    // Outliers as sample numbers, for the plot and the list.
    QList<qint64> outB, outA;
    for (int i : a.b.outliers)
        outB << a.firstB + i;
    for (int i : a.a.outliers)
        outA << a.firstA + i;
    m_plot->setOutliers(outB, c.hasReference() ? outA : QList<qint64>());
    m_histogram->setHistogram(a.histogram, a.a.median, a.b.median);

    m_outlierList->clear();
    const QLocale locale;
    auto list = [&](const QList<qint64> &numbers, const TimingSeries &s, const QString &which) {
        int listed = 0;
        for (qint64 n : numbers) {
            if (n < s.first() || n >= s.end())
                continue;
            if (++listed > kListedOutliers) {
                m_outlierList->addItem(tr("%1: … and %n more", nullptr, int(numbers.size() - kListedOutliers)).arg(which));
                break;
            }
            auto *item = new QListWidgetItem(
                tr("%1 #%2: %3 ms").arg(which, locale.toString(n + 1), locale.toString(s.ms(n - s.first()), 'g', 6)));
            item->setData(Qt::UserRole, n);
            m_outlierList->addItem(item);
        }
    };
    const bool comparing = c.hasReference();
    list(outB, b, comparing ? tr("B") : tr("Run"));
    if (comparing)
        list(outA, c.reference(), tr("A"));
    const int count = int(outB.size() + (comparing ? outA.size() : 0));
    m_tabs->setTabText(1, count > 0 ? tr("Outliers (%1)").arg(locale.toString(count)) : tr("Outliers"));

    m_verdict->setVisible(a.compared);
    m_rule->setVisible(a.compared);
    fitStatsTable(m_statsTable, a.compared);
    if (!a.compared) {
        m_verdict->clear();
        return;
    }
    const TimingComparison &cmp = a.comparison;
    QString text;
    switch (cmp.verdict) {
    case TimingComparison::Verdict::TooFew:
        text = tr("Too few timings to compare: A has %1, B has %2; the rule wants at least %3 each.")
                   .arg(cmp.countA)
                   .arg(cmp.countB)
                   .arg(TimingComparison::kMinCount);
        break;
    case TimingComparison::Verdict::WithinNoise:
        text = tr("Median B − A: %1 ms (%2 %), within the noise (p = %3).")
                   .arg(signedNumber(cmp.differenceMs), signedNumber(cmp.differencePercent, 3), locale.toString(cmp.p, 'g', 2));
        break;
    case TimingComparison::Verdict::ExceedsNoise:
        text = (cmp.differenceMs > 0 ? tr("Median B − A: %1 ms (%2 %): B is slower; this exceeds the noise (p = %3).")
                                     : tr("Median B − A: %1 ms (%2 %): B is faster; this exceeds the noise (p = %3)."))
                   .arg(signedNumber(cmp.differenceMs), signedNumber(cmp.differencePercent, 3), locale.toString(cmp.p, 'g', 2));
        break;
    }
    m_verdict->setText(text);
    QFont f = m_verdict->font();
    f.setBold(cmp.exceedsNoise());
    m_verdict->setFont(f);
    fitHeight(m_verdict);
    fitHeight(m_rule);
}

void TimingPane::handleError(const mtvw::Error &error)
{
    showMessage(error.message(), true);
}

void TimingPane::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, QColor(180, 30, 30));
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

QString TimingPane::statusText() const
{
    return m_status->text();
}

QString TimingPane::messageText() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

QString TimingPane::verdictText() const
{
    return !m_verdict->isHidden() ? m_verdict->text() : QString();
}

QString TimingPane::ruleText() const
{
    return !m_rule->isHidden() ? m_rule->text() : QString();
}

QString TimingPane::outliersText() const
{
    QStringList lines{m_outlierRule->text()};
    for (int i = 0; i < m_outlierList->count(); ++i)
        lines << m_outlierList->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}
