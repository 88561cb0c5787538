#include "secretservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

QString secretServiceMissing()
{
    const QString name = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus (%1)").arg(bus.lastError().message());
    QDBusConnectionInterface *daemon = bus.interface();
    if (daemon->isServiceRegistered(name).value())
        return QString();
    if (daemon->activatableServiceNames().value().contains(name))
        return QString();
    return QStringLiteral("no Secret Service (%1) on the session bus").arg(name);
}

QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("connections-console"),
            QStringLiteral("user"), key});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString storedCredentialField(const QString &entry, const char *field)
{
    return QJsonDocument::fromJson(entry.toUtf8()).object().value(QLatin1String(field)).toString();
}
