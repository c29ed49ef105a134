#include "demopane.h"

#include "democontroller.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *bigLabel(QWidget *parent, double scale)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

DemoPane::DemoPane(DemoController *demo, QWidget *parent)
    : QWidget(parent)
    , m_demo(demo)
    , m_useExample(new QRadioButton(tr("The example archive"), this))
    , m_useCurrent(new QRadioButton(tr("The open archive"), this))
    , m_start(new QPushButton(tr("Start the demo"), this))
    , m_present(new QPushButton(tr("Presentation"), this))
    , m_step(new QLabel(this))
    , m_latency(bigLabel(this, 2.6))
    , m_rate(bigLabel(this, 2.6))
    , m_top(bigLabel(this, 2.0))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Runs a model on a <b>simulated board</b> in one click: the host-sim template generates a "
                                "project from the archive, builds it with this machine's C compiler, flashes it and runs "
                                "it without end. The Monitor, Inspector and Timing panes watch it live."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *choice = new QHBoxLayout;
    m_useExample->setChecked(true);
    choice->addWidget(m_useExample);
    choice->addWidget(m_useCurrent);
    choice->addStretch(1);
    layout->addLayout(choice);
    auto *buttons = new QHBoxLayout;
    QFont bf = m_start->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.3);
    m_start->setFont(bf);
    m_start->setMinimumHeight(m_start->sizeHint().height() * 5 / 4);
    m_start->setObjectName(QStringLiteral("demoStart"));
    m_present->setToolTip(tr("The readout and the timing plot full screen, for a booth (Esc leaves)"));
    buttons->addWidget(m_start, 2);
    buttons->addWidget(m_present, 1);
    layout->addLayout(buttons);
    m_step->setWordWrap(true);
    layout->addWidget(m_step);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    auto *grid = new QGridLayout;
    grid->addWidget(m_latency, 0, 0);
    grid->addWidget(m_rate, 0, 1);
    grid->addWidget(caption(tr("latest inference"), this), 1, 0);
    grid->addWidget(caption(tr("inferences per second (paced: at most one every %1 ms)").arg(DemoController::kPaceMs), this), 1,
                    1);
    grid->addWidget(m_top, 2, 0, 1, 2);
    grid->addWidget(caption(tr("the output's top class"), this), 3, 0, 1, 2);
    layout->addLayout(grid);
    m_count->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_count);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_demo->isActive())
            m_demo->stop();
        else
            emit startRequested();
    });
    connect(m_present, &QPushButton::clicked, this, &DemoPane::presentationRequested);
    connect(m_demo, &DemoController::stepChanged, this, &DemoPane::updateStep);
    connect(m_demo, &DemoController::errorOccurred, this, [this](const mtvw::Error &e) {
        m_error->setText(e.message());
        m_error->setToolTip(e.detail());
        m_error->show();
    });
    // The numbers change many times a second; people read them four times a second.
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &DemoPane::updateReadout);
    updateStep();
    updateReadout();
}

void DemoPane::setArchives(const QString &example, const QString &current)
{
    m_example = example;
    m_current = current;
    m_useCurrent->setEnabled(!current.isEmpty());
    m_useCurrent->setText(current.isEmpty() ? tr("The open archive")
                                            : tr("The open archive (%1)").arg(QFileInfo(current).fileName()));
    if (current.isEmpty())
        m_useExample->setChecked(true);
}

QString DemoPane::chosenArchive() const
{
    return m_useCurrent->isChecked() && !m_current.isEmpty() ? m_current : m_example;
}

void DemoPane::updateStep()
{
    const bool active = m_demo->isActive();
    m_start->setText(active ? tr("Stop") : tr("Start the demo"));
    m_step->setText(m_demo->stepText());
    m_useExample->setEnabled(!active);
    m_useCurrent->setEnabled(!active && !m_current.isEmpty());
    if (m_demo->step() == DemoController::Step::Starting)
        m_error->hide();
    if (m_demo->step() == DemoController::Step::Running)
        m_refresh->start();
    else
        m_refresh->stop();
    updateReadout();
}

void DemoPane::updateReadout()
{
    const QLocale l;
    const bool any = m_demo->inferences() > 0;
    m_latency->setText(any ? DemoController::latencyText(m_demo->latestMs()) : QStringLiteral("—"));
    m_rate->setText(any ? l.toString(m_demo->inferencesPerSecond(), 'f', 0) : QStringLiteral("—"));
    m_top->setText(m_demo->topClass().isEmpty() ? QStringLiteral("—") : m_demo->topClass());
    m_count->setText(any ? tr("%n inference(s) so far", nullptr, int(std::min<qint64>(m_demo->inferences(), INT_MAX)))
                         : QString());
}
