#include "diffpane.h"

#include "asyncdialogs.h"
#include "core/bytetext.h"
#include "diffcontroller.h"
#include "diffmodel.h"
#include "mlf/mlfarchive.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using mtvw::mlf::ArchiveDiff;

namespace {

constexpr int kMaxColumnWidth = 360;

QString changedOnly()
{
    return QString::number(int(ArchiveDiff::Change::Same)); // rows whose ChangeRole differs from this
}

} // namespace

DiffPane::DiffPane(QWidget *parent)
    : QWidget(parent)
    , m_controller(new DiffController(this))
{
    auto *compare = new QPushButton(tr("Compare with…"), this);
    compare->setToolTip(tr("Choose a second archive (B) to compare with the open one (A)"));
    m_names = new QLabel(this);
    m_names->setTextFormat(Qt::RichText);
    m_moduleLabel = new QLabel(tr("Modules:"), this);
    m_modules = new QComboBox(this);
    m_modules->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no figure
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop opening and comparing archive B"));
    m_cancel->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(compare);
    top->addWidget(m_names, 1);
    top->addWidget(m_moduleLabel);
    top->addWidget(m_modules);
    top->addWidget(m_busy);
    top->addWidget(m_cancel);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setToolTip(tr("Totals from each archive's memory map. RAM estimate: workspace + inputs/outputs; flash "
                            "estimate: constants + object code (C code is not compiled yet, so not counted)."));

    m_hideSame = new QCheckBox(tr("Only changes"), this);
    m_hideSame->setChecked(true);
    m_functionsProxy = new QSortFilterProxyModel(this);
    m_functionsProxy->setSourceModel(m_controller->functionsModel());
    m_paramsProxy = new QSortFilterProxyModel(this);
    m_paramsProxy->setSourceModel(m_controller->paramsModel());
    m_functions = makeTable(m_functionsProxy);
    m_params = makeTable(m_paramsProxy);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_functions, tr("Functions"));
    m_tabs->addTab(m_params, tr("Parameters"));
    m_tabs->setCornerWidget(m_hideSame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_totals);
    layout->addWidget(m_tabs, 1);

    auto applyHideSame = [this](bool on) {
        for (QSortFilterProxyModel *proxy : {m_functionsProxy, m_paramsProxy}) {
            proxy->setFilterRole(DiffModel::ChangeRole);
            proxy->setFilterRegularExpression(on ? QRegularExpression(QStringLiteral("^(?!%1$)").arg(changedOnly()))
                                                 : QRegularExpression());
        }
        refresh();
    };
    applyHideSame(true);
    connect(m_hideSame, &QCheckBox::toggled, this, applyHideSame);
    connect(compare, &QPushButton::clicked, this, &DiffPane::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_controller->cancel();
        refresh();
    });
    connect(m_modules, &QComboBox::currentIndexChanged, m_controller, &DiffController::setModuleIndex);
    connect(m_controller, &DiffController::busyChanged, this, &DiffPane::refresh);
    connect(m_controller, &DiffController::moduleIndexChanged, this, &DiffPane::refresh);
    connect(m_controller, &DiffController::errorOccurred, this, &DiffPane::refresh);
    connect(m_controller, &DiffController::ready, this, [this] {
        refresh();
        for (QTableView *table : {m_functions, m_params}) {
            table->resizeColumnsToContents();
            for (int c = 0; c < table->model()->columnCount(); ++c)
                table->setColumnWidth(c, std::min(table->columnWidth(c), kMaxColumnWidth));
        }
    });
    connect(m_functions, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const ArchiveDiff::ModuleDiff *m = m_controller->currentModule();
        if (!m || m->moduleA.isEmpty() || index.data(DiffModel::ChangeRole).toInt() == int(ArchiveDiff::Change::Added))
            return;
        emit operatorActivated(m->moduleA, index.siblingAtColumn(DiffModel::NameColumn).data().toString());
    });
    refresh();
}

DiffPane::~DiffPane() = default;

QTableView *DiffPane::makeTable(QSortFilterProxyModel *proxy)
{
    proxy->setSortRole(DiffModel::SortRole);
    auto *table = new QTableView(this);
    table->setModel(proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSortIndicatorClearable(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the engine's order: largest change first
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(true);
    return table;
}

void DiffPane::setArchive(std::shared_ptr<const mtvw::mlf::MlfArchive> archive)
{
    m_controller->setArchiveA(std::move(archive));
    refresh();
}

void DiffPane::compareWith(const QString &path)
{
    m_controller->compareWith(path);
    refresh();
}

void DiffPane::chooseFile()
{
    QString dir = QFileInfo(m_controller->pathB()).absolutePath();
    if (m_controller->pathB().isEmpty() && m_controller->archiveA())
        dir = QFileInfo(m_controller->archiveA()->archive().path()).absolutePath();
    AsyncDialogs::openFile(this, tr("Compare with archive"), dir,
                           tr("Model Library Format archives (*.tar *.tar.gz *.tgz *.zip);;All files (*)"),
                           [this](const QString &path) { compareWith(path); });
}

void DiffPane::refresh()
{
    const QString none = QStringLiteral("—");
    const QString a = m_controller->nameA(), b = m_controller->nameB();
    m_names->setText(tr("A: <b>%1</b> &nbsp;→&nbsp; B: <b>%2</b>")
                         .arg(a.isEmpty() ? none : a.toHtmlEscaped(), b.isEmpty() ? none : b.toHtmlEscaped()));
    m_busy->setVisible(m_controller->isBusy());
    m_cancel->setVisible(m_controller->isBusy());

    const QStringList pairs = m_controller->modulePairs();
    m_modules->blockSignals(true);
    m_modules->clear();
    m_modules->addItems(pairs);
    m_modules->setCurrentIndex(m_controller->moduleIndex());
    m_modules->blockSignals(false);
    m_modules->setVisible(pairs.size() > 1);
    m_moduleLabel->setVisible(pairs.size() > 1);

    QString message;
    QPalette messagePalette = palette();
    if (!m_controller->errorString().isEmpty()) {
        message = m_controller->errorString();
        messagePalette.setColor(QPalette::WindowText, DiffModel::deltaColor(1, palette()));
    } else if (m_controller->isBusy()) {
        message = tr("Opening and comparing…");
    } else if (!m_controller->archiveA()) {
        message = tr("Open an archive first: it becomes A. Then compare it with another archive (B).");
    } else if (b.isEmpty()) {
        message = tr("Compare the open archive (A) with another one (B): per-function workspace and code, parameter "
                     "tensors and totals, largest changes first. Choose “Compare with…”.");
    } else if (const ArchiveDiff::ModuleDiff *m = m_controller->currentModule()) {
        bool same = true;
        for (const ArchiveDiff::FunctionRow &f : m->functions)
            same = same && f.change == ArchiveDiff::Change::Same;
        for (const ArchiveDiff::ParamRow &p : m->params)
            same = same && p.change == ArchiveDiff::Change::Same;
        if (same)
            message = tr("No differences: every function and parameter tensor of this module pair is the same in A and B.");
    }
    m_message->setPalette(messagePalette);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());

    m_totals->setText(totalsHtml());
    m_totals->setVisible(m_controller->currentModule() != nullptr);

    auto changed = [](const DiffModel *model) {
        int n = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            n += model->index(r, 0).data(DiffModel::ChangeRole).toInt() != int(ArchiveDiff::Change::Same);
        return n;
    };
    const DiffModel *functions = m_controller->functionsModel();
    const DiffModel *params = m_controller->paramsModel();
    m_tabs->setTabText(0, tr("Functions (%1 of %2 changed)").arg(changed(functions)).arg(functions->rowCount()));
    m_tabs->setTabText(1, tr("Parameters (%1 of %2 changed)").arg(changed(params)).arg(params->rowCount()));
}

QString DiffPane::totalsHtml() const
{
    const ArchiveDiff::ModuleDiff *m = m_controller->currentModule();
    if (!m)
        return {};
    const QLocale locale;
    const QString placeholder = palette().color(QPalette::PlaceholderText).name();
    auto row = [&](const QString &label, qint64 a, qint64 b) {
        const qint64 delta = b - a;
        QString change = ByteText::delta(delta);
        const double percent = a > 0 ? 100.0 * std::abs(delta) / a : 0;
        if (delta != 0 && a > 0 && percent < 1000)
            change += QStringLiteral(" (%1%2 %)")
                          .arg(delta > 0 ? QStringLiteral("+") : QStringLiteral("−"), locale.toString(percent, 'f', 1));
        else if (delta != 0 && a > 0)
            change += QStringLiteral(" (×%1)").arg(locale.toString(double(b) / a, 'f', 0));
        return QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td style='color:%6'>&nbsp;→&nbsp;</td>"
                              "<td align=right>%3</td><td>&nbsp;&nbsp;</td><td align=right style='color:%4'>%5</td></tr>")
            .arg(label.toHtmlEscaped(), ByteText::size(a), ByteText::size(b), DiffModel::deltaColor(delta, palette()).name(),
                 change, placeholder);
    };
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=1>");
    html += row(tr("Workspace"), m->a.workspace, m->b.workspace);
    html += row(tr("Inputs and outputs"), m->a.io, m->b.io);
    html += row(tr("Constants"), m->a.constants, m->b.constants);
    html += row(tr("Parameters"), m->a.params, m->b.params);
    html += row(tr("Code (C source and objects)"), m->a.code, m->b.code);
    html += row(tr("RAM estimate"), m->a.ram, m->b.ram);
    html += row(tr("Flash estimate"), m->a.flash, m->b.flash);
    html += QStringLiteral("</table>");
    return html;
}
