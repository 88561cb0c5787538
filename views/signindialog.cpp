#include "signindialog.h"

#include "welcomepage.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace cc {

SignInDialog::SignInDialog(const QString &serverUrl, QWidget *parent)
    : QDialog(parent)
    , m_panel(new WelcomePage(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_panel->setServerUrl(serverUrl);
    resize(680, 520);
}

} // namespace cc
