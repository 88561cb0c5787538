#pragma once

#include "healthbadge.h"
#include "platformrecords.h"

namespace cc {

// One badge for a data source, in the connections' visual language, from the
// four fields the platform reports (docs/data-sources.md, "The badge"):
//
//   1. Inactive  — is_active is false: nobody expects it to sync.
//   2. Stale     — is_stale: no poll for three intervals; the feed stopped.
//   3. Degraded  — health_status degraded: ≥ 10 % of the newest events failed.
//   4. Error     — last_sync_status error: the latest poll had failed events.
//   5. Healthy   — health_status healthy.
//   6. Unknown   — anything else (never polled, or a value this console
//                  does not know).
//
// The first rule that matches wins. Stale, Degraded and Error need attention
// (F8 walks them); Inactive is a choice someone made.
HealthBadge dataSourceBadge(
    bool isActive, bool isStale, DataSource::Health health, DataSource::SyncStatus lastSyncStatus);
inline HealthBadge dataSourceBadge(const DataSource &s)
{
    return dataSourceBadge(s.isActive, s.isStale, s.health, s.lastSyncStatus);
}

} // namespace cc
