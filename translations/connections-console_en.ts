<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Try again in %n s.</source>
        <translation>
            <numerusform>Too many requests. Try again in %n s.</numerusform>
            <numerusform>Too many requests. Try again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n pages</source>
        <translation>
            <numerusform>more than %n page</numerusform>
            <numerusform>more than %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list has more than %n page(s).</source>
        <translation>
            <numerusform>The list has more than %n page.</numerusform>
            <numerusform>The list has more than %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailyChartLayout</name>
    <message numerus="yes">
        <source>Last %n days.</source>
        <translation>
            <numerusform>Last %n day.</numerusform>
            <numerusform>Last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs: %1 failed, %2 partial, %3 rate limited.</source>
        <translation>
            <numerusform>%n run: %1 failed, %2 partial, %3 rate limited.</numerusform>
            <numerusform>%n runs: %1 failed, %2 partial, %3 rate limited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days without runs.</source>
        <translation>
            <numerusform>%n day without runs.</numerusform>
            <numerusform>%n days without runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events — %2 synced, %3 failed</source>
        <translation>
            <numerusform>%1: %n event — %2 synced, %3 failed</numerusform>
            <numerusform>%1: %n events — %2 synced, %3 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1 of them failed.</source>
        <translation>
            <numerusform>%n event, %1 of them failed.</numerusform>
            <numerusform>%n events, %1 of them failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days without events.</source>
        <translation>
            <numerusform>%n day without events.</numerusform>
            <numerusform>%n days without events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationChartLayout</name>
    <message numerus="yes">
        <source>%n finished runs; median duration %1 s, longest %2 s.</source>
        <translation>
            <numerusform>%n finished run; median duration %1 s, longest %2 s.</numerusform>
            <numerusform>%n finished runs; median duration %1 s, longest %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ConnectionOverview</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsPage</name>
    <message numerus="yes">
        <source>Health: %n selected</source>
        <translation>
            <numerusform>Health: %n selected</numerusform>
            <numerusform>Health: %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Retrying in %n s.</numerusform>
            <numerusform>Retrying in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ConvertEnvironmentDialog</name>
    <message numerus="yes">
        <source>The platform gives %n warning(s) about converting to %1. Read each one:</source>
        <translation>
            <numerusform>The platform gives %n warning about converting to %1. Read each one:</numerusform>
            <numerusform>The platform gives %n warnings about converting to %1. Read each one:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesController</name>
    <message numerus="yes">
        <source>Loading the last %n days…</source>
        <translation>
            <numerusform>Loading the last day…</numerusform>
            <numerusform>Loading the last %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform&apos;s sync runner is unavailable (503). Sync now is off for %n s.</source>
        <translation>
            <numerusform>The platform&apos;s sync runner is unavailable (503). Sync now is off for %n s.</numerusform>
            <numerusform>The platform&apos;s sync runner is unavailable (503). Sync now is off for %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sync requests (429). Sync now is off for %n s.</source>
        <translation>
            <numerusform>Too many sync requests (429). Sync now is off for %n s.</numerusform>
            <numerusform>Too many sync requests (429). Sync now is off for %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform failed (%1). Sync now is off for %n s.</source>
        <translation>
            <numerusform>The platform failed (%1). Sync now is off for %n s.</numerusform>
            <numerusform>The platform failed (%1). Sync now is off for %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polled at %1: %n event(s), status %2.</source>
        <translation>
            <numerusform>Polled at %1: %n event, status %2.</numerusform>
            <numerusform>Polled at %1: %n events, status %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesPage</name>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s) on this day, but the platform lists only its %1 newest failures, and this day&apos;s are older.</source>
        <translation>
            <numerusform>%n failed event on this day, but the platform lists only its %1 newest failures, and this day&apos;s are older.</numerusform>
            <numerusform>%n failed events on this day, but the platform lists only its %1 newest failures, and this day&apos;s are older.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;ync now (in %n s)</source>
        <translation>
            <numerusform>S&amp;ync now (in %n s)</numerusform>
            <numerusform>S&amp;ync now (in %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded; loading more…</source>
        <translation>
            <numerusform>%n data source loaded; loading more…</numerusform>
            <numerusform>%n data sources loaded; loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n data source loaded; scroll down for more</numerusform>
            <numerusform>%n data sources loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded</source>
        <translation>
            <numerusform>%n data source loaded</numerusform>
            <numerusform>%n data sources loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 % of events fail on a typical day; no day of the last %n days stands out.</source>
        <translation>
            <numerusform>About %1 % of events fail on a typical day; no day of the last day stands out.</numerusform>
            <numerusform>About %1 % of events fail on a typical day; no day of the last %n days stands out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failed events in the last %n days.</source>
        <translation>
            <numerusform>No failed events in the last day.</numerusform>
            <numerusform>No failed events in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform lists its %1 newest failed events; the chart counts %n in these days. Copy copies the rows listed.</source>
        <translation>
            <numerusform>The platform lists its %1 newest failed events; the chart counts %n in these days. Copy copies the rows listed.</numerusform>
            <numerusform>The platform lists its %1 newest failed events; the chart counts %n in these days. Copy copies the rows listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed: %1 of this day&apos;s %n failed event(s). The platform lists only its %2 newest failures; Copy copies the rows listed.</source>
        <translation>
            <numerusform>Listed: %1 of this day&apos;s %n failed event. The platform lists only its %2 newest failures; Copy copies the rows listed.</numerusform>
            <numerusform>Listed: %1 of this day&apos;s %n failed events. The platform lists only its %2 newest failures; Copy copies the rows listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::DurationChart</name>
    <message numerus="yes">
        <source>The run of %1 took %n s and failed.</source>
        <translation>
            <numerusform>The run of %1 took %n s and failed.</numerusform>
            <numerusform>The run of %1 took %n s and failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run of %1 took %n s.</source>
        <translation>
            <numerusform>The run of %1 took %n s.</numerusform>
            <numerusform>The run of %1 took %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::FailuresController</name>
    <message numerus="yes">
        <source>Fetched per connection; the runs of %n connection(s) could not be read: %1</source>
        <translation>
            <numerusform>Fetched per connection; the runs of %n connection could not be read: %1</numerusform>
            <numerusform>Fetched per connection; the runs of %n connections could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::HealthSummaryBar</name>
    <message numerus="yes">
        <source>%n connections:</source>
        <translation>
            <numerusform>%n connection:</numerusform>
            <numerusform>%n connections:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n healthy</numerusform>
            <numerusform>%n healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>connections in error</comment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate limited</source>
        <translation>
            <numerusform>%n rate limited</numerusform>
            <numerusform>%n rate limited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n syncing</source>
        <translation>
            <numerusform>%n syncing</numerusform>
            <numerusform>%n syncing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs re-auth</source>
        <translation>
            <numerusform>%n needs re-auth</numerusform>
            <numerusform>%n need re-auth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n disconnected</numerusform>
            <numerusform>%n disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s)</source>
        <translation>
            <numerusform>%1: %n connection</numerusform>
            <numerusform>%1: %n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::SyncFailuresModel</name>
    <message numerus="yes">
        <source>Data source: %1 — %n failed event(s)</source>
        <translation>
            <numerusform>Data source: %1 — %n failed event</numerusform>
            <numerusform>Data source: %1 — %n failed events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::WorkspaceController</name>
    <message numerus="yes">
        <source>Saved: the platform now has %n test caller number(s).</source>
        <translation>
            <numerusform>Saved: the platform now has %n test caller number.</numerusform>
            <numerusform>Saved: the platform now has %n test caller numbers.</numerusform>
        </translation>
    </message>
</context>
</TS>
