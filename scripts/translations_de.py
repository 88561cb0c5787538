#!/usr/bin/env python3
"""Fills translations/*.ts from the tables below (German complete; English only
for plural forms). Run after lupdate: scripts/translations_de.py"""
import sys
import xml.etree.ElementTree as ET

DE = {
 'Cannot reach the platform. Check the network and that the server is running.': 'Die Plattform ist nicht erreichbar. Prüfen Sie das Netzwerk und ob der Server läuft.',
 'The platform did not answer in time.': 'Die Plattform hat nicht rechtzeitig geantwortet.',
 'Refused to send credentials over plain http to a server that is not on this computer. Use an https:// address.': 'Zugangsdaten werden nicht per unverschlüsseltem http an einen Server außerhalb dieses Computers gesendet. Verwenden Sie eine https://-Adresse.',
 'The platform no longer accepts your sign-in. Sign in again.': 'Die Plattform akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an.',
 'Your role does not allow this action.': 'Ihre Rolle erlaubt diese Aktion nicht.',
 'The connection no longer exists or is not in this workspace.': 'Die Verbindung existiert nicht mehr oder gehört nicht zu diesem Arbeitsbereich.',
 'The connection changed state; the action was not applied.': 'Der Zustand der Verbindung hat sich geändert; die Aktion wurde nicht ausgeführt.',
 'The platform rejected the request.': 'Die Plattform hat die Anfrage abgelehnt.',
 'Too many requests. Try again in %n s.': ('Zu viele Anfragen. Versuchen Sie es in %n s erneut.', 'Zu viele Anfragen. Versuchen Sie es in %n s erneut.'),
 'Too many requests. Try again shortly.': 'Zu viele Anfragen. Versuchen Sie es gleich erneut.',
 'The platform had an internal problem (HTTP %1). Try again.': 'Die Plattform hatte ein internes Problem (HTTP %1). Versuchen Sie es erneut.',
 'The platform sent an answer the console cannot read.': 'Die Plattform hat eine Antwort gesendet, die die Konsole nicht lesen kann.',
 'The platform answered HTTP %1.': 'Die Plattform antwortete mit HTTP %1.',
 'CRM': 'CRM',
 'Calls & meetings': 'Anrufe & Meetings',
 'Email & chat': 'E-Mail & Chat',
 'Docs & knowledge': 'Dokumente & Wissen',
 'Support': 'Support',
 'Social': 'Soziale Medien',
 'Other': 'Sonstige',
 'OAuth redirect': 'OAuth-Weiterleitung',
 'API key': 'API-Schlüssel',
 'Webhook': 'Webhook',
 'Public handle': 'Öffentliches Konto',
 'Unknown method': 'Unbekannte Methode',
 'Coming soon': 'Demnächst',
 'Healthy': 'Gesund',
 'Stale': 'Veraltet',
 'Degraded': 'Eingeschränkt',
 'Error': 'Fehler',
 'Rate limited': 'Ratenbegrenzt',
 'Syncing': 'Synchronisiert',
 'Needs re-auth': 'Neu autorisieren',
 'Disconnected': 'Getrennt',
 'Unknown': 'Unbekannt',
 'Connected, recently synced, and the last run was clean.': 'Verbunden, kürzlich synchronisiert, und der letzte Lauf war fehlerfrei.',
 'It is connected, but its last successful sync is older than the freshness threshold (48 hours).': 'Verbunden, aber die letzte erfolgreiche Synchronisierung ist älter als die Aktualitätsgrenze (48 Stunden).',
 'The last run only partially succeeded: some data streams failed.': 'Der letzte Lauf war nur teilweise erfolgreich: einige Datenströme sind fehlgeschlagen.',
 'The connection is errored, or the last run failed outright. See the last error.': 'Die Verbindung ist fehlerhaft oder der letzte Lauf ist vollständig fehlgeschlagen. Siehe letzter Fehler.',
 "The last run hit the provider's rate limit. It will retry on the next sync.": 'Der letzte Lauf hat die Ratenbegrenzung des Anbieters erreicht. Die nächste Synchronisierung versucht es erneut.',
 'A sync is running right now.': 'Gerade läuft eine Synchronisierung.',
 'The provider needs you to re-authorize (an OAuth token expired or was revoked).': 'Der Anbieter verlangt eine neue Autorisierung (ein OAuth-Token ist abgelaufen oder wurde widerrufen).',
 'You disconnected it. Reconnect to resume.': 'Sie haben die Verbindung getrennt. Verbinden Sie sie erneut, um fortzufahren.',
 'The platform reported a health value this console does not know.': 'Die Plattform meldet einen Zustand, den diese Konsole nicht kennt.',
 'Dismiss': 'Schließen',
 'Personal': 'Persönlich',
 'Outbound': 'Ausgehend',
 'Connect…': 'Verbinden…',
 'Add a connection': 'Verbindung hinzufügen',
 'Pick a provider. The connect method decides what you need: OAuth opens your browser, API key asks for a key, a handle is resolved to a public account.': 'Wählen Sie einen Anbieter. Die Verbindungsmethode bestimmt, was Sie brauchen: OAuth öffnet Ihren Browser, API-Schlüssel fragt nach einem Schlüssel, ein Kontoname wird zu einem öffentlichen Konto aufgelöst.',
 'Search connectors': 'Konnektoren durchsuchen',
 '<p>Select a connector to see what it brings in.</p>': '<p>Wählen Sie einen Konnektor, um zu sehen, welche Daten er liefert.</p>',
 'Connect method:': 'Verbindungsmethode:',
 '<p><b>Personal:</b> each member connects their own account.</p>': '<p><b>Persönlich:</b> jedes Mitglied verbindet sein eigenes Konto.</p>',
 'Data streams:': 'Datenströme:',
 '<p><b>Coming soon.</b> This connector cannot be connected yet.</p>': '<p><b>Demnächst.</b> Dieser Konnektor kann noch nicht verbunden werden.</p>',
 'Select a connection to see its details.': 'Wählen Sie eine Verbindung, um ihre Details zu sehen.',
 'Copy': 'Kopieren',
 'Health': 'Zustand',
 'Status': 'Status',
 'Connector': 'Konnektor',
 'Scope': 'Geltungsbereich',
 'Owner': 'Eigentümer',
 'Account': 'Konto',
 'Last synced': 'Zuletzt synchronisiert',
 'Syncing now': 'Synchronisiert gerade',
 'Created': 'Erstellt',
 'Id': 'ID',
 'Last run': 'Letzter Lauf',
 'Outcome': 'Ergebnis',
 'Triggered by': 'Ausgelöst durch',
 'Started': 'Gestartet',
 'Duration': 'Dauer',
 'Streams': 'Datenströme',
 'Records written': 'Geschriebene Datensätze',
 'Error reason': 'Fehlerursache',
 'Last error': 'Letzter Fehler',
 'Copy the full error to the clipboard': 'Den vollständigen Fehler in die Zwischenablage kopieren',
 'Workspace': 'Arbeitsbereich',
 'No owner': 'Kein Eigentümer',
 'Never': 'Nie',
 'Yes': 'Ja',
 'No': 'Nein',
 '%1 min %2 s': '%1 min %2 s',
 '%1 s': '%1 s',
 ' (running)': ' (läuft)',
 '%1 failed of %2': '%1 von %2 fehlgeschlagen',
 'Never ran': 'Noch nie gelaufen',
 'No error.': 'Kein Fehler.',
 'never': 'nie',
 'just now': 'gerade eben',
 '%n min ago': ('vor %n min', 'vor %n min'),
 '%n h ago': ('vor %n h', 'vor %n h'),
 '%n d ago': ('vor %n Tag', 'vor %n Tagen'),
 'Never synced': 'Nie synchronisiert',
 'unknown': 'unbekannt',
 'Personal · no owner': 'Persönlich · kein Eigentümer',
 'Name': 'Name',
 'Scope / owner': 'Bereich / Eigentümer',
 'Clear filters': 'Filter zurücksetzen',
 'Loading connections…': 'Verbindungen werden geladen…',
 'Connections': 'Verbindungen',
 'Add a connection…': 'Verbindung hinzufügen…',
 'Refresh': 'Aktualisieren',
 'Refresh (F5)': 'Aktualisieren (F5)',
 'Search name, connector, id or error  (Ctrl+F)': 'Name, Konnektor, ID oder Fehler suchen  (Strg+F)',
 'Health: all': 'Zustand: alle',
 'Category filter': 'Kategoriefilter',
 'Connector filter': 'Konnektorfilter',
 'Scope filter': 'Bereichsfilter',
 'Any scope': 'Jeder Bereich',
 '<h3>No connections yet</h3><p>Connect HubSpot, Salesforce, Gmail, Slack and more to bring their data into this workspace.</p>': '<h3>Noch keine Verbindungen</h3><p>Verbinden Sie HubSpot, Salesforce, Gmail, Slack und mehr, um deren Daten in diesen Arbeitsbereich zu holen.</p>',
 '<h3>No connection matches</h3><p>Try another search or clear the filters.</p>': '<h3>Keine passende Verbindung</h3><p>Versuchen Sie eine andere Suche oder setzen Sie die Filter zurück.</p>',
 'Retry': 'Erneut versuchen',
 'All categories': 'Alle Kategorien',
 'All connectors': 'Alle Konnektoren',
 '%1 (%2)': '%1 (%2)',
 'Health: %n selected': ('Zustand: %n ausgewählt', 'Zustand: %n ausgewählt'),
 'Could not load connections': 'Verbindungen konnten nicht geladen werden',
 'Offline: the platform cannot be reached. Showing data last refreshed at %1; it may be stale.': 'Offline: Die Plattform ist nicht erreichbar. Angezeigt werden Daten vom Stand %1; sie können veraltet sein.',
 'Retrying in %n s.': ('Neuer Versuch in %n s.', 'Neuer Versuch in %n s.'),
 'Retry now': 'Jetzt erneut versuchen',
 '⚠ possibly stale (as of %1)': '⚠ möglicherweise veraltet (Stand %1)',
 'Signed in with an API key': 'Mit API-Schlüssel angemeldet',
 'Signed in (read-only)': 'Angemeldet (nur lesen)',
 'Click to show only these; Ctrl+click to add to the filter.': 'Klicken, um nur diese anzuzeigen; Strg+Klick, um sie dem Filter hinzuzufügen.',
 '%n connections:': ('%n Verbindung:', '%n Verbindungen:'),
 '%1: %2 connections': '%1: %2 Verbindungen',
 'Connections Console': 'Connections Console',
 'No workspace': 'Kein Arbeitsbereich',
 'Not signed in': 'Nicht angemeldet',
 'Pages': 'Seiten',
 '%1 of %2 connections shown': '%1 von %2 Verbindungen angezeigt',
 '&File': '&Datei',
 '&Add a connection…': 'Verbindung &hinzufügen…',
 '&Refresh': '&Aktualisieren',
 '&Quit': '&Beenden',
 '&View': '&Ansicht',
 '&Find…': '&Suchen…',
 'Show times in &UTC': 'Zeiten in &UTC anzeigen',
 '&Help': '&Hilfe',
 '&About Connections Console': '&Über Connections Console',
 'About Connections Console': 'Über Connections Console',
 "<h3>Connections Console %1</h3><p>A native console for a data platform's connections.</p>": '<h3>Connections Console %1</h3><p>Eine native Konsole für die Verbindungen einer Datenplattform.</p>',
 'Workspace %1 on %2': 'Arbeitsbereich %1 auf %2',
 '%1 · %2': '%1 · %2',
 'The sandbox could not be started (%1).': 'Die Sandbox konnte nicht gestartet werden (%1).',
 'The sandbox stopped before it was ready (exit code %1).': 'Die Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1).',
 'The sandbox program (connections-sandbox) was not found.': 'Das Sandbox-Programm (connections-sandbox) wurde nicht gefunden.',
 'Try the sandbox': 'Sandbox ausprobieren',
 'Connect': 'Verbinden',
 '<h2>Welcome to Connections Console</h2>': '<h2>Willkommen bei Connections Console</h2>',
 'See at a glance what your workspace is connected to and how each connection is doing, and bring failed connections back.': 'Sehen Sie auf einen Blick, womit Ihr Arbeitsbereich verbunden ist und wie es jeder Verbindung geht, und bringen Sie fehlgeschlagene Verbindungen zurück.',
 '<b>New here?</b> The sandbox is a practice platform on this computer with a demo workspace: every kind of connection and failure, nothing real at stake.': '<b>Neu hier?</b> Die Sandbox ist eine Übungsplattform auf diesem Computer mit einem Demo-Arbeitsbereich: jede Art von Verbindung und Fehler, ohne echtes Risiko.',
 '<b>Connect to a platform URL</b>': '<b>Mit einer Plattform-URL verbinden</b>',
 'Paste an API key': 'API-Schlüssel einfügen',
 'Show the key': 'Schlüssel anzeigen',
 'Server': 'Server',
 "Enter the platform's address, e.g. https://platform.example.com.": 'Geben Sie die Adresse der Plattform ein, z. B. https://platform.example.com.',
 'Paste an API key for that platform.': 'Fügen Sie einen API-Schlüssel für diese Plattform ein.',
 "Console for a data platform's connections.": 'Konsole für die Verbindungen einer Datenplattform.',
 'Platform origin, e.g. https://platform.example.com. The API key comes from $CONNECTIONS_API_KEY or the welcome screen.': 'Ursprung der Plattform, z. B. https://platform.example.com. Der API-Schlüssel kommt aus $CONNECTIONS_API_KEY oder vom Willkommensbildschirm.',
 'Start the local sandbox platform with the demo workspace and use it.': 'Die lokale Sandbox-Plattform mit dem Demo-Arbeitsbereich starten und verwenden.',
 'Starting the sandbox…': 'Sandbox wird gestartet…',
 'Sandbox (%1)': 'Sandbox (%1)',
 'Connecting…': 'Verbinde…',
}

EN_PLURALS = {
 'Too many requests. Try again in %n s.': ('Too many requests. Try again in %n s.', 'Too many requests. Try again in %n s.'),
 '%n min ago': ('%n min ago', '%n min ago'),
 '%n h ago': ('%n h ago', '%n h ago'),
 '%n d ago': ('%n d ago', '%n d ago'),
 'Health: %n selected': ('Health: %n selected', 'Health: %n selected'),
 'Retrying in %n s.': ('Retrying in %n s.', 'Retrying in %n s.'),
 '%n connections:': ('%n connection:', '%n connections:'),
}


def fill(path, table, complete):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text
        tr = msg.find('translation')
        if src not in table:
            if complete:
                missing.append(src)
            continue
        value = table[src]
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        if msg.get('numerus') == 'yes':
            forms = value if isinstance(value, tuple) else (value, value)
            tr.text = None
            for f in forms:
                ET.SubElement(tr, 'numerusform').text = f
        else:
            tr.text = value if isinstance(value, str) else value[0]
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


missing = fill('translations/connections-console_de.ts', DE, True)
fill('translations/connections-console_en.ts', EN_PLURALS, False)
if missing:
    print('untranslated German strings:', *missing, sep='\n  ')
    sys.exit(1)
