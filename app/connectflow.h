#pragma once

#include "apierror.h"
#include "records.h"

#include <QObject>

class QDialog;
class QWidget;

namespace cc {

class ConnectionPoller;
class PlatformClient;

// How one connect method (the catalog's authMethod) connects a connector and
// reconnects a connection in place, with its own dialog. ConnectionActions
// picks the flow for the method; the flow tells it what to show through the
// signals below and never touches the page itself.
class ConnectFlow : public QObject
{
    Q_OBJECT

public:
    // What a flow works with; nothing of it is owned.
    struct Services
    {
        PlatformClient *client = nullptr;
        ConnectionPoller *poller = nullptr;
        QWidget *dialogParent = nullptr;
    };

    ConnectFlow(const Services &services, QObject *parent = nullptr);

    virtual void connectConnector(const Connector &connector) = 0;
    virtual void reconnect(const Connection &connection, const QString &connectorName) = 0;

    // The server's own words where it explains a refusal, else ours.
    static QString messageFor(const ApiError &error);

Q_SIGNALS:
    // A dialog to show (one at a time: the previous one closes).
    void dialogReady(QDialog *dialog);
    // A connection to put in the inventory and select (new, pending or renewed).
    void connectionChanged(const cc::Connection &connection);
    // The account is tracked already: select that connection.
    void alreadyConnected(const QString &existingId);
    // It works: the connection is confirmed by the platform.
    void connectionReady(const QString &id);
    void notice(const QString &message); // the status bar
    void problem(const QString &message); // the page's banner

protected:
    const Services m_services;
};

} // namespace cc
