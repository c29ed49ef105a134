#include "firstpaintwatcher.h"

#include <QEvent>

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        emit painted();
    }
    return QObject::eventFilter(watched, event);
}
