#include "handledialog.h"

#include "messagelabel.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

HandleDialog::HandleDialog(const QString &connectorName, QWidget *parent)
    : QDialog(parent)
    , m_handle(new QLineEdit(this))
    , m_resolve(new QPushButton(tr("Look up"), this))
    , m_card(new QFrame(this))
    , m_avatar(new QLabel(m_card))
    , m_display(new QLabel(m_card))
    , m_followers(new QLabel(m_card))
    , m_error(new MessageLabel(this))
    , m_confirm(new QPushButton(tr("Track this account"), this))
{
    setObjectName(QStringLiteral("handleDialog"));
    setWindowTitle(tr("Track a %1 account").arg(connectorName));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_handle->setObjectName(QStringLiteral("handleInput"));
    m_handle->setPlaceholderText(QStringLiteral("@handle"));
    m_resolve->setObjectName(QStringLiteral("handleResolve"));
    row->addWidget(m_handle, 1);
    row->addWidget(m_resolve);
    layout->addLayout(row);
    m_card->setObjectName(QStringLiteral("handleCard"));
    m_card->setFrameShape(QFrame::StyledPanel);
    auto *card = new QHBoxLayout(m_card);
    m_avatar->setFixedSize(48, 48);
    card->addWidget(m_avatar);
    auto *text = new QVBoxLayout;
    QFont bold = m_display->font();
    bold.setBold(true);
    m_display->setFont(bold);
    m_display->setObjectName(QStringLiteral("handleDisplayName"));
    m_display->setTextFormat(Qt::PlainText);
    m_followers->setObjectName(QStringLiteral("handleFollowers"));
    text->addWidget(m_display);
    text->addWidget(m_followers);
    card->addLayout(text, 1);
    m_card->hide();
    layout->addWidget(m_card);
    m_error->setObjectName(QStringLiteral("handleError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTone(StatusPalette::Tone::Error);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("handleConfirm"));
    m_confirm->setEnabled(false);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_card->hide();
        m_confirm->setEnabled(false);
        QString h = m_handle->text().trimmed();
        if (h.startsWith(u'@'))
            h.remove(0, 1);
        if (h.isEmpty()) {
            showError(tr("Enter the account's handle."));
            return;
        }
        Q_EMIT resolveRequested(h);
    });
    connect(m_handle, &QLineEdit::returnPressed, m_resolve, &QPushButton::click);
    connect(m_handle, &QLineEdit::textEdited, this, [this] {
        m_confirm->setEnabled(false);
        m_card->hide();
    });
    connect(
        m_confirm, &QPushButton::clicked, this, [this] { Q_EMIT confirmed(handle(), m_account); });
}

QString HandleDialog::handle() const
{
    QString h = m_handle->text().trimmed();
    if (h.startsWith(u'@'))
        h.remove(0, 1);
    return h;
}

void HandleDialog::showResolved(const ResolvedHandle &account, const QPixmap &avatar)
{
    m_account = account;
    m_display->setText(account.displayName.isEmpty() ? u'@' + handle() : account.displayName);
    m_followers->setText(
        tr("@%1 · %2 followers").arg(handle(), QLocale().toString(account.followers)));
    if (!avatar.isNull())
        m_avatar->setPixmap(avatar.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_card->show();
    m_error->hide();
    m_confirm->setEnabled(true);
    m_confirm->setFocus();
}

void HandleDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace cc
