#pragma once

#include "secretstore.h"
#include "signinflow.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QSettings;

namespace cc {

// The credential for one server origin. The refresh token or API key lives in
// the keychain (one entry per origin, service "connections-console"); the
// access token only in memory. Refreshes on demand and before expiry, writing
// the rotated refresh token back; invalid_grant signs out with a clear
// message. When the keychain fails the session goes on unsaved and says so.
// QSettings remembers only *that* a secret was saved (never the secret), so a
// locked keyring answering "not found" is not mistaken for "never signed in".
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, ApiKey, OAuth };

    Session(QNetworkAccessManager *nam, SecretStore *store, QSettings *settings,
        QObject *parent = nullptr);

    void setOrigin(const QUrl &origin);
    QUrl origin() const { return m_origin; }
    Kind kind() const { return m_kind; }
    QString accessToken() const;
    bool isSignedIn() const { return m_kind != Kind::None; }

    void adoptApiKey(const QString &key);
    void adoptTokens(const TokenSet &tokens);
    // Reads the keychain entry for the origin. `message` says what to do when
    // it could not be read (empty when there simply was none).
    void restore(std::function<void(bool signedIn, const QString &message)> done);
    void refresh(std::function<void(bool ok)> done);
    void signOut(const QString &reason = {});

    static QString keyFor(const QUrl &origin);

Q_SIGNALS:
    // After adopt*(): whether the secret reached the keychain, and if not why.
    void stored(bool saved, const QString &message);
    void signedOut(const QString &reason);

private:
    void save();
    QString savedFlagKey() const;

    QNetworkAccessManager *const m_nam;
    SecretStore *const m_store;
    QSettings *const m_settings;
    QUrl m_origin;
    Kind m_kind = Kind::None;
    QString m_apiKey;
    TokenSet m_tokens;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_waiting;
};

} // namespace cc
