#include "profilepane.h"

#include "asyncdialogs.h"
#include "core/error.h"
#include "profilecontroller.h"
#include "profilemodel.h"
#include "sharebardelegate.h"
#include "timingstatsmodel.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using Inputs = ProfileController::Inputs;
using Step = ProfileController::Step;

ProfilePane::ProfilePane(ProfileController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_hostSim(new QPushButton(tr("Run on host-sim"), this))
    , m_live(new QPushButton(tr("Use the live connection"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_step(new QLabel(this))
    , m_limits(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_showCode(new QAction(tr("Show code"), this))
{
    m_hostSim->setToolTip(tr("Generate a host-driven project from the archive with the host-sim template, build it, "
                             "flash it and start a session with it on the live connection (the Inspector shows every "
                             "RPC exchange)"));
    m_live->setToolTip(tr("Start a session with the board on the live connection (it must run RPC firmware)"));
    m_stop->setToolTip(tr("End the session; a simulated board's program ends with it"));
    m_step->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_limits->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_limits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line (a wrapping label would make the dock's scroll area lay the pane out at its
    // preferred height); the whole message in the tooltip.
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_hostSim);
    top->addWidget(m_live);
    top->addWidget(m_stop);
    top->addSpacing(8);
    auto *state = new QVBoxLayout;
    state->setSpacing(0);
    state->addWidget(m_step);
    state->addWidget(m_limits);
    top->addLayout(state, 1);
    layout->addLayout(top);
    layout->addWidget(m_error);

    m_table->setModel(controller->proxy());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the model's call order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // The figures whole, the function's name in what is left (elided in the middle).
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ProfileModel::FunctionColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ProfileModel::StatusColumn, QHeaderView::Interactive);
    columns->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_table->setItemDelegateForColumn(ProfileModel::ShareColumn, new ShareBarDelegate(ProfileModel::ShareRole, m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_showCode);
    m_table->setToolTip(tr("Double-click an operator to see its C code in the Operators pane"));
    m_showCode->setEnabled(false);

    // The controls and the statistics as narrow as they can be, the table gets the rest.
    auto *row = new QHBoxLayout;
    row->addWidget(buildControls());
    row->addWidget(m_table, 1);
    row->addWidget(buildStatistics());
    layout->addLayout(row, 1);

    connect(m_hostSim, &QPushButton::clicked, controller, &ProfileController::runOnHostSim);
    connect(m_live, &QPushButton::clicked, controller, &ProfileController::useLiveConnection);
    connect(m_stop, &QPushButton::clicked, controller, &ProfileController::stop);
    connect(m_infer, &QPushButton::clicked, this, &ProfilePane::startInference);
    connect(m_profile, &QPushButton::clicked, this, [this] { m_controller->profile(m_repeat->value(), m_number->value()); });
    connect(m_table, &QTableView::doubleClicked, this, &ProfilePane::activate);
    connect(m_showCode, &QAction::triggered, this, [this] { activate(m_table->currentIndex()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_showCode->setEnabled(current.isValid()); });

    connect(controller, &ProfileController::stepChanged, this, &ProfilePane::updateState);
    connect(controller, &ProfileController::sessionChanged, this, &ProfilePane::updateState);
    connect(controller, &ProfileController::readyChanged, this, &ProfilePane::updateState);
    connect(controller, &ProfileController::liveConnectionChanged, this, &ProfilePane::updateState);
    connect(controller, &ProfileController::inferred, this, &ProfilePane::showOutputs);
    connect(controller, &ProfileController::profiled, this, &ProfilePane::showProfile);
    connect(controller, &ProfileController::progressed, this, [this](int done, int total, const QString &function) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(function.isEmpty() ? tr("the whole model") : tr("%1 of %2").arg(done + 1).arg(total));
    });
    connect(controller, &ProfileController::errorOccurred, this,
            [this](const mtvw::Error &e) { showError(e.message(), e.detail()); });
    connect(controller->model(), &QAbstractItemModel::modelReset, this, &ProfilePane::fitColumns);
    updateFileChoice();
    updateState();
}

QWidget *ProfilePane::buildControls()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);

    auto *inference = new QGroupBox(tr("Inference"), box);
    auto *grid = new QGridLayout(inference);
    m_fill = new QComboBox(inference);
    m_fill->addItem(tr("Zeros"), int(Inputs::Kind::Zeros));
    m_fill->addItem(tr("Ones"), int(Inputs::Kind::Ones));
    m_fill->addItem(tr("Random"), int(Inputs::Kind::Random));
    m_fill->addItem(tr("From a file"), int(Inputs::Kind::File));
    m_fill->setToolTip(tr("What the inputs hold: zeros, the value 1, random values (floats in [0, 1), other types random "
                          "bytes) or a file's raw bytes of every input, concatenated in input order"));
    m_seed = new QSpinBox(inference);
    m_seed->setRange(0, 999'999);
    m_seed->setPrefix(tr("seed "));
    m_seed->setToolTip(tr("The random inputs' seed: the same seed gives the same inputs"));
    m_infer = new QPushButton(tr("Run inference"), inference);
    m_file = new QLineEdit(inference);
    m_file->setPlaceholderText(tr("Input file"));
    m_file->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Choose…"), inference);
    m_outputs = new QPlainTextEdit(inference);
    m_outputs->setReadOnly(true);
    m_outputs->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_outputs->setPlaceholderText(tr("The outputs appear here."));
    m_outputs->setMinimumHeight(m_outputs->fontMetrics().lineSpacing() * 3);
    grid->addWidget(m_fill, 0, 0);
    grid->addWidget(m_seed, 0, 1);
    grid->addWidget(m_infer, 0, 2);
    grid->addWidget(m_file, 1, 0, 1, 2);
    grid->addWidget(m_browse, 1, 2);
    grid->addWidget(m_outputs, 2, 0, 1, 3);
    grid->setRowStretch(2, 1);
    column->addWidget(inference, 1);

    auto *profile = new QGroupBox(tr("Profile"), box);
    auto *row = new QGridLayout(profile);
    m_repeat = new QSpinBox(profile);
    m_repeat->setRange(1, 1'000'000);
    m_repeat->setValue(10);
    m_repeat->setPrefix(tr("repeat "));
    m_repeat->setToolTip(tr("Measurements per operator: min and median are over these"));
    m_number = new QSpinBox(profile);
    m_number->setRange(1, 1'000'000);
    m_number->setValue(1);
    m_number->setPrefix(tr("number "));
    m_number->setToolTip(tr("Calls per measurement: a measurement is their mean, for operators too short for the clock"));
    m_profile = new QPushButton(tr("Profile"), profile);
    m_profile->setToolTip(tr("Time every operator function and the whole model on the device's own clock "
                             "(runtime.RPCTimeEvaluator)"));
    m_progress = new QProgressBar(profile);
    m_progress->setTextVisible(true);
    row->addWidget(m_repeat, 0, 0);
    row->addWidget(m_number, 0, 1);
    row->addWidget(m_profile, 0, 2);
    row->addWidget(m_progress, 1, 0, 1, 3);
    column->addWidget(profile);

    connect(m_fill, &QComboBox::currentIndexChanged, this, &ProfilePane::updateFileChoice);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        AsyncDialogs::openFile(this, tr("Choose the inputs' raw bytes"), QFileInfo(m_file->text()).absolutePath(),
                               tr("Raw data (*.bin *.raw);;All files (*)"),
                               [this](const QString &path) { m_file->setText(path); });
    });
    return box;
}

QWidget *ProfilePane::buildStatistics()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_modelCaption = new QLabel(tr("The whole model"), box);
    m_modelCaption->setToolTip(tr("The AOT executor's run, timed on the device's clock like each operator"));
    m_statsTable = new QTableView(box);
    m_statsTable->setModel(m_controller->modelStats());
    m_statsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_statsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsTable->verticalHeader()->setDefaultSectionSize(m_statsTable->fontMetrics().height() + 4);
    m_statsTable->horizontalHeader()->setStretchLastSection(true);
    m_modelNote = new QLabel(box);
    m_modelNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    column->addWidget(m_modelCaption);
    column->addWidget(m_statsTable, 1);
    column->addWidget(m_modelNote);
    // Wide enough for the figures whole, and no wider.
    const int width = m_statsTable->verticalHeader()->sizeHint().width() +
                      m_statsTable->fontMetrics().horizontalAdvance(QStringLiteral("This run, µs 000")) +
                      2 * m_statsTable->frameWidth();
    m_statsTable->setMinimumWidth(width);
    box->setMaximumWidth(width);
    return box;
}

void ProfilePane::updateFileChoice()
{
    const bool fromFile = m_fill->currentData().toInt() == int(Inputs::Kind::File);
    const bool random = m_fill->currentData().toInt() == int(Inputs::Kind::Random);
    m_file->setEnabled(fromFile);
    m_browse->setEnabled(fromFile);
    m_seed->setEnabled(random);
}

void ProfilePane::updateState()
{
    const Step step = m_controller->step();
    const bool busy = m_controller->isBusy();
    const bool connected = step == Step::Connected;
    m_hostSim->setEnabled(!busy && !m_controller->archivePath().isEmpty());
    m_live->setEnabled(!busy && m_controller->canUseLiveConnection());
    m_stop->setEnabled(step != Step::Idle && step != Step::Failed);
    m_step->setText(m_controller->stepText());
    m_step->setToolTip(m_controller->stepText());
    const QString limits = m_controller->limitsText();
    m_limits->setText(limits);
    m_limits->setToolTip(limits);
    m_limits->setVisible(!limits.isEmpty());
    m_infer->setEnabled(connected);
    m_profile->setEnabled(connected && m_controller->isReady());
    m_progress->setVisible(step == Step::Profiling);
    if (step == Step::Preparing || step == Step::Connecting)
        m_error->hide();
}

void ProfilePane::startInference()
{
    Inputs inputs;
    inputs.kind = Inputs::Kind(m_fill->currentData().toInt());
    inputs.seed = quint32(m_seed->value());
    inputs.file = m_file->text();
    if (inputs.kind == Inputs::Kind::File && inputs.file.isEmpty()) {
        showError(tr("Choose the file that holds the inputs' bytes first."), {});
        return;
    }
    m_error->hide();
    m_controller->infer(inputs);
}

void ProfilePane::showOutputs()
{
    m_outputs->setPlainText(m_controller->outputLines().join(QLatin1Char('\n')));
}

void ProfilePane::fitColumns()
{
    // An error's whole text is in the tooltip: the status column stays at most this wide.
    m_table->resizeColumnToContents(ProfileModel::StatusColumn);
    const int most = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    if (m_table->columnWidth(ProfileModel::StatusColumn) > most)
        m_table->setColumnWidth(ProfileModel::StatusColumn, most);
}

void ProfilePane::showProfile()
{
    fitColumns();
    const auto &model = m_controller->modelTiming();
    const QString note = model.error.isEmpty()
                             ? QString()
                             : tr("No figure of its own: %1. The shares are of the operators' sum.").arg(model.error);
    m_modelNote->setText(note);
    m_modelNote->setToolTip(note);
}

void ProfilePane::showError(const QString &message, const QString &detail)
{
    m_error->setText(message);
    m_error->setToolTip(detail.isEmpty() ? message : message + QLatin1Char('\n') + detail);
    m_error->show();
}

void ProfilePane::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    emit operatorActivated(proxyIndex.data(ProfileModel::ModuleRole).toString(),
                           proxyIndex.data(ProfileModel::FunctionRole).toString());
}
