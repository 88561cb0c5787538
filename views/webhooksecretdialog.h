#pragma once

#include <QDialog>

namespace cc {

// Shows a webhook connector's URL and signing secret once, with Copy buttons,
// and says plainly that the secret will not be shown again.
class WebhookSecretDialog : public QDialog
{
    Q_OBJECT

public:
    WebhookSecretDialog(const QString &connectorName, const QString &webhookUrl,
        const QString &signingSecret, QWidget *parent = nullptr);
};

} // namespace cc
