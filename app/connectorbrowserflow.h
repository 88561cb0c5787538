#pragma once

#include "apierror.h"
#include "loopbacklistener.h"
#include "records.h"

#include <QObject>
#include <QUrl>

namespace cc {

class BrowserLauncher;
class PlatformClient;

// Connects (or reconnects in place) an OAuth-redirect connector through the
// system browser:
//   1. a LoopbackListener waits on http://127.0.0.1:PORT/connected?nonce=N;
//   2. POST /connections (or …/reconnect) with that URL as return_to;
//   3. authorize_url opens in the system browser (the BrowserLauncher given);
//   4. the platform redirects to return_to with ?connected=<type> or
//      ?connection_error=<code>;
//   5. success is confirmed by an authenticated read of the connection before
//      succeeded() is emitted.
// It times out after 5 minutes (countdown() every second) and can be cancelled.
class ConnectorBrowserFlow : public QObject
{
    Q_OBJECT

public:
    // `browser` opens the consent page; neither is owned.
    ConnectorBrowserFlow(
        PlatformClient *client, BrowserLauncher *browser, QObject *parent = nullptr);

    void startConnect(const QString &connectorType, const QString &name = {});
    void startReconnect(const QString &connectionId);
    void cancel();
    void setTimeoutMs(int ms) { m_listener.setTimeoutMs(ms); }
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    // Waiting for the browser (the listener is open).
    bool isActive() const { return m_active; }
    QUrl returnTo() const { return m_returnTo; }

    // A human sentence for a connection_error code; unknown codes are quoted.
    static QString messageForError(const QString &code);

Q_SIGNALS:
    // The browser was asked to open authorizeUrl (or could not be: see error).
    void browserOpened(const QUrl &authorizeUrl, bool opened, const QString &error);
    void pending(const cc::Connection &connection);
    void countdown(int secondsLeft);
    void succeeded(const cc::Connection &connection);
    void failed(const QString &message, const cc::ApiError &error);
    void cancelled();

private:
    void begin(bool reconnect, const QString &subject, const QString &name);
    void answered(const ConnectResult &result, const ApiError &error);
    void callback(const QUrlQuery &query);
    void finish();

    PlatformClient *const m_client;
    BrowserLauncher *const m_browser;
    LoopbackListener m_listener;
    QString m_connectionId;
    QUrl m_authorizeUrl;
    QUrl m_returnTo;
    bool m_active = false;
};

} // namespace cc
