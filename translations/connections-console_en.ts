<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../api/apierror.cpp" line="61" />
        <source>Cannot reach the platform. Check the network and that the server is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="64" />
        <source>The platform did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="67" />
        <source>Refused to send credentials over plain http to a server that is not on this computer. Use an https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="71" />
        <source>The platform no longer accepts your sign-in. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="74" />
        <source>Your role does not allow this action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="77" />
        <source>The connection no longer exists or is not in this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="80" />
        <source>The connection changed state; the action was not applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="83" />
        <source>The platform rejected the request.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../api/apierror.cpp" line="86" />
        <source>Too many requests. Try again in %n s.</source>
        <translation><numerusform>Too many requests. Try again in %n s.</numerusform><numerusform>Too many requests. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="88" />
        <source>Too many requests. Try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="91" />
        <source>The platform had an internal problem (HTTP %1). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="94" />
        <source>The platform sent an answer the console cannot read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="97" />
        <source>The platform answered HTTP %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectorCatalogModel</name>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="20" />
        <source>CRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="22" />
        <source>Calls &amp; meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="24" />
        <source>Email &amp; chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="26" />
        <source>Docs &amp; knowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="28" />
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="30" />
        <source>Social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="31" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="38" />
        <source>OAuth redirect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="40" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="42" />
        <source>Webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="44" />
        <source>Public handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="48" />
        <source>Unknown method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="150" />
        <source>Coming soon</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <location filename="../models/healthbadge.cpp" line="11" />
        <source>Healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="13" />
        <source>Stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="15" />
        <source>Degraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="17" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="19" />
        <source>Rate limited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="21" />
        <source>Syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="23" />
        <source>Needs re-auth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="25" />
        <source>Disconnected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="29" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="37" />
        <source>Connected, recently synced, and the last run was clean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="39" />
        <source>It is connected, but its last successful sync is older than the freshness threshold (48 hours).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="42" />
        <source>The last run only partially succeeded: some data streams failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="44" />
        <source>The connection is errored, or the last run failed outright. See the last error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="47" />
        <source>The last run hit the provider's rate limit. It will retry on the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="49" />
        <source>A sync is running right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="51" />
        <source>The provider needs you to re-authorize (an OAuth token expired or was revoked).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="54" />
        <source>You disconnected it. Reconnect to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="58" />
        <source>The platform reported a health value this console does not know.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::Banner</name>
    <message>
        <location filename="../views/banner.cpp" line="27" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::CatalogPickerDialog</name>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="35" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="37" />
        <source>Outbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="39" />
        <location filename="../views/catalogpickerdialog.cpp" line="84" />
        <source>Coming soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="156" />
        <source>Connect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="159" />
        <source>Add a connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="163" />
        <source>Pick a provider. The connect method decides what you need: OAuth opens your browser, API key asks for a key, a handle is resolved to a public account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="169" />
        <source>Search connectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="228" />
        <source>&lt;p&gt;Select a connector to see what it brings in.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="234" />
        <source>Connect method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="237" />
        <source>&lt;p&gt;&lt;b&gt;Personal:&lt;/b&gt; each member connects their own account.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="241" />
        <source>Data streams:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="243" />
        <source>&lt;p&gt;&lt;b&gt;Coming soon.&lt;/b&gt; This connector cannot be connected yet.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConnectionDetailPane</name>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="58" />
        <source>Select a connection to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="61" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="94" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="95" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="96" />
        <source>Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="97" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="98" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="99" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="100" />
        <source>Last synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="101" />
        <source>Syncing now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="102" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="103" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="106" />
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="111" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="112" />
        <source>Triggered by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="113" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="114" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="115" />
        <source>Streams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="116" />
        <source>Records written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="117" />
        <source>Error reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="120" />
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="126" />
        <source>Copy the full error to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="178" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="178" />
        <source>Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="181" />
        <source>No owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="188" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="189" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="189" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="200" />
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="200" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="201" />
        <source> (running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="202" />
        <source>%1 failed of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="209" />
        <source>Never ran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="212" />
        <source>No error.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConnectionsModel</name>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="198" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="201" />
        <location filename="../models/connectionsmodel.cpp" line="203" />
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../models/connectionsmodel.cpp" line="205" />
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/connectionsmodel.cpp" line="207" />
        <source>%n h ago</source>
        <translation><numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/connectionsmodel.cpp" line="208" />
        <source>%n d ago</source>
        <translation><numerusform>%n d ago</numerusform><numerusform>%n d ago</numerusform></translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="214" />
        <source>Never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="245" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="251" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="251" />
        <source>Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="254" />
        <source>Personal · no owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="310" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="312" />
        <source>Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="314" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="316" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="318" />
        <source>Last synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="320" />
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="322" />
        <source>Scope / owner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConnectionsPage</name>
    <message>
        <location filename="../views/connectionspage.cpp" line="81" />
        <location filename="../views/connectionspage.cpp" line="182" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="86" />
        <source>Loading connections…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="100" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="105" />
        <location filename="../views/connectionspage.cpp" line="176" />
        <source>Add a connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="111" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="112" />
        <source>Refresh (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="130" />
        <source>Search name, connector, id or error  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="134" />
        <location filename="../views/connectionspage.cpp" line="305" />
        <source>Health: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="141" />
        <source>Category filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="142" />
        <source>Connector filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="143" />
        <source>Scope filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="144" />
        <source>Any scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="145" />
        <source>Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="146" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="172" />
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connect HubSpot, Salesforce, Gmail, Slack and more to bring their data into this workspace.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="180" />
        <source>&lt;h3&gt;No connection matches&lt;/h3&gt;&lt;p&gt;Try another search or clear the filters.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="186" />
        <location filename="../views/connectionspage.cpp" line="344" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="264" />
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="265" />
        <source>All connectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="291" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../views/connectionspage.cpp" line="306" />
        <source>Health: %n selected</source>
        <translation><numerusform>Health: %n selected</numerusform><numerusform>Health: %n selected</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="342" />
        <source>Could not load connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="366" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="367" />
        <source>Offline: the platform cannot be reached. Showing data last refreshed at %1; it may be stale.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../views/connectionspage.cpp" line="371" />
        <source>Retrying in %n s.</source>
        <translation><numerusform>Retrying in %n s.</numerusform><numerusform>Retrying in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="372" />
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="373" />
        <source>⚠ possibly stale (as of %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConsoleController</name>
    <message>
        <location filename="../app/consolecontroller.cpp" line="70" />
        <source>Signed in with an API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="70" />
        <source>Signed in (read-only)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::HealthSummaryBar</name>
    <message>
        <location filename="../views/healthsummarybar.cpp" line="54" />
        <source>Click to show only these; Ctrl+click to add to the filter.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../views/healthsummarybar.cpp" line="75" />
        <source>%n connections:</source>
        <translation><numerusform>%n connection:</numerusform><numerusform>%n connections:</numerusform></translation>
    </message>
    <message>
        <location filename="../views/healthsummarybar.cpp" line="80" />
        <source>%1: %2 connections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="43" />
        <source>Connections Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="61" />
        <source>No workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="62" />
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="76" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="79" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="97" />
        <source>%1 of %2 connections shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="107" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="108" />
        <source>&amp;Add a connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="111" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="115" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="118" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="119" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="122" />
        <source>Show times in &amp;UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="132" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="133" />
        <source>&amp;About Connections Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="134" />
        <source>About Connections Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="135" />
        <source>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;A native console for a data platform's connections.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="155" />
        <source>Workspace %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="156" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::SandboxLauncher</name>
    <message>
        <location filename="../app/sandboxlauncher.cpp" line="29" />
        <source>The sandbox could not be started (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandboxlauncher.cpp" line="35" />
        <source>The sandbox stopped before it was ready (exit code %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sandboxlauncher.cpp" line="69" />
        <source>The sandbox program (connections-sandbox) was not found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="19" />
        <source>Try the sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="20" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="31" />
        <source>&lt;h2&gt;Welcome to Connections Console&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="33" />
        <source>See at a glance what your workspace is connected to and how each connection is doing, and bring failed connections back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="41" />
        <source>&lt;b&gt;New here?&lt;/b&gt; The sandbox is a practice platform on this computer with a demo workspace: every kind of connection and failure, nothing real at stake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="53" />
        <source>&lt;b&gt;Connect to a platform URL&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="59" />
        <source>Paste an API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="63" />
        <source>Show the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="66" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="67" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="83" />
        <source>Enter the platform's address, e.g. https://platform.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="87" />
        <source>Paste an API key for that platform.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="42" />
        <source>Console for a data platform's connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="46" />
        <source>Platform origin, e.g. https://platform.example.com. The API key comes from $CONNECTIONS_API_KEY or the welcome screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="51" />
        <source>Start the local sandbox platform with the demo workspace and use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="71" />
        <source>Starting the sandbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="78" />
        <source>Sandbox (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="88" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>