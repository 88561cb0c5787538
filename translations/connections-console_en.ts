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
        <location filename="../api/apierror.cpp" line="65" />
        <source>The platform did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="68" />
        <source>Refused to send credentials over plain http to a server that is not on this computer. Use an https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="73" />
        <source>The platform no longer accepts your sign-in. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="77" />
        <source>Your role does not allow this action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="80" />
        <source>The connection no longer exists or is not in this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="84" />
        <source>The connection changed state; the action was not applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="88" />
        <source>The platform rejected the request.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../api/apierror.cpp" line="92" />
        <source>Too many requests. Try again in %n s.</source>
        <translation><numerusform>Too many requests. Try again in %n s.</numerusform><numerusform>Too many requests. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="94" />
        <source>Too many requests. Try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="97" />
        <source>The platform had an internal problem (HTTP %1). Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="102" />
        <source>The platform sent an answer the console cannot read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="106" />
        <source>The platform answered HTTP %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <location filename="../auth/browserlauncher.cpp" line="25" />
        <source>The link contains control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/browserlauncher.cpp" line="28" />
        <source>The link is not a valid web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/browserlauncher.cpp" line="35" />
        <source>Only https links, or http links to this computer, are opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/browserlauncher.cpp" line="38" />
        <source>Only web links are opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/browserlauncher.cpp" line="56" />
        <source>The browser in $BROWSER (%1) could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/browserlauncher.cpp" line="64" />
        <source>No web browser could be opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectorCatalogModel</name>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="19" />
        <source>CRM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="21" />
        <source>Calls &amp; meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="23" />
        <source>Email &amp; chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="25" />
        <source>Docs &amp; knowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="27" />
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="29" />
        <source>Social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="30" />
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
        <location filename="../models/connectorcatalogmodel.cpp" line="151" />
        <source>Coming soon</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DailyChartLayout</name>
    <message>
        <location filename="../models/dailychartlayout.cpp" line="17" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailychartlayout.cpp" line="19" />
        <source>Partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailychartlayout.cpp" line="21" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailychartlayout.cpp" line="23" />
        <source>Rate limited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailychartlayout.cpp" line="100" />
        <source>%1: no runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailychartlayout.cpp" line="102" />
        <source>%1: %2 runs — %3 completed, %4 partial, %5 failed, %6 rate limited; %7 records written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailychartlayout.cpp" line="125" />
        <source>%1 days: %2 runs, %3 failed, %4 partial, %5 rate limited, %6 records written; %7 days without runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DurationChartLayout</name>
    <message>
        <location filename="../models/durationchartlayout.cpp" line="56" />
        <source>No finished runs in this range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/durationchartlayout.cpp" line="59" />
        <source>%1 finished runs; median duration %2 s, longest %3 s.</source>
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
        <location filename="../models/healthbadge.cpp" line="40" />
        <source>It is connected, but its last successful sync is older than the freshness threshold (48 hours).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="44" />
        <source>The last run only partially succeeded: some data streams failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="47" />
        <source>The connection is errored, or the last run failed outright. See the last error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="51" />
        <source>The last run hit the provider's rate limit. It will retry on the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="54" />
        <source>A sync is running right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="56" />
        <source>The provider needs you to re-authorize (an OAuth token expired or was revoked).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="60" />
        <source>You disconnected it. Reconnect to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="65" />
        <source>The platform reported a health value this console does not know.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthExplanation</name>
    <message>
        <location filename="../models/healthexplanation.cpp" line="18" />
        <source>Status: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="20" />
        <source>A sync is running now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="21" />
        <source>No sync is running now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="26" />
        <source>completed, but %1 of %2 streams failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="30" />
        <source>Last run: %1%2, started %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="34" />
        <source> (reason: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="38" />
        <source>It has never run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="42" />
        <source>Last good sync %1: older than the 48 h freshness threshold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="44" />
        <source>Last good sync %1: within the 48 h freshness threshold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="48" />
        <source>It has never synced successfully.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="58" />
        <location filename="../models/healthexplanation.cpp" line="79" />
        <source>Reconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="65" />
        <source>Wait for the rate limit: the next sync retries at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="69" />
        <source>Wait for the rate limit: the next scheduled sync retries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="75" />
        <source>Check the configuration at the provider (see the last error), then sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="82" />
        <location filename="../models/healthexplanation.cpp" line="88" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/healthexplanation.cpp" line="93" />
        <source>Nothing to do.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="31" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="32" />
        <source>Connections Console received the answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../auth/secretstore.cpp" line="71" />
        <source>Your saved sign-in could not be read. If your keyring is locked, unlock it (for example by logging in again) and restart the console; otherwise sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/secretstore.cpp" line="83" />
        <source>The keychain refused access (it may be locked). Unlock it to stay signed in. You can go on now, but you will need to sign in again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/secretstore.cpp" line="90" />
        <source>The keychain reported an error. You can go on now, but you will need to sign in again next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ApiKeyDialog</name>
    <message>
        <location filename="../views/apikeydialog.cpp" line="17" />
        <source>Fireflies only gives API access on its Business tier: Settings → Developer settings → API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="20" />
        <source>In Pipedrive: Personal preferences → API → Your personal API token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="22" />
        <source>In Fathom: Settings → API access → Generate API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="24" />
        <source>In Granola: Settings → Integrations → API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="26" />
        <source>In Grain: Workspace settings → Integrations → API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="28" />
        <source>In Aircall: Integrations &amp; API → API keys. Paste it as api_id:api_token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="30" />
        <source>In Pylon: Settings → API tokens → Create token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="31" />
        <source>Create an API key in the provider's settings and paste it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="40" />
        <source>Reconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="40" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="44" />
        <source>Reconnect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="44" />
        <source>Connect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="54" />
        <source>Paste the API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="59" />
        <source>Show the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="62" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="66" />
        <source>Name (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="77" />
        <source>The key goes straight to the platform, which verifies and stores it encrypted. This computer does not keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/apikeydialog.cpp" line="91" />
        <source>Paste the API key first.</source>
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
    <name>cc::BrowserWaitDialog</name>
    <message>
        <location filename="../views/browserwaitdialog.cpp" line="18" />
        <source>Copy link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/browserwaitdialog.cpp" line="19" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/browserwaitdialog.cpp" line="29" />
        <source>Opening your web browser… Approve the request there, then come back here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/browserwaitdialog.cpp" line="45" />
        <location filename="../views/browserwaitdialog.cpp" line="79" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/browserwaitdialog.cpp" line="60" />
        <source>Your browser is open. Approve the request there; this window updates by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/browserwaitdialog.cpp" line="62" />
        <source>No browser could be opened (%1). Open this link in your browser to continue; the console keeps waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/browserwaitdialog.cpp" line="69" />
        <source>Waiting for the browser — %1:%2 left</source>
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
    <name>cc::ConnectionActions</name>
    <message>
        <location filename="../app/connectionactions.cpp" line="62" />
        <source>Connected: “%1” is running its first sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="64" />
        <location filename="../app/connectionactions.cpp" line="166" />
        <source>%1 connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="81" />
        <source>Your role (%1) can only read. Ask a workspace admin to make changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="146" />
        <source>Connect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="211" />
        <source>That account is already tracked; it is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="234" />
        <source>This console does not know how to connect %1 (method “%2”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="250" />
        <source>Reconnect “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="283" />
        <source>Reconnected; a sync is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="293" />
        <source>Disconnect “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="294" />
        <source>Disconnect “%1”? It stops syncing. The connection and its sync history are kept, so you can reconnect it later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="307" />
        <source>“%1” disconnected; its history is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="346" />
        <source>Already syncing for %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="355" />
        <source>Reconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="366" />
        <source>Sync now is available again in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionactions.cpp" line="341" />
        <source>Sync started.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConnectionDetailPane</name>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="72" />
        <source>Select a connection to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="75" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="183" />
        <location filename="../views/connectiondetailpane.cpp" line="202" />
        <source>Reconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="166" />
        <location filename="../views/connectiondetailpane.cpp" line="200" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="101" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="108" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="109" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="110" />
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="139" />
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="144" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="170" />
        <location filename="../views/connectiondetailpane.cpp" line="396" />
        <source>Sync now (%1 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="203" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="205" />
        <source>Disconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="208" />
        <source>Export support bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="213" />
        <source>Why this badge?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="229" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="230" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="231" />
        <source>Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="232" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="233" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="234" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="235" />
        <source>Last synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="236" />
        <source>Syncing now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="237" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="238" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="241" />
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="246" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="247" />
        <source>Triggered by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="248" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="249" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="250" />
        <source>Streams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="251" />
        <source>Records written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="252" />
        <source>Error reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="255" />
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="261" />
        <source>Copy the full error to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="313" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="313" />
        <source>Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="316" />
        <source>No owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="323" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="324" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="324" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="335" />
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="335" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="336" />
        <source> (running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="337" />
        <source>%1 failed of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="344" />
        <source>Never ran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="351" />
        <source>The provider needs you to re-authorize this connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="353" />
        <source>This connection is disconnected; its history is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="354" />
        <source>The last sync failed. Reconnecting refreshes its credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="388" />
        <source>No error.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConnectionNotifier</name>
    <message>
        <location filename="../app/connectionnotifier.cpp" line="73" />
        <source>%1 and %2 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionnotifier.cpp" line="81" />
        <source>“%1” needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionnotifier.cpp" line="82" />
        <source>%1 connections need attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionnotifier.cpp" line="83" />
        <source>Failing or needing re-authorization: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionnotifier.cpp" line="88" />
        <source>“%1” recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionnotifier.cpp" line="89" />
        <source>%1 connections recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/connectionnotifier.cpp" line="90" />
        <source>Recovered: %1.</source>
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
        <location filename="../views/connectionspage.cpp" line="340" />
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
        <location filename="../views/connectionspage.cpp" line="379" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="277" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="278" />
        <source>Reconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="279" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="281" />
        <source>Disconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="284" />
        <source>Export support bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="299" />
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="300" />
        <source>All connectors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="326" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../views/connectionspage.cpp" line="341" />
        <source>Health: %n selected</source>
        <translation><numerusform>Health: %n selected</numerusform><numerusform>Health: %n selected</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="377" />
        <source>Could not load connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="401" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="402" />
        <source>Offline: the platform cannot be reached. Showing data last refreshed at %1; it may be stale.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../views/connectionspage.cpp" line="406" />
        <source>Retrying in %n s.</source>
        <translation><numerusform>Retrying in %n s.</numerusform><numerusform>Retrying in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="407" />
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="408" />
        <source>⚠ possibly stale (as of %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConnectorBrowserFlow</name>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="25" />
        <source>No answer came back from the browser within 5 minutes, so the console stopped waiting. Nothing was changed; start again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="30" />
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="31" />
        <source>The provider approved the connection. Connections Console is checking it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="37" />
        <source>You denied access at the provider, so nothing was connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="39" />
        <source>The authorization link expired or was already used. Start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="41" />
        <source>The provider had a problem. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="42" />
        <source>The provider reported an error: "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="65" />
        <source>The console could not listen for the browser's answer on this computer (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="105" />
        <source>The platform did not start a browser sign-in for this connector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/connectorbrowserflow.cpp" line="139" />
        <source>The browser reported success, but the platform could not confirm it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::ConsoleController</name>
    <message>
        <location filename="../app/consolecontroller.cpp" line="76" />
        <source>Signed in (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="76" />
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::DailyBarsChart</name>
    <message>
        <location filename="../views/dailybarschart.cpp" line="44" />
        <source>Runs per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/dailybarschart.cpp" line="161" />
        <source>records/day (max %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/dailybarschart.cpp" line="163" />
        <source>runs/day (max %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/dailybarschart.cpp" line="185" />
        <source>%1: history not loaded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::DailyBucketsModel</name>
    <message>
        <location filename="../models/dailybucketsmodel.cpp" line="59" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailybucketsmodel.cpp" line="59" />
        <source>Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailybucketsmodel.cpp" line="59" />
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailybucketsmodel.cpp" line="60" />
        <source>Partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailybucketsmodel.cpp" line="60" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailybucketsmodel.cpp" line="60" />
        <source>Rate limited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/dailybucketsmodel.cpp" line="61" />
        <source>Records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::DurationChart</name>
    <message>
        <location filename="../views/durationchart.cpp" line="18" />
        <source>Run duration over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/durationchart.cpp" line="47" />
        <source>Run duration (longest %1 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/durationchart.cpp" line="89" />
        <source>%1: %2 s%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/durationchart.cpp" line="93" />
        <source> (failed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::EditConnectionDialog</name>
    <message>
        <location filename="../views/ownerdialog.cpp" line="22" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/ownerdialog.cpp" line="28" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/ownerdialog.cpp" line="30" />
        <source>No owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/ownerdialog.cpp" line="32" />
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/ownerdialog.cpp" line="35" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/ownerdialog.cpp" line="57" />
        <source>A connection needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::FailuresController</name>
    <message>
        <location filename="../app/failurescontroller.cpp" line="33" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/failurescontroller.cpp" line="52" />
        <source>From the platform's workspace runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/failurescontroller.cpp" line="70" />
        <source>Fetched per connection (the platform has no workspace runs call)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::FailuresModel</name>
    <message>
        <location filename="../models/failuresmodel.cpp" line="103" />
        <source>partial (some streams failed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="143" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="145" />
        <source>Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="147" />
        <source>Failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="149" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/failuresmodel.cpp" line="151" />
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::FailuresPage</name>
    <message>
        <location filename="../views/failurespage.cpp" line="37" />
        <source>Failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/failurespage.cpp" line="43" />
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/failurespage.cpp" line="44" />
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/failurespage.cpp" line="45" />
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/failurespage.cpp" line="82" />
        <source>Affected connections (Enter or double-click opens one):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/failurespage.cpp" line="94" />
        <source>%1 failed or partial runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/failurespage.cpp" line="117" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/failurespage.cpp" line="129" />
        <source>%1 of %2 connections</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::HandleDialog</name>
    <message>
        <location filename="../views/handledialog.cpp" line="17" />
        <source>Look up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/handledialog.cpp" line="23" />
        <source>Track this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/handledialog.cpp" line="26" />
        <source>Track a %1 account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/handledialog.cpp" line="73" />
        <source>Enter the account's handle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/handledialog.cpp" line="100" />
        <source>@%1 · %2 followers</source>
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
    <name>cc::HistoryController</name>
    <message>
        <location filename="../app/historycontroller.cpp" line="95" />
        <source>Export support bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/historycontroller.cpp" line="95" />
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/historycontroller.cpp" line="100" />
        <source>Support bundle saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/historycontroller.cpp" line="101" />
        <source>The support bundle could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::LoopbackListener</name>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="181" />
        <location filename="../auth/loopbacklistener.cpp" line="192" />
        <source>Request too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="182" />
        <location filename="../auth/loopbacklistener.cpp" line="193" />
        <source>The request was larger than a browser redirect can be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="201" />
        <source>Bad request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="201" />
        <source>That was not an HTTP request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="214" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="214" />
        <source>Nothing is waiting at this address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="219" />
        <source>Method not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="219" />
        <source>Only GET is accepted here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="232" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="233" />
        <source>This address only answers the browser redirect it is waiting for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="241" />
        <source>Not the expected answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="242" />
        <source>This link does not belong to the sign-in or connection that Connections Console is waiting for. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="257" />
        <source>It did not work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/loopbacklistener.cpp" line="258" />
        <source>The provider answered: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="45" />
        <source>Connections Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="63" />
        <source>No workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="64" />
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="78" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="81" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="105" />
        <source>%1 of %2 connections shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="115" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="116" />
        <source>&amp;Add a connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="119" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="123" />
        <source>Sign &amp;in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="125" />
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="128" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="131" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="132" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="135" />
        <source>&amp;Next needing attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="139" />
        <source>&amp;Previous needing attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="144" />
        <source>Show times in &amp;UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="155" />
        <source>&amp;Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="167" />
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="169" />
        <source>&amp;Reconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="171" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="173" />
        <source>&amp;Disconnect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="177" />
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="180" />
        <source>E&amp;xport support bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="183" />
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="189" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="190" />
        <source>&amp;About Connections Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="191" />
        <source>About Connections Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="192" />
        <source>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;A native console for a data platform's connections.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="233" />
        <source>Workspace %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="234" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::RunsModel</name>
    <message>
        <location filename="../models/runsmodel.cpp" line="132" />
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="133" />
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="134" />
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="135" />
        <source>%1 so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="144" />
        <source>Connection: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="145" />
        <source>Run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="146" />
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="147" />
        <source>Triggered by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="148" />
        <source>Started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="149" />
        <source>Finished: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="150" />
        <source>still running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="151" />
        <source>Duration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="152" />
        <source>Streams: %1 failed of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="153" />
        <source>Records written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="154" />
        <source>Error reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="154" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="178" />
        <source>partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="179" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="187" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="235" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="237" />
        <source>Triggered by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="239" />
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="241" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="243" />
        <source>Streams failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="245" />
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../models/runsmodel.cpp" line="247" />
        <source>Error reason</source>
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
    <name>cc::SecretStore</name>
    <message>
        <location filename="../auth/secretstore.cpp" line="77" />
        <source>No keychain is available (no Secret Service on the session bus). Install and start gnome-keyring or KWallet to stay signed in. You can go on now, but you will need to sign in again next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::Session</name>
    <message>
        <location filename="../auth/session.cpp" line="141" />
        <source>Your sign-in has ended (the platform revoked it). Sign in again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::SignInDialog</name>
    <message>
        <location filename="../views/signindialog.cpp" line="14" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::SignInFlow</name>
    <message>
        <location filename="../auth/signinflow.cpp" line="105" />
        <source>No answer came back from the browser within 5 minutes; sign-in stopped. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="109" />
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="110" />
        <source>The platform approved the sign-in. Connections Console is finishing it now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="120" />
        <source>The sign-in server must use https (or be on this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="147" />
        <source>Cannot reach the sign-in server (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="148" />
        <source>The server does not publish OAuth sign-in metadata (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="155" />
        <source>The sign-in metadata names another issuer; refusing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="162" />
        <source>The sign-in endpoints must use https (or be on this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="169" />
        <source>The sign-in server does not support PKCE S256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="182" />
        <source>The console could not listen for the browser's answer on this computer (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="213" />
        <source>Sign-in was denied in the browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="214" />
        <source>The sign-in server answered: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="220" />
        <source>The answer came from another sign-in server; refusing it (mix-up protection).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="226" />
        <source>The browser came back without an authorization code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../auth/signinflow.cpp" line="238" />
        <source>The sign-in server refused the code: %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::WebhookSecretDialog</name>
    <message>
        <location filename="../views/webhooksecretdialog.cpp" line="20" />
        <source>%1 webhook created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/webhooksecretdialog.cpp" line="24" />
        <source>Paste the URL and the signing secret into %1's webhook settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/webhooksecretdialog.cpp" line="34" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/webhooksecretdialog.cpp" line="42" />
        <source>Webhook URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/webhooksecretdialog.cpp" line="43" />
        <source>Signing secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/webhooksecretdialog.cpp" line="46" />
        <source>&lt;b&gt;This secret will not be shown again.&lt;/b&gt; Copy it now; if it is lost, reconnect the webhook to get a new one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cc::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="20" />
        <source>Try the sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="21" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="22" />
        <source>Sign in with browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="33" />
        <source>&lt;h2&gt;Welcome to Connections Console&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="35" />
        <source>See at a glance what your workspace is connected to and how each connection is doing, and bring failed connections back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="43" />
        <source>&lt;b&gt;New here?&lt;/b&gt; The sandbox is a practice platform on this computer with a demo workspace: every kind of connection and failure, nothing real at stake.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="55" />
        <source>&lt;b&gt;Connect to a platform URL&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="61" />
        <source>Paste an API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="65" />
        <source>Show the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="68" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="69" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="77" />
        <source>Use API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="91" />
        <location filename="../views/welcomepage.cpp" line="104" />
        <source>Enter the platform's address, e.g. https://platform.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="95" />
        <source>Paste an API key for that platform.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="64" />
        <source>Sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="72" />
        <source>Signed in, but the sign-in could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="79" />
        <location filename="../app/main.cpp" line="87" />
        <source>Signed in to %1; saved in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="92" />
        <source>Signed in to %1 as %2 &lt;%3&gt; (workspace %4); saved in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="124" />
        <source>Console for a data platform's connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="128" />
        <source>Platform origin, e.g. https://platform.example.com. The API key comes from $CONNECTIONS_API_KEY or the welcome screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="133" />
        <source>Start the local sandbox platform with the demo workspace and use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="136" />
        <source>Sign in with the system browser, save the result in the keychain, print one line and exit (needs --server).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="140" />
        <source>OAuth issuer for sign-in (default: the server's origin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="143" />
        <source>OAuth client id for sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="154" />
        <source>--sign-in needs --server URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="178" />
        <source>Failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="203" />
        <source>Connections Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="225" />
        <source>Starting the sandbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="237" />
        <source>Sandbox (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="261" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="277" />
        <source>Sign in to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="304" />
        <source>Signed in — not saved: you will need to sign in again next time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="311" />
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="329" />
        <source>Signed in with the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="330" />
        <source>Signed in with an API key</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>