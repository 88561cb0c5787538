#include "healthbadgedelegate.h"

#include "connectionsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cc {

HealthBadgeDelegate::HealthBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badgeColumn(ConnectionsModel::HealthColumn)
{ }

void HealthBadgeDelegate::paintGlyph(QPainter *p, const QRectF &d, HealthBadge::Glyph glyph)
{
    p->save();
    QPen pen(Qt::white, qMax(1.4, d.width() / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QPointF c = d.center();
    const qreal r = d.width() / 2.0;
    switch (glyph) {
    case HealthBadge::Glyph::Check: {
        QPainterPath path;
        path.moveTo(c + QPointF(-r * 0.45, 0));
        path.lineTo(c + QPointF(-r * 0.1, r * 0.35));
        path.lineTo(c + QPointF(r * 0.45, -r * 0.35));
        p->drawPath(path);
        break;
    }
    case HealthBadge::Glyph::Cross:
        p->drawLine(c + QPointF(-r * 0.38, -r * 0.38), c + QPointF(r * 0.38, r * 0.38));
        p->drawLine(c + QPointF(-r * 0.38, r * 0.38), c + QPointF(r * 0.38, -r * 0.38));
        break;
    case HealthBadge::Glyph::Clock:
        p->drawLine(c, c + QPointF(0, -r * 0.55));
        p->drawLine(c, c + QPointF(r * 0.4, 0));
        break;
    case HealthBadge::Glyph::HalfCircle:
        p->drawEllipse(c, r * 0.5, r * 0.5);
        p->setBrush(Qt::white);
        p->drawChord(QRectF(c.x() - r * 0.5, c.y() - r * 0.5, r, r), 90 * 16, 180 * 16);
        break;
    case HealthBadge::Glyph::Gauge:
        p->drawArc(QRectF(c.x() - r * 0.55, c.y() - r * 0.45, r * 1.1, r * 1.1), 0, 180 * 16);
        p->drawLine(c + QPointF(0, r * 0.1), c + QPointF(r * 0.4, -r * 0.3));
        break;
    case HealthBadge::Glyph::Arrows: {
        const QRectF arc(c.x() - r * 0.5, c.y() - r * 0.5, r, r);
        p->drawArc(arc, 30 * 16, 150 * 16);
        p->drawArc(arc, 210 * 16, 150 * 16);
        p->drawLine(c + QPointF(r * 0.5, -r * 0.05), c + QPointF(r * 0.5, -r * 0.4));
        p->drawLine(c + QPointF(-r * 0.5, r * 0.05), c + QPointF(-r * 0.5, r * 0.4));
        break;
    }
    case HealthBadge::Glyph::Key:
        p->drawEllipse(c + QPointF(-r * 0.25, 0), r * 0.22, r * 0.22);
        p->drawLine(c + QPointF(-r * 0.03, 0), c + QPointF(r * 0.5, 0));
        p->drawLine(c + QPointF(r * 0.35, 0), c + QPointF(r * 0.35, r * 0.25));
        break;
    case HealthBadge::Glyph::Unplugged:
        p->drawLine(c + QPointF(-r * 0.45, 0), c + QPointF(r * 0.45, 0));
        break;
    case HealthBadge::Glyph::Question: {
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(int(r * 1.4));
        p->setFont(f);
        p->drawText(d, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    p->restore();
}

int HealthBadgeDelegate::paintBadge(QPainter *p, const QRect &rect, const HealthBadge &badge,
    const QPalette &palette, bool selected)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(p->font());
    const QString text = badge.text();
    const int h = qMin(rect.height() - 4, fm.height() + 6);
    const int disc = h - 6;
    const int w = 3 + disc + 6 + fm.horizontalAdvance(text) + 10;
    const QRect pill(
        rect.left() + 4, rect.top() + (rect.height() - h) / 2, qMin(w, rect.width() - 6), h);
    const QColor tone = badge.color(palette);
    QColor fill = tone;
    fill.setAlpha(selected ? 90 : 38);
    p->setPen(QPen(tone, 1));
    p->setBrush(fill);
    p->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    const QRectF discRect(pill.left() + 3, pill.top() + 3, disc, disc);
    p->setPen(Qt::NoPen);
    p->setBrush(tone);
    p->drawEllipse(discRect);
    paintGlyph(p, discRect, badge.glyph());
    p->setPen(selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text));
    const QRect textRect(
        int(discRect.right()) + 6, pill.top(), pill.right() - int(discRect.right()) - 8, h);
    p->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        fm.elidedText(text, Qt::ElideRight, textRect.width()));
    p->restore();
    return pill.width();
}

void HealthBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant v = index.data(ConnectionsModel::HealthRole);
    if (!v.canConvert<HealthBadge>() || index.column() != m_badgeColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the badge draws its own text
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    paintBadge(painter, option.rect, v.value<HealthBadge>(), option.palette,
        option.state & QStyle::State_Selected);
}

int HealthBadgeDelegate::badgeWidth(const QFontMetrics &fm, const QString &text)
{
    return fm.horizontalAdvance(text) + fm.height() + 30;
}

QSize HealthBadgeDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    if (index.column() == m_badgeColumn
        && index.data(ConnectionsModel::HealthRole).canConvert<HealthBadge>())
        s.setWidth(badgeWidth(fm, index.data().toString()));
    s.setHeight(qMax(s.height(), fm.height() + 10));
    return s;
}

} // namespace cc
