#include "providerrules.h"

#include "stablehash.h"

#include <QRegularExpression>

namespace sandbox {

bool isValidHandle(const QString &handle)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{2,15}$"));
    return re.match(handle).hasMatch();
}

bool resolveSandboxHandle(const QString &handle, ResolvedHandle *out)
{
    if (handle.startsWith(u"unknown_", Qt::CaseInsensitive))
        return false;
    const QString key = handle.toLower();
    out->externalAccountId = QString::number(stableHash(7u, key) % 9000000000ULL + 1000000000ULL);
    QString display = key;
    display.replace(u'_', u' ');
    bool up = true;
    for (QChar &ch : display) {
        if (up)
            ch = ch.toUpper();
        up = ch == u' ';
    }
    out->displayName = display;
    out->followers = qint64(stableHash(11u, key) % 250000);
    out->avatarPath = QStringLiteral("/sandbox/avatars/") + key + QStringLiteral(".svg");
    return true;
}

bool sandboxAcceptsApiKey(const QString &key)
{
    return key.size() >= 8 && !key.startsWith(u"invalid", Qt::CaseInsensitive);
}

QString profileForApiKey(const QString &key)
{
    static const char *const prefixes[] = {"flaky", "partial", "config_error", "token_revoked",
        "afternoon_rate_limit", "locked", "slow"};
    for (const char *p : prefixes) {
        if (key.startsWith(QString::fromLatin1(p) + u'_'))
            return QString::fromLatin1(p);
    }
    return QStringLiteral("clean");
}

} // namespace sandbox
