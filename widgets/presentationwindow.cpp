#include "presentationwindow.h"

#include "democontroller.h"
#include "timingcontroller.h"
#include "timingplot.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *big(QWidget *parent, double scale, bool bold = true)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

PresentationWindow::PresentationWindow(DemoController *demo, TimingController *timing, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_demo(demo)
    , m_timing(timing)
    , m_title(big(this, 2.0))
    , m_latency(big(this, 5.0))
    , m_rate(big(this, 5.0))
    , m_top(big(this, 4.0))
    , m_step(big(this, 1.2, false))
    , m_plot(new TimingPlot(this))
    , m_refresh(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("microTVM Workbench: demo"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto *grid = new QGridLayout;
    auto caption = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        l->setFont(f);
        l->setAlignment(Qt::AlignCenter);
        return l;
    };
    grid->addWidget(m_latency, 0, 0);
    grid->addWidget(m_rate, 0, 1);
    grid->addWidget(m_top, 0, 2);
    grid->addWidget(caption(tr("latest inference")), 1, 0);
    grid->addWidget(caption(tr("inferences per second")), 1, 1);
    grid->addWidget(caption(tr("top class")), 1, 2);
    layout->addLayout(grid);
    m_plot->setSeries(&timing->live());
    m_plot->setNames(tr("inference time"), {});
    m_plot->setEmptyText(tr("The timings appear here as the board infers."));
    layout->addWidget(m_plot, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_step, 1);
    auto *stop = new QPushButton(tr("Stop the demo"), this);
    auto *leave = new QPushButton(tr("Leave full screen (Esc)"), this);
    bottom->addWidget(stop);
    bottom->addWidget(leave);
    layout->addLayout(bottom);

    connect(stop, &QPushButton::clicked, m_demo, &DemoController::stop);
    connect(leave, &QPushButton::clicked, this, &QWidget::close);
    connect(m_timing, &TimingController::seriesChanged, m_plot, &TimingPlot::updateSeries);
    // Outliers marked, and the scale chosen without them, as in the Timing pane.
    connect(m_timing, &TimingController::analysisChanged, this, [this] {
        const TimingController::Analysis &a = m_timing->analysis();
        QList<qint64> outliers;
        for (int i : a.b.outliers)
            outliers << a.firstB + i;
        m_plot->setOutliers(outliers, {});
    });
    connect(m_demo, &DemoController::stepChanged, this, &PresentationWindow::updateReadout);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &PresentationWindow::updateReadout);
    m_refresh->start();
    updateReadout();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationWindow::updateReadout()
{
    const QLocale l;
    m_title->setText(m_demo->archive().isEmpty() ? tr("microTVM on a simulated board")
                                                 : tr("%1 on a simulated board").arg(QFileInfo(m_demo->archive()).fileName()));
    const bool any = m_demo->inferences() > 0;
    m_latency->setText(any ? DemoController::latencyText(m_demo->latestMs()) : QStringLiteral("—"));
    m_rate->setText(any ? l.toString(m_demo->inferencesPerSecond(), 'f', 0) : QStringLiteral("—"));
    m_top->setText(m_demo->topIndex() >= 0 ? tr("class %1").arg(m_demo->topIndex()) : QStringLiteral("—"));
    m_step->setText(m_demo->stepText());
}
