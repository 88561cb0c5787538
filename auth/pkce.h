#pragma once

#include <QByteArray>
#include <QString>

namespace cc::pkce {

// RFC 7636 §4.1: a code_verifier of 43–128 characters from the unreserved set;
// ours is 43 characters carrying 256 bits from QRandomGenerator::system().
QString makeVerifier();
// RFC 7636 §4.2: code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier))).
QString challengeS256(const QString &verifier);
// A per-flow state / nonce (RFC 6749 §10.12): 128 bits (at least) from the
// system CSPRNG, base64url without padding.
QString makeState(int bytes = 16);

} // namespace cc::pkce
