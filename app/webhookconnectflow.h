#pragma once

#include "connectflow.h"

namespace cc {

// webhook: the platform makes an endpoint and a signing secret; the secret is
// shown once, with Copy, and never again. Reconnecting makes a new secret.
class WebhookConnectFlow : public ConnectFlow
{
    Q_OBJECT

public:
    using ConnectFlow::ConnectFlow;

    void connectConnector(const Connector &connector) override;
    void reconnect(const Connection &connection, const QString &connectorName) override;
};

} // namespace cc
