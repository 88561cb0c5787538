#pragma once

#include <QDialog>

namespace cc {

class WelcomePage;

// The Sign-in dialog (File > Sign in…): the same choices as the welcome
// screen — sign in with the browser, use an API key, or try the sandbox —
// without leaving the current page.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const QString &serverUrl, QWidget *parent = nullptr);
    WelcomePage *panel() const { return m_panel; }

private:
    WelcomePage *const m_panel;
};

} // namespace cc
