#include "oauthwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cc::json {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray list = v.toArray();
    for (const QJsonValue &item : list) {
        if (item.isString())
            out << item.toString();
    }
    return out;
}

} // namespace

bool decodeAuthServerMetadata(const QByteArray &body, AuthServerMetadata *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || doc.object().isEmpty())
        return false;
    const QJsonObject o = doc.object();
    out->issuer = QUrl(o.value(QLatin1String("issuer")).toString());
    out->authorizationEndpoint = QUrl(o.value(QLatin1String("authorization_endpoint")).toString());
    out->tokenEndpoint = QUrl(o.value(QLatin1String("token_endpoint")).toString());
    out->codeChallengeMethods = strings(o.value(QLatin1String("code_challenge_methods_supported")));
    out->scopesSupported = strings(o.value(QLatin1String("scopes_supported")));
    out->issParameterSupported
        = o.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    return true;
}

TokenResponse decodeTokenResponse(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    TokenResponse t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    if (expires.isDouble()) {
        // Clamped before the conversion: 1e300 or -5 must not be undefined
        // behaviour nor a negative lifetime (a year is plenty).
        const double seconds = expires.toDouble();
        t.expiresInSeconds = seconds >= 0 ? qint64(std::min(seconds, 365.0 * 24 * 3600)) : -1;
    }
    t.error = o.value(QLatin1String("error")).toString();
    t.errorDescription = o.value(QLatin1String("error_description")).toString();
    return t;
}

QString encodeStoredCredential(const StoredCredential &c)
{
    QJsonObject o;
    if (c.kind == StoredCredential::Kind::ApiKey) {
        o = {{QStringLiteral("kind"), QStringLiteral("api_key")},
            {QStringLiteral("secret"), c.apiKey}};
    } else {
        o = {{QStringLiteral("kind"), QStringLiteral("oauth")},
            {QStringLiteral("refresh_token"), c.refreshToken},
            {QStringLiteral("token_endpoint"), c.tokenEndpoint.toString()},
            {QStringLiteral("client_id"), c.clientId}};
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool decodeStoredCredential(const QString &text, StoredCredential *out)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == u"api_key") {
        out->kind = StoredCredential::Kind::ApiKey;
        out->apiKey = o.value(QLatin1String("secret")).toString();
        return !out->apiKey.isEmpty();
    }
    if (kind != u"oauth")
        return false;
    out->kind = StoredCredential::Kind::OAuth;
    out->refreshToken = o.value(QLatin1String("refresh_token")).toString();
    out->tokenEndpoint = QUrl(o.value(QLatin1String("token_endpoint")).toString());
    out->clientId = o.value(QLatin1String("client_id")).toString();
    return !out->refreshToken.isEmpty();
}

} // namespace cc::json
