#pragma once

#include "connectflow.h"

namespace cc {

// handle: a public X / LinkedIn account by its handle — resolved by the
// platform, confirmed on a card with its avatar (fetched through the client:
// no token, no redirect, size-capped), then tracked. A handle already tracked
// selects its connection. Reconnect is one click: the platform clears the
// error and syncs.
class HandleConnectFlow : public ConnectFlow
{
    Q_OBJECT

public:
    using ConnectFlow::ConnectFlow;

    void connectConnector(const Connector &connector) override;
    void reconnect(const Connection &connection, const QString &connectorName) override;
};

} // namespace cc
