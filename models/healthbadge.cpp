#include "healthbadge.h"

#include "statuspalette.h"

#include <QCoreApplication>

namespace cc {

QString HealthBadge::text() const
{
    if (!m_text.isEmpty())
        return m_text;
    switch (m_health) {
    case Health::Healthy:
        return QCoreApplication::translate("HealthBadge", "Healthy");
    case Health::Stale:
        return QCoreApplication::translate("HealthBadge", "Stale");
    case Health::Degraded:
        return QCoreApplication::translate("HealthBadge", "Degraded");
    case Health::Error:
        return QCoreApplication::translate("HealthBadge", "Error");
    case Health::RateLimited:
        return QCoreApplication::translate("HealthBadge", "Rate limited");
    case Health::Syncing:
        return QCoreApplication::translate("HealthBadge", "Syncing");
    case Health::NeedsReauth:
        return QCoreApplication::translate("HealthBadge", "Needs re-auth");
    case Health::Disconnected:
        return QCoreApplication::translate("HealthBadge", "Disconnected");
    case Health::Unknown:
        break;
    }
    return QCoreApplication::translate("HealthBadge", "Unknown");
}

QString HealthBadge::meaning() const
{
    if (!m_meaning.isEmpty())
        return m_meaning;
    // connections-guide.md, "Connection health and statuses".
    switch (m_health) {
    case Health::Healthy:
        return QCoreApplication::translate(
            "HealthBadge", "Connected, recently synced, and the last run was clean.");
    case Health::Stale:
        return QCoreApplication::translate("HealthBadge",
            "It is connected, but its last successful sync is older than the freshness "
            "threshold (48 hours).");
    case Health::Degraded:
        return QCoreApplication::translate(
            "HealthBadge", "The last run only partially succeeded: some data streams failed.");
    case Health::Error:
        return QCoreApplication::translate("HealthBadge",
            "The connection is errored, or the last run failed outright. See the last "
            "error.");
    case Health::RateLimited:
        return QCoreApplication::translate("HealthBadge",
            "The last run hit the provider's rate limit. It will retry on the next sync.");
    case Health::Syncing:
        return QCoreApplication::translate("HealthBadge", "A sync is running right now.");
    case Health::NeedsReauth:
        return QCoreApplication::translate("HealthBadge",
            "The provider needs you to re-authorize (an OAuth token expired or was "
            "revoked).");
    case Health::Disconnected:
        return QCoreApplication::translate(
            "HealthBadge", "You disconnected it. Reconnect to resume.");
    case Health::Unknown:
        break;
    }
    return QCoreApplication::translate(
        "HealthBadge", "The platform reported a health value this console does not know.");
}

QColor HealthBadge::color(const QPalette &palette) const
{
    return StatusPalette::forPalette(palette).color(StatusPalette::toneOf(m_health));
}

HealthBadge::Glyph HealthBadge::glyph() const
{
    switch (m_health) {
    case Health::Healthy:
        return Glyph::Check;
    case Health::Stale:
        return Glyph::Clock;
    case Health::Degraded:
        return Glyph::HalfCircle;
    case Health::Error:
        return Glyph::Cross;
    case Health::RateLimited:
        return Glyph::Gauge;
    case Health::Syncing:
        return Glyph::Arrows;
    case Health::NeedsReauth:
        return Glyph::Key;
    case Health::Disconnected:
        return Glyph::Unplugged;
    case Health::Unknown:
        break;
    }
    return Glyph::Question;
}

int HealthBadge::severity() const
{
    switch (m_health) {
    case Health::Error:
        return 0;
    case Health::NeedsReauth:
        return 1;
    case Health::RateLimited:
        return 2;
    case Health::Degraded:
        return 3;
    case Health::Stale:
        return 4;
    case Health::Syncing:
        return 5;
    case Health::Unknown:
        return 6;
    case Health::Disconnected:
        return 7;
    case Health::Healthy:
        return 8;
    }
    return 9;
}

bool HealthBadge::needsAttention() const
{
    return severity() <= 4;
}

} // namespace cc
