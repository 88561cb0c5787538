#pragma once

#include "oauthwire.h"
#include "secretstore.h"
#include "signinflow.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace cc {

// The credential for one server origin and workspace. The refresh token or API
// key lives in the keychain (one entry per origin and workspace, service
// "connections-console"); the
// access token only in memory. Refreshes on demand and before expiry, writing
// the rotated refresh token back; invalid_grant signs out with a clear
// message. When the keychain fails the session goes on unsaved and says so.
// QSettings remembers only *that* a secret was saved (never the secret), so a
// locked keyring answering "not found" is not mistaken for "never signed in".
//
// The session is bound to its server: the origin and the credential kind are
// part of it, and they change only when a new credential is adopted (or read
// back by restore()). Every adopt, restore and sign-out starts a new
// generation; a refresh, keychain read or keychain write that answers for an
// older generation is dropped, so a token for server A never lands in server
// B's entry nor is sent to B. A rotated refresh token for a server the console
// switched away from (not signed out of) still goes to that server's own entry,
// so its chain is not left holding a used token.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, ApiKey, OAuth };
    // Whether an adopted credential goes to the keychain. The sandbox's
    // per-start key and a --server key from the environment do not.
    enum class Persist { Keychain, MemoryOnly };

    Session(QNetworkAccessManager *nam, SecretStore *store, QSettings *settings,
        QObject *parent = nullptr);

    QUrl origin() const { return m_origin; }
    // The workspace the credential belongs to, once known (empty for an
    // entry from before workspaces were told apart, or a bare Session).
    QString workspaceId() const { return m_workspace; }
    Kind kind() const { return m_kind; }
    QString accessToken() const;
    // The OAuth tokens as they are now (empty for an API key).
    TokenSet tokens() const { return m_kind == Kind::OAuth ? m_tokens : TokenSet(); }
    bool isSignedIn() const { return m_kind != Kind::None; }
    // Changes with every adopt, restore and sign-out.
    int generation() const { return m_generation; }
    // When the access token expires, for an OAuth session (ms since the epoch; 0 otherwise).
    qint64 expiresAtMs() const { return m_kind == Kind::OAuth ? m_tokens.expiresAtMs : 0; }
    // An OAuth session that cannot renew itself (the provider issued no refresh token).
    bool endsAtExpiry() const { return m_kind == Kind::OAuth && m_tokens.refreshToken.isEmpty(); }

    // `workspaceId` names the workspace the credential signs in to: its entry
    // is then that origin's and that workspace's (see keyFor()).
    void adoptApiKey(const QUrl &origin, const QString &key, Persist persist = Persist::Keychain,
        const QString &workspaceId = {});
    void adoptTokens(const QUrl &origin, const TokenSet &tokens, const QString &workspaceId = {},
        Persist persist = Persist::Keychain);
    // Reads the saved credential for that origin and workspace without
    // adopting it (the current sign-in goes on): for switching workspaces,
    // where the new one is adopted only once the platform has accepted it.
    // `message` says why it could not be read (empty when there was none).
    void peek(const QUrl &origin, const QString &workspaceId,
        std::function<void(
            const std::optional<StoredCredential> &credential, const QString &message)>
            done) const;
    // Reads the keychain entry for `origin` and adopts it. `message` says what
    // to do when it could not be read (empty when there simply was none).
    // `done` is not called when another credential was adopted meanwhile.
    void restore(
        const QUrl &origin, std::function<void(bool signedIn, const QString &message)> done)
    {
        restore(origin, QString(), std::move(done));
    }
    void restore(const QUrl &origin, const QString &workspaceId,
        std::function<void(bool signedIn, const QString &message)> done);
    // Whether a credential for that origin and workspace was saved to the
    // keychain (the flag in QSettings, never the secret).
    bool hasSaved(const QUrl &origin, const QString &workspaceId) const;
    // Deletes the saved credential for that origin and workspace (archived,
    // say), leaving the current sign-in as it is.
    void removeSaved(const QUrl &origin, const QString &workspaceId);
    void refresh(std::function<void(bool ok)> done);
    // Forgets the credential and deletes the current origin's keychain entry.
    void signOut(const QString &reason = {});

    // The keychain entry's name: the origin (scheme, host, port), and with a
    // workspace "<origin>/workspaces/<id>", so one server keeps one
    // credential per workspace.
    static QString keyFor(const QUrl &origin);
    static QString keyFor(const QUrl &origin, const QString &workspaceId);
    // The refresh timer's delay for a token that expires in `expiresInMs`:
    // a minute early, but never sooner than half its life nor than 5 s.
    static qint64 refreshDelayMs(qint64 expiresInMs);

Q_SIGNALS:
    // After adopt*(): whether the secret reached the keychain, and if not why.
    void stored(bool saved, const QString &message);
    void signedOut(const QString &reason);
    // An OAuth session without a refresh token: it ends at `expiresAtMs`.
    void willExpire(qint64 expiresAtMs);

private:
    struct RefreshTicket
    {
        int generation = 0;
        QString originKey;
        TokenSet tokens;
        bool abandoned = false; // signed out meanwhile: nothing of it is kept
        QList<std::function<void(bool)>> waiting;
    };

    void begin(const QUrl &origin, Kind kind, const QString &workspaceId);
    QString entryKey() const { return keyFor(m_origin, m_workspace); }
    void save(Persist persist);
    void scheduleRefresh();
    void refreshFinished(const std::shared_ptr<RefreshTicket> &ticket, const TokenSet &renewed,
        const QString &error);
    static QString savedFlagKey(const QString &originKey);

    QNetworkAccessManager *const m_nam;
    SecretStore *const m_store;
    QSettings *const m_settings;
    QUrl m_origin;
    QString m_workspace;
    Persist m_persist = Persist::Keychain;
    Kind m_kind = Kind::None;
    QString m_apiKey;
    TokenSet m_tokens;
    QTimer m_refreshTimer;
    int m_generation = 0;
    std::shared_ptr<RefreshTicket> m_refresh; // the one refresh in flight for this generation
};

} // namespace cc
