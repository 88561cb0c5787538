#include "welcomepage.h"

#include "messagelabel.h"

#include <QAction>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cc {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
    , m_error(new MessageLabel(this))
    , m_sandbox(new QPushButton(tr("Try the sandbox"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_signIn(new QPushButton(tr("Sign in with browser"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(QStringLiteral("welcomeCard"));
    // As wide as there is room for, up to a comfortable reading width; the
    // wrapped texts then get the height they need (no alignment flag, which
    // would pin the card to its size hint and squash them).
    card->setMaximumWidth(640);
    card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    auto *title = new QLabel(tr("<h2>Welcome to Connections Console</h2>"), card);
    auto *intro = new QLabel(
        tr("See at a glance what your workspace is connected to and how each connection is doing, "
           "and bring failed connections back."),
        card);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);

    auto *sandboxText = new QLabel(
        tr("<b>New here?</b> The sandbox is a practice platform on this computer with a demo "
           "workspace: every kind of connection and failure, nothing real at stake."),
        card);
    sandboxText->setWordWrap(true);
    m_sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    m_sandbox->setDefault(true);
    layout->addWidget(sandboxText);
    layout->addWidget(m_sandbox, 0, Qt::AlignLeft);

    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    layout->addWidget(line);
    layout->addWidget(new QLabel(tr("<b>Connect to a platform URL</b>"), card));
    auto *form = new QFormLayout;
    m_url->setObjectName(QStringLiteral("serverUrlField"));
    m_url->setPlaceholderText(QStringLiteral("https://platform.example.com"));
    m_key->setObjectName(QStringLiteral("apiKeyField"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste an API key"));
    QAction *reveal = m_key->addAction(
        style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("apiKeyReveal"));
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this,
        [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(tr("Server"), m_url);
    form->addRow(tr("API key"), m_key);
    m_scope->setObjectName(QStringLiteral("scopeField"));
    m_scope->setPlaceholderText(tr("Automatic: openid offline_access when the server offers them"));
    m_scope->setToolTip(tr("The OAuth scope the browser sign-in asks for. Leave empty unless your "
                           "identity provider needs a particular one."));
    form->addRow(tr("Sign-in scope"), m_scope);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->hide();
    layout->addWidget(m_error);
    m_connect->setObjectName(QStringLiteral("connectServerButton"));
    m_connect->setText(tr("Use API key"));
    m_signIn->setObjectName(QStringLiteral("signInBrowserButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_connect);
    layout->addLayout(buttons);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(card, 100);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePage::trySandboxRequested);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_error->hide();
        if (m_url->text().trimmed().isEmpty()) {
            showError(tr("Enter the platform's address, e.g. https://platform.example.com."));
            return;
        }
        if (m_key->text().trimmed().isEmpty()) {
            showError(tr("Paste an API key for that platform."));
            return;
        }
        Q_EMIT connectRequested(m_url->text().trimmed(), m_key->text().trimmed());
    });
    connect(m_key, &QLineEdit::returnPressed, m_connect, &QPushButton::click);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        m_error->hide();
        if (m_url->text().trimmed().isEmpty()) {
            showError(tr("Enter the platform's address, e.g. https://platform.example.com."));
            return;
        }
        Q_EMIT signInRequested(m_url->text().trimmed(), m_scope->text().simplified());
    });
}

void WelcomePage::setServerUrl(const QString &url)
{
    m_url->setText(url);
}

void WelcomePage::setScope(const QString &scope)
{
    m_scope->setText(scope);
}

void WelcomePage::showError(const QString &message)
{
    setBusy(false);
    m_error->showMessage(message, StatusPalette::Tone::Error);
}

void WelcomePage::setBusy(bool busy, const QString &message)
{
    m_sandbox->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    if (busy && !message.isEmpty()) {
        m_error->showMessage(message, StatusPalette::Tone::Unknown); // progress, not a problem
    } else if (!busy && m_error->tone() == StatusPalette::Tone::Unknown) {
        m_error->hide(); // the progress message is over; an error stays
    }
}

} // namespace cc
