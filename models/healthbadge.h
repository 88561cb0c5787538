#pragma once

#include "records.h"

#include <QColor>
#include <QMetaType>
#include <QPalette>
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
    // The same look (colour, glyph, severity) under another surface's words:
    // a data source's "Inactive" is drawn as Disconnected (datasourcebadge.h).
    HealthBadge(Health health, const QString &text, const QString &meaning)
        : m_health(health)
        , m_text(text)
        , m_meaning(meaning)
    { }

    Health health() const { return m_health; }
    QString text() const; // "Healthy", "Needs re-auth", … (translated)
    QString meaning() const; // the guide's meaning, for the tooltip (translated)
    // From the StatusPalette of the scheme `palette` shows (light by default).
    QColor color(const QPalette &palette = QPalette()) const;
    Glyph glyph() const;
    // Lower is more urgent: the order "Next needing attention" walks in.
    int severity() const;
    // The console's one attention rule: error, needs re-auth, rate limited,
    // degraded or stale — what F8 walks, and what the detail pane offers a
    // fix for. (Disconnected is a choice someone made, syncing is underway.)
    bool needsAttention() const;
    // The connection stopped working: error or needs re-auth. What desktop
    // notifications announce (and announce recovering from).
    bool isFailing() const { return m_health == Health::Error || m_health == Health::NeedsReauth; }

    bool operator==(const HealthBadge &o) const
    {
        return m_health == o.m_health && m_text == o.m_text;
    }

private:
    Health m_health = Health::Unknown;
    QString m_text; // empty: the connection's word for m_health
    QString m_meaning;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::HealthBadge)
