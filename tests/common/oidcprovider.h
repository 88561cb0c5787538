#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// tests/oidc/server.mjs (panva's oidc-provider, installed from npm by
// scripts/install-deps.sh) as a child process on an ephemeral loopback port.
class OidcProvider
{
public:
    OidcProvider() = default;
    ~OidcProvider();
    OidcProvider(const OidcProvider &) = delete;
    OidcProvider &operator=(const OidcProvider &) = delete;

    // Waits for its "listening" line; false with the reason otherwise.
    bool start(const QStringList &arguments, QString *error);
    QUrl issuer() const { return m_issuer; }
    QByteArray log();

private:
    QProcess m_process;
    QUrl m_issuer;
    QByteArray m_log;
};
