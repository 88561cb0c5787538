#pragma once

#include "apierror.h"
#include "browserwaitdialog.h"
#include "records.h"
#include "session.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace cc {

class BrowserLauncher;
class ConsoleController;
class MainWindow;
class SandboxLauncher;
class Session;
class SignInFlow;
class WelcomePage;

// How the console comes to be signed in, and how it stops being:
//  - the welcome page and File ▸ Sign in… (the same panel in a dialog): "Try
//    the sandbox", "Sign in with browser" (SignInFlow: PKCE with a loopback
//    redirect, the refresh token to the keychain through Session), and "Use
//    API key" (the key to the keychain);
//  - File ▸ Sign out: the keychain entry is deleted and the welcome page shows;
//  - at start-up: the sandbox, a --server with $CONNECTIONS_API_KEY, or the
//    last server used, signed in again from the keychain.
// Every failure lands on the welcome page (or the open dialog) with the typed
// input kept. `server/last` in QSettings names the last server that answered,
// never a secret.
class SignInController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl issuer; // OAuth issuer for browser sign-in; empty: the server's origin
        QString clientId = QStringLiteral("connections-console");
        QString scope; // --scope; empty: SignInFlow's default
    };

    SignInController(Session *session, ConsoleController *console, SandboxLauncher *sandbox,
        MainWindow *window, QSettings *settings, QNetworkAccessManager *nam,
        BrowserLauncher *browser, const Options &options, QObject *parent = nullptr);
    ~SignInController() override;

    // Start-up choices (main.cpp picks one from the command line).
    void startSandbox();
    // --server: shows the welcome page with the URL filled in; with an API key
    // (from $CONNECTIONS_API_KEY) connects at once without storing the key.
    void useServer(const QUrl &origin, const QString &apiKey = {});
    // No arguments: the last server used, signed in from the keychain; the
    // sandbox again if that was last; the welcome page on first run.
    void restoreLast();

    // What the welcome page's buttons ask for.
    void connectWithApiKey(const QString &serverUrl, const QString &apiKey, WelcomePage *panel);
    void signInWithBrowser(const QString &serverUrl, WelcomePage *panel, const QString &scope = {},
        const QString &workspaceHint = {});
    void signOut();
    // Asked before the user leaves the workspace by signing out or switching
    // (from the window): false keeps the console where it is. The composition
    // root sets it (the Workspace page's unsaved edits).
    void setLeaveCheck(std::function<bool(const QString &leaving)> check)
    {
        m_leaveCheck = std::move(check);
    }
    // Connects with the credential the session holds now (restoreLast() and
    // the browser sign-in end here).
    void connectWithSession(const QUrl &origin);

    // Switches the console to another workspace of the same server: with the
    // credential this console holds for it (in memory, or in the keychain),
    // at once; else through the browser sign-in with the workspace as a hint.
    // The new credential is adopted only once the platform accepts it.
    void switchWorkspace(const QString &workspaceId, const QString &label);
    // Whether switching to that workspace needs no sign-in.
    bool holdsCredential(const QString &workspaceId) const;
    // Forgets what is held for that workspace (it was archived, say).
    void forgetWorkspace(const QString &workspaceId);

    // File ▸ Sign in…: the welcome panel in a dialog (returned for tests).
    QDialog *openSignInDialog();
    BrowserWaitDialog *waitDialog() const { return m_wait; }
    SignInFlow *flow() const { return m_flow; }

Q_SIGNALS:
    void signedIn(const cc::Me &me);

private:
    // A credential waiting for /me to confirm it. The session adopts it only
    // then: a server that refuses it leaves the previous sign-in (and its
    // keychain entry) as it was.
    struct Pending
    {
        QUrl origin;
        Session::Kind kind = Session::Kind::None;
        QString apiKey;
        TokenSet tokens;
        Session::Persist persist = Session::Persist::Keychain;
        QString token() const
        {
            return kind == Session::Kind::ApiKey ? apiKey : tokens.accessToken;
        }
    };
    void wire(WelcomePage *panel, QDialog *dialog);
    bool checkOrigin(const QUrl &origin, WelcomePage *panel);
    void connectPending(const Pending &pending, const QString &label);
    // The console on `origin`, with the token of the pending credential for
    // it, or else of the session while it is bound to that origin.
    void connectTo(const QUrl &origin, const QString &label);
    void adoptPending(const Me &me);
    // A credential that is not in the keychain (the sandbox's key, one from
    // the environment, a sandbox sign-in), kept for switching back to it.
    QHash<QString, Pending> m_memory;

    Session *const m_session;
    ConsoleController *const m_console;
    SandboxLauncher *const m_sandbox;
    MainWindow *const m_window;
    QSettings *const m_settings;
    QNetworkAccessManager *const m_nam;
    SignInFlow *const m_flow;
    const Options m_options;
    std::function<bool(const QString &leaving)> m_leaveCheck;
    QPointer<BrowserWaitDialog> m_wait;
    QPointer<QDialog> m_dialog;
    std::optional<Pending> m_pending;
    QString m_switchingTo; // a workspace switch under way: its label
    QUrl m_sandboxOrigin; // the sandbox this console started, while it runs
};

} // namespace cc
