#include "session.h"

#include "oauthwire.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
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

QString Session::keyFor(const QUrl &origin, const QString &workspaceId)
{
    return workspaceId.isEmpty() ? keyFor(origin)
                                 : keyFor(origin) + QStringLiteral("/workspaces/")
            + QString::fromLatin1(QUrl::toPercentEncoding(workspaceId));
}

bool Session::hasSaved(const QUrl &origin, const QString &workspaceId) const
{
    return m_settings && m_settings->value(savedFlagKey(keyFor(origin, workspaceId))).toBool();
}

void Session::removeSaved(const QUrl &origin, const QString &workspaceId)
{
    const QString key = keyFor(origin, workspaceId);
    if (m_settings)
        m_settings->remove(savedFlagKey(key));
    m_store->remove(key, [](const SecretStore::Result &) {});
}

qint64 Session::refreshDelayMs(qint64 expiresInMs)
{
    // A minute early; for short-lived tokens half their life, so a token of
    // 60 s or less is not refreshed every second.
    const qint64 early = expiresInMs - 60000;
    return qBound<qint64>(5000, std::max(early, expiresInMs / 2), 24LL * 3600 * 1000);
}

QString Session::savedFlagKey(const QString &originKey)
{
    // A digest of the origin: settings files name no servers' secrets, and no secrets.
    return QStringLiteral("keychain/")
        + QString::fromLatin1(
            QCryptographicHash::hash(originKey.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16));
}

QString Session::accessToken() const
{
    return m_kind == Kind::ApiKey ? m_apiKey
                                  : (m_kind == Kind::OAuth ? m_tokens.accessToken : QString());
}

void Session::begin(const QUrl &origin, Kind kind, const QString &workspaceId)
{
    ++m_generation;
    m_origin = origin;
    m_workspace = workspaceId;
    m_persist = Persist::Keychain;
    m_kind = kind;
    m_apiKey.clear();
    m_tokens = {};
    m_refreshTimer.stop();
    // A refresh still on its way belongs to the old generation; a new one may start.
    m_refresh.reset();
}

void Session::adoptApiKey(
    const QUrl &origin, const QString &key, Persist persist, const QString &workspaceId)
{
    begin(origin, Kind::ApiKey, workspaceId);
    m_persist = persist;
    m_apiKey = key;
    save(persist);
}

void Session::adoptTokens(
    const QUrl &origin, const TokenSet &tokens, const QString &workspaceId, Persist persist)
{
    begin(origin, Kind::OAuth, workspaceId);
    m_persist = persist;
    m_tokens = tokens;
    scheduleRefresh();
    save(persist);
}

void Session::peek(const QUrl &origin, const QString &workspaceId,
    std::function<void(const std::optional<StoredCredential> &, const QString &)> done) const
{
    const QString key = keyFor(origin, workspaceId);
    const bool hadOne = hasSaved(origin, workspaceId);
    m_store->read(key, [done, hadOne](const SecretStore::Result &r) {
        if (r.error != SecretStore::Error::None) {
            done(std::nullopt,
                r.error == SecretStore::Error::NotFound && !hadOne
                    ? QString()
                    : SecretStore::userMessage(r.error, hadOne));
            return;
        }
        StoredCredential entry;
        if (!json::decodeStoredCredential(r.secret, &entry)) {
            done(std::nullopt, tr("The saved sign-in could not be read. Sign in again."));
            return;
        }
        done(entry, QString());
    });
}

void Session::scheduleRefresh()
{
    const qint64 in = m_tokens.expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    if (m_tokens.refreshToken.isEmpty()) {
        // Nothing to renew with: the session lasts as long as the access token.
        m_refreshTimer.stop();
        Q_EMIT willExpire(m_tokens.expiresAtMs);
        return;
    }
    m_refreshTimer.start(int(refreshDelayMs(in)));
}

void Session::save(Persist persist)
{
    if (persist == Persist::MemoryOnly)
        return;
    StoredCredential entry;
    if (m_kind == Kind::ApiKey) {
        entry.kind = StoredCredential::Kind::ApiKey;
        entry.apiKey = m_apiKey;
    } else {
        if (m_tokens.refreshToken.isEmpty()) {
            // An access token is never stored, and there is nothing else: say
            // so (queued, after the adopter has set up its own state).
            const int generation = m_generation;
            const QString until = QDateTime::fromMSecsSinceEpoch(m_tokens.expiresAtMs)
                                      .toLocalTime()
                                      .toString(QStringLiteral("HH:mm"));
            QMetaObject::invokeMethod(
                this,
                [this, generation, until] {
                    if (generation == m_generation)
                        Q_EMIT stored(false,
                            tr("The sign-in server issued no refresh token, so the sign-in was "
                               "not saved and ends at %1; sign in again then.")
                                .arg(until));
                },
                Qt::QueuedConnection);
            return;
        }
        entry.kind = StoredCredential::Kind::OAuth;
        entry.refreshToken = m_tokens.refreshToken;
        entry.tokenEndpoint = m_tokens.tokenEndpoint;
        entry.clientId = m_tokens.clientId;
    }
    const QString originKey = entryKey();
    const int generation = m_generation;
    m_store->write(originKey, json::encodeStoredCredential(entry),
        [self = QPointer<Session>(this), originKey, generation](const SecretStore::Result &r) {
            if (!self)
                return;
            const bool ok = r.error == SecretStore::Error::None;
            if (ok && self->m_settings)
                self->m_settings->setValue(savedFlagKey(originKey), true);
            if (generation == self->m_generation)
                Q_EMIT self->stored(ok, ok ? QString() : SecretStore::userMessage(r.error));
        });
}

void Session::restore(
    const QUrl &origin, const QString &workspaceId, std::function<void(bool, const QString &)> done)
{
    begin(origin, Kind::None, workspaceId);
    const QString originKey = entryKey();
    const int generation = m_generation;
    m_store->read(originKey,
        [self = QPointer<Session>(this), originKey, generation, done](
            const SecretStore::Result &r) {
            if (!self || generation != self->m_generation)
                return; // another credential was adopted, or signed out, meanwhile
            Session *s = self;
            if (r.error != SecretStore::Error::None) {
                const bool hadOne
                    = s->m_settings && s->m_settings->value(savedFlagKey(originKey)).toBool();
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
                s->m_kind = Kind::ApiKey;
                s->m_apiKey = entry.apiKey;
                done(true, QString());
                return;
            }
            s->m_kind = Kind::OAuth;
            s->m_tokens.refreshToken = entry.refreshToken;
            s->m_tokens.tokenEndpoint = entry.tokenEndpoint;
            s->m_tokens.clientId = entry.clientId;
            // An access token is never stored: get a fresh one now.
            s->refresh([done](bool ok) { done(ok, QString()); });
        });
}

void Session::refresh(std::function<void(bool)> done)
{
    if (m_kind != Kind::OAuth || m_tokens.refreshToken.isEmpty()) {
        done(false);
        return;
    }
    if (m_refresh) {
        // One refresh at a time: a second would reuse the token and revoke the chain.
        m_refresh->waiting << done;
        return;
    }
    auto ticket = std::make_shared<RefreshTicket>();
    ticket->generation = m_generation;
    ticket->originKey = entryKey();
    ticket->tokens = m_tokens;
    ticket->waiting << done;
    m_refresh = ticket;
    SignInFlow::refresh(m_nam, m_tokens, this,
        [this, ticket](const TokenSet &renewed, const QString &error, const QString &) {
            refreshFinished(ticket, renewed, error);
        });
}

void Session::refreshFinished(
    const std::shared_ptr<RefreshTicket> &ticket, const TokenSet &renewed, const QString &error)
{
    const auto waiting = std::exchange(ticket->waiting, {});
    const bool current = m_refresh == ticket && ticket->generation == m_generation
        && entryKey() == ticket->originKey && m_kind == Kind::OAuth;
    if (current)
        m_refresh.reset();
    if (!current) {
        // Started for another credential. Its result is never adopted. A
        // rotated refresh token still belongs in its own server's entry —
        // unless that server was signed out of, or signed in to again since.
        qCInfo(lcSession) << "dropped a refresh for an earlier sign-in";
        const bool ownEntryStillOld = !ticket->abandoned && entryKey() != ticket->originKey;
        if (error.isEmpty() && ownEntryStillOld
            && renewed.refreshToken != ticket->tokens.refreshToken) {
            StoredCredential entry;
            entry.kind = StoredCredential::Kind::OAuth;
            entry.refreshToken = renewed.refreshToken;
            entry.tokenEndpoint = renewed.tokenEndpoint;
            entry.clientId = renewed.clientId;
            m_store->write(ticket->originKey, json::encodeStoredCredential(entry),
                [](const SecretStore::Result &) {});
        }
        for (const auto &w : waiting)
            w(false);
        return;
    }
    if (!error.isEmpty()) {
        qCInfo(lcSession) << "refresh failed:" << error;
        if (error == u"invalid_grant")
            signOut(tr("Your sign-in has ended (the platform revoked it). Sign in again."));
        for (const auto &w : waiting)
            w(false);
        return;
    }
    // The same credential, renewed: keep the generation, store the rotated token.
    m_tokens = renewed;
    scheduleRefresh();
    save(m_persist);
    for (const auto &w : waiting)
        w(true);
}

void Session::signOut(const QString &reason)
{
    const QString originKey = entryKey();
    if (m_refresh)
        m_refresh->abandoned = true;
    begin(m_origin, Kind::None, m_workspace);
    if (m_settings)
        m_settings->remove(savedFlagKey(originKey));
    m_store->remove(originKey, [](const SecretStore::Result &) {});
    Q_EMIT signedOut(reason);
}

} // namespace cc
