#include "consolecontroller.h"

#include "connectionsmodel.h"
#include "connectionspage.h"
#include "connectorcatalogmodel.h"
#include "mainwindow.h"
#include "platformclient.h"
#include "session.h"
#include "welcomepage.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcController, "console.controller", QtInfoMsg)

namespace cc {

ConsoleController::ConsoleController(PlatformClient *client, ConnectionsModel *model,
    ConnectorCatalogModel *catalog, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_catalog(catalog)
    , m_window(window)
    , m_poller(client)
{
    // The client may outlive this controller: the provider checks.
    m_client->setTokenProvider([self = QPointer<ConsoleController>(this)] {
        return self && self->m_token ? self->m_token() : QString();
    });
    // Relative times ("3 h ago") move on by themselves.
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this,
        [this] { m_model->setNow(QDateTime::currentMSecsSinceEpoch()); });
    m_clock.start();
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] { loadConnections(true); });

    connect(&m_poller, &ConnectionPoller::polled, this, [this](const QVector<Connection> &rows) {
        if (!m_token)
            return; // signed out while the poll was on its way
        m_lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
        m_model->setNow(m_lastSuccessMs);
        m_model->applyConnections(rows);
        goOnline();
    });
    connect(
        &m_poller, &ConnectionPoller::rowsUpdated, this, [this](const QVector<Connection> &rows) {
            if (!m_token)
                return;
            m_lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
            m_model->setNow(m_lastSuccessMs);
            m_model->mergeConnections(rows);
            goOnline();
        });
    connect(&m_poller, &ConnectionPoller::pollFailed, this, [this](const ApiError &e) {
        if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout
            || e.kind == ApiError::Kind::Unauthorized) {
            // Offline, or the sign-in is no longer accepted (renewed, or shown,
            // through PlatformClient::unauthorized): no polling meanwhile.
            m_poller.stop();
            handleFailure(e);
        }
    });
    connect(m_client, &PlatformClient::unauthorized, this, [this] {
        if (canRenew())
            renewAfterUnauthorized();
    });
    ConnectionsPage *page = window->connectionsPage();
    connect(page, &ConnectionsPage::retryRequested, this, &ConsoleController::reload);
    connect(window, &MainWindow::refreshRequested, this, &ConsoleController::reload);
    connect(window, &MainWindow::utcToggled, model, &ConnectionsModel::setUtc);
}

void ConsoleController::connectTo(const QUrl &server, const QString &token, const QString &label)
{
    connectTo(
        server, [token] { return token; }, label);
}

void ConsoleController::connectTo(
    const QUrl &server, std::function<QString()> token, const QString &label)
{
    // Nothing of the previous server or workspace goes on: no poll, no retry,
    // no late answer, no rows (the other controllers follow left()).
    leave();
    QString why;
    if (!m_client->setServer(server, &why)) {
        ApiError e;
        e.kind = ApiError::Kind::InsecureServer;
        Q_EMIT connectFailed(e);
        return;
    }
    m_token = std::move(token);
    m_label = label;
    checkIdentity(++m_generation, 0);
}

void ConsoleController::checkIdentity(int generation, int attempt)
{
    m_client->fetchMe(this, [this, generation, attempt](const Me &me, const ApiError &error) {
        if (generation != m_generation)
            return;
        if (error.isError() && error.isTransient() && attempt < kIdentityRetries) {
            // A busy or flaky platform is not a refused sign-in: try again
            // (after Retry-After when it says), 1 s, 2 s, 4 s, 8 s.
            const int delay = std::max(m_reconnectBaseMs / 2 << attempt,
                error.retryAfterSeconds > 0 ? std::min(error.retryAfterSeconds, 60) * 1000 : 0);
            qCInfo(lcController).noquote() << "/me failed (" << ApiError::kindName(error.kind)
                                           << "); trying again in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, generation, attempt] {
                if (generation == m_generation)
                    checkIdentity(generation, attempt + 1);
            });
            return;
        }
        if (error.isError()) {
            // Not signed in: nothing is sent with this token again (F5 does nothing).
            m_token = {};
            Q_EMIT connectFailed(error);
            return;
        }
        m_window->setIdentity(me, m_label);
        m_window->setSignInState(me.canWrite() ? tr("Signed in") : tr("Signed in (read-only)"));
        // Signed in from the welcome page: the inventory. Switched workspace
        // from a page: that page, now of the new workspace.
        if (m_window->currentPage() == m_window->welcomePage())
            m_window->showConnections();
        Q_EMIT connected(me);
        reload();
    });
}

void ConsoleController::leave()
{
    ++m_generation;
    m_client->forget();
    m_poller.stop();
    m_reconnect.stop();
    m_token = {};
    m_loading = false;
    m_offline = false;
    m_renewing = false;
    m_model->clear();
    ConnectionsPage *page = m_window->connectionsPage();
    page->setOffline(false, m_lastSuccessMs, 0);
    page->clearError();
    Q_EMIT left();
}

void ConsoleController::reload()
{
    if (!m_token)
        return; // not signed in
    const int generation = m_generation;
    m_client->fetchCatalog(
        this, [this, generation](const QVector<Connector> &connectors, const ApiError &error) {
            if (error.isError() || generation != m_generation)
                return; // the connections load reports the failure
            m_catalog->setConnectors(connectors);
            QHash<QString, QString> names;
            QHash<QString, QString> categories;
            for (const Connector &c : connectors) {
                names.insert(c.type, c.name);
                categories.insert(c.type, c.category);
            }
            m_model->setConnectorNames(names);
            m_model->setConnectorCategories(categories);
            m_window->connectionsPage()->setCatalog(connectors);
        });
    m_client->fetchMembers(
        this, [this, generation](const QVector<Member> &members, const ApiError &error) {
            if (error.isError() || generation != m_generation)
                return;
            QHash<QString, QString> names;
            for (const Member &m : members)
                names.insert(m.userId, m.name.isEmpty() ? m.email : m.name);
            m_model->setMemberNames(names);
            Q_EMIT membersLoaded(members);
        });
    loadConnections(false);
}

void ConsoleController::loadConnections(bool quiet)
{
    if (m_loading)
        return;
    m_loading = true;
    ConnectionsPage *page = m_window->connectionsPage();
    if (!quiet)
        page->setLoading(true);
    const int generation = m_generation;
    // A first load shows each page as it comes, with its progress in the
    // status bar; a reload replaces the rows once, when all have arrived.
    PlatformClient::Progress progress;
    if (m_model->rowCount() == 0) {
        progress = [this, page, generation](
                       const QVector<Connection> &rows, qint64 loaded, qint64 total) {
            if (generation != m_generation)
                return;
            m_model->setNow(QDateTime::currentMSecsSinceEpoch());
            m_model->mergeConnections(rows);
            if (m_model->rowCount() > 0)
                page->setLoading(false);
            m_window->setLoadProgress(loaded, total);
        };
    }
    m_client->fetchConnections(
        this,
        [this, page, generation](const QVector<Connection> &rows, const ApiError &error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_window->setLoadProgress(0, -1);
            if (error.isError()) {
                handleFailure(error);
                return;
            }
            m_lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
            m_model->setNow(m_lastSuccessMs);
            m_model->applyConnections(rows);
            page->setLoading(false);
            page->clearError();
            m_renewalsSinceSuccess = 0;
            goOnline();
            m_poller.watchRows(rows);
            qCDebug(lcController) << "loaded" << rows.size() << "connections";
            Q_EMIT loaded(int(rows.size()));
        },
        std::move(progress));
}

void ConsoleController::handleFailure(const ApiError &error)
{
    qCInfo(lcController).noquote()
        << "load failed:" << ApiError::kindName(error.kind) << error.httpStatus;
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        goOffline();
        return;
    }
    // Being renewed (renewAfterUnauthorized reloads when done): no banner.
    if (error.kind == ApiError::Kind::Unauthorized && (m_renewing || canRenew()))
        return;
    m_window->connectionsPage()->showLoadError(error);
}

bool ConsoleController::canRenew() const
{
    return m_session && m_session->kind() == Session::Kind::OAuth && m_renewalsSinceSuccess < 1;
}

void ConsoleController::renewAfterUnauthorized()
{
    if (m_renewing)
        return;
    m_renewing = true;
    ++m_renewalsSinceSuccess;
    qCInfo(lcController) << "401: renewing the sign-in";
    m_session->refresh([self = QPointer<ConsoleController>(this)](bool ok) {
        if (!self)
            return;
        self->m_renewing = false;
        if (ok) {
            self->reload();
            return;
        }
        // Refused: the session signed out (invalid_grant) and says why; or the
        // platform could not be reached and the page shows the 401.
        if (self->m_session->isSignedIn()) {
            ApiError e;
            e.kind = ApiError::Kind::Unauthorized;
            e.httpStatus = 401;
            self->m_window->connectionsPage()->showLoadError(e);
        }
    });
}

void ConsoleController::goOffline()
{
    m_offline = true;
    // 2 s, 4 s, 8 s … capped at 30 s (scaled by the base for tests).
    const int delay = std::min(30000, m_reconnectBaseMs << std::min(m_reconnectAttempt, 4));
    ++m_reconnectAttempt;
    m_window->connectionsPage()->setLoading(false);
    m_window->connectionsPage()->setOffline(true, m_lastSuccessMs, (delay + 999) / 1000);
    m_reconnect.start(delay);
}

void ConsoleController::goOnline()
{
    m_reconnectAttempt = 0;
    m_reconnect.stop();
    if (!m_offline)
        return;
    m_offline = false;
    m_window->connectionsPage()->setOffline(false, m_lastSuccessMs, 0);
}

} // namespace cc
