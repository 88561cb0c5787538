<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>The server&apos;s continuation token did not move forward.</source>
        <translation>Le jeton de continuation du serveur n&apos;a pas avancé.</translation>
    </message>
    <message numerus="yes">
        <source>The list has more than %n page(s).</source>
        <translation>
            <numerusform>La liste compte plus de %n page.</numerusform>
            <numerusform>La liste compte plus de %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 MiB</source>
        <translation>plus de %1 Mio</translation>
    </message>
    <message numerus="yes">
        <source>more than %n pages</source>
        <translation>
            <numerusform>plus de %n page</numerusform>
            <numerusform>plus de %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the platform. Check the network and that the server is running.</source>
        <translation>Impossible de joindre la plateforme. Vérifiez le réseau et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>La plateforme n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Refused to send credentials over plain http: it goes only to this computer&apos;s address 127.0.0.1 or [::1] (not to a name such as localhost). Use an https:// address.</source>
        <translation>Refus d&apos;envoyer des identifiants d&apos;accès en http non chiffré&#xa0;: c&apos;est possible uniquement vers l&apos;adresse 127.0.0.1 ou [::1] de cet ordinateur (pas vers un nom comme localhost). Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in. Sign in again.</source>
        <translation>La plateforme n&apos;accepte plus votre identification. Identifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>The connection no longer exists or is not in this workspace.</source>
        <translation>La connexion n&apos;existe plus ou n&apos;appartient pas à cet espace de travail.</translation>
    </message>
    <message>
        <source>The connection changed state; the action was not applied.</source>
        <translation>L&apos;état de la connexion a changé&#xa0;; l&apos;action n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>The platform rejected the request.</source>
        <translation>La plateforme a rejeté la requête.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n s.</source>
        <translation>
            <numerusform>Trop de requêtes. Réessayez dans %n s.</numerusform>
            <numerusform>Trop de requêtes. Réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>Trop de requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The platform had an internal problem (HTTP %1). Try again.</source>
        <translation>La plateforme a rencontré un problème interne (HTTP %1). Réessayez.</translation>
    </message>
    <message>
        <source>The platform sent an answer the console cannot read.</source>
        <translation>La plateforme a envoyé une réponse que la console ne sait pas lire.</translation>
    </message>
    <message>
        <source>The platform answered HTTP %1.</source>
        <translation>La plateforme a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was larger than the console accepts (%1), so it was stopped. Ask the platform&apos;s operators to check the server.</source>
        <translation>La réponse de la plateforme dépassait la taille acceptée par la console (%1)&#xa0;; elle a donc été interrompue. Demandez aux opérateurs de la plateforme de vérifier le serveur.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The link contains control characters.</source>
        <translation>Le lien contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The link is not a valid web address.</source>
        <translation>Le lien n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Only https links, or http links to this computer, are opened.</source>
        <translation>Seuls les liens https, ou les liens http vers cet ordinateur, sont ouverts.</translation>
    </message>
    <message>
        <source>Only web links are opened.</source>
        <translation>Seuls les liens web sont ouverts.</translation>
    </message>
    <message>
        <source>The browser in $BROWSER (%1) could not be started.</source>
        <translation>Le navigateur défini dans $BROWSER (%1) n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>There is no display to open a browser on. Open this link in a browser on this computer, or set $BROWSER.</source>
        <translation>Aucun écran n&apos;est disponible pour y ouvrir un navigateur. Ouvrez ce lien dans un navigateur sur cet ordinateur, ou définissez $BROWSER.</translation>
    </message>
    <message>
        <source>No web browser could be opened.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert.</translation>
    </message>
    <message>
        <source>The browser %1 could not be started.</source>
        <translation>Le navigateur %1 n&apos;a pas pu être lancé.</translation>
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
        <translation>Appels &amp; réunions</translation>
    </message>
    <message>
        <source>Email &amp; chat</source>
        <translation>E-mail &amp; messagerie</translation>
    </message>
    <message>
        <source>Docs &amp; knowledge</source>
        <translation>Documents &amp; connaissances</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>OAuth redirect</source>
        <translation>Redirection OAuth</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Public handle</source>
        <translation>Compte public</translation>
    </message>
    <message>
        <source>Unknown method</source>
        <translation>Méthode inconnue</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
</context>
<context>
    <name>DailyChartLayout</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisés</translation>
    </message>
    <message>
        <source>Failed events</source>
        <translation>Événements en échec</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielles</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limitées</translation>
    </message>
    <message>
        <source>%1: no events</source>
        <translation>%1&#xa0;: aucun événement</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events — %2 synced, %3 failed</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement — %2 synchronisé, %3 en échec</numerusform>
            <numerusform>%1&#xa0;: %n événements — %2 synchronisés, %3 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no runs</source>
        <translation>%1&#xa0;: aucune exécution</translation>
    </message>
    <message>
        <source>%1: %2 runs — %3 completed, %4 partial, %5 failed, %6 rate limited; %7 records written</source>
        <translation>%1&#xa0;: %2 exécutions — %3 terminées, %4 partielles, %5 en échec, %6 limitées&#xa0;; %7 enregistrements écrits</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days.</source>
        <translation>
            <numerusform>Sur %n jour.</numerusform>
            <numerusform>Sur %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1 of them failed.</source>
        <translation>
            <numerusform>%n événement, dont %1 en échec.</numerusform>
            <numerusform>%n événements, dont %1 en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days without events.</source>
        <translation>
            <numerusform>%n jour sans événement.</numerusform>
            <numerusform>%n jours sans événement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs: %1 failed, %2 partial, %3 rate limited.</source>
        <translation>
            <numerusform>%n exécution&#xa0;: %1 en échec, %2 partielle, %3 limitée.</numerusform>
            <numerusform>%n exécutions&#xa0;: %1 en échec, %2 partielles, %3 limitées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records written: %1.</source>
        <translation>Enregistrements écrits&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n days without runs.</source>
        <translation>
            <numerusform>%n jour sans exécution.</numerusform>
            <numerusform>%n jours sans exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>records/day (max %1)</source>
        <translation>enregistrements/jour (max. %1)</translation>
    </message>
    <message>
        <source>events/day (max %1)</source>
        <translation>événements/jour (max. %1)</translation>
    </message>
    <message>
        <source>runs/day (max %1)</source>
        <translation>exécutions/jour (max. %1)</translation>
    </message>
</context>
<context>
    <name>DataSourceBadge</name>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>This data source is switched off: the platform does not poll it.</source>
        <translation>Cette source de données est désactivée&#xa0;: la plateforme ne l&apos;interroge pas.</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>No poll for three sync intervals (seven days for a manual feed): the feed has stopped.</source>
        <translation>Aucune interrogation depuis trois intervalles de synchronisation (sept jours pour un flux manuel)&#xa0;: le flux s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>10 % or more of its newest events failed. See the failures in History.</source>
        <translation>Au moins 10&#xa0;% de ses événements les plus récents ont échoué. Consultez les échecs dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Events of the latest poll failed. See the failures in History.</source>
        <translation>Des événements de la dernière interrogation ont échoué. Consultez les échecs dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Polled on time, and its newest events synced.</source>
        <translation>Interrogée à temps, et ses événements les plus récents ont été synchronisés.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not polled yet, or the platform reports a health this console does not know.</source>
        <translation>Pas encore interrogée, ou la plateforme signale un état de santé que cette console ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>DurationChartLayout</name>
    <message>
        <source>No finished runs in this range.</source>
        <translation>Aucune exécution terminée sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished runs; median duration %1 s, longest %2 s.</source>
        <translation>
            <numerusform>%n exécution terminée&#xa0;; durée médiane %1 s, la plus longue %2 s.</numerusform>
            <numerusform>%n exécutions terminées&#xa0;; durée médiane %1 s, la plus longue %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>En synchro</translation>
    </message>
    <message>
        <source>Needs re-auth</source>
        <translation>Réauthentification</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Connected, recently synced, and the last run was clean.</source>
        <translation>Connectée, synchronisée récemment, et la dernière exécution s&apos;est déroulée sans erreur.</translation>
    </message>
    <message>
        <source>It is connected, but its last successful sync is older than the freshness threshold (48 hours).</source>
        <translation>Elle est connectée, mais sa dernière synchronisation réussie dépasse le seuil de fraîcheur (48 heures).</translation>
    </message>
    <message>
        <source>The last run only partially succeeded: some data streams failed.</source>
        <translation>La dernière exécution n&apos;a réussi que partiellement&#xa0;: certains flux de données ont échoué.</translation>
    </message>
    <message>
        <source>The connection is errored, or the last run failed outright. See the last error.</source>
        <translation>La connexion est en erreur, ou la dernière exécution a complètement échoué. Consultez la dernière erreur.</translation>
    </message>
    <message>
        <source>The last run hit the provider&apos;s rate limit. It will retry on the next sync.</source>
        <translation>La dernière exécution a atteint la limite de débit du fournisseur. Une nouvelle tentative aura lieu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A sync is running right now.</source>
        <translation>Une synchronisation est en cours.</translation>
    </message>
    <message>
        <source>The provider needs you to re-authorize (an OAuth token expired or was revoked).</source>
        <translation>Le fournisseur exige une nouvelle autorisation (un jeton OAuth a expiré ou a été révoqué).</translation>
    </message>
    <message>
        <source>You disconnected it. Reconnect to resume.</source>
        <translation>Vous l&apos;avez déconnectée. Reconnectez-la pour reprendre.</translation>
    </message>
    <message>
        <source>The platform reported a health value this console does not know.</source>
        <translation>La plateforme a signalé un état de santé que cette console ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>HealthExplanation</name>
    <message>
        <source>Status: %1.</source>
        <translation>État&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A sync is running now.</source>
        <translation>Une synchronisation est en cours.</translation>
    </message>
    <message>
        <source>No sync is running now.</source>
        <translation>Aucune synchronisation n&apos;est en cours.</translation>
    </message>
    <message>
        <source>completed, but %1 of %2 streams failed</source>
        <translation>terminée, mais %1 flux sur %2 ont échoué</translation>
    </message>
    <message>
        <source>Last run: %1, started %2.</source>
        <translation>Dernière exécution&#xa0;: %1, démarrée %2.</translation>
    </message>
    <message>
        <source>Last run: %1 (reason: %2), started %3.</source>
        <translation>Dernière exécution&#xa0;: %1 (motif&#xa0;: %2), démarrée %3.</translation>
    </message>
    <message>
        <source>It has never run.</source>
        <translation>Elle n&apos;a jamais été exécutée.</translation>
    </message>
    <message>
        <source>Last good sync %1: older than the 48 h freshness threshold.</source>
        <translation>Dernière synchronisation réussie %1&#xa0;: au-delà du seuil de fraîcheur de 48 h.</translation>
    </message>
    <message>
        <source>Last good sync %1: within the 48 h freshness threshold.</source>
        <translation>Dernière synchronisation réussie %1&#xa0;: dans le seuil de fraîcheur de 48 h.</translation>
    </message>
    <message>
        <source>It has never synced successfully.</source>
        <translation>Elle n&apos;a jamais été synchronisée avec succès.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Wait for the rate limit: the next sync retries at %1.</source>
        <translation>Attendez la fin de la limitation de débit&#xa0;: la prochaine synchronisation réessaiera à %1.</translation>
    </message>
    <message>
        <source>Wait for the rate limit: the next scheduled sync retries.</source>
        <translation>Attendez la fin de la limitation de débit&#xa0;: la prochaine synchronisation planifiée réessaiera.</translation>
    </message>
    <message>
        <source>Check the configuration at the provider (see the last error), then sync.</source>
        <translation>Vérifiez la configuration chez le fournisseur (voir la dernière erreur), puis synchronisez.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
</context>
<context>
    <name>JsonNode</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonObjectText</name>
    <message>
        <source>a JSON object ({…}) is expected here</source>
        <translation>un objet JSON ({…}) est attendu ici</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Connections Console received the answer.</source>
        <translation>Connections Console a reçu la réponse.</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation>Saisissez «&#xa0;%1&#xa0;» pour confirmer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Your saved sign-in could not be read. If your keyring is locked, unlock it (for example by logging in again) and restart the console; otherwise sign in again.</source>
        <translation>Votre identification enregistrée n&apos;a pas pu être lue. Si votre trousseau est verrouillé, déverrouillez-le (par exemple en rouvrant votre session) et redémarrez la console&#xa0;; sinon, identifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked). Unlock it to stay signed in. You can go on now, but you will need to sign in again next time.</source>
        <translation>Le trousseau a refusé l&apos;accès (il est peut-être verrouillé). Déverrouillez-le pour rester identifié. Vous pouvez continuer maintenant, mais vous devrez vous identifier à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>The keychain reported an error. You can go on now, but you will need to sign in again next time.</source>
        <translation>Le trousseau a signalé une erreur. Vous pouvez continuer maintenant, mais vous devrez vous identifier à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>cc::ApiKeyConnectFlow</name>
    <message>
        <source>%1 connected</source>
        <translation>%1 connecté</translation>
    </message>
    <message>
        <source>Reconnected; a sync is running.</source>
        <translation>Reconnectée&#xa0;; une synchronisation est en cours.</translation>
    </message>
</context>
<context>
    <name>cc::ApiKeyDialog</name>
    <message>
        <source>Fireflies only gives API access on its Business tier: Settings → Developer settings → API key.</source>
        <translation>Fireflies ne donne accès à l&apos;API que dans son offre Business&#xa0;: Paramètres → Paramètres développeur → Clé d&apos;API.</translation>
    </message>
    <message>
        <source>In Pipedrive: Personal preferences → API → Your personal API token.</source>
        <translation>Dans Pipedrive&#xa0;: Préférences personnelles → API → Votre jeton d&apos;API personnel.</translation>
    </message>
    <message>
        <source>In Fathom: Settings → API access → Generate API key.</source>
        <translation>Dans Fathom&#xa0;: Paramètres → Accès API → Générer une clé d&apos;API.</translation>
    </message>
    <message>
        <source>In Granola: Settings → Integrations → API key.</source>
        <translation>Dans Granola&#xa0;: Paramètres → Intégrations → Clé d&apos;API.</translation>
    </message>
    <message>
        <source>In Grain: Workspace settings → Integrations → API.</source>
        <translation>Dans Grain&#xa0;: Paramètres de l&apos;espace de travail → Intégrations → API.</translation>
    </message>
    <message>
        <source>In Aircall: Integrations &amp; API → API keys. Paste it as api_id:api_token.</source>
        <translation>Dans Aircall&#xa0;: Intégrations &amp; API → Clés d&apos;API. Collez-la sous la forme api_id:api_token.</translation>
    </message>
    <message>
        <source>In Pylon: Settings → API tokens → Create token.</source>
        <translation>Dans Pylon&#xa0;: Paramètres → Jetons d&apos;API → Créer un jeton.</translation>
    </message>
    <message>
        <source>Create an API key in the provider&apos;s settings and paste it here.</source>
        <translation>Créez une clé d&apos;API dans les paramètres du fournisseur et collez-la ici.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconnecter %1</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d&apos;API</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>The key goes straight to the platform, which verifies and stores it encrypted. This computer does not keep it.</source>
        <translation>La clé est envoyée directement à la plateforme, qui la vérifie et la stocke chiffrée. Cet ordinateur ne la conserve pas.</translation>
    </message>
    <message>
        <source>Paste the API key first.</source>
        <translation>Collez d&apos;abord la clé d&apos;API.</translation>
    </message>
</context>
<context>
    <name>cc::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>cc::BrowserWaitDialog</name>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening your web browser… Approve the request there, then come back here.</source>
        <translation>Ouverture de votre navigateur web… Approuvez-y la demande, puis revenez ici.</translation>
    </message>
    <message>
        <source>The link went to your browser. Approve the request there; this window updates by itself. No browser window? Copy the link and open it yourself.</source>
        <translation>Le lien a été transmis à votre navigateur. Approuvez-y la demande&#xa0;; cette fenêtre se met à jour d&apos;elle-même. Aucune fenêtre de navigateur&#xa0;? Copiez le lien et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>No browser could be opened (%1). Open this link in your browser to continue; the console keeps waiting.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert (%1). Ouvrez ce lien dans votre navigateur pour continuer&#xa0;; la console reste en attente.</translation>
    </message>
    <message>
        <source>Waiting for the browser — %1:%2 left</source>
        <translation>En attente du navigateur — temps restant %1:%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>cc::CadenceController</name>
    <message>
        <source>The cadences could not be loaded: %1 Press F5 to try again.</source>
        <translation>Les cadences n&apos;ont pas pu être chargées&#xa0;: %1 Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>The cadence of %1 was not changed: %2</source>
        <translation>La cadence de %1 n&apos;a pas été modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 now syncs %2, in every tenant.</source>
        <translation>%1 se synchronise désormais %2, pour tous les locataires.</translation>
    </message>
    <message>
        <source>%1 is back to its default, %2, in every tenant.</source>
        <translation>%1 est revenu à sa valeur par défaut, %2, pour tous les locataires.</translation>
    </message>
</context>
<context>
    <name>cc::CadenceModel</name>
    <message>
        <source>every minute</source>
        <translation>toutes les minutes</translation>
    </message>
    <message>
        <source>every 10 min</source>
        <translation>toutes les 10 min</translation>
    </message>
    <message>
        <source>every 30 min</source>
        <translation>toutes les 30 min</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>every 6 h</source>
        <translation>toutes les 6 h</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Set by a platform admin</source>
        <translation>Définie par un administrateur de la plateforme</translation>
    </message>
    <message>
        <source>Connector default</source>
        <translation>Valeur par défaut du connecteur</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Définie par</translation>
    </message>
</context>
<context>
    <name>cc::CadencePage</name>
    <message>
        <source>Only platform admins can change sync cadences. You can see them.</source>
        <translation>Seuls les administrateurs de la plateforme peuvent modifier les cadences de synchronisation. Vous pouvez les consulter.</translation>
    </message>
    <message>
        <source>Sync cadence</source>
        <translation>Cadence de synchronisation</translation>
    </message>
    <message>
        <source>How often the platform syncs each connector type. The cadence is set for the whole platform: a change applies to that connector&apos;s connections in every tenant&apos;s workspace, not only this one, and their next sync moves at once.</source>
        <translation>Fréquence à laquelle la plateforme synchronise chaque type de connecteur. La cadence est définie pour toute la plateforme&#xa0;: une modification s&apos;applique aux connexions de ce connecteur dans l&apos;espace de travail de chaque locataire, pas seulement dans celui-ci, et leur prochaine synchronisation est décalée immédiatement.</translation>
    </message>
    <message>
        <source>Sync cadence per connector type</source>
        <translation>Cadence de synchronisation par type de connecteur</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Rétablir la valeur par &amp;défaut</translation>
    </message>
    <message>
        <source>You are a platform admin: what you set here applies to every tenant.</source>
        <translation>Vous êtes administrateur de la plateforme&#xa0;: ce que vous définissez ici s&apos;applique à tous les locataires.</translation>
    </message>
    <message>
        <source>Cade&amp;nce for %1:</source>
        <translation>Cade&amp;nce pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a connector type above.</source>
        <translation>Choisissez un type de connecteur ci-dessus.</translation>
    </message>
    <message>
        <source>Choose a connector type first</source>
        <translation>Choisissez d&apos;abord un type de connecteur</translation>
    </message>
    <message>
        <source>Set this cadence for every tenant</source>
        <translation>Appliquer cette cadence à tous les locataires</translation>
    </message>
    <message>
        <source>That is the cadence in force already</source>
        <translation>Cette cadence est déjà en vigueur</translation>
    </message>
    <message>
        <source>Back to the connector&apos;s default, %1, for every tenant</source>
        <translation>Revenir à la valeur par défaut du connecteur, %1, pour tous les locataires</translation>
    </message>
    <message>
        <source>This type already syncs at its connector&apos;s default</source>
        <translation>Ce type se synchronise déjà selon la valeur par défaut de son connecteur</translation>
    </message>
</context>
<context>
    <name>cc::CatalogPickerDialog</name>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Pick a provider. The connect method decides what you need: OAuth opens your browser, API key asks for a key, a handle is resolved to a public account.</source>
        <translation>Choisissez un fournisseur. La méthode de connexion détermine ce dont vous avez besoin&#xa0;: OAuth ouvre votre navigateur, la clé d&apos;API demande une clé, un nom de compte est résolu en compte public.</translation>
    </message>
    <message>
        <source>Search connectors</source>
        <translation>Rechercher des connecteurs</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a connector to see what it brings in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un connecteur pour voir les données qu&apos;il apporte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect method:</source>
        <translation>Méthode de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Personal:&lt;/b&gt; each member connects their own account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personnel&#xa0;:&lt;/b&gt; chaque membre connecte son propre compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data streams:</source>
        <translation>Flux de données&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coming soon.&lt;/b&gt; This connector cannot be connected yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bientôt disponible.&lt;/b&gt; Ce connecteur ne peut pas encore être connecté.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cc::CommandLineSignIn</name>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de l&apos;identification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1</source>
        <translation>Identifié, mais l&apos;identification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in to %1; saved in the keychain.</source>
        <translation>Identifié auprès de %1&#xa0;; enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 &lt;%3&gt; (workspace %4); saved in the keychain.</source>
        <translation>Identifié auprès de %1 en tant que %2 &lt;%3&gt; (espace de travail %4)&#xa0;; enregistré dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionActions</name>
    <message>
        <source>Your role (%1) can only read. Ask a workspace admin to make changes.</source>
        <translation>Votre rôle (%1) permet uniquement la lecture. Demandez à un administrateur de l&apos;espace de travail d&apos;effectuer les modifications.</translation>
    </message>
    <message>
        <source>This console does not know how to connect %1 (method “%2”).</source>
        <translation>Cette console ne sait pas connecter %1 (méthode «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>This console does not know how to reconnect “%1” (connector %2).</source>
        <translation>Cette console ne sait pas reconnecter «&#xa0;%1&#xa0;» (connecteur %2).</translation>
    </message>
    <message>
        <source>Disconnect “%1”?</source>
        <translation>Déconnecter «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Disconnect “%1”? It stops syncing. The connection and its sync history are kept, so you can reconnect it later.</source>
        <translation>Déconnecter «&#xa0;%1&#xa0;»&#xa0;? Sa synchronisation s&apos;arrête. La connexion et son historique de synchronisation sont conservés&#xa0;: vous pourrez la reconnecter plus tard.</translation>
    </message>
    <message>
        <source>“%1” disconnected; its history is kept.</source>
        <translation>«&#xa0;%1&#xa0;» déconnectée&#xa0;; son historique est conservé.</translation>
    </message>
    <message>
        <source>Sync started.</source>
        <translation>Synchronisation lancée.</translation>
    </message>
    <message>
        <source>Already syncing for %1 s.</source>
        <translation>Synchronisation déjà en cours depuis %1 s.</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Sync now is available again in %1 s.</source>
        <translation>«&#xa0;Synchroniser maintenant&#xa0;» sera de nouveau disponible dans %1 s.</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionDetailPane</name>
    <message>
        <source>Select a connection to see its details.</source>
        <translation>Sélectionnez une connexion pour voir ses détails.</translation>
    </message>
    <message>
        <source>Connection overview</source>
        <translation>Aperçu de la connexion</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Détails de la connexion</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionHistoryView</name>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>History range</source>
        <translation>Période de l&apos;historique</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Détails de l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionNotifier</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>“%1” needs attention</source>
        <translation>«&#xa0;%1&#xa0;» requiert votre attention</translation>
    </message>
    <message>
        <source>%1 connections need attention</source>
        <translation>%1 connexions requièrent votre attention</translation>
    </message>
    <message>
        <source>Failing or needing re-authorization: %1.</source>
        <translation>En échec ou à réautoriser&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” recovered</source>
        <translation>«&#xa0;%1&#xa0;» est rétablie</translation>
    </message>
    <message>
        <source>%1 connections recovered</source>
        <translation>%1 connexions sont rétablies</translation>
    </message>
    <message>
        <source>Recovered: %1.</source>
        <translation>Rétablies&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionOverview</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Why this badge?</source>
        <translation>Pourquoi cet état&#xa0;?</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Exporter le paquet de diagnostic…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Prochaine synchronisation</translation>
    </message>
    <message>
        <source>Syncing now</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenchée par</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Enregistrements écrits</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Motif de l&apos;erreur</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>Copy the full error to the clipboard</source>
        <translation>Copier l&apos;erreur complète dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the last error</source>
        <translation>Copier la dernière erreur</translation>
    </message>
    <message>
        <source>Sync now (%1 s)</source>
        <translation>Synchroniser maintenant (%1 s)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnelle</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun propriétaire</translation>
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
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 failed of %2</source>
        <translation>%1 en échec sur %2</translation>
    </message>
    <message>
        <source>Never ran</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>toutes les %n heure</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>toutes les %n minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scheduled (%1 when connected)</source>
        <translation>Non planifiée (%1 une fois connectée)</translation>
    </message>
    <message>
        <source>After the running sync (%1)</source>
        <translation>Après la synchronisation en cours (%1)</translation>
    </message>
    <message>
        <source>Soon (%1)</source>
        <translation>Bientôt (%1)</translation>
    </message>
    <message>
        <source>Due now (%1)</source>
        <translation>Prévue maintenant (%1)</translation>
    </message>
    <message>
        <source>≈ %1 (%2)</source>
        <translation>≈ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Personal · no owner</source>
        <translation>Personnelle · sans propriétaire</translation>
    </message>
    <message>
        <source>Personal · %1</source>
        <translation>Personnelle · %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Scope / owner</source>
        <translation>Portée / propriétaire</translation>
    </message>
</context>
<context>
    <name>cc::ConnectionsPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Loading connections…</source>
        <translation>Chargement des connexions…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Ajouter une connexion…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Search connections</source>
        <translation>Rechercher des connexions</translation>
    </message>
    <message>
        <source>Search name, connector, id or error  (Ctrl+F)</source>
        <translation>Nom, connecteur, ID ou erreur  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Health: all</source>
        <translation>État de santé&#xa0;: tous</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Filtre d&apos;état de santé</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Connector filter</source>
        <translation>Filtre de connecteur</translation>
    </message>
    <message>
        <source>Scope filter</source>
        <translation>Filtre de portée</translation>
    </message>
    <message>
        <source>Any scope</source>
        <translation>Toutes les portées</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnelle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Connect HubSpot, Salesforce, Gmail, Slack and more to bring their data into this workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune connexion pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Connectez HubSpot, Salesforce, Gmail, Slack et bien d&apos;autres pour importer leurs données dans cet espace de travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connection matches&lt;/h3&gt;&lt;p&gt;Try another search or clear the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune connexion ne correspond&lt;/h3&gt;&lt;p&gt;Essayez une autre recherche ou effacez les filtres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Exporter le paquet de diagnostic…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Tous les connecteurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Health: %n selected</source>
        <translation>
            <numerusform>État de santé&#xa0;: %n sélectionné</numerusform>
            <numerusform>État de santé&#xa0;: %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load connections</source>
        <translation>Impossible de charger les connexions</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. Showing data last refreshed at %1; it may be stale.</source>
        <translation>Hors ligne&#xa0;: la plateforme est injoignable. Dernière actualisation des données affichées&#xa0;: %1&#xa0;; elles peuvent être obsolètes.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Nouvelle tentative dans %n s.</numerusform>
            <numerusform>Nouvelle tentative dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>⚠ possibly stale (as of %1)</source>
        <translation>⚠ peut-être obsolète (actualisation&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>cc::ConnectorBrowserFlow</name>
    <message>
        <source>No answer came back from the browser within 5 minutes, so the console stopped waiting. Nothing was changed; start again when you are ready.</source>
        <translation>Aucune réponse n&apos;est revenue du navigateur en 5 minutes&#xa0;; la console a donc cessé d&apos;attendre. Rien n&apos;a été modifié&#xa0;; recommencez lorsque vous serez prêt.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The provider approved the connection. Connections Console is checking it now.</source>
        <translation>Le fournisseur a approuvé la connexion. Connections Console la vérifie en ce moment.</translation>
    </message>
    <message>
        <source>You denied access at the provider, so nothing was connected.</source>
        <translation>Vous avez refusé l&apos;accès chez le fournisseur&#xa0;; rien n&apos;a donc été connecté.</translation>
    </message>
    <message>
        <source>The authorization link expired or was already used. Start again.</source>
        <translation>Le lien d&apos;autorisation a expiré ou a déjà été utilisé. Recommencez.</translation>
    </message>
    <message>
        <source>The provider had a problem. Try again in a moment.</source>
        <translation>Le fournisseur a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The provider reported an error: &quot;%1&quot;.</source>
        <translation>Le fournisseur a signalé une erreur&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The console could not listen for the browser&apos;s answer on this computer (%1).</source>
        <translation>La console n&apos;a pas pu se mettre à l&apos;écoute de la réponse du navigateur sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>The platform did not start a browser sign-in for this connector.</source>
        <translation>La plateforme n&apos;a pas lancé d&apos;identification par navigateur pour ce connecteur.</translation>
    </message>
    <message>
        <source>The browser reported success, but the platform could not confirm it: %1</source>
        <translation>Le navigateur a signalé une réussite, mais la plateforme n&apos;a pas pu la confirmer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cc::Console</name>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sync cadence</source>
        <translation>Cadence de synchronisation</translation>
    </message>
    <message>
        <source>The list of workspaces could not be loaded: %1</source>
        <translation>La liste des espaces de travail n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was archived, and there is no other workspace to open. Sign in to another one.</source>
        <translation>%1 a été archivé, et il n&apos;existe aucun autre espace de travail à ouvrir. Identifiez-vous auprès d&apos;un autre espace de travail.</translation>
    </message>
    <message>
        <source>Connections Console</source>
        <translation>Connections Console</translation>
    </message>
</context>
<context>
    <name>cc::ConsoleController</name>
    <message>
        <source>Signed in</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Signed in (read-only)</source>
        <translation>Identifié (lecture seule)</translation>
    </message>
</context>
<context>
    <name>cc::ConvertEnvironmentDialog</name>
    <message>
        <source>Convert environment</source>
        <translation>Convertir l&apos;environnement</translation>
    </message>
    <message>
        <source>“%1” is in %2. Choose the environment to convert it to, and check what the change affects before you confirm.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve en %2. Choisissez l&apos;environnement vers lequel le convertir, et vérifiez ce que la modification affecte avant de confirmer.</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation>Environnement cible</translation>
    </message>
    <message>
        <source>Convert &amp;to:</source>
        <translation>Convertir &amp;en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Ask the platform what converting to this environment affects</source>
        <translation>Demander à la plateforme ce qu&apos;affecte la conversion vers cet environnement</translation>
    </message>
    <message>
        <source>Step 1: press Check to see the warnings.</source>
        <translation>Étape 1&#xa0;: appuyez sur «&#xa0;Vérifier&#xa0;» pour voir les avertissements.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>I have &amp;read the warnings</source>
        <translation>J&apos;ai &amp;lu les avertissements</translation>
    </message>
    <message>
        <source>Step 2: type the workspace&apos;s slug, &lt;nobr&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/nobr&gt;, to confirm:</source>
        <translation>Étape 2&#xa0;: pour confirmer, saisissez l&apos;identifiant court de l&apos;espace de travail, &lt;nobr&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/nobr&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace slug</source>
        <translation>Identifiant court de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>There is no environment this workspace can be converted to.</source>
        <translation>Il n&apos;existe aucun environnement vers lequel cet espace de travail peut être converti.</translation>
    </message>
    <message>
        <source>Step 1: press Check to see what converting to %1 affects.</source>
        <translation>Étape 1&#xa0;: appuyez sur «&#xa0;Vérifier&#xa0;» pour voir ce qu&apos;affecte la conversion en %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>The platform gives %n warning(s) about converting to %1. Read each one:</source>
        <translation>
            <numerusform>La plateforme émet %n avertissement sur la conversion en %1. Lisez-le&#xa0;:</numerusform>
            <numerusform>La plateforme émet %n avertissements sur la conversion en %1. Lisez chacun d&apos;eux&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings: the platform sees nothing that converting to %1 would affect.</source>
        <translation>Aucun avertissement&#xa0;: la plateforme ne voit rien que la conversion en %1 affecterait.</translation>
    </message>
    <message>
        <source>The platform refused the conversion: %1</source>
        <translation>La plateforme a refusé la conversion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Conversion…</translation>
    </message>
    <message>
        <source>Check the target first</source>
        <translation>Vérifiez d&apos;abord la cible</translation>
    </message>
    <message>
        <source>Tick that you have read the warnings</source>
        <translation>Cochez la case confirmant que vous avez lu les avertissements</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s slug, %1</source>
        <translation>Saisissez l&apos;identifiant court de l&apos;espace de travail, %1</translation>
    </message>
</context>
<context>
    <name>cc::DailyBarsChart</name>
    <message>
        <source>Runs per day</source>
        <translation>Exécutions par jour</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Événements par jour</translation>
    </message>
    <message>
        <source>%1: history not loaded</source>
        <translation>%1&#xa0;: historique non chargé</translation>
    </message>
</context>
<context>
    <name>cc::DailyBucketsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielles</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limitées</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
</context>
<context>
    <name>cc::DataSourceDialog</name>
    <message>
        <source>A REST API the platform polls: its base URL and auth.</source>
        <translation>Une API REST interrogée par la plateforme&#xa0;: son URL de base et son authentification.</translation>
    </message>
    <message>
        <source>A FHIR server: its base URL and FHIR version.</source>
        <translation>Un serveur FHIR&#xa0;: son URL de base et sa version FHIR.</translation>
    </message>
    <message>
        <source>An EHR feed: the vendor and its endpoint.</source>
        <translation>Un flux de dossiers patients (EHR)&#xa0;: l&apos;éditeur et son point de terminaison.</translation>
    </message>
    <message>
        <source>A database the platform reads: engine, host, port, database.</source>
        <translation>Une base de données lue par la plateforme&#xa0;: moteur, hôte, port, base.</translation>
    </message>
    <message>
        <source>Events pushed to the platform: the hook&apos;s path.</source>
        <translation>Des événements envoyés à la plateforme&#xa0;: le chemin du webhook.</translation>
    </message>
    <message>
        <source>Files dropped for the platform: where, and their format.</source>
        <translation>Des fichiers déposés pour la plateforme&#xa0;: leur emplacement et leur format.</translation>
    </message>
    <message>
        <source>Any connection settings, as a JSON object.</source>
        <translation>Tout paramètre de connexion, sous forme d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>New data source</source>
        <translation>Nouvelle source de données</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>A data source keeps its name once created</source>
        <translation>Une source de données conserve son nom une fois créée</translation>
    </message>
    <message>
        <source>A data source keeps its type once created</source>
        <translation>Une source de données conserve son type une fois créée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom a&amp;ffiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>&amp;Stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. a cron expression, for scheduled</source>
        <translation>p. ex. une expression cron, pour «&#xa0;scheduled&#xa0;»</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Planification&#xa0;:</translation>
    </message>
    <message>
        <source>Patient, Encounter, Observation</source>
        <translation>Patient, Encounter, Observation</translation>
    </message>
    <message>
        <source>Comma-separated; up to %1 types of at most %2 characters each</source>
        <translation>Séparés par des virgules&#xa0;; jusqu&apos;à %1 types de %2 caractères au plus chacun</translation>
    </message>
    <message>
        <source>&amp;Entity types:</source>
        <translation>T&amp;ypes d&apos;entités&#xa0;:</translation>
    </message>
    <message>
        <source>Poll this data source</source>
        <translation>Interroger cette source de données</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>&amp;Active&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connection config:</source>
        <translation>&amp;Configuration de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection config</source>
        <translation>Configuration de connexion</translation>
    </message>
    <message>
        <source>Field &amp;mappings:</source>
        <translation>Correspondances de cha&amp;mps&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>At most %1 entity types (%2 given)</source>
        <translation>Au plus %1 types d&apos;entités (%2 indiqués)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Un nom est obligatoire</translation>
    </message>
    <message>
        <source>A scheduled data source needs a schedule</source>
        <translation>Une source de données planifiée nécessite une planification</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesController</name>
    <message>
        <source>The data sources could not be loaded: %1</source>
        <translation>Les sources de données n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in to change data sources</source>
        <translation>Identifiez-vous pour modifier les sources de données</translation>
    </message>
    <message>
        <source>Your role (%1) can read this workspace&apos;s data sources but not change them</source>
        <translation>Votre rôle (%1) permet de consulter les sources de données de cet espace de travail, mais pas de les modifier</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non identifié.</translation>
    </message>
    <message numerus="yes">
        <source>Loading the last %n days…</source>
        <translation>
            <numerusform>Chargement de %n jour d&apos;historique…</numerusform>
            <numerusform>Chargement de %n jours d&apos;historique…</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking the platform to poll…</source>
        <translation>Demande d&apos;interrogation envoyée à la plateforme…</translation>
    </message>
    <message>
        <source>Queued at %1. Waiting for the poll to land…</source>
        <translation>Mise en file d&apos;attente à %1. En attente du résultat de l&apos;interrogation…</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>un instant</translation>
    </message>
    <message>
        <source>Already polling since %1; the last poll took %2 s. Try again when it ends.</source>
        <translation>Interrogation déjà en cours depuis %1&#xa0;; la dernière interrogation a duré %2 s. Réessayez lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message numerus="yes">
        <source>The platform&apos;s sync runner is unavailable (503). Sync now is off for %n s.</source>
        <translation>
            <numerusform>Le service de synchronisation de la plateforme est indisponible (503). «&#xa0;Synchroniser maintenant&#xa0;» est désactivé pendant %n s.</numerusform>
            <numerusform>Le service de synchronisation de la plateforme est indisponible (503). «&#xa0;Synchroniser maintenant&#xa0;» est désactivé pendant %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sync requests (429). Sync now is off for %n s.</source>
        <translation>
            <numerusform>Trop de demandes de synchronisation (429). «&#xa0;Synchroniser maintenant&#xa0;» est désactivé pendant %n s.</numerusform>
            <numerusform>Trop de demandes de synchronisation (429). «&#xa0;Synchroniser maintenant&#xa0;» est désactivé pendant %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform failed (%1). Sync now is off for %n s.</source>
        <translation>
            <numerusform>La plateforme a échoué (%1). «&#xa0;Synchroniser maintenant&#xa0;» est désactivé pendant %n s.</numerusform>
            <numerusform>La plateforme a échoué (%1). «&#xa0;Synchroniser maintenant&#xa0;» est désactivé pendant %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>That data source no longer exists (404): someone deleted it. The list is reloaded.</source>
        <translation>Cette source de données n&apos;existe plus (404)&#xa0;: quelqu&apos;un l&apos;a supprimée. La liste est rechargée.</translation>
    </message>
    <message>
        <source>The platform refused the request (400): %1</source>
        <translation>La plateforme a refusé la requête (400)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync now failed: %1</source>
        <translation>Échec de «&#xa0;Synchroniser maintenant&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sync is queued, but its poll has not landed yet. Press F5 later.</source>
        <translation>La synchronisation est en file d&apos;attente, mais son interrogation n&apos;est pas encore terminée. Appuyez sur F5 plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Polled at %1: %n event(s), status %2.</source>
        <translation>
            <numerusform>Interrogée à %1&#xa0;: %n événement, statut %2.</numerusform>
            <numerusform>Interrogée à %1&#xa0;: %n événements, statut %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data source %1 created</source>
        <translation>Source de données %1 créée</translation>
    </message>
    <message>
        <source>Data source %1 saved</source>
        <translation>Source de données %1 enregistrée</translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation>Supprimer la source de données</translation>
    </message>
    <message>
        <source>Delete the data source %1? The platform stops polling it and removes it with its event history. This cannot be undone.</source>
        <translation>Supprimer la source de données %1&#xa0;? La plateforme cessera de l&apos;interroger et la supprimera avec son historique d&apos;événements. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n&apos;a pas été supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Data source %1 deleted</source>
        <translation>Source de données %1 supprimée</translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesModel</name>
    <message>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>File drop</source>
        <translation>Dépôt de fichiers</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>FHIR store</source>
        <translation>Entrepôt FHIR</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>EHR</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>SMART on FHIR</source>
        <translation>SMART on FHIR</translation>
    </message>
    <message>
        <source>Customer intake</source>
        <translation>Accueil des clients</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a data source&apos;s sync strategy (its schedule)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (name: %2)</source>
        <translation>%1 (nom&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Events in the latest poll</source>
        <translation>Événements du dernier relevé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>The server&apos;s order; this list is not sorted in the console.</source>
        <translation>L&apos;ordre du serveur&#xa0;; la console ne trie pas cette liste.</translation>
    </message>
</context>
<context>
    <name>cc::DataSourcesPage</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>&amp;New data source…</source>
        <translation>&amp;Nouvelle source de données…</translation>
    </message>
    <message>
        <source>Search names, ids, types and sync status…</source>
        <translation>Rechercher noms, ID, types et statuts de synchronisation…</translation>
    </message>
    <message>
        <source>Search data sources</source>
        <translation>Rechercher des sources de données</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Actives et inactives</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actives uniquement</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactives uniquement</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtre d&apos;activité</translation>
    </message>
    <message>
        <source>Source types</source>
        <translation>Types de source</translation>
    </message>
    <message>
        <source>59 min ago</source>
        <translation>il y a 59 min</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>New data source…</source>
        <translation>Nouvelle source de données…</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Data source overview</source>
        <translation>Vue d&apos;ensemble des sources de données</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Health status</source>
        <translation>Statut de santé</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>Events in last poll</source>
        <translation>Événements du dernier relevé</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Dernière vérification de l&apos;état de santé</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Types d&apos;entité</translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation>Découverte par</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Connection config</source>
        <translation>Configuration de connexion</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Correspondances de champs</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>History range</source>
        <translation>Période de l&apos;historique</translation>
    </message>
    <message>
        <source>Click a day, or use the arrow keys, to list its failures</source>
        <translation>Cliquez sur un jour, ou utilisez les touches fléchées, pour lister ses échecs</translation>
    </message>
    <message>
        <source>Failed events</source>
        <translation>Événements en échec</translation>
    </message>
    <message>
        <source>&amp;All days</source>
        <translation>&amp;Tous les jours</translation>
    </message>
    <message>
        <source>Show the failures of every day in the range</source>
        <translation>Afficher les échecs de tous les jours de la période</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the selected failed events (Ctrl+C): as text for a ticket, and as tab-separated values for a spreadsheet</source>
        <translation>Copier les événements en échec sélectionnés (Ctrl+C)&#xa0;: en texte pour un ticket, et en valeurs séparées par des tabulations pour un tableur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Failed events on %1</source>
        <translation>Événements en échec le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s) on this day, but the platform lists only its %1 newest failures, and this day&apos;s are older.</source>
        <translation>
            <numerusform>%n événement en échec ce jour-là, mais la plateforme ne liste que ses %1 échecs les plus récents, et ceux de ce jour sont plus anciens.</numerusform>
            <numerusform>%n événements en échec ce jour-là, mais la plateforme ne liste que ses %1 échecs les plus récents, et ceux de ce jour sont plus anciens.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed events on this day.</source>
        <translation>Aucun événement en échec ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <source>Listed: %1 of this day&apos;s %n failed event(s). The platform lists only its %2 newest failures; Copy copies the rows listed.</source>
        <translation>
            <numerusform>Listés&#xa0;: %1 sur %n événement en échec ce jour-là. La plateforme ne liste que ses %2 échecs les plus récents&#xa0;; «&#xa0;Copier&#xa0;» copie les lignes listées.</numerusform>
            <numerusform>Listés&#xa0;: %1 sur %n événements en échec ce jour-là. La plateforme ne liste que ses %2 échecs les plus récents&#xa0;; «&#xa0;Copier&#xa0;» copie les lignes listées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform lists its %1 newest failed events; the chart counts %n in these days. Copy copies the rows listed.</source>
        <translation>
            <numerusform>La plateforme liste ses %1 événements en échec les plus récents&#xa0;; le graphique en compte %n sur ces jours. «&#xa0;Copier&#xa0;» copie les lignes listées.</numerusform>
            <numerusform>La plateforme liste ses %1 événements en échec les plus récents&#xa0;; le graphique en compte %n sur ces jours. «&#xa0;Copier&#xa0;» copie les lignes listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a new data source in this workspace</source>
        <translation>Enregistrer une nouvelle source de données dans cet espace de travail</translation>
    </message>
    <message>
        <source>Change this data source&apos;s settings</source>
        <translation>Modifier les paramètres de cette source de données</translation>
    </message>
    <message>
        <source>Delete this data source (asks for its name)</source>
        <translation>Supprimer cette source de données (son nom est demandé)</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;ync now (in %n s)</source>
        <translation>
            <numerusform>S&amp;ynchroniser maintenant (dans %n s)</numerusform>
            <numerusform>S&amp;ynchroniser maintenant (dans %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform asked to wait before the next sync request</source>
        <translation>La plateforme a demandé d&apos;attendre avant la prochaine demande de synchronisation</translation>
    </message>
    <message>
        <source>Ask the platform to poll this data source now</source>
        <translation>Demander à la plateforme d&apos;interroger cette source de données maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>%1 of %2 data sources loaded; loading more…</source>
        <translation>%1 sources de données chargées sur %2&#xa0;; chargement de la suite…</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded; loading more…</source>
        <translation>
            <numerusform>%n source de données chargée&#xa0;; chargement de la suite…</numerusform>
            <numerusform>%n sources de données chargées&#xa0;; chargement de la suite…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 data sources loaded; scroll down for more</source>
        <translation>%1 sources de données chargées sur %2&#xa0;; faites défiler pour voir la suite</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n source de données chargée&#xa0;; faites défiler pour voir la suite</numerusform>
            <numerusform>%n sources de données chargées&#xa0;; faites défiler pour voir la suite</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 data sources loaded</source>
        <translation>%1 sources de données chargées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) loaded</source>
        <translation>
            <numerusform>%n source de données chargée</numerusform>
            <numerusform>%n sources de données chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;No data source matches&lt;/h3&gt;&lt;p&gt;Nothing in this workspace matches the search and filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune source de données correspondante&lt;/h3&gt;&lt;p&gt;Rien dans cet espace de travail ne correspond à la recherche et aux filtres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No data sources yet&lt;/h3&gt;&lt;p&gt;A data source brings an EHR, FHIR or REST feed into this workspace. Register one to see its events here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune source de données pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Une source de données amène un flux EHR, FHIR ou REST dans cet espace de travail. Enregistrez-en une pour voir ses événements ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a data source to see its fields, status and history.</source>
        <translation>Sélectionnez une source de données pour voir ses champs, son statut et son historique.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Events: %1 · synced: %2 · failed: %3 (%4 % failure rate)</source>
        <translation>Événements&#xa0;: %1 · synchronisés&#xa0;: %2 · en échec&#xa0;: %3 (taux d&apos;échec de %4&#xa0;%)</translation>
    </message>
    <message>
        <source>Status not loaded: %1</source>
        <translation>Statut non chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failures rose on %1: %2 % of that day&apos;s events failed, against %3 % on a typical day.</source>
        <translation>Les échecs ont augmenté le %1&#xa0;: %2&#xa0;% des événements de ce jour ont échoué, contre %3&#xa0;% un jour ordinaire.</translation>
    </message>
    <message numerus="yes">
        <source>About %1 % of events fail on a typical day; no day of the last %n days stands out.</source>
        <translation>
            <numerusform>Environ %1&#xa0;% des événements échouent un jour ordinaire&#xa0;; aucun jour ne se distingue sur la période de %n jour.</numerusform>
            <numerusform>Environ %1&#xa0;% des événements échouent un jour ordinaire&#xa0;; aucun des %n derniers jours ne se distingue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failed events in the last %n days.</source>
        <translation>
            <numerusform>Aucun événement en échec sur la période de %n jour.</numerusform>
            <numerusform>Aucun événement en échec ces %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data source details</source>
        <translation>Détails de la source de données</translation>
    </message>
    <message>
        <source>Loading status…</source>
        <translation>Chargement du statut…</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field&apos;s label in the data source&apos;s overview (&quot;Name:&quot;); French puts a space before the colon</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cc::DurationChart</name>
    <message>
        <source>Run duration over time</source>
        <translation>Durée des exécutions dans le temps</translation>
    </message>
    <message>
        <source>Run duration (longest %1 s)</source>
        <translation>Durée des exécutions (la plus longue&#xa0;: %1 s)</translation>
    </message>
    <message numerus="yes">
        <source>The run of %1 took %n s and failed.</source>
        <translation>
            <numerusform>L&apos;exécution du %1 a duré %n s et a échoué.</numerusform>
            <numerusform>L&apos;exécution du %1 a duré %n s et a échoué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run of %1 took %n s.</source>
        <translation>
            <numerusform>L&apos;exécution du %1 a duré %n s.</numerusform>
            <numerusform>L&apos;exécution du %1 a duré %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::EditConnectionDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun propriétaire</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>cc::FailuresController</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>From the platform&apos;s workspace runs</source>
        <translation>D&apos;après les exécutions de l&apos;espace de travail sur la plateforme</translation>
    </message>
    <message>
        <source>Fetched per connection (the platform has no workspace runs call)</source>
        <translation>Récupéré connexion par connexion (la plateforme n&apos;offre pas d&apos;appel pour les exécutions de l&apos;espace de travail)</translation>
    </message>
    <message numerus="yes">
        <source>Fetched per connection; the runs of %n connection(s) could not be read: %1</source>
        <translation>
            <numerusform>Récupéré connexion par connexion&#xa0;; les exécutions de %n connexion n&apos;ont pas pu être lues&#xa0;: %1</numerusform>
            <numerusform>Récupéré connexion par connexion&#xa0;; les exécutions de %n connexions n&apos;ont pas pu être lues&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::FailuresModel</name>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation>Erreur passagère</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>Raison inconnue</translation>
    </message>
    <message>
        <source>Partial: some streams failed</source>
        <translation>Partiel&#xa0;: certains flux ont échoué</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
</context>
<context>
    <name>cc::FailuresPage</name>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Failures by reason and connector</source>
        <translation>Échecs par raison et par connecteur</translation>
    </message>
    <message>
        <source>Affected connections</source>
        <translation>Connexions concernées</translation>
    </message>
    <message>
        <source>Affected connections (Enter or double-click opens one):</source>
        <translation>Connexions concernées (Entrée ou double-clic pour en ouvrir une)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 failed or partial runs</source>
        <translation>%1 exécutions en échec ou partielles</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 connections</source>
        <translation>%1 connexions sur %2</translation>
    </message>
</context>
<context>
    <name>cc::HandleConnectFlow</name>
    <message>
        <source>That account is already tracked; it is selected.</source>
        <translation>Ce compte est déjà suivi&#xa0;; il est sélectionné.</translation>
    </message>
    <message>
        <source>Reconnected; a sync is running.</source>
        <translation>Reconnecté&#xa0;; une synchronisation est en cours.</translation>
    </message>
</context>
<context>
    <name>cc::HandleDialog</name>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Track this account</source>
        <translation>Suivre ce compte</translation>
    </message>
    <message>
        <source>Track a %1 account</source>
        <translation>Suivre un compte %1</translation>
    </message>
    <message>
        <source>Enter the account&apos;s handle.</source>
        <translation>Saisissez le nom d&apos;utilisateur du compte.</translation>
    </message>
    <message>
        <source>@%1 · %2 followers</source>
        <translation>@%1 · %2 abonnés</translation>
    </message>
</context>
<context>
    <name>cc::HealthSummaryBar</name>
    <message>
        <source>Click to show only these; Ctrl+click to add to the filter.</source>
        <translation>Cliquez pour n&apos;afficher que celles-ci&#xa0;; Ctrl+clic pour les ajouter au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n saine</numerusform>
            <numerusform>%n saines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n obsolète</numerusform>
            <numerusform>%n obsolètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradée</numerusform>
            <numerusform>%n dégradées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>connections in error</comment>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rate limited</source>
        <translation>
            <numerusform>%n limitée</numerusform>
            <numerusform>%n limitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n syncing</source>
        <translation>
            <numerusform>%n en synchro</numerusform>
            <numerusform>%n en synchro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs re-auth</source>
        <translation>
            <numerusform>%n à réauthentifier</numerusform>
            <numerusform>%n à réauthentifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n déconnectée</numerusform>
            <numerusform>%n déconnectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnue</numerusform>
            <numerusform>%n inconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connections:</source>
        <translation>
            <numerusform>%n connexion&#xa0;:</numerusform>
            <numerusform>%n connexions&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n connexion</numerusform>
            <numerusform>%1&#xa0;: %n connexions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::HistoryController</name>
    <message>
        <source>Export support bundle</source>
        <translation>Exporter le paquet de diagnostic</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Replace the CSV file?</source>
        <translation>Remplacer le fichier CSV&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists next to the bundle. Replace it with this bundle&apos;s runs?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà à côté du paquet. Le remplacer par les exécutions de ce paquet&#xa0;?</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was left as it was.</source>
        <translation>Export annulé&#xa0;: %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Support bundle saved to %1 (runs as CSV in %2)</source>
        <translation>Paquet de diagnostic enregistré dans %1 (exécutions au format CSV dans %2)</translation>
    </message>
    <message>
        <source>The support bundle could not be saved: %1</source>
        <translation>Le paquet de diagnostic n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cc::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Added by this stage</source>
        <translation>%1
Ajouté par cette étape</translation>
    </message>
    <message>
        <source>%1
Changed by this stage</source>
        <translation>%1
Modifié par cette étape</translation>
    </message>
    <message>
        <source>%1
Moved here from %2</source>
        <translation>%1
Déplacé ici depuis %2</translation>
    </message>
    <message>
        <source>%1
Moved with its parent</source>
        <translation>%1
Déplacé avec son parent</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>cc::JsonTreeView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 as JSON</source>
        <translation>Copier %1 en JSON</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>cc::LoopbackListener</name>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>The request was larger than a browser redirect can be.</source>
        <translation>La requête était plus volumineuse qu&apos;une redirection du navigateur ne peut l&apos;être.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>That was not an HTTP request.</source>
        <translation>Ce n&apos;était pas une requête HTTP.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Nothing is waiting at this address.</source>
        <translation>Rien n&apos;est en attente à cette adresse.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Only GET is accepted here.</source>
        <translation>Seul GET est accepté ici.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>This address only answers the browser redirect it is waiting for.</source>
        <translation>Cette adresse ne répond qu&apos;à la redirection du navigateur qu&apos;elle attend.</translation>
    </message>
    <message>
        <source>Not the expected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>This link does not belong to the sign-in or connection that Connections Console is waiting for. Nothing was changed.</source>
        <translation>Ce lien ne correspond pas à l&apos;identification ou à la connexion qu&apos;attend Connections Console. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>It did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>The provider answered: %1</source>
        <translation>Le fournisseur a répondu&#xa0;: %1</translation>
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
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non identifié</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 of %2 connections shown</source>
        <translation>%1 connexions affichées sur %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>S&apos;&amp;identifier…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Next needing attention</source>
        <translation>&amp;Suivante nécessitant une intervention</translation>
    </message>
    <message>
        <source>&amp;Previous needing attention</source>
        <translation>&amp;Précédente nécessitant une intervention</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>Afficher les heures en &amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>E&amp;xport support bundle…</source>
        <translation>E&amp;xporter le paquet de diagnostic…</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Connections Console</source>
        <translation>À &amp;propos de Connections Console</translation>
    </message>
    <message>
        <source>About Connections Console</source>
        <translation>À propos de Connections Console</translation>
    </message>
    <message>
        <source>Workspace %1 on %2</source>
        <translation>Espace de travail %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Switch &amp;workspace…</source>
        <translation>Changer d&apos;&amp;espace de travail…</translation>
    </message>
    <message>
        <source>There is no other workspace to switch to.</source>
        <translation>Il n&apos;y a aucun autre espace de travail vers lequel basculer.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for a data platform: its connections, workspaces and data sources.&lt;/p&gt;&lt;p&gt;Licensed under the &lt;a href=&quot;%2&quot;&gt;Apache License 2.0&lt;/a&gt;. Built with Qt %3 (LGPL-3.0) and QtKeychain (BSD-3-Clause). The sandbox platform, connections-sandbox, uses Qt HTTP Server (GPL-3.0) and ships as its own package.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Project website&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connections Console %1&lt;/h3&gt;&lt;p&gt;Une console de bureau native pour une plateforme de données : ses connexions, ses espaces de travail et ses sources de données.&lt;/p&gt;&lt;p&gt;Distribuée sous la &lt;a href=&quot;%2&quot;&gt;licence Apache 2.0&lt;/a&gt;. Construite avec Qt %3 (LGPL-3.0) et QtKeychain (BSD-3-Clause). La plateforme bac à sable, connections-sandbox, utilise Qt HTTP Server (GPL-3.0) et est livrée dans son propre paquet.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Site web du projet&lt;/a&gt;&lt;/p&gt;</translation>
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
        <translation>Chargement des connexions</translation>
    </message>
    <message>
        <source>%L1 of %L2 connections</source>
        <extracomment>The status bar while the connection list arrives in pages</extracomment>
        <translation>%L1 connexions sur %L2</translation>
    </message>
</context>
<context>
    <name>cc::OAuthConnectFlow</name>
    <message>
        <source>Connected: “%1” is running its first sync.</source>
        <translation>Connecté&#xa0;: «&#xa0;%1&#xa0;» effectue sa première synchronisation.</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 connecté</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Reconnect “%1”</source>
        <translation>Reconnecter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Background refresh interval</source>
        <translation>Intervalle d’actualisation en arrière-plan</translation>
    </message>
    <message>
        <source>While nothing is syncing, the connections are refreshed this often, and not while the window is hidden or minimised. 0 turns it off.</source>
        <translation>Tant que rien ne se synchronise, les connexions sont actualisées à cet intervalle, mais pas lorsque la fenêtre est masquée ou réduite. 0 la désactive.</translation>
    </message>
    <message>
        <source>&amp;Background refresh:</source>
        <translation>Actualisation en arrière-&amp;plan :</translation>
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
        <translation>%1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation>Connexion&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Triggered by: %1</source>
        <translation>Déclenchée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Streams: %1 failed of %2</source>
        <translation>Flux&#xa0;: %1 en échec sur %2</translation>
    </message>
    <message>
        <source>Records written: %1</source>
        <translation>Enregistrements écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error reason: %1</source>
        <translation>Raison de l&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenchée par</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Streams failed</source>
        <translation>Flux en échec</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Raison de l&apos;erreur</translation>
    </message>
</context>
<context>
    <name>cc::SandboxLauncher</name>
    <message>
        <source>The sandbox could not be started (%1).</source>
        <translation>Le bac à sable n&apos;a pas pu être démarré (%1).</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1).</source>
        <translation>Le bac à sable s&apos;est arrêté avant d&apos;être prêt (code de sortie %1).</translation>
    </message>
    <message>
        <source>The sandbox program (connections-sandbox) was not found.</source>
        <translation>Le programme du bac à sable (connections-sandbox) est introuvable.</translation>
    </message>
</context>
<context>
    <name>cc::SecretStore</name>
    <message>
        <source>No keychain is available (no Secret Service on the session bus). Install and start gnome-keyring or KWallet to stay signed in. You can go on now, but you will need to sign in again next time.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible (pas de Secret Service sur le bus de session). Installez et démarrez gnome-keyring ou KWallet pour rester identifié. Vous pouvez continuer maintenant, mais vous devrez vous identifier à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>cc::Session</name>
    <message>
        <source>The saved sign-in could not be read. Sign in again.</source>
        <translation>L&apos;identification enregistrée n&apos;a pas pu être lue. Identifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in server issued no refresh token, so the sign-in was not saved and ends at %1; sign in again then.</source>
        <translation>Le serveur d&apos;identification n&apos;a émis aucun jeton d&apos;actualisation&#xa0;: l&apos;identification n&apos;a donc pas été enregistrée et prend fin à %1&#xa0;; identifiez-vous à nouveau à ce moment-là.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (the platform revoked it). Sign in again.</source>
        <translation>Votre identification a pris fin (la plateforme l&apos;a révoquée). Identifiez-vous à nouveau.</translation>
    </message>
</context>
<context>
    <name>cc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search by action or key</source>
        <translation>Rechercher par action ou par touche</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>cc::SignInController</name>
    <message>
        <source>Signing out</source>
        <translation>La fermeture de session</translation>
    </message>
    <message>
        <source>Switching to %1</source>
        <translation>Le passage à %1</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Bac à sable (%1)</translation>
    </message>
    <message>
        <source>Signed in — not saved: you will need to sign in again next time</source>
        <translation>Identifié — non enregistré&#xa0;: vous devrez vous identifier à nouveau la prochaine fois</translation>
    </message>
    <message>
        <source>The sign-in server issued no refresh token: this sign-in ends at %1, and you will need to sign in again then.</source>
        <translation>Le serveur d&apos;identification n&apos;a émis aucun jeton d&apos;actualisation&#xa0;: cette identification prend fin à %1, et vous devrez alors vous identifier à nouveau.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non identifié</translation>
    </message>
    <message>
        <source>Signed in with the browser</source>
        <translation>Identifié avec le navigateur</translation>
    </message>
    <message>
        <source>Signed in with an API key</source>
        <translation>Identifié avec une clé d&apos;API</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Identification auprès de %1…</translation>
    </message>
    <message>
        <source>Now in %1.</source>
        <translation>Vous êtes maintenant dans %1.</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Passage à %1…</translation>
    </message>
    <message>
        <source>The saved sign-in to %1 has ended. Sign in again in the browser.</source>
        <translation>L&apos;identification enregistrée auprès de %1 a expiré. Identifiez-vous à nouveau dans le navigateur.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>S&apos;identifier auprès de %1</translation>
    </message>
</context>
<context>
    <name>cc::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>S&apos;identifier</translation>
    </message>
</context>
<context>
    <name>cc::SignInFlow</name>
    <message>
        <source>No answer came back from the browser within 5 minutes; sign-in stopped. Try again.</source>
        <translation>Aucune réponse du navigateur en 5 minutes&#xa0;; l&apos;identification a été interrompue. Réessayez.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>The platform approved the sign-in. Connections Console is finishing it now.</source>
        <translation>La plateforme a approuvé l&apos;identification. Connections Console la finalise maintenant.</translation>
    </message>
    <message>
        <source>The sign-in server must use https (or be on this computer).</source>
        <translation>Le serveur d&apos;identification doit utiliser https (ou se trouver sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server (%1).</source>
        <translation>Impossible de joindre le serveur d&apos;identification (%1).</translation>
    </message>
    <message>
        <source>The server does not publish OAuth sign-in metadata (HTTP %1).</source>
        <translation>Le serveur ne publie pas de métadonnées d&apos;identification OAuth (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in metadata names another issuer; refusing it.</source>
        <translation>Les métadonnées d&apos;identification indiquent un autre émetteur&#xa0;; elles sont refusées.</translation>
    </message>
    <message>
        <source>The sign-in endpoints must use https (or be on this computer).</source>
        <translation>Les points de terminaison d&apos;identification doivent utiliser https (ou se trouver sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The sign-in server does not support PKCE S256.</source>
        <translation>Le serveur d&apos;identification ne prend pas en charge PKCE S256.</translation>
    </message>
    <message>
        <source>The console could not listen for the browser&apos;s answer on this computer (%1).</source>
        <translation>La console n&apos;a pas pu écouter la réponse du navigateur sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Sign-in was denied in the browser.</source>
        <translation>L&apos;identification a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in server answered: %1 %2</source>
        <translation>Le serveur d&apos;identification a répondu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The sign-in server promised to name itself in its answer (RFC 9207) but did not; refusing it (mix-up protection).</source>
        <translation>Le serveur d&apos;identification s&apos;était engagé à indiquer son nom dans sa réponse (RFC 9207), mais ne l&apos;a pas fait&#xa0;; elle est refusée (protection contre la confusion de serveurs).</translation>
    </message>
    <message>
        <source>The answer came from another sign-in server; refusing it (mix-up protection).</source>
        <translation>La réponse provient d&apos;un autre serveur d&apos;identification&#xa0;; elle est refusée (protection contre la confusion de serveurs).</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Le navigateur est revenu sans code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sign-in server refused the code: %1 %2</source>
        <translation>Le serveur d&apos;identification a refusé le code&#xa0;: %1 %2</translation>
    </message>
</context>
<context>
    <name>cc::SyncFailuresModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>FHIR resource</source>
        <translation>Ressource FHIR</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID d&apos;événement</translation>
    </message>
    <message numerus="yes">
        <source>Data source: %1 — %n failed event(s)</source>
        <translation>
            <numerusform>Source de données&#xa0;: %1 — %n événement en échec</numerusform>
            <numerusform>Source de données&#xa0;: %1 — %n événements en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Event %1 (%2) at %3
  FHIR resource: %4
  Error: %5</source>
        <translation>Événement %1 (%2) le %3
  Ressource FHIR&#xa0;: %4
  Erreur&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>cc::WebhookConnectFlow</name>
    <message>
        <source>Reconnected; a sync is running.</source>
        <translation>Reconnecté&#xa0;; une synchronisation est en cours.</translation>
    </message>
</context>
<context>
    <name>cc::WebhookSecretDialog</name>
    <message>
        <source>%1 webhook created</source>
        <translation>Webhook %1 créé</translation>
    </message>
    <message>
        <source>Paste the URL and the signing secret into %1&apos;s webhook settings.</source>
        <translation>Collez l&apos;URL et le secret de signature dans les paramètres de webhook de %1.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret will not be shown again.&lt;/b&gt; Copy it now; if it is lost, reconnect the webhook to get a new one.</source>
        <translation>&lt;b&gt;Ce secret ne sera plus affiché.&lt;/b&gt; Copiez-le maintenant&#xa0;; s&apos;il est perdu, reconnectez le webhook pour en obtenir un nouveau.</translation>
    </message>
</context>
<context>
    <name>cc::WelcomePage</name>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>S&apos;identifier avec le navigateur</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Connections Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Connections Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>See at a glance what your workspace is connected to and how each connection is doing, and bring failed connections back.</source>
        <translation>Voyez d&apos;un coup d&apos;œil à quoi votre espace de travail est connecté et comment se porte chaque connexion, et rétablissez les connexions en échec.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; The sandbox is a practice platform on this computer with a demo workspace: every kind of connection and failure, nothing real at stake.</source>
        <translation>&lt;b&gt;Nouveau ici&#xa0;?&lt;/b&gt; Le bac à sable est une plateforme d&apos;entraînement sur cet ordinateur, avec un espace de travail de démonstration&#xa0;: tous les types de connexions et d&apos;échecs, sans aucun enjeu réel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect to a platform URL&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se connecter à l&apos;URL d&apos;une plateforme&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Paste an API key</source>
        <translation>Coller une clé d&apos;API</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Automatic: openid offline_access when the server offers them</source>
        <translation>Automatique&#xa0;: openid offline_access si le serveur les propose</translation>
    </message>
    <message>
        <source>The OAuth scope the browser sign-in asks for. Leave empty unless your identity provider needs a particular one.</source>
        <translation>La portée OAuth demandée lors de l&apos;identification via le navigateur. Laissez vide, sauf si votre fournisseur d&apos;identité en exige une en particulier.</translation>
    </message>
    <message>
        <source>Sign-in scope</source>
        <translation>Portée d&apos;identification</translation>
    </message>
    <message>
        <source>Use API key</source>
        <translation>Utiliser la clé d&apos;API</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, e.g. https://platform.example.com.</source>
        <translation>Saisissez l&apos;adresse de la plateforme, par ex. https://platform.example.com.</translation>
    </message>
    <message>
        <source>Paste an API key for that platform.</source>
        <translation>Collez une clé d&apos;API pour cette plateforme.</translation>
    </message>
</context>
<context>
    <name>cc::WorkspaceController</name>
    <message>
        <source>You changed the settings and the test caller numbers of %1 and did not save them. %2 discards these changes.</source>
        <translation>Vous avez modifié les paramètres et les numéros d&apos;appelant de test de %1 sans les enregistrer. %2 fera perdre ces modifications.</translation>
    </message>
    <message>
        <source>You changed the settings of %1 and did not save them. %2 discards these changes.</source>
        <translation>Vous avez modifié les paramètres de %1 sans les enregistrer. %2 fera perdre ces modifications.</translation>
    </message>
    <message>
        <source>You changed the test caller numbers of %1 and did not save them. %2 discards these changes.</source>
        <translation>Vous avez modifié les numéros d&apos;appelant de test de %1 sans les enregistrer. %2 fera perdre ces modifications.</translation>
    </message>
    <message>
        <source>Discard unsaved changes?</source>
        <translation>Abandonner les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel to go back to the Workspace page and save them first.</source>
        <translation>Choisissez «&#xa0;Annuler&#xa0;» pour revenir à la page «&#xa0;Espace de travail&#xa0;» et les enregistrer d&apos;abord.</translation>
    </message>
    <message>
        <source>Workspace settings saved</source>
        <translation>Paramètres de l&apos;espace de travail enregistrés</translation>
    </message>
    <message>
        <source>%1 is provisioned.</source>
        <translation>%1 est provisionné.</translation>
    </message>
    <message>
        <source>%1 is now in %2.</source>
        <translation>%1 est maintenant dans l&apos;environnement %2.</translation>
    </message>
    <message>
        <source>Archive workspace</source>
        <translation>Archiver l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Archive the workspace %1 (%2)? Its API keys and sign-ins stop working, its connections and data sources stop syncing, and it leaves the workspace list. Its records and history are kept on the platform, but only platform support can bring it back. Type the workspace&apos;s slug to confirm.</source>
        <translation>Archiver l&apos;espace de travail %1 (%2)&#xa0;? Ses clés d&apos;API et ses identifications cessent de fonctionner, ses connexions et ses sources de données cessent de se synchroniser, et il disparaît de la liste des espaces de travail. Ses enregistrements et son historique sont conservés sur la plateforme, mais seul le support de la plateforme peut le rétablir. Saisissez l&apos;identifiant court de l&apos;espace de travail pour confirmer.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>The workspace was not archived: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas été archivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspace %1 archived</source>
        <translation>Espace de travail %1 archivé</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the platform now has %n test caller number(s).</source>
        <translation>
            <numerusform>Enregistré&#xa0;: la plateforme a maintenant %n numéro d&apos;appelant de test.</numerusform>
            <numerusform>Enregistré&#xa0;: la plateforme a maintenant %n numéros d&apos;appelant de test.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::WorkspacePage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nom de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>EHR connector</source>
        <translation>Connecteur EHR</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>EHR connec&amp;tor:</source>
        <translation>Connec&amp;teur EHR&#xa0;:</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Identifiant court&#xa0;:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Backend organisation:</source>
        <translation>Organisation backend&#xa0;:</translation>
    </message>
    <message>
        <source>Provisioned:</source>
        <translation>Provisionné&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modifié&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Enregi&amp;strer les paramètres</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Put back the settings as the platform has them</source>
        <translation>Rétablir les paramètres tels qu&apos;ils sont sur la plateforme</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>&amp;Provision workspace</source>
        <translation>&amp;Provisionner l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Environment conversion</source>
        <translation>Conversion de l&apos;environnement</translation>
    </message>
    <message>
        <source>C&amp;onvert environment…</source>
        <translation>Con&amp;vertir l’environnement…</translation>
    </message>
    <message>
        <source>Test caller numbers</source>
        <translation>Numéros d&apos;appelant de test</translation>
    </message>
    <message>
        <source>Calls from these numbers are treated as test calls. Each is an E.164 number: a + and 2 to 15 digits, the first not 0, such as +15555550100. Double-click a number to edit it.</source>
        <translation>Les appels provenant de ces numéros sont traités comme des appels de test. Chacun est un numéro E.164&#xa0;: un + suivi de 2 à 15 chiffres, le premier différent de 0, par exemple +15555550100. Double-cliquez sur un numéro pour le modifier.</translation>
    </message>
    <message>
        <source>New test caller number</source>
        <translation>Nouveau numéro d&apos;appelant de test</translation>
    </message>
    <message>
        <source>Ne&amp;w number:</source>
        <translation>Nou&amp;veau numéro&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>Remove the selected numbers (Delete)</source>
        <translation>Retirer les numéros sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Revert test caller l&amp;ist</source>
        <translation>Rétablir la &amp;liste des appelants de test</translation>
    </message>
    <message>
        <source>Put back the numbers as the platform has them</source>
        <translation>Rétablir les numéros tels qu&apos;ils sont sur la plateforme</translation>
    </message>
    <message>
        <source>Save test ca&amp;llers</source>
        <translation>Enregistrer les &amp;appelants de test</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Archiving takes the workspace out of service: its API keys and sign-ins stop working and it leaves the workspace list. Its connections, data sources, integrations and history are kept on the platform.</source>
        <translation>L&apos;archivage met l&apos;espace de travail hors service&#xa0;: ses clés d&apos;API et ses identifications cessent de fonctionner et il disparaît de la liste des espaces de travail. Ses connexions, sources de données, intégrations et son historique sont conservés sur la plateforme.</translation>
    </message>
    <message>
        <source>&amp;Archive workspace…</source>
        <translation>Arc&amp;hiver l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>The workspace has not loaded yet.</source>
        <translation>L&apos;espace de travail n&apos;est pas encore chargé.</translation>
    </message>
    <message>
        <source>Only the workspace owner may archive it. You are signed in with another role.</source>
        <translation>Seul le propriétaire de l&apos;espace de travail peut l&apos;archiver. Vous êtes identifié avec un autre rôle.</translation>
    </message>
    <message>
        <source>You are signed in as a viewer: you can see the workspace but not change it.</source>
        <translation>Vous êtes identifié en tant que lecteur&#xa0;: vous pouvez voir l&apos;espace de travail, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting has changed</source>
        <translation>Rien à enregistrer&#xa0;: aucun paramètre n&apos;a changé</translation>
    </message>
    <message>
        <source>Already provisioned on %1</source>
        <translation>Déjà provisionné le %1</translation>
    </message>
    <message>
        <source>Correct the numbers marked as not E.164 first</source>
        <translation>Corrigez d&apos;abord les numéros signalés comme non conformes à E.164</translation>
    </message>
    <message>
        <source>Nothing to save: the list has not changed</source>
        <translation>Rien à enregistrer&#xa0;: la liste n&apos;a pas changé</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Chargement de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>The workspace could not be loaded</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>%1 Press F5 to try again.</source>
        <translation>%1 Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not provisioned</source>
        <translation>Non provisionné</translation>
    </message>
    <message>
        <source>Provisioned on %1. The backend organisation is %2; provisioning again changes nothing.</source>
        <translation>Provisionné le %1. L&apos;organisation backend est %2&#xa0;; provisionner à nouveau ne change rien.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Not provisioned yet. Provisioning creates the workspace&apos;s backend organisation and its built-in integrations. It is safe to repeat: a provisioned workspace stays as it is.</source>
        <translation>Pas encore provisionné. Le provisionnement crée l&apos;organisation backend de l&apos;espace de travail et ses intégrations natives. Il peut être répété sans risque&#xa0;: un espace de travail provisionné reste tel quel.</translation>
    </message>
    <message>
        <source>This workspace is in %1. Converting it first checks what the change affects and lists the warnings; you read them, then confirm with the workspace&apos;s slug.</source>
        <translation>Cet espace de travail est dans l&apos;environnement %1. Sa conversion vérifie d&apos;abord ce que le changement affecte et liste les avertissements&#xa0;; vous les lisez, puis confirmez avec l&apos;identifiant court de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Provisionnement…</translation>
    </message>
    <message>
        <source>Provisioning failed: %1</source>
        <translation>Échec du provisionnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not an E.164 number: a + and 2 to 15 digits, the first not 0.</source>
        <translation>Numéro non conforme à E.164&#xa0;: un + suivi de 2 à 15 chiffres, le premier différent de 0.</translation>
    </message>
    <message>
        <source>“%1” is not an E.164 number: a + and 2 to 15 digits, the first not 0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro E.164&#xa0;: un + suivi de 2 à 15 chiffres, le premier différent de 0.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Start with + and the country code, such as +1 or +44.</source>
        <translation>Commencez par + et l&apos;indicatif du pays, par exemple +1 ou +33.</translation>
    </message>
    <message>
        <source>Not yet an E.164 number: a + and 2 to 15 digits, the first not 0.</source>
        <translation>Pas encore un numéro E.164&#xa0;: un + suivi de 2 à 15 chiffres, le premier différent de 0.</translation>
    </message>
    <message>
        <source>The platform refused the list. %1</source>
        <translation>La plateforme a refusé la liste. %1</translation>
    </message>
</context>
<context>
    <name>cc::WorkspaceSwitcher</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Switch to another workspace of this server</source>
        <translation>Passer à un autre espace de travail de ce serveur</translation>
    </message>
    <message>
        <source>Search workspaces</source>
        <translation>Rechercher des espaces de travail</translation>
    </message>
    <message>
        <source>Switch workspace (Ctrl+Shift+W)</source>
        <translation>Changer d&apos;espace de travail (Ctrl+Shift+W)</translation>
    </message>
</context>
<context>
    <name>cc::WorkspacesModel</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Unknown environment</source>
        <translation>Environnement inconnu</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · signed in now</source>
        <translation>%1 (%2) · %3 · identifié actuellement</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · switching needs no sign-in</source>
        <translation>%1 (%2) · %3 · changement sans identification</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · switching opens the browser to sign in</source>
        <translation>%1 (%2) · %3 · le changement ouvre le navigateur pour s&apos;identifier</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for a data platform&apos;s connections.</source>
        <translation>Console pour les connexions d&apos;une plateforme de données.</translation>
    </message>
    <message>
        <source>Platform origin, e.g. https://platform.example.com. The API key comes from $CONNECTIONS_API_KEY or the welcome screen.</source>
        <translation>Origine de la plateforme, par ex. https://platform.example.com. La clé d&apos;API provient de $CONNECTIONS_API_KEY ou de l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <source>Start the local sandbox platform with the demo workspace and use it.</source>
        <translation>Démarrer la plateforme bac à sable locale avec l&apos;espace de travail de démonstration, et l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Sign in with the system browser, save the result in the keychain, print one line and exit (needs --server; no display needed).</source>
        <translation>S&apos;identifier avec le navigateur du système, enregistrer le résultat dans le trousseau, afficher une ligne et quitter (nécessite --server&#xa0;; aucun écran requis).</translation>
    </message>
    <message>
        <source>OAuth issuer for sign-in (default: the server&apos;s origin).</source>
        <translation>Émetteur OAuth pour l&apos;identification (par défaut&#xa0;: l&apos;origine du serveur).</translation>
    </message>
    <message>
        <source>OAuth client id for sign-in.</source>
        <translation>ID client OAuth pour l&apos;identification.</translation>
    </message>
    <message>
        <source>OAuth scope for sign-in (default: &quot;openid offline_access&quot; when the server offers them, otherwise none).</source>
        <translation>Portée OAuth pour l&apos;identification (par défaut&#xa0;: «&#xa0;openid offline_access&#xa0;» si le serveur les propose, sinon aucune).</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark (remembered, as View &gt; Appearance).</source>
        <translation>Jeu de couleurs&#xa0;: system, light ou dark (mémorisé, comme Affichage &gt; Apparence).</translation>
    </message>
    <message>
        <source>--sign-in needs --server URL</source>
        <translation>--sign-in nécessite --server URL</translation>
    </message>
    <message>
        <source>Try --help for the options.</source>
        <translation>Essayez --help pour voir les options.</translation>
    </message>
    <message>
        <source>connections-console needs a display for its window. Without one, --sign-in, --help and --version work.</source>
        <translation>connections-console a besoin d&apos;un écran pour afficher sa fenêtre. Sans écran, --sign-in, --help et --version fonctionnent.</translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation>--appearance doit valoir system, light ou dark, et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
</TS>
