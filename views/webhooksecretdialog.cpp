#include "webhooksecretdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

WebhookSecretDialog::WebhookSecretDialog(const QString &connectorName, const QString &webhookUrl,
    const QString &signingSecret, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("webhookSecretDialog"));
    setWindowTitle(tr("%1 webhook created").arg(connectorName));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Paste the URL and the signing secret into %1's webhook settings.").arg(connectorName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, const QString &value, const QString &name) {
        auto *row = new QHBoxLayout;
        auto *field = new QLineEdit(value, this);
        field->setReadOnly(true);
        field->setObjectName(name);
        auto *copy = new QPushButton(tr("Copy"), this);
        copy->setObjectName(name + QStringLiteral("Copy"));
        connect(copy, &QPushButton::clicked, this,
            [value] { QApplication::clipboard()->setText(value); });
        row->addWidget(field, 1);
        row->addWidget(copy);
        form->addRow(label, row);
    };
    addRow(tr("Webhook URL"), webhookUrl, QStringLiteral("webhookUrl"));
    addRow(tr("Signing secret"), signingSecret, QStringLiteral("webhookSecret"));
    layout->addLayout(form);
    auto *warning
        = new QLabel(tr("<b>This secret will not be shown again.</b> Copy it now; if it is lost, "
                        "reconnect the webhook to get a new one."),
            this);
    warning->setObjectName(QStringLiteral("webhookWarning"));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

} // namespace cc
