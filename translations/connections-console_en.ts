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
</context>
</TS>
