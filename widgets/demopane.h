#pragma once

#include <QWidget>

class DemoController;
class QLabel;
class QPushButton;
class QRadioButton;
class QTimer;

// The one-click demo: which archive (the example or the open one), Start/Stop, the step it is
// at, and a large readout of the latest latency, inferences per second and the output's top
// class; Presentation shows the same full screen with the live timing plot, for a booth.
class DemoPane : public QWidget
{
    Q_OBJECT

public:
    explicit DemoPane(DemoController *demo, QWidget *parent = nullptr);

    // The archives the demo may take: the bundled example (a path), and the open one (empty: none).
    void setArchives(const QString &example, const QString &current);
    QString chosenArchive() const;
    QPushButton *startButton() const { return m_start; }
    QLabel *latencyLabel() const { return m_latency; }
    QLabel *rateLabel() const { return m_rate; }
    QLabel *topLabel() const { return m_top; }
    QLabel *stepLabel() const { return m_step; }

signals:
    void startRequested(); // the main window gives the archive (it may copy the example first)
    void presentationRequested();

private:
    void updateStep();
    void updateReadout();

    DemoController *m_demo;
    QRadioButton *m_useExample, *m_useCurrent;
    QPushButton *m_start, *m_present;
    QLabel *m_step, *m_latency, *m_rate, *m_top, *m_count, *m_error;
    QTimer *m_refresh;
    QString m_example, m_current;
};
