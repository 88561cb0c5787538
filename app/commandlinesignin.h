#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QSettings;

namespace cc {

class BrowserLauncher;
class PlatformClient;
class SecretStore;
class Session;
class SignInFlow;

// connections-console --sign-in: the browser sign-in with no window, for
// automation and headless support work. Needs no display (the console's
// QCoreApplication runs it). The result is saved in the keychain through
// Session; finished() carries the process's exit code and the one line to
// print:
//   0  signed in and saved ("Signed in to … as … (workspace …); saved in the keychain.")
//   1  the sign-in failed (the reason)
//   2  signed in, but the keychain refused to save it (the reason)
class CommandLineSignIn : public QObject
{
    Q_OBJECT

public:
    CommandLineSignIn(QNetworkAccessManager *nam, SecretStore *secrets, QSettings *settings,
        BrowserLauncher *browser, QObject *parent = nullptr);
    ~CommandLineSignIn() override;

    void start(
        const QUrl &origin, const QUrl &issuer, const QString &clientId, const QString &scope = {});

Q_SIGNALS:
    // No browser could be opened: the user opens `url` themselves.
    void browserNotOpened(const QUrl &url, const QString &why);
    void finished(int exitCode, const QString &line);

private:
    void saved(bool ok, const QString &message);

    Session *const m_session;
    SignInFlow *const m_flow;
    PlatformClient *const m_client;
    QUrl m_origin;
    bool m_done = false;
};

} // namespace cc
