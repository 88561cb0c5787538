#pragma once

#include <QByteArray>
#include <optional>

namespace sandbox {

// Encryption at rest for the integration secrets the endpoint test must use
// (the platform's SSM parameters). Qt has no AES, so this is SHA-256 in
// counter mode as the keystream and HMAC-SHA-256 over nonce and ciphertext
// (encrypt-then-MAC), with separate keys derived from one 32-byte master key:
//   box = "sb1" | nonce(16) | ciphertext | tag(32)
// The master key lives beside the database in a 0600 file (a stand-in for a
// KMS key); an in-memory database gets a key for the process's lifetime.
class SecretBox
{
public:
    explicit SecretBox(const QByteArray &masterKey);

    // A fresh random master key.
    static QByteArray generateKey();
    // The key stored at `path`, created (0600) when missing. nullopt when the
    // file exists but is not a key, or cannot be written.
    static std::optional<QByteArray> loadOrCreateKey(const QString &path);

    QByteArray seal(const QByteArray &plaintext) const;
    // nullopt for a box that was altered or sealed with another key.
    std::optional<QByteArray> open(const QByteArray &box) const;

private:
    QByteArray keystream(const QByteArray &nonce, qsizetype length) const;
    QByteArray m_encryptionKey;
    QByteArray m_macKey;
};

} // namespace sandbox
