#include "multichoicemenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace cc {

namespace {
bool toggles(const QAction *a)
{
    return a && a->isCheckable() && a->isEnabled() && !a->menu() && !a->isSeparator();
}
} // namespace

void MultiChoiceMenu::mouseReleaseEvent(QMouseEvent *event)
{
    QAction *a = actionAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && toggles(a)) {
        a->trigger(); // toggles it; the menu's triggered() follows
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void MultiChoiceMenu::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    QAction *a = activeAction();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && toggles(a)) {
        a->trigger();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace cc
