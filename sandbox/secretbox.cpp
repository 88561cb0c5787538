#include "secretbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sandbox {

namespace {
constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kNonceBytes = 16;
constexpr qsizetype kTagBytes = 32;
const QByteArray kMagic = QByteArrayLiteral("sb1");

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(QRandomGenerator::system()->bounded(256));
    return out;
}

QByteArray derive(const QByteArray &master, const char *label)
{
    return QMessageAuthenticationCode::hash(QByteArray(label), master, QCryptographicHash::Sha256);
}

// Constant-time comparison of two tags.
bool sameTag(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

SecretBox::SecretBox(const QByteArray &masterKey)
    : m_encryptionKey(derive(masterKey, "connections-sandbox secretbox encryption"))
    , m_macKey(derive(masterKey, "connections-sandbox secretbox mac"))
{ }

QByteArray SecretBox::generateKey()
{
    return randomBytes(kKeyBytes);
}

std::optional<QByteArray> SecretBox::loadOrCreateKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() != kKeyBytes)
            return std::nullopt;
        return key;
    }
    const QByteArray key = generateKey();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return std::nullopt;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(key.toHex() + '\n') < 0)
        return std::nullopt;
    return key;
}

QByteArray SecretBox::keystream(const QByteArray &nonce, qsizetype length) const
{
    QByteArray out;
    out.reserve(length + 32);
    for (quint32 counter = 0; out.size() < length; ++counter) {
        QCryptographicHash block(QCryptographicHash::Sha256);
        block.addData(m_encryptionKey);
        block.addData(nonce);
        const char c[4]
            = {char(counter >> 24), char(counter >> 16), char(counter >> 8), char(counter)};
        block.addData(QByteArrayView(c, 4));
        out += block.result();
    }
    out.truncate(length);
    return out;
}

QByteArray SecretBox::seal(const QByteArray &plaintext) const
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    QByteArray cipher = plaintext;
    const QByteArray stream = keystream(nonce, cipher.size());
    for (qsizetype i = 0; i < cipher.size(); ++i)
        cipher[i] = char(cipher[i] ^ stream[i]);
    const QByteArray tag
        = QMessageAuthenticationCode::hash(nonce + cipher, m_macKey, QCryptographicHash::Sha256);
    return kMagic + nonce + cipher + tag;
}

std::optional<QByteArray> SecretBox::open(const QByteArray &box) const
{
    if (box.size() < kMagic.size() + kNonceBytes + kTagBytes || !box.startsWith(kMagic))
        return std::nullopt;
    const QByteArray nonce = box.mid(kMagic.size(), kNonceBytes);
    const QByteArray cipher = box.mid(
        kMagic.size() + kNonceBytes, box.size() - kMagic.size() - kNonceBytes - kTagBytes);
    const QByteArray tag = box.right(kTagBytes);
    if (!sameTag(tag,
            QMessageAuthenticationCode::hash(nonce + cipher, m_macKey, QCryptographicHash::Sha256)))
        return std::nullopt;
    QByteArray plain = cipher;
    const QByteArray stream = keystream(nonce, plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i)
        plain[i] = char(plain[i] ^ stream[i]);
    return plain;
}

} // namespace sandbox
