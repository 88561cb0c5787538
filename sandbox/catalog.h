#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sandbox {

// One entry of the connector catalog (connections-api.md, "Catalog").
struct Connector
{
    QString type;
    QString name;
    QString category; // crm|calls|comms|docs|support|social
    QString authMethod; // oauth_redirect|api_key|webhook|handle
    QString scope; // business|personal
    QString direction; // inbound|outbound
    bool connectable = true;
    QString notConnectableReason; // set when !connectable
    QStringList streams;
    QString description;
    QString defaultCadence; // 1m|10m|30m|1h|6h|1d

    QJsonObject toJson() const;
};

// The guide's launch catalog plus one webhook connector (a documented choice).
const QVector<Connector> &catalog();
const Connector *findConnector(const QString &type);

bool isCadencePreset(const QString &cadence);
qint64 cadenceSeconds(const QString &cadence);

} // namespace sandbox
