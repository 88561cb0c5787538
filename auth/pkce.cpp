#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace cc::pkce {

namespace {
QString randomBase64Url(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

QString makeVerifier()
{
    return randomBase64Url(32); // 43 characters
}

QString challengeS256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString makeState(int bytes)
{
    return randomBase64Url(qMax(16, bytes));
}

} // namespace cc::pkce
