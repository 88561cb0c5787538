#include "commandlinesignin.h"

#include "platformclient.h"
#include "session.h"
#include "signinflow.h"

namespace cc {

CommandLineSignIn::CommandLineSignIn(QNetworkAccessManager *nam, SecretStore *secrets,
    QSettings *settings, BrowserLauncher *browser, QObject *parent)
    : QObject(parent)
    , m_session(new Session(nam, secrets, settings, this))
    , m_flow(new SignInFlow(nam, browser, this))
    , m_client(new PlatformClient(nam, this))
{
    connect(m_flow, &SignInFlow::browserOpened, this,
        [this](const QUrl &url, bool opened, const QString &why) {
            if (!opened)
                Q_EMIT browserNotOpened(url, why);
        });
    connect(m_flow, &SignInFlow::failed, this, [this](const QString &message, const QString &) {
        m_done = true;
        Q_EMIT finished(1, tr("Sign-in failed: %1").arg(message));
    });
    connect(m_flow, &SignInFlow::succeeded, this,
        [this](const TokenSet &tokens) { m_session->adoptTokens(m_origin, tokens); });
    connect(m_session, &Session::stored, this, &CommandLineSignIn::saved);
}

CommandLineSignIn::~CommandLineSignIn() = default;

void CommandLineSignIn::start(
    const QUrl &origin, const QUrl &issuer, const QString &clientId, const QString &scope)
{
    m_origin = origin;
    m_flow->start(issuer, clientId, scope);
}

void CommandLineSignIn::saved(bool ok, const QString &message)
{
    if (m_done)
        return; // a rotated token saved later: the outcome is already printed
    m_done = true;
    if (!ok) {
        Q_EMIT finished(2, tr("Signed in, but the sign-in could not be saved: %1").arg(message));
        return;
    }
    const QString plain = tr("Signed in to %1; saved in the keychain.").arg(m_origin.toString());
    if (!m_client->setServer(m_origin)) {
        Q_EMIT finished(0, plain);
        return;
    }
    // Who signed in, for the one line (the sign-in is saved either way).
    m_client->setTokenProvider([session = m_session] { return session->accessToken(); });
    m_client->fetchMe(this, [this, plain](const Me &me, const ApiError &e) {
        if (e.isError()) {
            Q_EMIT finished(0, plain);
            return;
        }
        Q_EMIT finished(0,
            tr("Signed in to %1 as %2 <%3> (workspace %4); saved in the keychain.")
                .arg(m_origin.toString(), me.name, me.email, me.workspaceSlug));
    });
}

} // namespace cc
