#pragma once

#include "records.h"

#include <QColor>
#include <QMetaType>
#include <QString>

namespace cc {

// The health badge as a value type (Qt's stardelegate pattern): carried in
// model data under ConnectionsModel::HealthRole and painted by
// HealthBadgeDelegate. Colour, glyph and text always go together, so the
// badge never relies on colour alone.
class HealthBadge
{
public:
    enum class Glyph { Check, Clock, HalfCircle, Cross, Gauge, Arrows, Key, Unplugged, Question };

    HealthBadge() = default;
    explicit HealthBadge(Health health)
        : m_health(health)
    { }

    Health health() const { return m_health; }
    QString text() const; // "Healthy", "Needs re-auth", … (translated)
    QString meaning() const; // the guide's meaning, for the tooltip (translated)
    QColor color() const; // readable on light and dark backgrounds
    Glyph glyph() const;
    // Lower is more urgent: the order "Next needing attention" walks in.
    int severity() const;
    bool needsAttention() const;

    bool operator==(const HealthBadge &o) const { return m_health == o.m_health; }

private:
    Health m_health = Health::Unknown;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::HealthBadge)
