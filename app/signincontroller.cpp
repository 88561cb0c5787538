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

#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcSignInController, "console.controller.signin", QtInfoMsg)

namespace cc {

namespace {
const QString kLastServer = QStringLiteral("server/last");
const QString kPendingServer = QStringLiteral("server/pending");
// The workspace last used on the last server (an id, never a secret).
const QString kLastWorkspace = QStringLiteral("server/lastWorkspace");
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
    , m_nam(nam)
    , m_flow(new SignInFlow(nam, browser, this))
    , m_options(options)
{
    WelcomePage *welcome = window->welcomePage();
    welcome->setScope(options.scope);
    wire(welcome, nullptr);
    connect(window, &MainWindow::signInRequested, this, &SignInController::openSignInDialog);
    connect(window, &MainWindow::signOutRequested, this, [this] {
        if (!m_leaveCheck || m_leaveCheck(tr("Signing out")))
            signOut();
    });
    connect(window, &MainWindow::workspaceSwitchRequested, this,
        [this](const QString &workspaceId, const QString &label) {
            if (!m_leaveCheck || m_leaveCheck(tr("Switching to %1").arg(label)))
                switchWorkspace(workspaceId, label);
        });

    connect(sandbox, &SandboxLauncher::ready, this, [this](const QUrl &origin, const QString &key) {
        m_settings->setValue(kLastServer, kSandbox);
        m_sandboxOrigin = origin;
        // The sandbox's key is new at every start: it is not kept anywhere.
        Pending p;
        p.origin = origin;
        p.kind = Session::Kind::ApiKey;
        p.apiKey = key;
        p.persist = Session::Persist::MemoryOnly;
        connectPending(p, tr("Sandbox (%1)").arg(origin.toString()));
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
    connect(session, &Session::willExpire, this, [this](qint64 atMs) {
        m_window->statusBar()->showMessage(
            tr("The sign-in server issued no refresh token: this sign-in ends at %1, and you "
               "will need to sign in again then.")
                .arg(QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(
                    QStringLiteral("HH:mm"))),
            0);
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
        adoptPending(me);
        m_settings->setValue(kLastWorkspace, me.workspaceId);
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
        // The refused credential is forgotten; the session keeps what it had.
        m_pending.reset();
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
        [this, panel](
            const QString &url, const QString &scope) { signInWithBrowser(url, panel, scope); });
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
    // From the environment: used, never stored.
    Pending p;
    p.origin = origin;
    p.kind = Session::Kind::ApiKey;
    p.apiKey = apiKey;
    p.persist = Session::Persist::MemoryOnly;
    connectPending(p, origin.host());
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
    // The workspace used last, when its credential was saved; else the entry
    // an older console kept for the whole server.
    const QString workspace = m_settings->value(kLastWorkspace).toString();
    const QString entry = m_session->hasSaved(origin, workspace) ? workspace : QString();
    m_session->restore(origin, entry, [this, origin](bool signedIn, const QString &message) {
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
    m_pending.reset();
    m_settings->setValue(kPendingServer, Session::keyFor(origin));
    connectTo(origin, origin.host());
}

void SignInController::connectPending(const Pending &pending, const QString &label)
{
    m_pending = pending;
    if (pending.persist == Session::Persist::Keychain)
        m_settings->setValue(kPendingServer, Session::keyFor(pending.origin));
    connectTo(pending.origin, label);
}

void SignInController::connectTo(const QUrl &origin, const QString &label)
{
    const QString key = Session::keyFor(origin);
    m_console->connectTo(
        origin,
        [self = QPointer<SignInController>(this), key]() -> QString {
            if (!self)
                return {};
            if (self->m_pending && Session::keyFor(self->m_pending->origin) == key)
                return self->m_pending->token(); // being confirmed by /me
            // Only this server's token, only while the session is bound to it.
            Session *session = self->m_session;
            return Session::keyFor(session->origin()) == key ? session->accessToken() : QString();
        },
        label);
}

void SignInController::adoptPending(const Me &me)
{
    if (!m_pending)
        return;
    const Pending p = *std::exchange(m_pending, std::nullopt);
    // "Switching to …" ends when the workspace is there.
    if (!std::exchange(m_switchingTo, QString()).isEmpty())
        m_window->statusBar()->showMessage(
            tr("Now in %1.").arg(me.workspaceName.isEmpty() ? me.workspaceSlug : me.workspaceName),
            5000);
    const QString key = Session::keyFor(p.origin, me.workspaceId);
    if (p.persist == Session::Persist::MemoryOnly)
        m_memory.insert(key, p);
    else
        m_memory.remove(key);
    if (p.kind == Session::Kind::ApiKey)
        m_session->adoptApiKey(p.origin, p.apiKey, p.persist, me.workspaceId);
    else
        m_session->adoptTokens(p.origin, p.tokens, me.workspaceId, p.persist);
}

bool SignInController::holdsCredential(const QString &workspaceId) const
{
    const QUrl origin = m_session->origin();
    if (!m_session->isSignedIn() || workspaceId.isEmpty())
        return false;
    return m_session->workspaceId() == workspaceId
        || m_memory.contains(Session::keyFor(origin, workspaceId))
        || m_session->hasSaved(origin, workspaceId);
}

void SignInController::forgetWorkspace(const QString &workspaceId)
{
    m_memory.remove(Session::keyFor(m_session->origin(), workspaceId));
}

void SignInController::switchWorkspace(const QString &workspaceId, const QString &label)
{
    const QUrl origin = m_session->origin();
    if (workspaceId.isEmpty() || !m_session->isSignedIn()
        || workspaceId == m_session->workspaceId())
        return;
    const QString key = Session::keyFor(origin, workspaceId);
    qCInfo(lcSignInController).noquote() << "switching workspace on" << origin.host();
    m_switchingTo = label;
    m_window->statusBar()->showMessage(tr("Switching to %1…").arg(label), 10000);
    // A sandbox sign-in kept in memory: its tokens as the session has them now.
    if (m_session->kind() == Session::Kind::OAuth
        && m_memory.contains(Session::keyFor(origin, m_session->workspaceId()))) {
        m_memory[Session::keyFor(origin, m_session->workspaceId())].tokens = m_session->tokens();
    }
    if (const auto it = m_memory.constFind(key); it != m_memory.constEnd()) {
        connectPending(*it, label);
        return;
    }
    if (!m_session->hasSaved(origin, workspaceId)) {
        signInWithBrowser(origin.toString(), m_window->welcomePage(), QString(), workspaceId);
        return;
    }
    m_session->peek(origin, workspaceId,
        [self = QPointer<SignInController>(this), origin, workspaceId, label](
            const std::optional<StoredCredential> &saved, const QString &message) {
            if (!self)
                return;
            SignInController *s = self;
            if (!saved) {
                // Unreadable (a locked keychain, say): the browser sign-in is
                // the way on, and the status bar says why.
                if (!message.isEmpty())
                    s->m_window->statusBar()->showMessage(message, 20000);
                s->signInWithBrowser(
                    origin.toString(), s->m_window->welcomePage(), QString(), workspaceId);
                return;
            }
            Pending p;
            p.origin = origin;
            if (saved->kind == StoredCredential::Kind::ApiKey) {
                p.kind = Session::Kind::ApiKey;
                p.apiKey = saved->apiKey;
                s->connectPending(p, label);
                return;
            }
            // An access token is never stored: a fresh one first.
            TokenSet stored;
            stored.refreshToken = saved->refreshToken;
            stored.tokenEndpoint = saved->tokenEndpoint;
            stored.clientId = saved->clientId;
            SignInFlow::refresh(s->m_nam, stored, s,
                [s, p, origin, workspaceId, label](
                    const TokenSet &renewed, const QString &error, const QString &) mutable {
                    if (!error.isEmpty()) {
                        s->m_window->statusBar()->showMessage(
                            tr("The saved sign-in to %1 has ended. Sign in again in the browser.")
                                .arg(label),
                            20000);
                        s->signInWithBrowser(
                            origin.toString(), s->m_window->welcomePage(), QString(), workspaceId);
                        return;
                    }
                    p.kind = Session::Kind::OAuth;
                    p.tokens = renewed;
                    s->connectPending(p, label);
                });
        });
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
    Pending p;
    p.origin = origin;
    p.kind = Session::Kind::ApiKey;
    p.apiKey = apiKey;
    connectPending(p, origin.host());
}

void SignInController::signInWithBrowser(const QString &serverUrl, WelcomePage *panel,
    const QString &scope, const QString &workspaceHint)
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
        wait->accept();
        m_window->welcomePage()->setBusy(true, tr("Connecting…"));
        Pending p;
        p.origin = origin;
        p.kind = Session::Kind::OAuth;
        p.tokens = tokens;
        // The sandbox's origin changes at every start: its sign-ins stay in memory.
        if (origin == m_sandboxOrigin)
            p.persist = Session::Persist::MemoryOnly;
        connectPending(p, origin.host());
    });
    wait->open();
    qCInfo(lcSignInController).noquote() << "browser sign-in to" << origin.host();
    m_flow->start(m_options.issuer.isEmpty() ? origin : m_options.issuer, m_options.clientId,
        scope.isEmpty() ? m_options.scope : scope, workspaceHint);
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
    dialog->panel()->setScope(m_options.scope);
    wire(dialog->panel(), dialog);
    dialog->open();
    return dialog;
}

} // namespace cc
