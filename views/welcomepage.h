#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {

class MessageLabel;

// First run, and the panel of File ▸ Sign in…: "Try the sandbox", or a
// platform URL with "Sign in with browser" or "Use API key". Typed input
// survives an error: showError() never clears the fields.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    // The browser sign-in's scope field (--scope fills it in).
    void setScope(const QString &scope);
    void showError(const QString &message);
    void setBusy(bool busy, const QString &message = {});

Q_SIGNALS:
    void trySandboxRequested();
    void connectRequested(const QString &serverUrl, const QString &apiKey);
    // `scope` empty: the sign-in picks its default.
    void signInRequested(const QString &serverUrl, const QString &scope);

private:
    QLineEdit *const m_url;
    QLineEdit *const m_key;
    QLineEdit *const m_scope;
    MessageLabel *const m_error;
    QPushButton *const m_sandbox;
    QPushButton *const m_connect;
    QPushButton *const m_signIn;
};

} // namespace cc
