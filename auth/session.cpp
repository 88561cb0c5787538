#include "session.h"

#include "oauthwire.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSession, "console.auth.session", QtInfoMsg)

namespace cc {

Session::Session(
    QNetworkAccessManager *nam, SecretStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_store(store)
    , m_settings(settings)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh([](bool) {}); });
}

QString Session::keyFor(const QUrl &origin)
{
    return origin
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
            | QUrl::StripTrailingSlash)
        .toString();
}

void Session::setOrigin(const QUrl &origin)
{
    m_origin = origin;
}

QString Session::savedFlagKey() const
{
    // A digest of the origin: settings files name no servers' secrets, and no secrets.
    return QStringLiteral("keychain/")
        + QString::fromLatin1(
            QCryptographicHash::hash(keyFor(m_origin).toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16));
}

QString Session::accessToken() const
{
    return m_kind == Kind::ApiKey ? m_apiKey
                                  : (m_kind == Kind::OAuth ? m_tokens.accessToken : QString());
}

void Session::adoptApiKey(const QString &key)
{
    m_kind = Kind::ApiKey;
    m_apiKey = key;
    m_tokens = {};
    m_refreshTimer.stop();
    save();
}

void Session::adoptTokens(const TokenSet &tokens)
{
    m_kind = Kind::OAuth;
    m_tokens = tokens;
    m_apiKey.clear();
    // Refresh a minute before the access token expires.
    const qint64 in = tokens.expiresAtMs - QDateTime::currentMSecsSinceEpoch() - 60000;
    m_refreshTimer.start(int(qBound<qint64>(1000, in, 24LL * 3600 * 1000)));
    save();
}

void Session::save()
{
    StoredCredential entry;
    if (m_kind == Kind::ApiKey) {
        entry.kind = StoredCredential::Kind::ApiKey;
        entry.apiKey = m_apiKey;
    } else {
        entry.kind = StoredCredential::Kind::OAuth;
        entry.refreshToken = m_tokens.refreshToken;
        entry.tokenEndpoint = m_tokens.tokenEndpoint;
        entry.clientId = m_tokens.clientId;
    }
    m_store->write(keyFor(m_origin), json::encodeStoredCredential(entry),
        [this](const SecretStore::Result &r) {
            const bool ok = r.error == SecretStore::Error::None;
            if (ok && m_settings)
                m_settings->setValue(savedFlagKey(), true);
            Q_EMIT stored(ok, ok ? QString() : SecretStore::userMessage(r.error));
        });
}

void Session::restore(std::function<void(bool, const QString &)> done)
{
    m_store->read(keyFor(m_origin), [this, done](const SecretStore::Result &r) {
        if (r.error != SecretStore::Error::None) {
            const bool hadOne = m_settings && m_settings->value(savedFlagKey()).toBool();
            if (r.error == SecretStore::Error::NotFound && !hadOne) {
                done(false, QString());
                return;
            }
            done(false, SecretStore::userMessage(r.error, hadOne));
            return;
        }
        StoredCredential entry;
        if (!json::decodeStoredCredential(r.secret, &entry)) {
            done(false, tr("The saved sign-in could not be read. Sign in again."));
            return;
        }
        if (entry.kind == StoredCredential::Kind::ApiKey) {
            m_kind = Kind::ApiKey;
            m_apiKey = entry.apiKey;
            done(true, QString());
            return;
        }
        m_kind = Kind::OAuth;
        m_tokens.refreshToken = entry.refreshToken;
        m_tokens.tokenEndpoint = entry.tokenEndpoint;
        m_tokens.clientId = entry.clientId;
        // An access token is never stored: get a fresh one now.
        refresh([done](bool ok) { done(ok, QString()); });
    });
}

void Session::refresh(std::function<void(bool)> done)
{
    if (m_kind != Kind::OAuth || m_tokens.refreshToken.isEmpty()) {
        done(false);
        return;
    }
    m_waiting << done;
    if (m_refreshing)
        return; // one refresh at a time: a second would reuse the token and revoke the chain
    m_refreshing = true;
    SignInFlow::refresh(m_nam, m_tokens, this,
        [this](const TokenSet &renewed, const QString &error, const QString &) {
            m_refreshing = false;
            const auto waiting = std::exchange(m_waiting, {});
            if (!error.isEmpty()) {
                qCInfo(lcSession) << "refresh failed:" << error;
                if (error == u"invalid_grant")
                    signOut(tr("Your sign-in has ended (the platform revoked it). Sign in again."));
                for (const auto &w : waiting)
                    w(false);
                return;
            }
            adoptTokens(renewed); // writes the rotated refresh token to the keychain
            for (const auto &w : waiting)
                w(true);
        });
}

void Session::signOut(const QString &reason)
{
    m_kind = Kind::None;
    m_apiKey.clear();
    m_tokens = {};
    m_refreshTimer.stop();
    if (m_settings)
        m_settings->remove(savedFlagKey());
    m_store->remove(keyFor(m_origin), [](const SecretStore::Result &) {});
    Q_EMIT signedOut(reason);
}

} // namespace cc
