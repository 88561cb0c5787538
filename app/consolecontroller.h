#pragma once

#include "apierror.h"
#include "connectionpoller.h"
#include "records.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QSettings;

namespace cc {

class ConnectionsModel;
class ConnectorCatalogModel;
class MainWindow;
class PlatformClient;
class Session;

// The wiring between the platform client, the models and the main window:
// loads the workspace, feeds the models, keeps in-flight rows fresh through
// the poller, and turns failures into the page's error and offline states.
// Offline, it keeps the last data, marks it possibly stale, and retries with
// backoff until the server answers again.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ConsoleController(PlatformClient *client, ConnectionsModel *model,
        ConnectorCatalogModel *catalog, MainWindow *window, QObject *parent = nullptr);

    // Signs in with `token` (an API key for now): checks it with /me, then
    // shows and loads the Connections page. connectFailed() otherwise.
    void connectTo(const QUrl &server, const QString &token, const QString &label);
    // The same with a live token source (an OAuth session refreshes its token).
    void connectTo(const QUrl &server, std::function<QString()> token, const QString &label);
    void reload();
    // Stops talking to the server (signed out): no poll, no retry, no token;
    // the inventory is cleared, and answers still on their way are dropped.
    void leave();
    // A 401 on a browser sign-in renews the access token once and reloads,
    // without an error banner; when the platform refuses the renewal the
    // session signs out (Session::signedOut says why).
    void setSession(Session *session) { m_session = session; }
    bool isOffline() const { return m_offline; }
    ConnectionPoller *poller() { return &m_poller; }
    void setReconnectBaseMs(int ms) { m_reconnectBaseMs = ms; }

Q_SIGNALS:
    void connected(const cc::Me &me);
    void connectFailed(const cc::ApiError &error);
    void loaded(int rows);
    // The workspace's members, with every reload (for owner pickers).
    void membersLoaded(const QVector<cc::Member> &members);
    // leave() happened: the other controllers forget the workspace too.
    void left();

private:
    // GET /me for connectTo(); transient failures are retried kIdentityRetries times.
    void checkIdentity(int generation, int attempt);
    static constexpr int kIdentityRetries = 4;
    void loadConnections(bool quiet);
    void handleFailure(const ApiError &error);
    void renewAfterUnauthorized();
    bool canRenew() const;
    void goOffline();
    void goOnline();

    PlatformClient *const m_client;
    ConnectionsModel *const m_model;
    ConnectorCatalogModel *const m_catalog;
    MainWindow *const m_window;
    ConnectionPoller m_poller;
    QTimer m_clock;
    QTimer m_reconnect;
    std::function<QString()> m_token;
    QString m_label;
    qint64 m_lastSuccessMs = 0;
    int m_reconnectAttempt = 0;
    int m_reconnectBaseMs = 2000;
    bool m_offline = false;
    bool m_loading = false;
    // Bumped by connectTo() and leave(): an answer for an older generation is dropped.
    int m_generation = 0;
    Session *m_session = nullptr;
    bool m_renewing = false;
    // Renewals since the last successful load: a second 401 straight after a
    // renewal is shown, not renewed again (no loop against a refusing server).
    int m_renewalsSinceSuccess = 0;
};

} // namespace cc
