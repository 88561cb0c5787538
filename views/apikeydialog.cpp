#include "apikeydialog.h"

#include "messagelabel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cc {

QString ApiKeyDialog::hintFor(const QString &type)
{
    if (type == u"fireflies")
        return tr("Fireflies only gives API access on its Business tier: Settings → Developer "
                  "settings → API key.");
    if (type == u"pipedrive")
        return tr("In Pipedrive: Personal preferences → API → Your personal API token.");
    if (type == u"fathom")
        return tr("In Fathom: Settings → API access → Generate API key.");
    if (type == u"granola")
        return tr("In Granola: Settings → Integrations → API key.");
    if (type == u"grain")
        return tr("In Grain: Workspace settings → Integrations → API.");
    if (type == u"aircall")
        return tr("In Aircall: Integrations & API → API keys. Paste it as api_id:api_token.");
    if (type == u"pylon")
        return tr("In Pylon: Settings → API tokens → Create token.");
    return tr("Create an API key in the provider's settings and paste it here.");
}

ApiKeyDialog::ApiKeyDialog(
    const QString &connectorType, const QString &connectorName, bool reconnect, QWidget *parent)
    : QDialog(parent)
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_error(new MessageLabel(this))
    , m_submit(new QPushButton(reconnect ? tr("Reconnect") : tr("Connect"), this))
{
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(
        reconnect ? tr("Reconnect %1").arg(connectorName) : tr("Connect %1").arg(connectorName));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(hintFor(connectorType), this);
    hint->setObjectName(QStringLiteral("apiKeyHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    m_key->setObjectName(QStringLiteral("apiKeyInput"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the API key"));
    QAction *reveal = m_key->addAction(
        style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("apiKeyReveal"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    reveal->setText(tr("Show the key"));
    connect(reveal, &QAction::toggled, this,
        [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(tr("API key"), m_key);
    m_name->setObjectName(QStringLiteral("connectionNameInput"));
    m_name->setPlaceholderText(connectorName);
    if (!reconnect)
        form->addRow(tr("Name (optional)"), m_name);
    else
        m_name->hide();
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("apiKeyError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTone(StatusPalette::Tone::Error);
    m_error->hide();
    layout->addWidget(m_error);
    auto *note = new QLabel(
        tr("The key goes straight to the platform, which verifies and stores it encrypted. "
           "This computer does not keep it."),
        this);
    note->setWordWrap(true);
    // Secondary, but readable: a smaller font, not the disabled grey.
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    note->setFont(small);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit->setObjectName(QStringLiteral("apiKeySubmit"));
    m_submit->setDefault(true);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An error is about what was typed before: typing again clears it.
    connect(m_key, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_key->text().trimmed().isEmpty()) {
            showError(tr("Paste the API key first."));
            return;
        }
        m_error->hide();
        setBusy(true);
        Q_EMIT submitted(m_key->text().trimmed(), m_name->text().trimmed());
    });
}

void ApiKeyDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
    m_key->setFocus();
}

void ApiKeyDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_key->setReadOnly(busy);
}

QString ApiKeyDialog::key() const
{
    return m_key->text();
}

QString ApiKeyDialog::name() const
{
    return m_name->text();
}

} // namespace cc
