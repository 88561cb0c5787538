#pragma once

#include "connectflow.h"

namespace cc {

// api_key: a masked key field with the provider's hint; the platform
// verifies the key (422 invalid_api_key shown inline, the typed key kept) and
// stores it. The key is sent once and kept nowhere here.
class ApiKeyConnectFlow : public ConnectFlow
{
    Q_OBJECT

public:
    using ConnectFlow::ConnectFlow;

    void connectConnector(const Connector &connector) override;
    void reconnect(const Connection &connection, const QString &connectorName) override;
};

} // namespace cc
