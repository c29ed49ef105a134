#pragma once

#include <QObject>

// Says when the widget it filters has been painted for the first time (cold-start benchmark).
class FirstPaintWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
