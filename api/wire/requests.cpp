#include "requests.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::json {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void insertIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QByteArray encode(const OAuthConnectRequest &r)
{
    QJsonObject o{{QStringLiteral("connector_type"), r.connectorType}};
    insertIfSet(o, "name", r.name);
    if (r.returnTo.isValid())
        o.insert(QStringLiteral("return_to"), r.returnTo.toString(QUrl::FullyEncoded));
    return compact(o);
}

QByteArray encode(const ApiKeyConnectRequest &r)
{
    QJsonObject o{
        {QStringLiteral("connector_type"), r.connectorType}, {QStringLiteral("api_key"), r.apiKey}};
    insertIfSet(o, "name", r.name);
    return compact(o);
}

QByteArray encode(const HandleConnectRequest &r)
{
    return compact({{QStringLiteral("connector_type"), r.connectorType},
        {QStringLiteral("account_handle"), r.handle},
        {QStringLiteral("external_account_id"), r.account.externalAccountId},
        {QStringLiteral("display_name"), r.account.displayName},
        {QStringLiteral("followers"), double(r.account.followers)}});
}

QByteArray encode(const WebhookConnectRequest &r)
{
    QJsonObject o{{QStringLiteral("connector_type"), r.connectorType}};
    insertIfSet(o, "name", r.name);
    return compact(o);
}

QByteArray encode(const ReconnectRequest &r)
{
    QJsonObject o;
    if (r.returnTo.isValid())
        o.insert(QStringLiteral("return_to"), r.returnTo.toString(QUrl::FullyEncoded));
    insertIfSet(o, "api_key", r.apiKey);
    return compact(o);
}

QByteArray encode(const ConnectionPatch &p)
{
    QJsonObject o;
    if (p.name)
        o.insert(QStringLiteral("name"), *p.name);
    if (p.ownerUserId) {
        o.insert(QStringLiteral("owner_user_id"),
            p.ownerUserId->isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(*p.ownerUserId));
    }
    return compact(o);
}

} // namespace cc::json
