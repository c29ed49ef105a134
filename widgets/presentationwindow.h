#pragma once

#include <QWidget>

class DemoController;
class QLabel;
class QTimer;
class TimingController;
class TimingPlot;

// The demo for a booth: full screen, the latest latency, inferences per second and the top class
// in large type over the live timing plot, and a Stop button; Esc or a click on Leave closes it.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(DemoController *demo, TimingController *timing, QWidget *parent = nullptr);

    QLabel *latencyLabel() const { return m_latency; }
    TimingPlot *plot() const { return m_plot; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateReadout();

    DemoController *m_demo;
    TimingController *m_timing;
    QLabel *m_title, *m_latency, *m_rate, *m_top, *m_step;
    TimingPlot *m_plot;
    QTimer *m_refresh;
};
