#include "consolestyle.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyleOption>

namespace cc {

namespace {
bool isFramedItemView(const QWidget *widget)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(widget);
    return view && view->frameShape() != QFrame::NoFrame;
}
} // namespace

ConsoleStyle::ConsoleStyle(QStyle *base)
    : QProxyStyle(base)
    , m_baseName(base ? base->name() : QString())
{ }

QString ConsoleStyle::baseName() const
{
    return m_baseName;
}

void ConsoleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_Frame || !isFramedItemView(widget))
        return;
    // The base style drew its one-pixel frame; the ring inside it is ours:
    // the view's base colour, or with the focus both rings in the highlight.
    const bool focused = option->state & State_HasFocus;
    const QColor highlight = option->palette.color(QPalette::Active, QPalette::Highlight);
    const QRect outer = option->rect.adjusted(0, 0, -1, -1);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    if (focused) {
        painter->setPen(QPen(highlight, 0));
        painter->drawRect(outer);
    }
    painter->setPen(QPen(focused ? highlight : option->palette.color(QPalette::Base), 0));
    painter->drawRect(outer.adjusted(1, 1, -1, -1));
    painter->restore();
}

int ConsoleStyle::pixelMetric(
    PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    // Room for the two-pixel focus frame, focused or not, so nothing moves.
    if (metric == PM_DefaultFrameWidth && isFramedItemView(widget))
        return std::max(base, 2);
    return base;
}

int ConsoleStyle::styleHint(
    StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *ret) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, ret);
}

} // namespace cc
