#include "secretservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

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
