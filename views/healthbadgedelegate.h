#pragma once

#include "healthbadge.h"

#include <QStyledItemDelegate>

namespace cc {

// Paints the HealthBadge carried under ConnectionsModel::HealthRole as a pill:
// a coloured disc with a glyph, then the text. Colour, glyph and text always
// appear together. Any index without a badge falls back to the base class.
class HealthBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HealthBadgeDelegate(QObject *parent = nullptr);
    // The column whose HealthRole is painted as a badge (the connections'
    // Health column unless told otherwise).
    void setBadgeColumn(int column) { m_badgeColumn = column; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Paints a badge anywhere (summary chips, detail pane); returns its width.
    // The width a badge cell needs for `text` in `fm` (the pill, its glyph, padding).
    static int badgeWidth(const QFontMetrics &fm, const QString &text);
    static int paintBadge(QPainter *painter, const QRect &rect, const HealthBadge &badge,
        const QPalette &palette, bool selected);
    static void paintGlyph(QPainter *painter, const QRectF &disc, HealthBadge::Glyph glyph);

private:
    int m_badgeColumn;
};

} // namespace cc
