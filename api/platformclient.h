#pragma once

#include "apierror.h"
#include "httplimits.h"
#include "records.h"
#include "requests.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cc {

// The platform client: one typed call per endpoint of connections-api.md over
// an injected QNetworkAccessManager (never owned, never a global).
//
// Promises:
//  - Every result arrives through its callback exactly once, on the thread of
//    the context object, unless the context was destroyed first; destroying
//    the context aborts the request.
//  - Every failure is a typed ApiError; never an exception, never a silently
//    empty list.
//  - The bearer token is sent to the configured origin only: redirects are
//    followed by hand and only within that origin (Qt 6.4's default policy
//    would carry the Authorization header to another origin).
//  - Plain http is refused unless the server is a loopback address.
//  - TLS errors are never ignored; every request has an idle timeout and an
//    overall deadline, and a cap on the body it reads (httplimits.h): past
//    either the request is aborted with a typed error (Timeout, TooLarge).
//  - A listing that follows next_cursor stops after kMaxPagesPerListing pages
//    (TooLarge) or at a cursor the server already gave (Malformed).
//  - After setServer() or forget(), answers to earlier requests are dropped:
//    their callbacks are not called (a late answer never refills a view of
//    another server or of a signed-out workspace).
//  - Connection lists are parsed and decoded off the UI thread, and the
//    contract's optional pagination is followed when the server offers it.
class PlatformClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const T &value, const ApiError &error)>;
    using TokenProvider = std::function<QString()>;

    explicit PlatformClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~PlatformClient() override;

    // Sets the server origin (scheme://host[:port]); the API lives under
    // /api/platform/v1. Returns false, with the reason, for an insecure origin.
    bool setServer(const QUrl &origin, QString *whyRefused = nullptr);
    QUrl server() const { return m_origin; }
    static bool isAllowedOrigin(const QUrl &origin);

    void setTokenProvider(TokenProvider provider) { m_token = std::move(provider); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // The whole-exchange deadline (limits::kRequestDeadlineMs); tests shorten it.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // The page cap of a listing (limits::kMaxPagesPerListing); tests lower it.
    void setMaxPages(int pages) { m_maxPages = pages; }
    // Drops every answer still on its way (signed out).
    void forget() { ++m_epoch; }

    void fetchMe(QObject *context, Callback<Me> done);
    void fetchMembers(QObject *context, Callback<QVector<Member>> done);
    void fetchCatalog(QObject *context, Callback<QVector<Connector>> done);
    // The whole inventory, as cheaply as the server allows:
    //  - holding a list that came with a changes_token: GET
    //    /connections?changed_since=<token>, merged into what is held (a 410
    //    or a refused token: the whole list again);
    //  - with `progress` (a first load that shows rows as they come): pages,
    //    kFirstPageRows first and then kPageRows at a time, each handed to
    //    `progress` as it is decoded;
    //  - otherwise one list, conditional (If-None-Match) when one is held.
    // A server without pagination answers the first page with every row; one
    // without the delta never offers a token.
    using Progress
        = std::function<void(const QVector<Connection> &page, qint64 loaded, qint64 total)>;
    static constexpr int kFirstPageRows = 250;
    static constexpr int kPageRows = 5000;
    void fetchConnections(
        QObject *context, Callback<QVector<Connection>> done, Progress progress = {});
    void fetchConnection(QObject *context, const QString &id, Callback<Connection> done);
    void fetchState(QObject *context, const QString &id, Callback<ConnectionState> done);
    void fetchRuns(QObject *context, const QString &id, int limit, Callback<QVector<SyncRun>> done);
    // Runs started since `sinceMs` (the sandbox's documented extension; a
    // platform without it answers with its usual newest 100).
    void fetchRunsSince(
        QObject *context, const QString &id, qint64 sinceMs, Callback<QVector<SyncRun>> done);
    // Failed and partial runs across the workspace since `sinceMs`, following
    // next_cursor (the sandbox's GET /runs extension; NotFound elsewhere).
    void fetchWorkspaceFailures(
        QObject *context, qint64 sinceMs, Callback<QVector<WorkspaceRun>> done);
    // POST /connections, one overload per connect method.
    void connectConnector(
        QObject *context, const OAuthConnectRequest &request, Callback<ConnectResult> done);
    void connectConnector(
        QObject *context, const ApiKeyConnectRequest &request, Callback<ConnectResult> done);
    void connectConnector(
        QObject *context, const HandleConnectRequest &request, Callback<ConnectResult> done);
    void connectConnector(
        QObject *context, const WebhookConnectRequest &request, Callback<ConnectResult> done);
    void reconnect(QObject *context, const QString &id, const ReconnectRequest &request,
        Callback<ConnectResult> done);
    void disconnectConnection(QObject *context, const QString &id, Callback<QString> done);
    void patchConnection(QObject *context, const QString &id, const ConnectionPatch &patch,
        Callback<Connection> done);
    void triggerSync(QObject *context, const QString &id, Callback<SyncAck> done);
    void resolveHandle(QObject *context, const QString &connectorType, const QString &handle,
        Callback<ResolvedHandle> done);
    void fetchCadences(QObject *context, Callback<QHash<QString, QString>> done);
    void fetchCadenceTable(QObject *context, Callback<CadenceTable> done);
    // PUT /api/admin/connector-cadence/:type (platform admins): a preset, or
    // nullopt for the connector's default. Answers the cadence now in force.
    void setCadence(QObject *context, const QString &connectorType,
        const std::optional<QString> &preset, Callback<QString> done);

    // A public image a record points at (a handle's avatar_url): never with
    // the bearer token, never across a redirect, at most kMaxAvatarBytes, at
    // most kAvatarDeadlineMs (httplimits.h), and only a PNG, JPEG or SVG. The bytes, or a
    // typed error (Malformed for an oversized or non-image answer).
    void fetchAvatar(QObject *context, const QUrl &url, Callback<QByteArray> done);

    // One exchange with the platform's other APIs (a path under /v1/, see
    // PlatformApiClient), with every promise above: the same origin, token,
    // redirect rule, caps, deadline and epoch.
    using RawCallback = std::function<void(const QByteArray &body, const ApiError &error)>;
    void request(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
        QObject *context, RawCallback done, qint64 maxBytes = limits::kMaxBodyBytes);
    // Changes with setServer() and forget(): work begun under another epoch is stale.
    int epoch() const { return m_epoch; }
    // Conditional list requests answered 304 so far (tests, the status bar).
    int listNotModifiedCount() const { return m_listNotModified; }
    // Deltas applied, and deltas the server refused (expired token) so far.
    int listDeltaCount() const { return m_listDeltas; }
    int listDeltaExpiredCount() const { return m_listDeltaExpired; }
    bool holdsChangesToken() const { return holdsList() && !m_changesToken.isEmpty(); }
    int maxPages() const { return m_maxPages; }

Q_SIGNALS:
    // A 401: the auth layer refreshes or signs out.
    void unauthorized();
    // Every request as it leaves (method and path; never a query, a header
    // or a body): what the debug log prints, and how a test sees that a
    // request was, or was not, made.
    void requestSent(const QByteArray &verb, const QString &path);

private:
    using RawDone = std::function<void(const QByteArray &body, const ApiError &error)>;
    // One exchange, across its redirects.
    // A conditional GET's outcome (RFC 9110 §13): the validator the server
    // gave, and whether it answered 304 Not Modified.
    struct Conditional
    {
        QByteArray ifNoneMatch; // sent when not empty
        QByteArray etag; // the answer's
        bool notModified = false;
    };
    struct Exchange
    {
        QByteArray verb;
        QByteArray body;
        QPointer<QObject> context;
        RawDone done;
        qint64 maxBytes = limits::kMaxBodyBytes;
        int epoch = 0;
        int hop = 0;
        std::shared_ptr<Conditional> conditional;
    };
    // A listing that follows next_cursor.
    template<typename Row> struct Listing
    {
        QVector<Row> rows;
        QSet<QString> cursors;
        int pages = 0;
        // Connections only: paged from the first request, with progress.
        bool paged = false;
        Progress progress;
        qint64 total = -1;
        QString changesToken;
        QString firstPath;
    };
    void send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
        QObject *context, RawDone done, qint64 maxBytes = limits::kMaxBodyBytes,
        std::shared_ptr<Conditional> conditional = {});
    void sendTo(const QUrl &url, Exchange exchange);
    void finished(QNetworkReply *reply, const Exchange &exchange, bool tooLarge, bool pastDeadline);
    // Whether a listing may follow `next`; otherwise *error says why.
    template<typename Row>
    bool mayFollow(Listing<Row> *listing, const QString &next, ApiError *error) const;
    void fetchConnectionPage(QObject *context, const QString &cursor,
        std::shared_ptr<Listing<Connection>> listing, Callback<QVector<Connection>> done);
    void fetchConnectionChanges(QObject *context, Callback<QVector<Connection>> done);
    QByteArray credentialDigest() const;
    bool holdsList() const;
    void dropHeldList();
    void fetchWorkspacePage(QObject *context, qint64 sinceMs, const QString &cursor,
        std::shared_ptr<Listing<WorkspaceRun>> listing, Callback<QVector<WorkspaceRun>> done);

    QNetworkAccessManager *const m_nam;
    QUrl m_origin;
    TokenProvider m_token;
    int m_timeoutMs = limits::kIdleTimeoutMs;
    int m_deadlineMs = limits::kRequestDeadlineMs;
    int m_maxPages = limits::kMaxPagesPerListing;
    int m_epoch = 0;
    // The last whole connection list and its ETag, for If-None-Match: an
    // unchanged list costs a 304 and no bytes (this server, this sign-in).
    QVector<Connection> m_listCache;
    QByteArray m_listEtag;
    int m_listEpoch = -1;
    QByteArray
        m_listCredential; // a digest of the token it was fetched with (another workspace's differs)
    int m_listNotModified = 0;
    QString m_listPath; // the request m_listEtag answers
    QString m_changesToken; // for GET /connections?changed_since, with m_listCache
    int m_listDeltas = 0;
    int m_listDeltaExpired = 0;
};

} // namespace cc
