#pragma once

#include <QEvent>
#include <QObject>

// Counts the events of one type that reach an object (paints of a viewport,
// shows of a banner): proof that something did or did not happen on screen.
class EventCounter : public QObject
{
public:
    EventCounter(QObject *watched, QEvent::Type type)
        : m_type(type)
    {
        watched->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++count;
        return false;
    }
    int count = 0;

private:
    const QEvent::Type m_type;
};
