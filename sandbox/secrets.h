#pragma once

#include <QByteArray>
#include <QString>

namespace sandbox {

// Random, URL-safe token with `bytes` bytes of entropy from the system CSPRNG.
QString randomToken(int bytes = 32);
// One-way digest used to store bearer tokens, codes and keys: the database
// never holds a usable secret.
QString secretDigest(const QString &secret);
// PKCE S256 (RFC 7636 §4.2): BASE64URL-ENCODE(SHA256(ASCII(code_verifier))).
QString pkceS256(const QString &verifier);
// RFC 7636 §4.1: 43..128 characters from the unreserved set.
bool isValidPkceString(const QString &value);

} // namespace sandbox
