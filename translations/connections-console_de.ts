<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../api/apierror.cpp" line="61" />
        <source>Cannot reach the platform. Check the network and that the server is running.</source>
        <translation>Die Plattform ist nicht erreichbar. Prüfen Sie das Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="64" />
        <source>The platform did not answer in time.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="67" />
        <source>Refused to send credentials over plain http to a server that is not on this computer. Use an https:// address.</source>
        <translation>Zugangsdaten werden nicht per unverschlüsseltem http an einen Server außerhalb dieses Computers gesendet. Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="71" />
        <source>The platform no longer accepts your sign-in. Sign in again.</source>
        <translation>Die Plattform akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="74" />
        <source>Your role does not allow this action.</source>
        <translation>Ihre Rolle erlaubt diese Aktion nicht.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="77" />
        <source>The connection no longer exists or is not in this workspace.</source>
        <translation>Die Verbindung existiert nicht mehr oder gehört nicht zu diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="80" />
        <source>The connection changed state; the action was not applied.</source>
        <translation>Der Zustand der Verbindung hat sich geändert; die Aktion wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="83" />
        <source>The platform rejected the request.</source>
        <translation>Die Plattform hat die Anfrage abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../api/apierror.cpp" line="86" />
        <source>Too many requests. Try again in %n s.</source>
        <translation><numerusform>Zu viele Anfragen. Versuchen Sie es in %n s erneut.</numerusform><numerusform>Zu viele Anfragen. Versuchen Sie es in %n s erneut.</numerusform></translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="88" />
        <source>Too many requests. Try again shortly.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="91" />
        <source>The platform had an internal problem (HTTP %1). Try again.</source>
        <translation>Die Plattform hatte ein internes Problem (HTTP %1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="94" />
        <source>The platform sent an answer the console cannot read.</source>
        <translation>Die Plattform hat eine Antwort gesendet, die die Konsole nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../api/apierror.cpp" line="97" />
        <source>The platform answered HTTP %1.</source>
        <translation>Die Plattform antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ConnectorCatalogModel</name>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="20" />
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="22" />
        <source>Calls &amp; meetings</source>
        <translation>Anrufe &amp; Meetings</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="24" />
        <source>Email &amp; chat</source>
        <translation>E-Mail &amp; Chat</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="26" />
        <source>Docs &amp; knowledge</source>
        <translation>Dokumente &amp; Wissen</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="28" />
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="30" />
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="31" />
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="38" />
        <source>OAuth redirect</source>
        <translation>OAuth-Weiterleitung</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="40" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="42" />
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="44" />
        <source>Public handle</source>
        <translation>Öffentliches Konto</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="48" />
        <source>Unknown method</source>
        <translation>Unbekannte Methode</translation>
    </message>
    <message>
        <location filename="../models/connectorcatalogmodel.cpp" line="150" />
        <source>Coming soon</source>
        <translation>Demnächst</translation>
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <location filename="../models/healthbadge.cpp" line="11" />
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="13" />
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="15" />
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="17" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="19" />
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="21" />
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="23" />
        <source>Needs re-auth</source>
        <translation>Neu autorisieren</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="25" />
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="29" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="37" />
        <source>Connected, recently synced, and the last run was clean.</source>
        <translation>Verbunden, kürzlich synchronisiert, und der letzte Lauf war fehlerfrei.</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="39" />
        <source>It is connected, but its last successful sync is older than the freshness threshold (48 hours).</source>
        <translation>Verbunden, aber die letzte erfolgreiche Synchronisierung ist älter als die Aktualitätsgrenze (48 Stunden).</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="42" />
        <source>The last run only partially succeeded: some data streams failed.</source>
        <translation>Der letzte Lauf war nur teilweise erfolgreich: einige Datenströme sind fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="44" />
        <source>The connection is errored, or the last run failed outright. See the last error.</source>
        <translation>Die Verbindung ist fehlerhaft oder der letzte Lauf ist vollständig fehlgeschlagen. Siehe letzter Fehler.</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="47" />
        <source>The last run hit the provider's rate limit. It will retry on the next sync.</source>
        <translation>Der letzte Lauf hat die Ratenbegrenzung des Anbieters erreicht. Die nächste Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="49" />
        <source>A sync is running right now.</source>
        <translation>Gerade läuft eine Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="51" />
        <source>The provider needs you to re-authorize (an OAuth token expired or was revoked).</source>
        <translation>Der Anbieter verlangt eine neue Autorisierung (ein OAuth-Token ist abgelaufen oder wurde widerrufen).</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="54" />
        <source>You disconnected it. Reconnect to resume.</source>
        <translation>Sie haben die Verbindung getrennt. Verbinden Sie sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../models/healthbadge.cpp" line="58" />
        <source>The platform reported a health value this console does not know.</source>
        <translation>Die Plattform meldet einen Zustand, den diese Konsole nicht kennt.</translation>
    </message>
</context>
<context>
    <name>cc::Banner</name>
    <message>
        <location filename="../views/banner.cpp" line="27" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>cc::CatalogPickerDialog</name>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="35" />
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="37" />
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="39" />
        <location filename="../views/catalogpickerdialog.cpp" line="84" />
        <source>Coming soon</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="156" />
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="159" />
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="163" />
        <source>Pick a provider. The connect method decides what you need: OAuth opens your browser, API key asks for a key, a handle is resolved to a public account.</source>
        <translation>Wählen Sie einen Anbieter. Die Verbindungsmethode bestimmt, was Sie brauchen: OAuth öffnet Ihren Browser, API-Schlüssel fragt nach einem Schlüssel, ein Kontoname wird zu einem öffentlichen Konto aufgelöst.</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="169" />
        <source>Search connectors</source>
        <translation>Konnektoren durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="228" />
        <source>&lt;p&gt;Select a connector to see what it brings in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Konnektor, um zu sehen, welche Daten er liefert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="234" />
        <source>Connect method:</source>
        <translation>Verbindungsmethode:</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="237" />
        <source>&lt;p&gt;&lt;b&gt;Personal:&lt;/b&gt; each member connects their own account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Persönlich:&lt;/b&gt; jedes Mitglied verbindet sein eigenes Konto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="241" />
        <source>Data streams:</source>
        <translation>Datenströme:</translation>
    </message>
    <message>
        <location filename="../views/catalogpickerdialog.cpp" line="243" />
        <source>&lt;p&gt;&lt;b&gt;Coming soon.&lt;/b&gt; This connector cannot be connected yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demnächst.&lt;/b&gt; Dieser Konnektor kann noch nicht verbunden werden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionDetailPane</name>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="58" />
        <source>Select a connection to see its details.</source>
        <translation>Wählen Sie eine Verbindung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="61" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="94" />
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="95" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="96" />
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="97" />
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="98" />
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="99" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="100" />
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="101" />
        <source>Syncing now</source>
        <translation>Synchronisiert gerade</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="102" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="103" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="106" />
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="111" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="112" />
        <source>Triggered by</source>
        <translation>Ausgelöst durch</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="113" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="114" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="115" />
        <source>Streams</source>
        <translation>Datenströme</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="116" />
        <source>Records written</source>
        <translation>Geschriebene Datensätze</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="117" />
        <source>Error reason</source>
        <translation>Fehlerursache</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="120" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="126" />
        <source>Copy the full error to the clipboard</source>
        <translation>Den vollständigen Fehler in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="178" />
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="178" />
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="181" />
        <source>No owner</source>
        <translation>Kein Eigentümer</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="188" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="189" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="189" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="200" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="200" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="201" />
        <source> (running)</source>
        <translation> (läuft)</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="202" />
        <source>%1 failed of %2</source>
        <translation>%1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="209" />
        <source>Never ran</source>
        <translation>Noch nie gelaufen</translation>
    </message>
    <message>
        <location filename="../views/connectiondetailpane.cpp" line="212" />
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsModel</name>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="198" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="201" />
        <location filename="../models/connectionsmodel.cpp" line="203" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/connectionsmodel.cpp" line="205" />
        <source>%n min ago</source>
        <translation><numerusform>vor %n min</numerusform><numerusform>vor %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/connectionsmodel.cpp" line="207" />
        <source>%n h ago</source>
        <translation><numerusform>vor %n h</numerusform><numerusform>vor %n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/connectionsmodel.cpp" line="208" />
        <source>%n d ago</source>
        <translation><numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="214" />
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="245" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="251" />
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="251" />
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="254" />
        <source>Personal · no owner</source>
        <translation>Persönlich · kein Eigentümer</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="310" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="312" />
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="314" />
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="316" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="318" />
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="320" />
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../models/connectionsmodel.cpp" line="322" />
        <source>Scope / owner</source>
        <translation>Bereich / Eigentümer</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsPage</name>
    <message>
        <location filename="../views/connectionspage.cpp" line="81" />
        <location filename="../views/connectionspage.cpp" line="182" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="86" />
        <source>Loading connections…</source>
        <translation>Verbindungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="100" />
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="105" />
        <location filename="../views/connectionspage.cpp" line="176" />
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="111" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="112" />
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="130" />
        <source>Search name, connector, id or error  (Ctrl+F)</source>
        <translation>Name, Konnektor, ID oder Fehler suchen  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="134" />
        <location filename="../views/connectionspage.cpp" line="305" />
        <source>Health: all</source>
        <translation>Zustand: alle</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="141" />
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="142" />
        <source>Connector filter</source>
        <translation>Konnektorfilter</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="143" />
        <source>Scope filter</source>
        <translation>Bereichsfilter</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="144" />
        <source>Any scope</source>
        <translation>Jeder Bereich</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="145" />
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="146" />
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="172" />
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connect HubSpot, Salesforce, Gmail, Slack and more to bring their data into this workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Verbindungen&lt;/h3&gt;&lt;p&gt;Verbinden Sie HubSpot, Salesforce, Gmail, Slack und mehr, um deren Daten in diesen Arbeitsbereich zu holen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="180" />
        <source>&lt;h3&gt;No connection matches&lt;/h3&gt;&lt;p&gt;Try another search or clear the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine passende Verbindung&lt;/h3&gt;&lt;p&gt;Versuchen Sie eine andere Suche oder setzen Sie die Filter zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="186" />
        <location filename="../views/connectionspage.cpp" line="344" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="264" />
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="265" />
        <source>All connectors</source>
        <translation>Alle Konnektoren</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="291" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/connectionspage.cpp" line="306" />
        <source>Health: %n selected</source>
        <translation><numerusform>Zustand: %n ausgewählt</numerusform><numerusform>Zustand: %n ausgewählt</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="342" />
        <source>Could not load connections</source>
        <translation>Verbindungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="366" />
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="367" />
        <source>Offline: the platform cannot be reached. Showing data last refreshed at %1; it may be stale.</source>
        <translation>Offline: Die Plattform ist nicht erreichbar. Angezeigt werden Daten vom Stand %1; sie können veraltet sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/connectionspage.cpp" line="371" />
        <source>Retrying in %n s.</source>
        <translation><numerusform>Neuer Versuch in %n s.</numerusform><numerusform>Neuer Versuch in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="372" />
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../views/connectionspage.cpp" line="373" />
        <source>⚠ possibly stale (as of %1)</source>
        <translation>⚠ möglicherweise veraltet (Stand %1)</translation>
    </message>
</context>
<context>
    <name>cc::ConsoleController</name>
    <message>
        <location filename="../app/consolecontroller.cpp" line="70" />
        <source>Signed in with an API key</source>
        <translation>Mit API-Schlüssel angemeldet</translation>
    </message>
    <message>
        <location filename="../app/consolecontroller.cpp" line="70" />
        <source>Signed in (read-only)</source>
        <translation>Angemeldet (nur lesen)</translation>
    </message>
</context>
<context>
    <name>cc::HealthSummaryBar</name>
    <message>
        <location filename="../views/healthsummarybar.cpp" line="54" />
        <source>Click to show only these; Ctrl+click to add to the filter.</source>
        <translation>Klicken, um nur diese anzuzeigen; Strg+Klick, um sie dem Filter hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/healthsummarybar.cpp" line="75" />
        <source>%n connections:</source>
        <translation><numerusform>%n Verbindung:</numerusform><numerusform>%n Verbindungen:</numerusform></translation>
    </message>
    <message>
        <location filename="../views/healthsummarybar.cpp" line="80" />
        <source>%1: %2 connections</source>
        <translation>%1: %2 Verbindungen</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="43" />
        <source>Connections Console</source>
        <translation>Connections Console</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="61" />
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="62" />
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="76" />
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="79" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="97" />
        <source>%1 of %2 connections shown</source>
        <translation>%1 von %2 Verbindungen angezeigt</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="108" />
        <source>&amp;Add a connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="111" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="115" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="118" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="119" />
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="122" />
        <source>Show times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC anzeigen</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="132" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="133" />
        <source>&amp;About Connections Console</source>
        <translation>&amp;Über Connections Console</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="134" />
        <source>About Connections Console</source>
        <translation>Über Connections Console</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="135" />
        <source>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;A native console for a data platform's connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;Eine native Konsole für die Verbindungen einer Datenplattform.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="155" />
        <source>Workspace %1 on %2</source>
        <translation>Arbeitsbereich %1 auf %2</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="156" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cc::SandboxLauncher</name>
    <message>
        <location filename="../app/sandboxlauncher.cpp" line="29" />
        <source>The sandbox could not be started (%1).</source>
        <translation>Die Sandbox konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/sandboxlauncher.cpp" line="35" />
        <source>The sandbox stopped before it was ready (exit code %1).</source>
        <translation>Die Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../app/sandboxlauncher.cpp" line="69" />
        <source>The sandbox program (connections-sandbox) was not found.</source>
        <translation>Das Sandbox-Programm (connections-sandbox) wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>cc::WelcomePage</name>
    <message>
        <location filename="../views/welcomepage.cpp" line="19" />
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="20" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="31" />
        <source>&lt;h2&gt;Welcome to Connections Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Connections Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="33" />
        <source>See at a glance what your workspace is connected to and how each connection is doing, and bring failed connections back.</source>
        <translation>Sehen Sie auf einen Blick, womit Ihr Arbeitsbereich verbunden ist und wie es jeder Verbindung geht, und bringen Sie fehlgeschlagene Verbindungen zurück.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="41" />
        <source>&lt;b&gt;New here?&lt;/b&gt; The sandbox is a practice platform on this computer with a demo workspace: every kind of connection and failure, nothing real at stake.</source>
        <translation>&lt;b&gt;Neu hier?&lt;/b&gt; Die Sandbox ist eine Übungsplattform auf diesem Computer mit einem Demo-Arbeitsbereich: jede Art von Verbindung und Fehler, ohne echtes Risiko.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="53" />
        <source>&lt;b&gt;Connect to a platform URL&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mit einer Plattform-URL verbinden&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="59" />
        <source>Paste an API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="63" />
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="66" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="67" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="83" />
        <source>Enter the platform's address, e.g. https://platform.example.com.</source>
        <translation>Geben Sie die Adresse der Plattform ein, z. B. https://platform.example.com.</translation>
    </message>
    <message>
        <location filename="../views/welcomepage.cpp" line="87" />
        <source>Paste an API key for that platform.</source>
        <translation>Fügen Sie einen API-Schlüssel für diese Plattform ein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="42" />
        <source>Console for a data platform's connections.</source>
        <translation>Konsole für die Verbindungen einer Datenplattform.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="46" />
        <source>Platform origin, e.g. https://platform.example.com. The API key comes from $CONNECTIONS_API_KEY or the welcome screen.</source>
        <translation>Ursprung der Plattform, z. B. https://platform.example.com. Der API-Schlüssel kommt aus $CONNECTIONS_API_KEY oder vom Willkommensbildschirm.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51" />
        <source>Start the local sandbox platform with the demo workspace and use it.</source>
        <translation>Die lokale Sandbox-Plattform mit dem Demo-Arbeitsbereich starten und verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71" />
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78" />
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
</TS>