#pragma once

#include <QMenu>

namespace cc {

// A menu of checkable choices that stays open while the user ticks them (a
// click, Space or Return on a checkable entry toggles it); Escape or a click
// outside closes it. For filters that take several values at once, so that
// choosing three types is not three trips through the menu.
class MultiChoiceMenu : public QMenu
{
    Q_OBJECT

public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace cc
