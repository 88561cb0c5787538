#include "signincontroller.h"

#include "browserwaitdialog.h"
#include "consolecontroller.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "sandboxlauncher.h"
#include "session.h"
#include "signindialog.h"
#include "signinflow.h"
#include "welcomepage.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcSignInController, "console.controller.signin", QtInfoMsg)

namespace cc {

namespace {
const QString kLastServer = QStringLiteral("server/last");
const QString kPendingServer = QStringLiteral("server/pending");
const QString kSandbox = QStringLiteral("sandbox");
} // namespace

SignInController::SignInController(Session *session, ConsoleController *console,
    SandboxLauncher *sandbox, MainWindow *window, QSettings *settings, QNetworkAccessManager *nam,
    BrowserLauncher *browser, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_console(console)
    , m_sandbox(sandbox)
    , m_window(window)
    , m_settings(settings)
    , m_flow(new SignInFlow(nam, browser, this))
    , m_options(options)
{
    WelcomePage *welcome = window->welcomePage();
    wire(welcome, nullptr);
    connect(window, &MainWindow::signInRequested, this, &SignInController::openSignInDialog);
    connect(window, &MainWindow::signOutRequested, this, &SignInController::signOut);

    connect(sandbox, &SandboxLauncher::ready, this, [this](const QUrl &origin, const QString &key) {
        m_settings->setValue(kLastServer, kSandbox);
        // The sandbox's key is new at every start: it is not kept anywhere.
        m_console->connectTo(origin, key, tr("Sandbox (%1)").arg(origin.toString()));
    });
    connect(sandbox, &SandboxLauncher::failed, this, [this](const QString &reason) {
        m_window->showWelcome();
        m_window->welcomePage()->showError(reason);
    });

    connect(session, &Session::stored, this, [this](bool saved, const QString &message) {
        if (saved)
            return;
        m_window->setSignInState(
            tr("Signed in — not saved: you will need to sign in again next time"));
        m_window->statusBar()->showMessage(message, 20000);
    });
    connect(session, &Session::signedOut, this, [this](const QString &reason) {
        m_console->leave();
        m_window->clearIdentity();
        m_window->showWelcome();
        m_window->setSignInState(tr("Not signed in"));
        if (!reason.isEmpty())
            m_window->welcomePage()->showError(reason);
    });
    // A 401 on a browser sign-in: the controller renews it once and reloads.
    console->setSession(session);
    connect(console, &ConsoleController::connected, this, [this](const Me &me) {
        if (me.canWrite() && m_session->isSignedIn()) {
            m_window->setSignInState(m_session->kind() == Session::Kind::OAuth
                    ? tr("Signed in with the browser")
                    : tr("Signed in with an API key"));
        }
        const QString pending = m_settings->value(kPendingServer).toString();
        if (!pending.isEmpty())
            m_settings->setValue(kLastServer, pending);
        m_settings->remove(kPendingServer);
        m_window->welcomePage()->setBusy(false);
        Q_EMIT signedIn(me);
    });
    connect(console, &ConsoleController::connectFailed, this, [this](const ApiError &e) {
        m_settings->remove(kPendingServer);
        m_window->showWelcome();
        m_window->welcomePage()->showError(e.message());
    });
}

SignInController::~SignInController() = default;

void SignInController::wire(WelcomePage *panel, QDialog *dialog)
{
    connect(panel, &WelcomePage::trySandboxRequested, this, [this, dialog] {
        if (dialog)
            dialog->accept();
        startSandbox();
    });
    connect(panel, &WelcomePage::connectRequested, this,
        [this, panel](
            const QString &url, const QString &key) { connectWithApiKey(url, key, panel); });
    connect(panel, &WelcomePage::signInRequested, this,
        [this, panel](const QString &url) { signInWithBrowser(url, panel); });
}

bool SignInController::checkOrigin(const QUrl &origin, WelcomePage *panel)
{
    if (PlatformClient::isAllowedOrigin(origin))
        return true;
    ApiError e;
    e.kind = ApiError::Kind::InsecureServer;
    panel->showError(e.message()); // the typed input stays
    return false;
}

void SignInController::startSandbox()
{
    m_window->showWelcome();
    m_window->welcomePage()->setBusy(true, tr("Starting the sandbox…"));
    m_sandbox->start();
}

void SignInController::useServer(const QUrl &origin, const QString &apiKey)
{
    m_window->showWelcome();
    m_window->welcomePage()->setServerUrl(origin.toString());
    if (apiKey.isEmpty())
        return;
    m_window->welcomePage()->setBusy(true, tr("Connecting…"));
    m_console->connectTo(origin, apiKey, origin.host());
}

void SignInController::restoreLast()
{
    const QString last = m_settings->value(kLastServer).toString();
    m_window->showWelcome();
    if (last == kSandbox) {
        startSandbox();
        return;
    }
    if (last.isEmpty())
        return; // first run: the welcome page
    const QUrl origin(last);
    m_window->welcomePage()->setServerUrl(last);
    m_window->welcomePage()->setBusy(true, tr("Signing in to %1…").arg(origin.host()));
    m_session->setOrigin(origin);
    m_session->restore([this, origin](bool signedIn, const QString &message) {
        WelcomePage *welcome = m_window->welcomePage();
        welcome->setBusy(false);
        if (signedIn)
            connectWithSession(origin);
        else if (!message.isEmpty())
            welcome->showError(message);
    });
}

void SignInController::connectWithSession(const QUrl &origin)
{
    m_settings->setValue(kPendingServer, origin.toString());
    m_console->connectTo(
        origin, [session = m_session] { return session->accessToken(); }, origin.host());
}

void SignInController::connectWithApiKey(
    const QString &serverUrl, const QString &apiKey, WelcomePage *panel)
{
    const QUrl origin = QUrl::fromUserInput(serverUrl);
    if (!checkOrigin(origin, panel))
        return;
    if (panel != m_window->welcomePage() && m_dialog)
        m_dialog->accept();
    m_window->welcomePage()->setBusy(true, tr("Connecting…"));
    m_session->setOrigin(origin);
    m_session->adoptApiKey(apiKey);
    connectWithSession(origin);
}

void SignInController::signInWithBrowser(const QString &serverUrl, WelcomePage *panel)
{
    const QUrl origin = QUrl::fromUserInput(serverUrl);
    if (!checkOrigin(origin, panel))
        return;
    if (panel != m_window->welcomePage() && m_dialog)
        m_dialog->accept();
    if (m_wait)
        m_wait->close();
    auto *wait = new BrowserWaitDialog(tr("Sign in to %1").arg(origin.host()), m_window);
    m_wait = wait;
    wait->setObjectName(QStringLiteral("signInWaitDialog"));
    wait->setAttribute(Qt::WA_DeleteOnClose);
    connect(wait, &BrowserWaitDialog::cancelRequested, m_flow, &SignInFlow::cancel);
    connect(m_flow, &SignInFlow::browserOpened, wait, &BrowserWaitDialog::setLink);
    connect(m_flow, &SignInFlow::countdown, wait, &BrowserWaitDialog::setSecondsLeft);
    connect(m_flow, &SignInFlow::failed, wait,
        [wait](const QString &message) { wait->showResult(false, message); });
    connect(m_flow, &SignInFlow::succeeded, wait, [this, wait, origin](const TokenSet &tokens) {
        m_session->setOrigin(origin);
        m_session->adoptTokens(tokens);
        wait->accept();
        m_window->welcomePage()->setBusy(true, tr("Connecting…"));
        connectWithSession(origin);
    });
    wait->open();
    qCInfo(lcSignInController).noquote() << "browser sign-in to" << origin.host();
    m_flow->start(m_options.issuer.isEmpty() ? origin : m_options.issuer, m_options.clientId);
}

void SignInController::signOut()
{
    // Session::signedOut does the rest (the welcome page, the console left).
    m_session->signOut();
}

QDialog *SignInController::openSignInDialog()
{
    if (m_dialog)
        m_dialog->close();
    const QString last = m_settings->value(kLastServer).toString();
    auto *dialog = new SignInDialog(last == kSandbox ? QString() : last, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    wire(dialog->panel(), dialog);
    dialog->open();
    return dialog;
}

} // namespace cc
