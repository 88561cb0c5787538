<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the platform. Check the network and that the server is running.</source>
        <translation>Die Plattform ist nicht erreichbar. Prüfen Sie das Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>Die Plattform hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Refused to send credentials over plain http: it goes only to this computer&apos;s address 127.0.0.1 or [::1] (not to a name such as localhost). Use an https:// address.</source>
        <translation>Zugangsdaten werden nicht per unverschlüsseltem http gesendet: Das geht nur an die Adresse 127.0.0.1 oder [::1] dieses Computers (nicht an einen Namen wie localhost). Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in. Sign in again.</source>
        <translation>Die Plattform akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Ihre Rolle erlaubt diese Aktion nicht.</translation>
    </message>
    <message>
        <source>The connection no longer exists or is not in this workspace.</source>
        <translation>Die Verbindung existiert nicht mehr oder gehört nicht zu diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The connection changed state; the action was not applied.</source>
        <translation>Der Zustand der Verbindung hat sich geändert; die Aktion wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation>Die Plattform hat die Anfrage abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n s.</source>
        <translation>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>The platform had an internal problem (HTTP %1). Try again.</source>
        <translation>Die Plattform hatte ein internes Problem (HTTP %1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform sent an answer the console cannot read.</source>
        <translation>Die Plattform hat eine Antwort gesendet, die die Konsole nicht lesen kann.</translation>
    </message>
    <message>
        <source>The platform answered HTTP %1.</source>
        <translation>Die Plattform antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>more than %1 MiB</source>
        <translation>mehr als %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>more than %n pages</source>
        <translation>
            <numerusform>mehr als %n Seite</numerusform>
            <numerusform>mehr als %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s answer was larger than the console accepts (%1), so it was stopped. Ask the platform&apos;s operators to check the server.</source>
        <translation>Die Antwort der Plattform war größer, als die Konsole annimmt (%1), und wurde deshalb abgebrochen. Bitten Sie die Betreiber der Plattform, den Server zu prüfen.</translation>
    </message>
    <message>
        <source>The server&apos;s continuation token did not move forward.</source>
        <translation>Das Fortsetzungstoken des Servers ist nicht weitergerückt.</translation>
    </message>
    <message numerus="yes">
        <source>The list has more than %n page(s).</source>
        <translation>
            <numerusform>Die Liste hat mehr als %n Seite.</numerusform>
            <numerusform>Die Liste hat mehr als %n Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The link contains control characters.</source>
        <translation>Der Link enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The link is not a valid web address.</source>
        <translation>Der Link ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Only https links, or http links to this computer, are opened.</source>
        <translation>Geöffnet werden nur https-Links oder http-Links zu diesem Computer.</translation>
    </message>
    <message>
        <source>Only web links are opened.</source>
        <translation>Geöffnet werden nur Weblinks.</translation>
    </message>
    <message>
        <source>The browser in $BROWSER (%1) could not be started.</source>
        <translation>Der Browser in $BROWSER (%1) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>There is no display to open a browser on. Open this link in a browser on this computer, or set $BROWSER.</source>
        <translation>Es gibt keinen Bildschirm, auf dem ein Browser geöffnet werden könnte. Öffnen Sie diesen Link in einem Browser auf diesem Computer, oder setzen Sie $BROWSER.</translation>
    </message>
    <message>
        <source>The browser %1 could not be started.</source>
        <translation>Der Browser %1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ConnectorCatalogModel</name>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Calls &amp; meetings</source>
        <translation>Anrufe &amp; Meetings</translation>
    </message>
    <message>
        <source>Email &amp; chat</source>
        <translation>E-Mail &amp; Chat</translation>
    </message>
    <message>
        <source>Docs &amp; knowledge</source>
        <translation>Dokumente &amp; Wissen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>OAuth redirect</source>
        <translation>OAuth-Weiterleitung</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Public handle</source>
        <translation>Öffentliches Konto</translation>
    </message>
    <message>
        <source>Unknown method</source>
        <translation>Unbekannte Methode</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst</translation>
    </message>
</context>
<context>
    <name>DailyChartLayout</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>%1: no runs</source>
        <translation>%1: keine Läufe</translation>
    </message>
    <message>
        <source>%1: %2 runs — %3 completed, %4 partial, %5 failed, %6 rate limited; %7 records written</source>
        <translation>%1: %2 Läufe — %3 abgeschlossen, %4 teilweise, %5 fehlgeschlagen, %6 ratenbegrenzt; %7 Datensätze geschrieben</translation>
    </message>
    <message>
        <source>Records written: %1.</source>
        <translation>Geschriebene Datensätze: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days.</source>
        <translation>
            <numerusform>Letzter Tag.</numerusform>
            <numerusform>Letzte %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs: %1 failed, %2 partial, %3 rate limited.</source>
        <translation>
            <numerusform>%n Lauf: %1 fehlgeschlagen, %2 teilweise, %3 ratenbegrenzt.</numerusform>
            <numerusform>%n Läufe: %1 fehlgeschlagen, %2 teilweise, %3 ratenbegrenzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days without runs.</source>
        <translation>
            <numerusform>%n Tag ohne Läufe.</numerusform>
            <numerusform>%n Tage ohne Läufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Failed events</source>
        <translation>Fehlgeschlagene Ereignisse</translation>
    </message>
    <message>
        <source>%1: no events</source>
        <translation>%1: keine Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events — %2 synced, %3 failed</source>
        <translation>
            <numerusform>%1: %n Ereignis — %2 synchronisiert, %3 fehlgeschlagen</numerusform>
            <numerusform>%1: %n Ereignisse — %2 synchronisiert, %3 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1 of them failed.</source>
        <translation>
            <numerusform>%n Ereignis, davon %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Ereignisse, davon %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days without events.</source>
        <translation>
            <numerusform>%n Tag ohne Ereignisse.</numerusform>
            <numerusform>%n Tage ohne Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>records/day (max %1)</source>
        <translation>Datensätze/Tag (max. %1)</translation>
    </message>
    <message>
        <source>events/day (max %1)</source>
        <translation>Ereignisse/Tag (max. %1)</translation>
    </message>
    <message>
        <source>runs/day (max %1)</source>
        <translation>Läufe/Tag (max. %1)</translation>
    </message>
</context>
<context>
    <name>DataSourceBadge</name>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>This data source is switched off: the platform does not poll it.</source>
        <translation>Diese Datenquelle ist abgeschaltet: Die Plattform fragt sie nicht ab.</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>No poll for three sync intervals (seven days for a manual feed): the feed has stopped.</source>
        <translation>Seit drei Synchronisationsintervallen (bei manuellen Feeds sieben Tagen) keine Abfrage: Der Feed ist stehen geblieben.</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>10 % or more of its newest events failed. See the failures in History.</source>
        <translation>10 % oder mehr der neuesten Ereignisse sind fehlgeschlagen. Die Fehlschläge stehen im Verlauf.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Events of the latest poll failed. See the failures in History.</source>
        <translation>Ereignisse der letzten Abfrage sind fehlgeschlagen. Die Fehlschläge stehen im Verlauf.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Polled on time, and its newest events synced.</source>
        <translation>Pünktlich abgefragt, und die neuesten Ereignisse wurden synchronisiert.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not polled yet, or the platform reports a health this console does not know.</source>
        <translation>Noch nicht abgefragt, oder die Plattform meldet einen Zustand, den diese Konsole nicht kennt.</translation>
    </message>
</context>
<context>
    <name>DurationChartLayout</name>
    <message>
        <source>No finished runs in this range.</source>
        <translation>Keine abgeschlossenen Läufe in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished runs; median duration %1 s, longest %2 s.</source>
        <translation>
            <numerusform>%n abgeschlossener Lauf; Median der Dauer %1 s, längster %2 s.</numerusform>
            <numerusform>%n abgeschlossene Läufe; Median der Dauer %1 s, längster %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Needs re-auth</source>
        <translation>Neu autorisieren</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Connected, recently synced, and the last run was clean.</source>
        <translation>Verbunden, kürzlich synchronisiert, und der letzte Lauf war fehlerfrei.</translation>
    </message>
    <message>
        <source>It is connected, but its last successful sync is older than the freshness threshold (48 hours).</source>
        <translation>Verbunden, aber die letzte erfolgreiche Synchronisierung ist älter als die Aktualitätsgrenze (48 Stunden).</translation>
    </message>
    <message>
        <source>The last run only partially succeeded: some data streams failed.</source>
        <translation>Der letzte Lauf war nur teilweise erfolgreich: einige Datenströme sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection is errored, or the last run failed outright. See the last error.</source>
        <translation>Die Verbindung ist fehlerhaft oder der letzte Lauf ist vollständig fehlgeschlagen. Siehe letzter Fehler.</translation>
    </message>
    <message>
        <source>The last run hit the provider&apos;s rate limit. It will retry on the next sync.</source>
        <translation>Der letzte Lauf hat die Ratenbegrenzung des Anbieters erreicht. Die nächste Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>A sync is running right now.</source>
        <translation>Gerade läuft eine Synchronisierung.</translation>
    </message>
    <message>
        <source>The provider needs you to re-authorize (an OAuth token expired or was revoked).</source>
        <translation>Der Anbieter verlangt eine neue Autorisierung (ein OAuth-Token ist abgelaufen oder wurde widerrufen).</translation>
    </message>
    <message>
        <source>You disconnected it. Reconnect to resume.</source>
        <translation>Sie haben die Verbindung getrennt. Verbinden Sie sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>The platform reported a health value this console does not know.</source>
        <translation>Die Plattform meldet einen Zustand, den diese Konsole nicht kennt.</translation>
    </message>
</context>
<context>
    <name>HealthExplanation</name>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>A sync is running now.</source>
        <translation>Gerade läuft eine Synchronisierung.</translation>
    </message>
    <message>
        <source>No sync is running now.</source>
        <translation>Gerade läuft keine Synchronisierung.</translation>
    </message>
    <message>
        <source>completed, but %1 of %2 streams failed</source>
        <translation>abgeschlossen, aber %1 von %2 Datenströmen fehlgeschlagen</translation>
    </message>
    <message>
        <source>It has never run.</source>
        <translation>Sie ist noch nie gelaufen.</translation>
    </message>
    <message>
        <source>Last good sync %1: older than the 48 h freshness threshold.</source>
        <translation>Letzte erfolgreiche Synchronisierung %1: älter als die Aktualitätsgrenze von 48 h.</translation>
    </message>
    <message>
        <source>Last good sync %1: within the 48 h freshness threshold.</source>
        <translation>Letzte erfolgreiche Synchronisierung %1: innerhalb der Aktualitätsgrenze von 48 h.</translation>
    </message>
    <message>
        <source>It has never synced successfully.</source>
        <translation>Sie wurde noch nie erfolgreich synchronisiert.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Wait for the rate limit: the next sync retries at %1.</source>
        <translation>Ratenbegrenzung abwarten: die nächste Synchronisierung versucht es um %1 erneut.</translation>
    </message>
    <message>
        <source>Wait for the rate limit: the next scheduled sync retries.</source>
        <translation>Ratenbegrenzung abwarten: die nächste geplante Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>Check the configuration at the provider (see the last error), then sync.</source>
        <translation>Prüfen Sie die Konfiguration beim Anbieter (siehe letzter Fehler) und synchronisieren Sie dann.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Last run: %1, started %2.</source>
        <translation>Letzter Lauf: %1, gestartet %2.</translation>
    </message>
    <message>
        <source>Last run: %1 (reason: %2), started %3.</source>
        <translation>Letzter Lauf: %1 (Grund: %2), gestartet %3.</translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonObjectText</name>
    <message>
        <source>a JSON object ({…}) is expected here</source>
        <translation>hier wird ein JSON-Objekt ({…}) erwartet</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Connections Console received the answer.</source>
        <translation>Connections Console hat die Antwort erhalten.</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>Zum Bestätigen „%1“ eingeben:</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Your saved sign-in could not be read. If your keyring is locked, unlock it (for example by logging in again) and restart the console; otherwise sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht gelesen werden. Ist Ihr Schlüsselbund gesperrt, entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am System) und starten Sie die Konsole neu; andernfalls melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked). Unlock it to stay signed in. You can go on now, but you will need to sign in again next time.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist möglicherweise gesperrt). Entsperren Sie ihn, um angemeldet zu bleiben. Sie können jetzt weiterarbeiten, müssen sich beim nächsten Mal aber erneut anmelden.</translation>
    </message>
    <message>
        <source>The keychain reported an error. You can go on now, but you will need to sign in again next time.</source>
        <translation>Der Schlüsselbund meldete einen Fehler. Sie können jetzt weiterarbeiten, müssen sich beim nächsten Mal aber erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>cc::ApiKeyConnectFlow</name>
    <message>
        <source>%1 connected</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <source>Reconnected; a sync is running.</source>
        <translation>Neu verbunden; eine Synchronisierung läuft.</translation>
    </message>
</context>
<context>
    <name>cc::ApiKeyDialog</name>
    <message>
        <source>Fireflies only gives API access on its Business tier: Settings → Developer settings → API key.</source>
        <translation>Fireflies bietet API-Zugriff nur im Business-Tarif: Einstellungen → Entwicklereinstellungen → API-Schlüssel.</translation>
    </message>
    <message>
        <source>In Pipedrive: Personal preferences → API → Your personal API token.</source>
        <translation>In Pipedrive: Persönliche Einstellungen → API → Ihr persönliches API-Token.</translation>
    </message>
    <message>
        <source>In Fathom: Settings → API access → Generate API key.</source>
        <translation>In Fathom: Einstellungen → API-Zugriff → API-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>In Granola: Settings → Integrations → API key.</source>
        <translation>In Granola: Einstellungen → Integrationen → API-Schlüssel.</translation>
    </message>
    <message>
        <source>In Grain: Workspace settings → Integrations → API.</source>
        <translation>In Grain: Arbeitsbereich-Einstellungen → Integrationen → API.</translation>
    </message>
    <message>
        <source>In Aircall: Integrations &amp; API → API keys. Paste it as api_id:api_token.</source>
        <translation>In Aircall: Integrationen &amp; API → API-Schlüssel. Als api_id:api_token einfügen.</translation>
    </message>
    <message>
        <source>In Pylon: Settings → API tokens → Create token.</source>
        <translation>In Pylon: Einstellungen → API-Tokens → Token erstellen.</translation>
    </message>
    <message>
        <source>Create an API key in the provider&apos;s settings and paste it here.</source>
        <translation>Erstellen Sie in den Einstellungen des Anbieters einen API-Schlüssel und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>The key goes straight to the platform, which verifies and stores it encrypted. This computer does not keep it.</source>
        <translation>Der Schlüssel geht direkt an die Plattform, die ihn prüft und verschlüsselt speichert. Dieser Computer behält ihn nicht.</translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation>Fügen Sie zuerst den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>cc::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>cc::BrowserWaitDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening your web browser… Approve the request there, then come back here.</source>
        <translation>Ihr Webbrowser wird geöffnet… Bestätigen Sie die Anfrage dort und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No browser could be opened (%1). Open this link in your browser to continue; the console keeps waiting.</source>
        <translation>Es konnte kein Browser geöffnet werden (%1). Öffnen Sie diesen Link in Ihrem Browser; die Konsole wartet weiter.</translation>
    </message>
    <message>
        <source>Waiting for the browser — %1:%2 left</source>
        <translation>Warte auf den Browser — noch %1:%2</translation>
    </message>
    <message>
        <source>The link went to your browser. Approve the request there; this window updates by itself. No browser window? Copy the link and open it yourself.</source>
        <translation>Der Link wurde an Ihren Browser übergeben. Bestätigen Sie die Anfrage dort; dieses Fenster aktualisiert sich von selbst. Kein Browserfenster? Kopieren Sie den Link und öffnen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
</context>
<context>
    <name>cc::CadenceController</name>
    <message>
        <source>The cadences could not be loaded: %1 Press F5 to try again.</source>
        <translation>Die Synchronisationsintervalle konnten nicht geladen werden: %1 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The cadence of %1 was not changed: %2</source>
        <translation>Das Intervall von %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 now syncs %2, in every tenant.</source>
        <translation>%1 synchronisiert jetzt %2, bei allen Mandanten.</translation>
    </message>
    <message>
        <source>%1 is back to its default, %2, in every tenant.</source>
        <translation>%1 ist wieder bei seiner Voreinstellung, %2, bei allen Mandanten.</translation>
    </message>
</context>
<context>
    <name>cc::CadenceModel</name>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <source>every 10 min</source>
        <translation>alle 10 Min.</translation>
    </message>
    <message>
        <source>every 30 min</source>
        <translation>alle 30 Min.</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every 6 h</source>
        <translation>alle 6 Std.</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Set by a platform admin</source>
        <translation>Von einem Plattform-Admin gesetzt</translation>
    </message>
    <message>
        <source>Connector default</source>
        <translation>Voreinstellung des Connectors</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
</context>
<context>
    <name>cc::CadencePage</name>
    <message>
        <source>Only platform admins can change sync cadences. You can see them.</source>
        <translation>Nur Plattform-Admins können Synchronisationsintervalle ändern. Sie können sie ansehen.</translation>
    </message>
    <message>
        <source>Sync cadence</source>
        <translation>Synchronisationsintervall</translation>
    </message>
    <message>
        <source>How often the platform syncs each connector type. The cadence is set for the whole platform: a change applies to that connector&apos;s connections in every tenant&apos;s workspace, not only this one, and their next sync moves at once.</source>
        <translation>Wie oft die Plattform jeden Connector-Typ synchronisiert. Das Intervall gilt für die ganze Plattform: Eine Änderung betrifft die Verbindungen dieses Connectors in den Arbeitsbereichen aller Mandanten, nicht nur in diesem, und ihre nächste Synchronisation verschiebt sich sofort.</translation>
    </message>
    <message>
        <source>Sync cadence per connector type</source>
        <translation>Synchronisationsintervall je Connector-Typ</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Auf Vor&amp;einstellung zurücksetzen</translation>
    </message>
    <message>
        <source>You are a platform admin: what you set here applies to every tenant.</source>
        <translation>Sie sind Plattform-Admin: Was Sie hier einstellen, gilt für alle Mandanten.</translation>
    </message>
    <message>
        <source>Choose a connector type above.</source>
        <translation>Wählen Sie oben einen Connector-Typ.</translation>
    </message>
    <message>
        <source>Choose a connector type first</source>
        <translation>Wählen Sie zuerst einen Connector-Typ</translation>
    </message>
    <message>
        <source>Set this cadence for every tenant</source>
        <translation>Dieses Intervall für alle Mandanten setzen</translation>
    </message>
    <message>
        <source>That is the cadence in force already</source>
        <translation>Dieses Intervall gilt bereits</translation>
    </message>
    <message>
        <source>Back to the connector&apos;s default, %1, for every tenant</source>
        <translation>Zurück zur Voreinstellung des Connectors, %1, für alle Mandanten</translation>
    </message>
    <message>
        <source>This type already syncs at its connector&apos;s default</source>
        <translation>Dieser Typ synchronisiert bereits mit der Voreinstellung seines Connectors</translation>
    </message>
    <message>
        <source>Cade&amp;nce for %1:</source>
        <translation>&amp;Intervall für %1:</translation>
    </message>
</context>
<context>
    <name>cc::CatalogPickerDialog</name>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Pick a provider. The connect method decides what you need: OAuth opens your browser, API key asks for a key, a handle is resolved to a public account.</source>
        <translation>Wählen Sie einen Anbieter. Die Verbindungsmethode bestimmt, was Sie brauchen: OAuth öffnet Ihren Browser, API-Schlüssel fragt nach einem Schlüssel, ein Kontoname wird zu einem öffentlichen Konto aufgelöst.</translation>
    </message>
    <message>
        <source>Search connectors</source>
        <translation>Konnektoren durchsuchen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a connector to see what it brings in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Konnektor, um zu sehen, welche Daten er liefert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect method:</source>
        <translation>Verbindungsmethode:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Personal:&lt;/b&gt; each member connects their own account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Persönlich:&lt;/b&gt; jedes Mitglied verbindet sein eigenes Konto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data streams:</source>
        <translation>Datenströme:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coming soon.&lt;/b&gt; This connector cannot be connected yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demnächst.&lt;/b&gt; Dieser Konnektor kann noch nicht verbunden werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
</context>
<context>
    <name>cc::CommandLineSignIn</name>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in to %1; saved in the keychain.</source>
        <translation>Bei %1 angemeldet; im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 &lt;%3&gt; (workspace %4); saved in the keychain.</source>
        <translation>Bei %1 als %2 &lt;%3&gt; angemeldet (Arbeitsbereich %4); im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionActions</name>
    <message>
        <source>Your role (%1) can only read. Ask a workspace admin to make changes.</source>
        <translation>Ihre Rolle (%1) darf nur lesen. Bitten Sie eine Administratorin oder einen Administrator des Arbeitsbereichs um Änderungen.</translation>
    </message>
    <message>
        <source>This console does not know how to connect %1 (method “%2”).</source>
        <translation>Diese Konsole weiß nicht, wie %1 verbunden wird (Methode „%2“).</translation>
    </message>
    <message>
        <source>Disconnect “%1”?</source>
        <translation>„%1“ trennen?</translation>
    </message>
    <message>
        <source>Disconnect “%1”? It stops syncing. The connection and its sync history are kept, so you can reconnect it later.</source>
        <translation>„%1“ trennen? Die Synchronisierung endet. Die Verbindung und ihr Verlauf bleiben erhalten, sodass Sie sie später neu verbinden können.</translation>
    </message>
    <message>
        <source>“%1” disconnected; its history is kept.</source>
        <translation>„%1“ getrennt; der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Already syncing for %1 s.</source>
        <translation>Synchronisiert bereits seit %1 s.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Sync now is available again in %1 s.</source>
        <translation>„Jetzt synchronisieren“ ist in %1 s wieder verfügbar.</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Synchronisierung gestartet.</translation>
    </message>
    <message>
        <source>This console does not know how to reconnect “%1” (connector %2).</source>
        <translation>Diese Konsole weiß nicht, wie sie „%1“ neu verbinden soll (Konnektor %2).</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionDetailPane</name>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Wählen Sie eine Verbindung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Connection overview</source>
        <translation>Verbindungsübersicht</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionHistoryView</name>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>History range</source>
        <translation>Zeitraum des Verlaufs</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Details des Laufs</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionNotifier</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>“%1” needs attention</source>
        <translation>„%1“ braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 connections need attention</source>
        <translation>%1 Verbindungen brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Failing or needing re-authorization: %1.</source>
        <translation>Fehlerhaft oder neu zu autorisieren: %1.</translation>
    </message>
    <message>
        <source>“%1” recovered</source>
        <translation>„%1“ hat sich erholt</translation>
    </message>
    <message>
        <source>%1 connections recovered</source>
        <translation>%1 Verbindungen haben sich erholt</translation>
    </message>
    <message>
        <source>Recovered: %1.</source>
        <translation>Erholt: %1.</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionOverview</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <source>Why this badge?</source>
        <translation>Warum dieser Zustand?</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Support-Paket exportieren…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächste Synchronisierung</translation>
    </message>
    <message>
        <source>Syncing now</source>
        <translation>Synchronisiert gerade</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Ausgelöst durch</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Datenströme</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Geschriebene Datensätze</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Fehlerursache</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>Copy the full error to the clipboard</source>
        <translation>Den vollständigen Fehler in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the last error</source>
        <translation>Den letzten Fehler kopieren</translation>
    </message>
    <message>
        <source>Sync now (%1 s)</source>
        <translation>Jetzt synchronisieren (%1 s)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Eigentümer</translation>
    </message>
    <message>
        <source>@%1 (%2)</source>
        <translation>@%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 failed of %2</source>
        <translation>%1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Never ran</source>
        <translation>Noch nie gelaufen</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scheduled (%1 when connected)</source>
        <translation>Nicht geplant (%1, wenn verbunden)</translation>
    </message>
    <message>
        <source>After the running sync (%1)</source>
        <translation>Nach der laufenden Synchronisierung (%1)</translation>
    </message>
    <message>
        <source>Soon (%1)</source>
        <translation>Bald (%1)</translation>
    </message>
    <message>
        <source>Due now (%1)</source>
        <translation>Jetzt fällig (%1)</translation>
    </message>
    <message>
        <source>≈ %1 (%2)</source>
        <translation>≈ %1 (%2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Personal · no owner</source>
        <translation>Persönlich · kein Eigentümer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Scope / owner</source>
        <translation>Bereich / Eigentümer</translation>
    </message>
    <message>
        <source>Personal · %1</source>
        <translation>Persönlich · %1</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Verbindungen werden geladen…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Search name, connector, id or error  (Ctrl+F)</source>
        <translation>Name, Konnektor, ID oder Fehler suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Health: all</source>
        <translation>Zustand: alle</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Connector filter</source>
        <translation>Konnektorfilter</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Bereichsfilter</translation>
    </message>
    <message>
        <source>Any scope</source>
        <translation>Jeder Bereich</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connect HubSpot, Salesforce, Gmail, Slack and more to bring their data into this workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Verbindungen&lt;/h3&gt;&lt;p&gt;Verbinden Sie HubSpot, Salesforce, Gmail, Slack und mehr, um deren Daten in diesen Arbeitsbereich zu holen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connection matches&lt;/h3&gt;&lt;p&gt;Try another search or clear the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine passende Verbindung&lt;/h3&gt;&lt;p&gt;Versuchen Sie eine andere Suche oder setzen Sie die Filter zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen…</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Support-Paket exportieren…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Alle Konnektoren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Health: %n selected</source>
        <translation>
            <numerusform>Zustand: %n ausgewählt</numerusform>
            <numerusform>Zustand: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load connections</source>
        <translation>Verbindungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. Showing data last refreshed at %1; it may be stale.</source>
        <translation>Offline: Die Plattform ist nicht erreichbar. Angezeigt werden Daten vom Stand %1; sie können veraltet sein.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Neuer Versuch in %n s.</numerusform>
            <numerusform>Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>⚠ possibly stale (as of %1)</source>
        <translation>⚠ möglicherweise veraltet (Stand %1)</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Verbindungen durchsuchen</translation>
    </message>
</context>
<context>
    <name>cc::ConnectorBrowserFlow</name>
    <message>
        <source>No answer came back from the browser within 5 minutes, so the console stopped waiting. Nothing was changed; start again when you are ready.</source>
        <translation>Innerhalb von 5 Minuten kam keine Antwort vom Browser, daher wartet die Konsole nicht mehr. Nichts wurde geändert; beginnen Sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The provider approved the connection. Connections Console is checking it now.</source>
        <translation>Der Anbieter hat die Verbindung bestätigt. Connections Console prüft sie jetzt.</translation>
    </message>
    <message>
        <source>You denied access at the provider, so nothing was connected.</source>
        <translation>Sie haben den Zugriff beim Anbieter abgelehnt, daher wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>The authorization link expired or was already used. Start again.</source>
        <translation>Der Autorisierungslink ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The provider had a problem. Try again in a moment.</source>
        <translation>Beim Anbieter ist ein Problem aufgetreten. Versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>The provider reported an error: &quot;%1&quot;.</source>
        <translation>Der Anbieter meldete einen Fehler: „%1“.</translation>
    </message>
    <message>
        <source>The console could not listen for the browser&apos;s answer on this computer (%1).</source>
        <translation>Die Konsole konnte auf diesem Computer nicht auf die Antwort des Browsers warten (%1).</translation>
    </message>
    <message>
        <source>The platform did not start a browser sign-in for this connector.</source>
        <translation>Die Plattform hat für diesen Konnektor keine Browser-Anmeldung gestartet.</translation>
    </message>
    <message>
        <source>The browser reported success, but the platform could not confirm it: %1</source>
        <translation>Der Browser meldete Erfolg, aber die Plattform konnte ihn nicht bestätigen: %1</translation>
    </message>
</context>
<context>
    <name>cc::Console</name>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Connections Console</source>
        <translation>Connections Console</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The list of workspaces could not be loaded: %1</source>
        <translation>Die Liste der Arbeitsbereiche konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 was archived, and there is no other workspace to open. Sign in to another one.</source>
        <translation>%1 wurde archiviert, und es gibt keinen anderen Arbeitsbereich zum Öffnen. Melden Sie sich bei einem anderen an.</translation>
    </message>
    <message>
        <source>Sync cadence</source>
        <translation>Synchronisationsintervall</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Das Beenden</translation>
    </message>
</context>
<context>
    <name>cc::ConsoleController</name>
    <message>
        <source>Signed in (read-only)</source>
        <translation>Angemeldet (nur lesen)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
</context>
<context>
    <name>cc::ConvertEnvironmentDialog</name>
    <message>
        <source>Convert environment</source>
        <translation>Umgebung umstellen</translation>
    </message>
    <message>
        <source>“%1” is in %2. Choose the environment to convert it to, and check what the change affects before you confirm.</source>
        <translation>„%1“ ist in %2. Wählen Sie die Zielumgebung und prüfen Sie, was die Umstellung betrifft, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation>Zielumgebung</translation>
    </message>
    <message>
        <source>Convert &amp;to:</source>
        <translation>Umstellen &amp;auf:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the platform what converting to this environment affects</source>
        <translation>Die Plattform fragen, was die Umstellung auf diese Umgebung betrifft</translation>
    </message>
    <message>
        <source>Step 1: press Check to see the warnings.</source>
        <translation>Schritt 1: Drücken Sie „Prüfen“, um die Warnungen zu sehen.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings</source>
        <translation>Ich habe die Warnungen &amp;gelesen</translation>
    </message>
    <message>
        <source>Workspace slug</source>
        <translation>Kürzel des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Umstellen</translation>
    </message>
    <message>
        <source>There is no environment this workspace can be converted to.</source>
        <translation>Es gibt keine Umgebung, auf die dieser Arbeitsbereich umgestellt werden kann.</translation>
    </message>
    <message>
        <source>Step 1: press Check to see what converting to %1 affects.</source>
        <translation>Schritt 1: Drücken Sie „Prüfen“, um zu sehen, was die Umstellung auf %1 betrifft.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>No warnings: the platform sees nothing that converting to %1 would affect.</source>
        <translation>Keine Warnungen: Die Plattform sieht nichts, was die Umstellung auf %1 betreffen würde.</translation>
    </message>
    <message>
        <source>The platform refused the conversion: %1</source>
        <translation>Die Plattform hat die Umstellung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Wird umgestellt …</translation>
    </message>
    <message>
        <source>Check the target first</source>
        <translation>Prüfen Sie zuerst das Ziel</translation>
    </message>
    <message>
        <source>Tick that you have read the warnings</source>
        <translation>Bestätigen Sie, dass Sie die Warnungen gelesen haben</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s slug, %1</source>
        <translation>Geben Sie das Kürzel des Arbeitsbereichs ein, %1</translation>
    </message>
    <message numerus="yes">
        <source>The platform gives %n warning(s) about converting to %1. Read each one:</source>
        <translation>
            <numerusform>Die Plattform gibt %n Warnung zur Umstellung auf %1. Lesen Sie sie:</numerusform>
            <numerusform>Die Plattform gibt %n Warnungen zur Umstellung auf %1. Lesen Sie jede:</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 2: type the workspace&apos;s slug, &lt;nobr&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/nobr&gt;, to confirm:</source>
        <translation>Schritt 2: Geben Sie zur Bestätigung das Kürzel des Arbeitsbereichs ein, &lt;nobr&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/nobr&gt;:</translation>
    </message>
</context>
<context>
    <name>cc::DailyBarsChart</name>
    <message>
        <source>Runs per day</source>
        <translation>Läufe pro Tag</translation>
    </message>
    <message>
        <source>%1: history not loaded</source>
        <translation>%1: Verlauf nicht geladen</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
</context>
<context>
    <name>cc::DailyBucketsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
</context>
<context>
    <name>cc::DataSourceDialog</name>
    <message>
        <source>A REST API the platform polls: its base URL and auth.</source>
        <translation>Eine REST-API, die die Plattform abfragt: Basis-URL und Authentifizierung.</translation>
    </message>
    <message>
        <source>A FHIR server: its base URL and FHIR version.</source>
        <translation>Ein FHIR-Server: Basis-URL und FHIR-Version.</translation>
    </message>
    <message>
        <source>An EHR feed: the vendor and its endpoint.</source>
        <translation>Ein EHR-Feed: Hersteller und Endpunkt.</translation>
    </message>
    <message>
        <source>A database the platform reads: engine, host, port, database.</source>
        <translation>Eine Datenbank, die die Plattform liest: System, Host, Port, Datenbank.</translation>
    </message>
    <message>
        <source>Events pushed to the platform: the hook&apos;s path.</source>
        <translation>Ereignisse, die an die Plattform gesendet werden: der Pfad des Hooks.</translation>
    </message>
    <message>
        <source>Files dropped for the platform: where, and their format.</source>
        <translation>Dateien, die für die Plattform abgelegt werden: Ort und Format.</translation>
    </message>
    <message>
        <source>Any connection settings, as a JSON object.</source>
        <translation>Beliebige Verbindungseinstellungen als JSON-Objekt.</translation>
    </message>
    <message>
        <source>New data source</source>
        <translation>Neue Datenquelle</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>A data source keeps its name once created</source>
        <translation>Eine Datenquelle behält ihren Namen nach dem Anlegen</translation>
    </message>
    <message>
        <source>A data source keeps its type once created</source>
        <translation>Eine Datenquelle behält ihren Typ nach dem Anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>St&amp;rategie:</translation>
    </message>
    <message>
        <source>e.g. a cron expression, for scheduled</source>
        <translation>z. B. ein Cron-Ausdruck, für „scheduled“</translation>
    </message>
    <message>
        <source>Patient, Encounter, Observation</source>
        <translation>Patient, Encounter, Observation</translation>
    </message>
    <message>
        <source>Comma-separated; up to %1 types of at most %2 characters each</source>
        <translation>Durch Kommas getrennt; bis zu %1 Typen mit je höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Entity types:</source>
        <translation>&amp;Entitätstypen:</translation>
    </message>
    <message>
        <source>Poll this data source</source>
        <translation>Diese Datenquelle abfragen</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>A&amp;ktiv:</translation>
    </message>
    <message>
        <source>&amp;Connection config:</source>
        <translation>&amp;Verbindungskonfiguration:</translation>
    </message>
    <message>
        <source>Connection config</source>
        <translation>Verbindungskonfiguration</translation>
    </message>
    <message>
        <source>Field &amp;mappings:</source>
        <translation>Feld&amp;zuordnungen:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>A&amp;nlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>At most %1 entity types (%2 given)</source>
        <translation>Höchstens %1 Entitätstypen (%2 angegeben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>A scheduled data source needs a schedule</source>
        <translation>Eine zeitgesteuerte Datenquelle braucht einen Zeitplan</translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesController</name>
    <message>
        <source>The data sources could not be loaded: %1</source>
        <translation>Die Datenquellen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Sign in to change data sources</source>
        <translation>Melden Sie sich an, um Datenquellen zu ändern</translation>
    </message>
    <message>
        <source>Your role (%1) can read this workspace&apos;s data sources but not change them</source>
        <translation>Ihre Rolle (%1) kann die Datenquellen dieses Workspace lesen, aber nicht ändern</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Loading the last %n days…</source>
        <translation>
            <numerusform>Der letzte Tag wird geladen…</numerusform>
            <numerusform>Die letzten %n Tage werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Asking the platform to poll…</source>
        <translation>Die Plattform wird um eine Abfrage gebeten…</translation>
    </message>
    <message>
        <source>Queued at %1. Waiting for the poll to land…</source>
        <translation>Um %1 eingereiht. Warten auf das Ergebnis der Abfrage…</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>einem Moment</translation>
    </message>
    <message>
        <source>Already polling since %1; the last poll took %2 s. Try again when it ends.</source>
        <translation>Die Abfrage läuft bereits seit %1; die letzte Abfrage dauerte %2 s. Versuchen Sie es nach ihrem Ende erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The platform&apos;s sync runner is unavailable (503). Sync now is off for %n s.</source>
        <translation>
            <numerusform>Der Synchronisationsdienst der Plattform ist nicht erreichbar (503). „Jetzt synchronisieren“ ist für %n s gesperrt.</numerusform>
            <numerusform>Der Synchronisationsdienst der Plattform ist nicht erreichbar (503). „Jetzt synchronisieren“ ist für %n s gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sync requests (429). Sync now is off for %n s.</source>
        <translation>
            <numerusform>Zu viele Synchronisationsanfragen (429). „Jetzt synchronisieren“ ist für %n s gesperrt.</numerusform>
            <numerusform>Zu viele Synchronisationsanfragen (429). „Jetzt synchronisieren“ ist für %n s gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform failed (%1). Sync now is off for %n s.</source>
        <translation>
            <numerusform>Die Plattform ist gescheitert (%1). „Jetzt synchronisieren“ ist für %n s gesperrt.</numerusform>
            <numerusform>Die Plattform ist gescheitert (%1). „Jetzt synchronisieren“ ist für %n s gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>That data source no longer exists (404): someone deleted it. The list is reloaded.</source>
        <translation>Diese Datenquelle gibt es nicht mehr (404): Jemand hat sie gelöscht. Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>The platform refused the request (400): %1</source>
        <translation>Die Plattform hat die Anfrage abgelehnt (400): %1</translation>
    </message>
    <message>
        <source>Sync now failed: %1</source>
        <translation>„Jetzt synchronisieren“ ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The sync is queued, but its poll has not landed yet. Press F5 later.</source>
        <translation>Die Synchronisation ist eingereiht, aber ihre Abfrage ist noch nicht abgeschlossen. Drücken Sie später F5.</translation>
    </message>
    <message numerus="yes">
        <source>Polled at %1: %n event(s), status %2.</source>
        <translation>
            <numerusform>Um %1 abgefragt: %n Ereignis, Status %2.</numerusform>
            <numerusform>Um %1 abgefragt: %n Ereignisse, Status %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data source %1 created</source>
        <translation>Datenquelle %1 angelegt</translation>
    </message>
    <message>
        <source>Data source %1 saved</source>
        <translation>Datenquelle %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation>Datenquelle löschen</translation>
    </message>
    <message>
        <source>Delete the data source %1? The platform stops polling it and removes it with its event history. This cannot be undone.</source>
        <translation>Die Datenquelle %1 löschen? Die Plattform fragt sie nicht mehr ab und entfernt sie mit ihrem Ereignisverlauf. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Data source %1 deleted</source>
        <translation>Datenquelle %1 gelöscht</translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesModel</name>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>File drop</source>
        <translation>Dateiablage</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>FHIR store</source>
        <translation>FHIR-Speicher</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>EHR</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>SMART on FHIR</source>
        <translation>SMART on FHIR</translation>
    </message>
    <message>
        <source>Customer intake</source>
        <translation>Kundenaufnahme</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (name: %2)</source>
        <translation>%1 (Name: %2)</translation>
    </message>
    <message>
        <source>Events in the latest poll</source>
        <translation>Ereignisse der letzten Abfrage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The server&apos;s order; this list is not sorted in the console.</source>
        <translation>Die Reihenfolge des Servers; die Konsole sortiert diese Liste nicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a data source&apos;s sync strategy (its schedule)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesPage</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&amp;New data source…</source>
        <translation>&amp;Neue Datenquelle…</translation>
    </message>
    <message>
        <source>Search names, ids, types and sync status…</source>
        <translation>Namen, IDs, Typen und Synchronisationsstatus durchsuchen…</translation>
    </message>
    <message>
        <source>Search data sources</source>
        <translation>Datenquellen durchsuchen</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktive und inaktive</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filter nach Aktivität</translation>
    </message>
    <message>
        <source>Source types</source>
        <translation>Quelltypen</translation>
    </message>
    <message>
        <source>59 min ago</source>
        <translation>vor 59 Min.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n Typ</numerusform>
            <numerusform>%n Typen</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Health status</source>
        <translation>Zustandsstatus</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Events in last poll</source>
        <translation>Ereignisse der letzten Abfrage</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Letzte Zustandsprüfung</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Entitätstypen</translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation>Entdeckt durch</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Connection config</source>
        <translation>Verbindungskonfiguration</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>History range</source>
        <translation>Zeitraum des Verlaufs</translation>
    </message>
    <message>
        <source>Click a day, or use the arrow keys, to list its failures</source>
        <translation>Klicken Sie auf einen Tag oder benutzen Sie die Pfeiltasten, um seine Fehlschläge aufzulisten</translation>
    </message>
    <message>
        <source>Failed events</source>
        <translation>Fehlgeschlagene Ereignisse</translation>
    </message>
    <message>
        <source>&amp;All days</source>
        <translation>&amp;Alle Tage</translation>
    </message>
    <message>
        <source>Show the failures of every day in the range</source>
        <translation>Die Fehlschläge aller Tage des Zeitraums zeigen</translation>
    </message>
    <message>
        <source>Copy the selected failed events (Ctrl+C): as text for a ticket, and as tab-separated values for a spreadsheet</source>
        <translation>Die ausgewählten fehlgeschlagenen Ereignisse kopieren (Strg+C): als Text für ein Ticket und als tabulatorgetrennte Werte für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s) on this day, but the platform lists only its %1 newest failures, and this day&apos;s are older.</source>
        <translation>
            <numerusform>%n fehlgeschlagenes Ereignis an diesem Tag, aber die Plattform listet nur ihre %1 neuesten Fehlschläge, und die dieses Tages sind älter.</numerusform>
            <numerusform>%n fehlgeschlagene Ereignisse an diesem Tag, aber die Plattform listet nur ihre %1 neuesten Fehlschläge, und die dieses Tages sind älter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed events on this day.</source>
        <translation>Keine fehlgeschlagenen Ereignisse an diesem Tag.</translation>
    </message>
    <message>
        <source>Register a new data source in this workspace</source>
        <translation>Eine neue Datenquelle in diesem Workspace anlegen</translation>
    </message>
    <message>
        <source>Change this data source&apos;s settings</source>
        <translation>Die Einstellungen dieser Datenquelle ändern</translation>
    </message>
    <message>
        <source>Delete this data source (asks for its name)</source>
        <translation>Diese Datenquelle löschen (fragt nach ihrem Namen)</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;ync now (in %n s)</source>
        <translation>
            <numerusform>&amp;Jetzt synchronisieren (in %n s)</numerusform>
            <numerusform>&amp;Jetzt synchronisieren (in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform asked to wait before the next sync request</source>
        <translation>Die Plattform hat gebeten, vor der nächsten Synchronisationsanfrage zu warten</translation>
    </message>
    <message>
        <source>Ask the platform to poll this data source now</source>
        <translation>Die Plattform bitten, diese Datenquelle jetzt abzufragen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>%1 of %2 data sources loaded</source>
        <translation>%1 von %2 Datenquellen geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded</source>
        <translation>
            <numerusform>%n Datenquelle geladen</numerusform>
            <numerusform>%n Datenquellen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a data source to see its fields, status and history.</source>
        <translation>Wählen Sie eine Datenquelle, um ihre Felder, ihren Status und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Events: %1 · synced: %2 · failed: %3 (%4 % failure rate)</source>
        <translation>Ereignisse: %1 · synchronisiert: %2 · fehlgeschlagen: %3 (Fehlerquote %4 %)</translation>
    </message>
    <message>
        <source>Status not loaded: %1</source>
        <translation>Status nicht geladen: %1</translation>
    </message>
    <message>
        <source>Failures rose on %1: %2 % of that day&apos;s events failed, against %3 % on a typical day.</source>
        <translation>Die Fehlschläge stiegen am %1: %2 % der Ereignisse dieses Tages schlugen fehl, gegenüber %3 % an einem gewöhnlichen Tag.</translation>
    </message>
    <message numerus="yes">
        <source>About %1 % of events fail on a typical day; no day of the last %n days stands out.</source>
        <translation>
            <numerusform>An einem gewöhnlichen Tag schlagen etwa %1 % der Ereignisse fehl; der letzte Tag fällt nicht auf.</numerusform>
            <numerusform>An einem gewöhnlichen Tag schlagen etwa %1 % der Ereignisse fehl; keiner der letzten %n Tage fällt auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failed events in the last %n days.</source>
        <translation>
            <numerusform>Keine fehlgeschlagenen Ereignisse am letzten Tag.</numerusform>
            <numerusform>Keine fehlgeschlagenen Ereignisse in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 data sources loaded; loading more…</source>
        <translation>%1 von %2 Datenquellen geladen; weitere werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded; loading more…</source>
        <translation>
            <numerusform>%n Datenquelle geladen; weitere werden geladen…</numerusform>
            <numerusform>%n Datenquellen geladen; weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 data sources loaded; scroll down for more</source>
        <translation>%1 von %2 Datenquellen geladen; für weitere nach unten blättern</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n Datenquelle geladen; für weitere nach unten blättern</numerusform>
            <numerusform>%n Datenquellen geladen; für weitere nach unten blättern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform lists its %1 newest failed events; the chart counts %n in these days. Copy copies the rows listed.</source>
        <translation>
            <numerusform>Die Plattform führt ihre %1 neuesten fehlgeschlagenen Ereignisse auf; das Diagramm zählt in diesen Tagen %n. „Kopieren“ kopiert die aufgeführten Zeilen.</numerusform>
            <numerusform>Die Plattform führt ihre %1 neuesten fehlgeschlagenen Ereignisse auf; das Diagramm zählt in diesen Tagen %n. „Kopieren“ kopiert die aufgeführten Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed: %1 of this day&apos;s %n failed event(s). The platform lists only its %2 newest failures; Copy copies the rows listed.</source>
        <translation>
            <numerusform>Aufgeführt: %1 der %n fehlgeschlagenen Ereignisse dieses Tages. Die Plattform führt nur ihre %2 neuesten Fehler auf; „Kopieren“ kopiert die aufgeführten Zeilen.</numerusform>
            <numerusform>Aufgeführt: %1 der %n fehlgeschlagenen Ereignisse dieses Tages. Die Plattform führt nur ihre %2 neuesten Fehler auf; „Kopieren“ kopiert die aufgeführten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New data source…</source>
        <translation>Neue Datenquelle…</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Failed events on %1</source>
        <translation>Fehlgeschlagene Ereignisse am %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No data source matches&lt;/h3&gt;&lt;p&gt;Nothing in this workspace matches the search and filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine passende Datenquelle&lt;/h3&gt;&lt;p&gt;Nichts in diesem Arbeitsbereich passt zu Suche und Filtern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No data sources yet&lt;/h3&gt;&lt;p&gt;A data source brings an EHR, FHIR or REST feed into this workspace. Register one to see its events here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Datenquellen&lt;/h3&gt;&lt;p&gt;Eine Datenquelle bringt einen EHR-, FHIR- oder REST-Feed in diesen Arbeitsbereich. Legen Sie eine an, um hier ihre Ereignisse zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data source overview</source>
        <translation>Datenquellenübersicht</translation>
    </message>
    <message>
        <source>Data source details</source>
        <translation>Details der Datenquelle</translation>
    </message>
    <message>
        <source>Loading status…</source>
        <translation>Status wird geladen…</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s label in the data source&apos;s overview (&quot;Name:&quot;); French puts a space before the colon</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>cc::DurationChart</name>
    <message>
        <source>Run duration over time</source>
        <translation>Laufdauer im Zeitverlauf</translation>
    </message>
    <message>
        <source>Run duration (longest %1 s)</source>
        <translation>Laufdauer (längste %1 s)</translation>
    </message>
    <message numerus="yes">
        <source>The run of %1 took %n s and failed.</source>
        <translation>
            <numerusform>Der Lauf vom %1 dauerte %n s und schlug fehl.</numerusform>
            <numerusform>Der Lauf vom %1 dauerte %n s und schlug fehl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run of %1 took %n s.</source>
        <translation>
            <numerusform>Der Lauf vom %1 dauerte %n s.</numerusform>
            <numerusform>Der Lauf vom %1 dauerte %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::EditConnectionDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Eigentümer</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>cc::FailuresController</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>From the platform&apos;s workspace runs</source>
        <translation>Aus den Läufen des Arbeitsbereichs auf der Plattform</translation>
    </message>
    <message>
        <source>Fetched per connection (the platform has no workspace runs call)</source>
        <translation>Je Verbindung abgerufen (die Plattform bietet keinen Aufruf für alle Läufe)</translation>
    </message>
    <message numerus="yes">
        <source>Fetched per connection; the runs of %n connection(s) could not be read: %1</source>
        <translation>
            <numerusform>Pro Verbindung abgerufen; die Läufe von %n Verbindung konnten nicht gelesen werden: %1</numerusform>
            <numerusform>Pro Verbindung abgerufen; die Läufe von %n Verbindungen konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::FailuresModel</name>
    <message>
        <source>Reason</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>Unbekannter Grund</translation>
    </message>
    <message>
        <source>Partial: some streams failed</source>
        <translation>Teilweise: einige Datenströme fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cc::FailuresPage</name>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Affected connections (Enter or double-click opens one):</source>
        <translation>Betroffene Verbindungen (Eingabe oder Doppelklick öffnet eine):</translation>
    </message>
    <message>
        <source>%1 failed or partial runs</source>
        <translation>%1 fehlgeschlagene oder teilweise Läufe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 connections</source>
        <translation>%1 von %2 Verbindungen</translation>
    </message>
    <message>
        <source>Failures by reason and connector</source>
        <translation>Fehler nach Grund und Konnektor</translation>
    </message>
    <message>
        <source>Affected connections</source>
        <translation>Betroffene Verbindungen</translation>
    </message>
</context>
<context>
    <name>cc::HandleConnectFlow</name>
    <message>
        <source>That account is already tracked; it is selected.</source>
        <translation>Dieses Konto wird bereits verfolgt; es ist ausgewählt.</translation>
    </message>
    <message>
        <source>Reconnected; a sync is running.</source>
        <translation>Neu verbunden; eine Synchronisierung läuft.</translation>
    </message>
</context>
<context>
    <name>cc::HandleDialog</name>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Track this account</source>
        <translation>Dieses Konto verfolgen</translation>
    </message>
    <message>
        <source>Track a %1 account</source>
        <translation>Ein %1-Konto verfolgen</translation>
    </message>
    <message>
        <source>Enter the account&apos;s handle.</source>
        <translation>Geben Sie den Kontonamen ein.</translation>
    </message>
    <message>
        <source>@%1 · %2 followers</source>
        <translation>@%1 · %2 Follower</translation>
    </message>
</context>
<context>
    <name>cc::HealthSummaryBar</name>
    <message>
        <source>Click to show only these; Ctrl+click to add to the filter.</source>
        <translation>Klicken, um nur diese anzuzeigen; Strg+Klick, um sie dem Filter hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n connections:</source>
        <translation>
            <numerusform>%n Verbindung:</numerusform>
            <numerusform>%n Verbindungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n gesund</numerusform>
            <numerusform>%n gesund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>connections in error</comment>
        <translation>
            <numerusform>%n mit Fehler</numerusform>
            <numerusform>%n mit Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate limited</source>
        <translation>
            <numerusform>%n gedrosselt</numerusform>
            <numerusform>%n gedrosselt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n syncing</source>
        <translation>
            <numerusform>%n synchronisiert gerade</numerusform>
            <numerusform>%n synchronisieren gerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs re-auth</source>
        <translation>
            <numerusform>%n braucht neue Anmeldung</numerusform>
            <numerusform>%n brauchen neue Anmeldung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n getrennt</numerusform>
            <numerusform>%n getrennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s)</source>
        <translation>
            <numerusform>%1: %n Verbindung</numerusform>
            <numerusform>%1: %n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::HistoryController</name>
    <message>
        <source>Export support bundle</source>
        <translation>Support-Paket exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The support bundle could not be saved: %1</source>
        <translation>Das Support-Paket konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Support bundle saved to %1 (runs as CSV in %2)</source>
        <translation>Support-Paket gespeichert unter %1 (Läufe als CSV in %2)</translation>
    </message>
    <message>
        <source>Replace the CSV file?</source>
        <translation>CSV-Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists next to the bundle. Replace it with this bundle&apos;s runs?</source>
        <translation>„%1“ liegt bereits neben dem Paket. Durch die Läufe dieses Pakets ersetzen?</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was left as it was.</source>
        <translation>Export abgebrochen: %1 blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>cc::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Added by this stage</source>
        <translation>%1
Von dieser Stufe hinzugefügt</translation>
    </message>
    <message>
        <source>%1
Changed by this stage</source>
        <translation>%1
Von dieser Stufe geändert</translation>
    </message>
    <message>
        <source>%1
Moved here from %2</source>
        <translation>%1
Hierher verschoben von %2</translation>
    </message>
    <message>
        <source>%1
Moved with its parent</source>
        <translation>%1
Mit dem übergeordneten Knoten verschoben</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>cc::JsonTreeView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 as JSON</source>
        <translation>%1 als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>cc::LoopbackListener</name>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>The request was larger than a browser redirect can be.</source>
        <translation>Die Anfrage war größer, als eine Browser-Weiterleitung sein kann.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>That was not an HTTP request.</source>
        <translation>Das war keine HTTP-Anfrage.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing is waiting at this address.</source>
        <translation>Unter dieser Adresse wartet nichts.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>Hier wird nur GET angenommen.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>This address only answers the browser redirect it is waiting for.</source>
        <translation>Diese Adresse beantwortet nur die Browser-Weiterleitung, auf die sie wartet.</translation>
    </message>
    <message>
        <source>Not the expected answer</source>
        <translation>Nicht die erwartete Antwort</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in or connection that Connections Console is waiting for. Nothing was changed.</source>
        <translation>Dieser Link gehört nicht zu der Anmeldung oder Verbindung, auf die Connections Console wartet. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>It did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>The provider answered: %1</source>
        <translation>Der Anbieter antwortete: %1</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>Connections Console</source>
        <translation>Connections Console</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 of %2 connections shown</source>
        <translation>%1 von %2 Verbindungen angezeigt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Next needing attention</source>
        <translation>&amp;Nächste mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>&amp;Previous needing attention</source>
        <translation>&amp;Vorherige mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC anzeigen</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Neu verbinden…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>E&amp;xport support bundle…</source>
        <translation>Support-Paket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Connections Console</source>
        <translation>&amp;Über Connections Console</translation>
    </message>
    <message>
        <source>About Connections Console</source>
        <translation>Über Connections Console</translation>
    </message>
    <message>
        <source>Workspace %1 on %2</source>
        <translation>Arbeitsbereich %1 auf %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Switch &amp;workspace…</source>
        <translation>&amp;Arbeitsbereich wechseln …</translation>
    </message>
    <message>
        <source>There is no other workspace to switch to.</source>
        <translation>Es gibt keinen anderen Arbeitsbereich, zu dem gewechselt werden kann.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for a data platform: its connections, workspaces and data sources.&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;%2&quot;&gt;Apache License 2.0&lt;/a&gt;. Built with Qt %3 (LGPL-3.0) and QtKeychain (BSD-3-Clause). The sandbox platform, connections-sandbox, uses Qt HTTP Server (GPL-3.0) and ships as its own package.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Project website&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Konsole für eine Datenplattform: ihre Verbindungen, Arbeitsbereiche und Datenquellen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der &lt;a href=&quot;%2&quot;&gt;Apache License 2.0&lt;/a&gt;. Erstellt mit Qt %3 (LGPL-3.0) und QtKeychain (BSD-3-Clause). Die Sandbox-Plattform connections-sandbox verwendet Qt HTTP Server (GPL-3.0) und wird als eigenes Paket ausgeliefert.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Website des Projekts&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>%1 — Connections Console</source>
        <translation>%1 — Connections Console</translation>
    </message>
    <message>
        <source>Loading connections</source>
        <translation>Verbindungen werden geladen</translation>
    </message>
    <message>
        <source>%L1 of %L2 connections</source>
        <extracomment>The status bar while the connection list arrives in pages</extracomment>
        <translation>%L1 von %L2 Verbindungen</translation>
    </message>
</context>
<context>
    <name>cc::OAuthConnectFlow</name>
    <message>
        <source>Connected: “%1” is running its first sync.</source>
        <translation>Verbunden: „%1“ führt die erste Synchronisierung aus.</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Reconnect “%1”</source>
        <translation>„%1“ neu verbinden</translation>
    </message>
</context>
<context>
    <name>cc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Background refresh interval</source>
        <translation>Intervall der Aktualisierung im Hintergrund</translation>
    </message>
    <message>
        <source>While nothing is syncing, the connections are refreshed this often, and not while the window is hidden or minimised. 0 turns it off.</source>
        <translation>Solange nichts synchronisiert, werden die Verbindungen so oft aktualisiert, nicht aber, während das Fenster verborgen oder minimiert ist. 0 schaltet es ab.</translation>
    </message>
    <message>
        <source>&amp;Background refresh:</source>
        <translation>Aktualisierung im &amp;Hintergrund:</translation>
    </message>
</context>
<context>
    <name>cc::RunsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation>Verbindung: %1 (%2)</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Triggered by: %1</source>
        <translation>Ausgelöst durch: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Streams: %1 failed of %2</source>
        <translation>Datenströme: %1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Records written: %1</source>
        <translation>Geschriebene Datensätze: %1</translation>
    </message>
    <message>
        <source>Error reason: %1</source>
        <translation>Fehlerursache: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Ausgelöst durch</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Streams failed</source>
        <translation>Fehlgeschlagene Datenströme</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Fehlerursache</translation>
    </message>
</context>
<context>
    <name>cc::SandboxLauncher</name>
    <message>
        <source>The sandbox could not be started (%1).</source>
        <translation>Die Sandbox konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1).</source>
        <translation>Die Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The sandbox program (connections-sandbox) was not found.</source>
        <translation>Das Sandbox-Programm (connections-sandbox) wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>cc::SecretStore</name>
    <message>
        <source>No keychain is available (no Secret Service on the session bus). Install and start gnome-keyring or KWallet to stay signed in. You can go on now, but you will need to sign in again next time.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (kein Secret Service am Sitzungsbus). Installieren und starten Sie gnome-keyring oder KWallet, um angemeldet zu bleiben. Sie können jetzt weiterarbeiten, müssen sich beim nächsten Mal aber erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>cc::Session</name>
    <message>
        <source>Your sign-in has ended (the platform revoked it). Sign in again.</source>
        <translation>Ihre Anmeldung ist beendet (die Plattform hat sie widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelesen werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server issued no refresh token, so the sign-in was not saved and ends at %1; sign in again then.</source>
        <translation>Der Anmeldeserver hat kein Aktualisierungstoken ausgestellt; die Anmeldung wurde daher nicht gespeichert und endet um %1. Melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>cc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search by action or key</source>
        <translation>Nach Aktion oder Taste suchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>cc::SignInController</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Signed in — not saved: you will need to sign in again next time</source>
        <translation>Angemeldet — nicht gespeichert: beim nächsten Mal erneut anmelden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in with the browser</source>
        <translation>Mit dem Browser angemeldet</translation>
    </message>
    <message>
        <source>Signed in with an API key</source>
        <translation>Mit API-Schlüssel angemeldet</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>The sign-in server issued no refresh token: this sign-in ends at %1, and you will need to sign in again then.</source>
        <translation>Der Anmeldeserver hat kein Aktualisierungstoken ausgestellt: Diese Anmeldung endet um %1, danach müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Wechsel zu %1 …</translation>
    </message>
    <message>
        <source>The saved sign-in to %1 has ended. Sign in again in the browser.</source>
        <translation>Die gespeicherte Anmeldung bei %1 ist abgelaufen. Melden Sie sich im Browser erneut an.</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Die Abmeldung</translation>
    </message>
    <message>
        <source>Switching to %1</source>
        <translation>Der Wechsel zu %1</translation>
    </message>
    <message>
        <source>Now in %1.</source>
        <translation>Jetzt in %1.</translation>
    </message>
</context>
<context>
    <name>cc::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>cc::SignInFlow</name>
    <message>
        <source>No answer came back from the browser within 5 minutes; sign-in stopped. Try again.</source>
        <translation>Innerhalb von 5 Minuten kam keine Antwort vom Browser; die Anmeldung wurde beendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The platform approved the sign-in. Connections Console is finishing it now.</source>
        <translation>Die Plattform hat die Anmeldung bestätigt. Connections Console schließt sie jetzt ab.</translation>
    </message>
    <message>
        <source>The sign-in server must use https (or be on this computer).</source>
        <translation>Der Anmeldeserver muss https verwenden (oder auf diesem Computer laufen).</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server (%1).</source>
        <translation>Der Anmeldeserver ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The server does not publish OAuth sign-in metadata (HTTP %1).</source>
        <translation>Der Server veröffentlicht keine OAuth-Anmeldemetadaten (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in metadata names another issuer; refusing it.</source>
        <translation>Die Anmeldemetadaten nennen einen anderen Aussteller; sie werden abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in endpoints must use https (or be on this computer).</source>
        <translation>Die Anmelde-Endpunkte müssen https verwenden (oder auf diesem Computer laufen).</translation>
    </message>
    <message>
        <source>The sign-in server does not support PKCE S256.</source>
        <translation>Der Anmeldeserver unterstützt PKCE S256 nicht.</translation>
    </message>
    <message>
        <source>The console could not listen for the browser&apos;s answer on this computer (%1).</source>
        <translation>Die Konsole konnte auf diesem Computer nicht auf die Antwort des Browsers warten (%1).</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in server answered: %1 %2</source>
        <translation>Der Anmeldeserver antwortete: %1 %2</translation>
    </message>
    <message>
        <source>The answer came from another sign-in server; refusing it (mix-up protection).</source>
        <translation>Die Antwort kam von einem anderen Anmeldeserver; sie wird abgelehnt (Schutz vor Verwechslung).</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
    </message>
    <message>
        <source>The sign-in server refused the code: %1 %2</source>
        <translation>Der Anmeldeserver hat den Code abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>The sign-in server promised to name itself in its answer (RFC 9207) but did not; refusing it (mix-up protection).</source>
        <translation>Der Anmeldeserver hat zugesagt, sich in seiner Antwort zu nennen (RFC 9207), tat es aber nicht; die Antwort wird abgelehnt (Schutz vor Verwechslung).</translation>
    </message>
</context>
<context>
    <name>cc::SyncFailuresModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>FHIR resource</source>
        <translation>FHIR-Ressource</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message numerus="yes">
        <source>Data source: %1 — %n failed event(s)</source>
        <translation>
            <numerusform>Datenquelle: %1 — %n fehlgeschlagenes Ereignis</numerusform>
            <numerusform>Datenquelle: %1 — %n fehlgeschlagene Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Event %1 (%2) at %3
  FHIR resource: %4
  Error: %5</source>
        <translation>Ereignis %1 (%2) am %3
  FHIR-Ressource: %4
  Fehler: %5</translation>
    </message>
</context>
<context>
    <name>cc::WebhookConnectFlow</name>
    <message>
        <source>Reconnected; a sync is running.</source>
        <translation>Neu verbunden; eine Synchronisierung läuft.</translation>
    </message>
</context>
<context>
    <name>cc::WebhookSecretDialog</name>
    <message>
        <source>%1 webhook created</source>
        <translation>%1-Webhook erstellt</translation>
    </message>
    <message>
        <source>Paste the URL and the signing secret into %1&apos;s webhook settings.</source>
        <translation>Fügen Sie die URL und das Signaturgeheimnis in die Webhook-Einstellungen von %1 ein.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret will not be shown again.&lt;/b&gt; Copy it now; if it is lost, reconnect the webhook to get a new one.</source>
        <translation>&lt;b&gt;Dieses Geheimnis wird nicht noch einmal angezeigt.&lt;/b&gt; Kopieren Sie es jetzt; geht es verloren, verbinden Sie den Webhook neu, um ein neues zu erhalten.</translation>
    </message>
</context>
<context>
    <name>cc::WelcomePage</name>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Mit Browser anmelden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Connections Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Connections Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>See at a glance what your workspace is connected to and how each connection is doing, and bring failed connections back.</source>
        <translation>Sehen Sie auf einen Blick, womit Ihr Arbeitsbereich verbunden ist und wie es jeder Verbindung geht, und bringen Sie fehlgeschlagene Verbindungen zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; The sandbox is a practice platform on this computer with a demo workspace: every kind of connection and failure, nothing real at stake.</source>
        <translation>&lt;b&gt;Neu hier?&lt;/b&gt; Die Sandbox ist eine Übungsplattform auf diesem Computer mit einem Demo-Arbeitsbereich: jede Art von Verbindung und Fehler, ohne echtes Risiko.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect to a platform URL&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mit einer Plattform-URL verbinden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Paste an API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Use API key</source>
        <translation>API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://platform.example.com.</source>
        <translation>Geben Sie die Adresse der Plattform ein, z. B. https://platform.example.com.</translation>
    </message>
    <message>
        <source>Paste an API key for that platform.</source>
        <translation>Fügen Sie einen API-Schlüssel für diese Plattform ein.</translation>
    </message>
    <message>
        <source>Automatic: openid offline_access when the server offers them</source>
        <translation>Automatisch: openid offline_access, wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>The OAuth scope the browser sign-in asks for. Leave empty unless your identity provider needs a particular one.</source>
        <translation>Der OAuth-Scope, den die Browser-Anmeldung anfordert. Leer lassen, außer Ihr Identitätsanbieter verlangt einen bestimmten.</translation>
    </message>
    <message>
        <source>Sign-in scope</source>
        <translation>Anmelde-Scope</translation>
    </message>
</context>
<context>
    <name>cc::WorkspaceController</name>
    <message>
        <source>Workspace settings saved</source>
        <translation>Einstellungen des Arbeitsbereichs gespeichert</translation>
    </message>
    <message>
        <source>%1 is provisioned.</source>
        <translation>%1 ist bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 is now in %2.</source>
        <translation>%1 ist jetzt in %2.</translation>
    </message>
    <message>
        <source>Archive workspace</source>
        <translation>Arbeitsbereich archivieren</translation>
    </message>
    <message>
        <source>Archive the workspace %1 (%2)? Its API keys and sign-ins stop working, its connections and data sources stop syncing, and it leaves the workspace list. Its records and history are kept on the platform, but only platform support can bring it back. Type the workspace&apos;s slug to confirm.</source>
        <translation>Den Arbeitsbereich %1 (%2) archivieren? Seine API-Schlüssel und Anmeldungen funktionieren nicht mehr, seine Verbindungen und Datenquellen synchronisieren nicht mehr, und er verschwindet aus der Liste der Arbeitsbereiche. Seine Daten und sein Verlauf bleiben auf der Plattform, doch nur der Plattform-Support kann ihn zurückholen. Geben Sie zur Bestätigung das Kürzel des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>The workspace was not archived: %1</source>
        <translation>Der Arbeitsbereich wurde nicht archiviert: %1</translation>
    </message>
    <message>
        <source>Workspace %1 archived</source>
        <translation>Arbeitsbereich %1 archiviert</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the platform now has %n test caller number(s).</source>
        <translation>
            <numerusform>Gespeichert: Die Plattform hat jetzt %n Testanrufernummer.</numerusform>
            <numerusform>Gespeichert: Die Plattform hat jetzt %n Testanrufernummern.</numerusform>
        </translation>
    </message>
    <message>
        <source>You changed the settings and the test caller numbers of %1 and did not save them. %2 discards these changes.</source>
        <translation>Sie haben die Einstellungen und die Testanrufernummern von %1 geändert und nicht gespeichert. %2 verwirft diese Änderungen.</translation>
    </message>
    <message>
        <source>You changed the settings of %1 and did not save them. %2 discards these changes.</source>
        <translation>Sie haben die Einstellungen von %1 geändert und nicht gespeichert. %2 verwirft diese Änderungen.</translation>
    </message>
    <message>
        <source>You changed the test caller numbers of %1 and did not save them. %2 discards these changes.</source>
        <translation>Sie haben die Testanrufernummern von %1 geändert und nicht gespeichert. %2 verwirft diese Änderungen.</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>Ungespeicherte Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Cancel to go back to the Workspace page and save them first.</source>
        <translation>Mit „Abbrechen“ kehren Sie zur Seite „Arbeitsbereich“ zurück und können sie zuerst speichern.</translation>
    </message>
</context>
<context>
    <name>cc::WorkspacePage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>EHR connector</source>
        <translation>EHR-Connector</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>EHR connec&amp;tor:</source>
        <translation>EHR-Connec&amp;tor:</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Backend organisation:</source>
        <translation>Backend-Organisation:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Bereitgestellt:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the settings as the platform has them</source>
        <translation>Die Einstellungen so zurücksetzen, wie die Plattform sie hat</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Provision workspace</source>
        <translation>Arbeitsbereich &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Environment conversion</source>
        <translation>Umstellung der Umgebung</translation>
    </message>
    <message>
        <source>C&amp;onvert environment…</source>
        <translation>Umgebung umstell&amp;en …</translation>
    </message>
    <message>
        <source>Test caller numbers</source>
        <translation>Testanrufernummern</translation>
    </message>
    <message>
        <source>Calls from these numbers are treated as test calls. Each is an E.164 number: a + and 2 to 15 digits, the first not 0, such as +15555550100. Double-click a number to edit it.</source>
        <translation>Anrufe von diesen Nummern gelten als Testanrufe. Jede ist eine E.164-Nummer: ein + und 2 bis 15 Ziffern, die erste nicht 0, etwa +15555550100. Doppelklicken Sie auf eine Nummer, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>New test caller number</source>
        <translation>Neue Testanrufernummer</translation>
    </message>
    <message>
        <source>Ne&amp;w number:</source>
        <translation>Neue Numme&amp;r:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selected numbers (Delete)</source>
        <translation>Die ausgewählten Nummern entfernen (Entf)</translation>
    </message>
    <message>
        <source>Put back the numbers as the platform has them</source>
        <translation>Die Nummern so zurücksetzen, wie die Plattform sie hat</translation>
    </message>
    <message>
        <source>Save test ca&amp;llers</source>
        <translation>Testanrufer s&amp;peichern</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archiving takes the workspace out of service: its API keys and sign-ins stop working and it leaves the workspace list. Its connections, data sources, integrations and history are kept on the platform.</source>
        <translation>Archivieren nimmt den Arbeitsbereich außer Betrieb: Seine API-Schlüssel und Anmeldungen funktionieren nicht mehr, und er verschwindet aus der Liste der Arbeitsbereiche. Seine Verbindungen, Datenquellen, Integrationen und sein Verlauf bleiben auf der Plattform.</translation>
    </message>
    <message>
        <source>&amp;Archive workspace…</source>
        <translation>Arbeitsbereich arch&amp;ivieren …</translation>
    </message>
    <message>
        <source>The workspace has not loaded yet.</source>
        <translation>Der Arbeitsbereich ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Only the workspace owner may archive it. You are signed in with another role.</source>
        <translation>Nur der Eigentümer des Arbeitsbereichs darf ihn archivieren. Sie sind mit einer anderen Rolle angemeldet.</translation>
    </message>
    <message>
        <source>You are signed in as a viewer: you can see the workspace but not change it.</source>
        <translation>Sie sind als Betrachter angemeldet: Sie sehen den Arbeitsbereich, können ihn aber nicht ändern.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting has changed</source>
        <translation>Nichts zu speichern: Keine Einstellung wurde geändert</translation>
    </message>
    <message>
        <source>Already provisioned on %1</source>
        <translation>Bereits bereitgestellt am %1</translation>
    </message>
    <message>
        <source>Correct the numbers marked as not E.164 first</source>
        <translation>Korrigieren Sie zuerst die als nicht E.164 markierten Nummern</translation>
    </message>
    <message>
        <source>Nothing to save: the list has not changed</source>
        <translation>Nichts zu speichern: Die Liste hat sich nicht geändert</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Arbeitsbereich wird geladen …</translation>
    </message>
    <message>
        <source>The workspace could not be loaded</source>
        <translation>Der Arbeitsbereich konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 Press F5 to try again.</source>
        <translation>%1 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Not provisioned</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Provisioned on %1. The backend organisation is %2; provisioning again changes nothing.</source>
        <translation>Bereitgestellt am %1. Die Backend-Organisation ist %2; erneutes Bereitstellen ändert nichts.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Not provisioned yet. Provisioning creates the workspace&apos;s backend organisation and its built-in integrations. It is safe to repeat: a provisioned workspace stays as it is.</source>
        <translation>Noch nicht bereitgestellt. Die Bereitstellung legt die Backend-Organisation des Arbeitsbereichs und seine eingebauten Integrationen an. Sie lässt sich gefahrlos wiederholen: Ein bereitgestellter Arbeitsbereich bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>This workspace is in %1. Converting it first checks what the change affects and lists the warnings; you read them, then confirm with the workspace&apos;s slug.</source>
        <translation>Dieser Arbeitsbereich ist in %1. Eine Umstellung prüft zuerst, was sie betrifft, und listet die Warnungen auf; Sie lesen sie und bestätigen dann mit dem Kürzel des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Wird bereitgestellt …</translation>
    </message>
    <message>
        <source>Provisioning failed: %1</source>
        <translation>Die Bereitstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not an E.164 number: a + and 2 to 15 digits, the first not 0.</source>
        <translation>Keine E.164-Nummer: ein + und 2 bis 15 Ziffern, die erste nicht 0.</translation>
    </message>
    <message>
        <source>“%1” is not an E.164 number: a + and 2 to 15 digits, the first not 0.</source>
        <translation>„%1“ ist keine E.164-Nummer: ein + und 2 bis 15 Ziffern, die erste nicht 0.</translation>
    </message>
    <message>
        <source>Start with + and the country code, such as +1 or +44.</source>
        <translation>Beginnen Sie mit + und der Landesvorwahl, etwa +1 oder +49.</translation>
    </message>
    <message>
        <source>Not yet an E.164 number: a + and 2 to 15 digits, the first not 0.</source>
        <translation>Noch keine E.164-Nummer: ein + und 2 bis 15 Ziffern, die erste nicht 0.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>The platform refused the list. %1</source>
        <translation>Die Plattform hat die Liste abgelehnt. %1</translation>
    </message>
    <message>
        <source>Revert test caller l&amp;ist</source>
        <translation>Testanruferl&amp;iste zurücksetzen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>cc::WorkspaceSwitcher</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Switch to another workspace of this server</source>
        <translation>Zu einem anderen Arbeitsbereich dieses Servers wechseln</translation>
    </message>
    <message>
        <source>Search workspaces</source>
        <translation>Arbeitsbereiche durchsuchen</translation>
    </message>
    <message>
        <source>Switch workspace (Ctrl+Shift+W)</source>
        <translation>Arbeitsbereich wechseln (Strg+Umschalt+W)</translation>
    </message>
</context>
<context>
    <name>cc::WorkspacesModel</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Unknown environment</source>
        <translation>Unbekannte Umgebung</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · signed in now</source>
        <translation>%1 (%2) · %3 · jetzt angemeldet</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · switching needs no sign-in</source>
        <translation>%1 (%2) · %3 · Wechsel ohne Anmeldung</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · switching opens the browser to sign in</source>
        <translation>%1 (%2) · %3 · Wechsel öffnet den Browser zur Anmeldung</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for a data platform&apos;s connections.</source>
        <translation>Konsole für die Verbindungen einer Datenplattform.</translation>
    </message>
    <message>
        <source>Platform origin, e.g. https://platform.example.com. The API key comes from $CONNECTIONS_API_KEY or the welcome screen.</source>
        <translation>Ursprung der Plattform, z. B. https://platform.example.com. Der API-Schlüssel kommt aus $CONNECTIONS_API_KEY oder vom Willkommensbildschirm.</translation>
    </message>
    <message>
        <source>Start the local sandbox platform with the demo workspace and use it.</source>
        <translation>Die lokale Sandbox-Plattform mit dem Demo-Arbeitsbereich starten und verwenden.</translation>
    </message>
    <message>
        <source>OAuth issuer for sign-in (default: the server&apos;s origin).</source>
        <translation>OAuth-Aussteller für die Anmeldung (Standard: der Ursprung des Servers).</translation>
    </message>
    <message>
        <source>OAuth client id for sign-in.</source>
        <translation>OAuth-Client-ID für die Anmeldung.</translation>
    </message>
    <message>
        <source>--sign-in needs --server URL</source>
        <translation>--sign-in braucht --server URL</translation>
    </message>
    <message>
        <source>Sign in with the system browser, save the result in the keychain, print one line and exit (needs --server; no display needed).</source>
        <translation>Mit dem Systembrowser anmelden, das Ergebnis im Schlüsselbund speichern, eine Zeile ausgeben und beenden (braucht --server; kein Bildschirm nötig).</translation>
    </message>
    <message>
        <source>connections-console needs a display for its window. Without one, --sign-in, --help and --version work.</source>
        <translation>connections-console braucht einen Bildschirm für sein Fenster. Ohne einen funktionieren --sign-in, --help und --version.</translation>
    </message>
    <message>
        <source>Try --help for the options.</source>
        <translation>Mit --help sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>OAuth scope for sign-in (default: &quot;openid offline_access&quot; when the server offers them, otherwise none).</source>
        <translation>OAuth-Scope für die Anmeldung (Standard: „openid offline_access“, wenn der Server sie anbietet, sonst keiner).</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark (remembered, as View &gt; Appearance).</source>
        <translation>Farbschema: system, light oder dark (wird gemerkt, wie Ansicht &gt; Erscheinungsbild).</translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation>--appearance muss system, light oder dark sein, nicht „%1“</translation>
    </message>
</context>
</TS>
