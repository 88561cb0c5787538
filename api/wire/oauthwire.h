#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// The JSON of console sign-in (OAuth 2.0 for native apps) and of the
// keychain entry: decoded and encoded here, used by auth/.
namespace cc {

// RFC 8414 (or OpenID Connect Discovery) metadata: the parts the console uses.
struct AuthServerMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QStringList codeChallengeMethods; // empty: the server does not say
    QStringList scopesSupported; // empty: the server does not say
    bool issParameterSupported = false; // RFC 9207 authorization_response_iss_parameter_supported
};

// A token endpoint's answer: RFC 6749 §5.1 on success, §5.2 on error.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken; // empty: none issued (the old one stays valid, §6)
    qint64 expiresInSeconds = -1; // -1: not said
    QString error; // §5.2 error code; empty on success
    QString errorDescription;
};

// What the console keeps in the keychain for one server origin: an API key,
// or a refresh token with where and for whom to redeem it. Never an access
// token.
struct StoredCredential
{
    enum class Kind { ApiKey, OAuth };
    Kind kind = Kind::ApiKey;
    QString apiKey;
    QString refreshToken;
    QUrl tokenEndpoint;
    QString clientId;
};

namespace json {
// False when the body is not a metadata object.
bool decodeAuthServerMetadata(const QByteArray &body, AuthServerMetadata *out);
// An unreadable body yields an empty response (no access token, no error).
TokenResponse decodeTokenResponse(const QByteArray &body);
QString encodeStoredCredential(const StoredCredential &credential);
// False for text that is not an entry this console wrote.
bool decodeStoredCredential(const QString &text, StoredCredential *out);
} // namespace json

} // namespace cc
