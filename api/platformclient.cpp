#include "platformclient.h"

#include "jsoncodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcApi, "console.api", QtInfoMsg)

namespace cc {

namespace {

const QString kApiBase = QStringLiteral("/api/platform/v1");
constexpr int kMaxRedirects = 3;

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

ApiError malformed(const json::Error &je)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.detail = je.text();
    return e;
}

template<typename T, typename Decoder>
std::function<void(const QByteArray &, const ApiError &)> decodeWith(
    Decoder decoder, PlatformClient::Callback<T> done)
{
    return [decoder, done = std::move(done)](const QByteArray &body, const ApiError &error) {
        if (error.isError()) {
            done(T{}, error);
            return;
        }
        T value{};
        json::Error je;
        if (!decoder(body, &value, &je)) {
            done(T{}, malformed(je));
            return;
        }
        done(value, ApiError{});
    };
}

QString idPath(const QString &id, const char *suffix = "")
{
    return QStringLiteral("/connections/") + QString::fromLatin1(QUrl::toPercentEncoding(id))
        + QLatin1String(suffix);
}

struct DecodedPage
{
    bool ok = false;
    QVector<Connection> rows;
    QString next;
    json::ListMeta meta;
    json::Error error;
};

// A delta merged into the list held: changed rows in place, new ones first
// (the list is newest first), removed ones gone.
void applyDelta(
    QVector<Connection> *held, const QVector<Connection> &changed, const QStringList &removed)
{
    QHash<QString, qsizetype> at;
    at.reserve(held->size());
    for (qsizetype i = 0; i < held->size(); ++i)
        at.insert(held->at(i).id, i);
    QVector<Connection> added;
    for (const Connection &c : changed) {
        const auto it = at.constFind(c.id);
        if (it == at.cend())
            added.push_back(c);
        else
            (*held)[*it] = c;
    }
    if (!removed.isEmpty()) {
        const QSet<QString> gone(removed.cbegin(), removed.cend());
        held->removeIf([&gone](const Connection &c) { return gone.contains(c.id); });
    }
    if (!added.isEmpty())
        held->swap(added += *held);
}

} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

PlatformClient::~PlatformClient()
{
    // A page still being decoded finishes while its continuation's context
    // (this) exists; its answer is then dropped with the posted event.
    QThreadPool::globalInstance()->waitForDone();
}

bool PlatformClient::isAllowedOrigin(const QUrl &origin)
{
    if (!origin.isValid() || origin.host().isEmpty() || !origin.userInfo().isEmpty())
        return false;
    if (origin.scheme() == u"https")
        return true;
    if (origin.scheme() != u"http")
        return false;
    // Plain http only to a loopback IP literal (RFC 8252 §8.3): a name, even
    // "localhost", is resolved, and a bearer token must not follow a lookup.
    const QHostAddress address(origin.host());
    return !address.isNull() && address.isLoopback();
}

bool PlatformClient::setServer(const QUrl &origin, QString *whyRefused)
{
    if (!isAllowedOrigin(origin)) {
        if (whyRefused) {
            ApiError e;
            e.kind = ApiError::Kind::InsecureServer;
            *whyRefused = e.message();
        }
        return false;
    }
    QUrl clean;
    clean.setScheme(origin.scheme());
    clean.setHost(origin.host());
    clean.setPort(origin.port());
    m_origin = clean;
    ++m_epoch; // answers from the previous server are not for this one
    return true;
}

void PlatformClient::request(const QByteArray &verb, const QString &pathAndQuery,
    const QByteArray &body, QObject *context, RawCallback done, qint64 maxBytes)
{
    send(verb, pathAndQuery, body, context, std::move(done), maxBytes);
}

void PlatformClient::send(const QByteArray &verb, const QString &pathAndQuery,
    const QByteArray &body, QObject *context, RawDone done, qint64 maxBytes,
    std::shared_ptr<Conditional> conditional)
{
    if (!isAllowedOrigin(m_origin)) {
        ApiError e;
        e.kind = ApiError::Kind::InsecureServer;
        QMetaObject::invokeMethod(
            context, [done, e] { done({}, e); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_origin;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    url.setPath(path.startsWith(u"/api/") || path.startsWith(u"/v1/") ? path : kApiBase + path,
        QUrl::StrictMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
    Exchange exchange;
    exchange.verb = verb;
    exchange.body = body;
    exchange.context = context;
    exchange.done = std::move(done);
    exchange.maxBytes = maxBytes;
    exchange.epoch = m_epoch;
    exchange.conditional = std::move(conditional);
    sendTo(url, std::move(exchange));
}

void PlatformClient::sendTo(const QUrl &url, Exchange exchange)
{
    QNetworkRequest request(url);
    // Redirects are ours to judge (see header comment).
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!exchange.body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QString token = m_token ? m_token() : QString();
    if (!token.isEmpty() && sameOrigin(url, m_origin))
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (exchange.conditional && !exchange.conditional->ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", exchange.conditional->ifNoneMatch);
    qCDebug(lcApi).noquote() << exchange.verb << url.path();
    Q_EMIT requestSent(exchange.verb, url.path());
    QNetworkReply *reply = m_nam->sendCustomRequest(request, exchange.verb, exchange.body);
    // The caps: a declared or delivered body past maxBytes, and the deadline
    // for the whole exchange, abort the reply; finished() says which.
    auto tooLarge = std::make_shared<bool>(false);
    auto pastDeadline = std::make_shared<bool>(false);
    const qint64 maxBytes = exchange.maxBytes;
    const auto checkSize = [reply, tooLarge, maxBytes](qint64 received) {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!*tooLarge && (received > maxBytes || declared > maxBytes)) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [checkSize] { checkSize(0); });
    connect(reply, &QNetworkReply::downloadProgress, reply,
        [checkSize](qint64 received, qint64) { checkSize(received); });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, pastDeadline] {
        *pastDeadline = true;
        reply->abort();
    });
    deadline->start(m_deadlineMs);
    // Nobody waits for the answer once its context is gone (a superseded
    // search, a closed page): the request is aborted, not left to finish.
    if (exchange.context)
        connect(exchange.context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, exchange = std::move(exchange), tooLarge, pastDeadline]() {
            finished(reply, exchange, *tooLarge, *pastDeadline);
        });
}

void PlatformClient::finished(
    QNetworkReply *reply, const Exchange &exchange, bool tooLarge, bool pastDeadline)
{
    reply->deleteLater();
    if (exchange.epoch != m_epoch)
        return; // for an earlier server or sign-in: dropped (see header comment)
    if (!exchange.context)
        return; // nobody waits for it any more (aborted with its context): not a failure
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error;
    QByteArray payload;
    if (tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        error.httpStatus = status;
        error.detail = QCoreApplication::translate("ApiError", "more than %1 MiB")
                           .arg(exchange.maxBytes / (1024 * 1024));
    } else if (pastDeadline) {
        error.kind = ApiError::Kind::Timeout;
        error.detail
            = QStringLiteral("the answer did not complete within %1 s").arg(m_deadlineMs / 1000);
    } else if (status == 0) {
        error.kind = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError
            ? ApiError::Kind::Timeout
            : ApiError::Kind::Network;
        error.detail = reply->errorString();
    } else {
        payload = reply->readAll();
        if (exchange.conditional)
            exchange.conditional->etag = reply->rawHeader("ETag");
        if (status == 304 && exchange.conditional && !exchange.conditional->ifNoneMatch.isEmpty()) {
            exchange.conditional->notModified = true; // what we hold is current
            payload.clear();
        } else if (status >= 300 && status < 400) {
            const QUrl target
                = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (target.isValid() && sameOrigin(target, m_origin) && exchange.hop < kMaxRedirects) {
                // 303 turns into GET (RFC 9110 §15.4.4); 307/308 keep the request.
                const bool asGet = status == 303
                    || ((status == 301 || status == 302) && exchange.verb == "POST");
                Exchange next = exchange;
                ++next.hop;
                if (asGet) {
                    next.verb = QByteArrayLiteral("GET");
                    next.body.clear();
                }
                sendTo(target, std::move(next));
                return;
            }
            error.kind = ApiError::Kind::Network;
            error.httpStatus = status;
            error.detail = QStringLiteral("redirected to %1, which is not the configured server; "
                                          "not followed")
                               .arg(target.toString(
                                   QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
        } else if (status >= 400) {
            error = ApiError::fromResponse(status, payload, reply->rawHeader("Retry-After"));
            if (status == 401)
                Q_EMIT unauthorized();
        }
    }
    if (error.isError())
        qCInfo(lcApi).noquote() << exchange.verb << reply->url().path()
                                << "failed:" << ApiError::kindName(error.kind) << status;
    if (exchange.context)
        exchange.done(payload, error);
}

template<typename Row>
bool PlatformClient::mayFollow(Listing<Row> *listing, const QString &next, ApiError *error) const
{
    ++listing->pages;
    if (next.isEmpty())
        return false;
    if (listing->cursors.contains(next)) {
        error->kind = ApiError::Kind::Malformed;
        error->detail = QStringLiteral("next_cursor repeats an earlier cursor; the listing would "
                                       "never end");
        return false;
    }
    if (listing->pages >= m_maxPages) {
        error->kind = ApiError::Kind::TooLarge;
        error->detail
            = QCoreApplication::translate("ApiError", "more than %n pages", nullptr, m_maxPages);
        return false;
    }
    listing->cursors.insert(next);
    return true;
}

void PlatformClient::fetchMe(QObject *context, Callback<Me> done)
{
    send(
        "GET", QStringLiteral("/me"), {}, context, decodeWith<Me>(json::decodeMe, std::move(done)));
}

void PlatformClient::fetchMembers(QObject *context, Callback<QVector<Member>> done)
{
    send("GET", QStringLiteral("/members"), {}, context,
        decodeWith<QVector<Member>>(json::decodeMembers, std::move(done)));
}

void PlatformClient::fetchCatalog(QObject *context, Callback<QVector<Connector>> done)
{
    send("GET", QStringLiteral("/connections/catalog"), {}, context,
        decodeWith<QVector<Connector>>(json::decodeCatalog, std::move(done)));
}

QByteArray PlatformClient::credentialDigest() const
{
    return QCryptographicHash::hash(
        (m_token ? m_token() : QString()).toUtf8(), QCryptographicHash::Sha256);
}

bool PlatformClient::holdsList() const
{
    return m_listEpoch == m_epoch && m_listCredential == credentialDigest();
}

void PlatformClient::dropHeldList()
{
    m_listCache.clear();
    m_listEtag.clear();
    m_listPath.clear();
    m_changesToken.clear();
    m_listEpoch = -1;
    m_listCredential.clear();
}

void PlatformClient::fetchConnections(
    QObject *context, Callback<QVector<Connection>> done, Progress progress)
{
    if (holdsList() && !m_changesToken.isEmpty()) {
        fetchConnectionChanges(context, std::move(done));
        return;
    }
    auto listing = std::make_shared<Listing<Connection>>();
    listing->paged = bool(progress);
    listing->progress = std::move(progress);
    fetchConnectionPage(context, QString(), listing, std::move(done));
}

void PlatformClient::fetchConnectionPage(QObject *context, const QString &cursor,
    std::shared_ptr<Listing<Connection>> listing, Callback<QVector<Connection>> done)
{
    // Unpaged, a server that pages by default says so with next_cursor, and
    // then we follow it. Paged: a small first page, then large ones.
    QString path = QStringLiteral("/connections");
    if (listing->paged || !cursor.isEmpty()) {
        path += QStringLiteral("?limit=%1").arg(cursor.isEmpty() ? kFirstPageRows : kPageRows);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=")
                + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    }
    if (cursor.isEmpty())
        listing->firstPath = path;
    QPointer<QObject> guard(context);
    const int epoch = m_epoch;
    // The first page asks whether the list we hold is still current.
    auto conditional = std::make_shared<Conditional>();
    const QByteArray credential = credentialDigest();
    if (cursor.isEmpty() && holdsList() && m_listPath == path)
        conditional->ifNoneMatch = m_listEtag;
    const bool first = cursor.isEmpty();
    send(
        "GET", path, {}, context,
        [this, guard, listing, done, epoch, conditional, credential, first](
            const QByteArray &body, const ApiError &error) {
            if (error.isError()) {
                done({}, error);
                return;
            }
            if (conditional->notModified) {
                ++m_listNotModified;
                done(m_listCache, ApiError{});
                return;
            }
            // Parsing 100,000 rows takes long enough to freeze a UI: do it on
            // the thread pool and come back to the context's thread.
            // What a paged first page says around its rows (it is small);
            // the single list carries none of it, and is not parsed twice.
            const bool meta = first && listing->paged;
            QFuture<DecodedPage> decoded = QtConcurrent::run([body, meta] {
                DecodedPage page;
                page.ok = json::decodeConnectionPage(body, &page.rows, &page.next, &page.error);
                if (page.ok && meta)
                    page.ok = json::decodeListMeta(body, &page.meta, &page.error);
                return page;
            });
            if (!guard)
                return;
            // Continued on this client, which outlives the decode (see the
            // destructor), never on the request's context: Qt 6.4 asserts
            // when that goes before the future finishes.
            decoded.then(this,
                [this, guard, listing, done, epoch, conditional, credential, first](
                    DecodedPage page) {
                    if (!guard || epoch != m_epoch)
                        return; // the server changed while this page was decoded
                    if (!page.ok) {
                        done({}, malformed(page.error));
                        return;
                    }
                    if (first) {
                        listing->total = page.meta.total;
                        listing->changesToken = page.meta.changesToken;
                    }
                    const QVector<Connection> pageRows = page.rows; // shared, not copied
                    const qint64 loaded = listing->rows.size() + pageRows.size();
                    if (listing->rows.isEmpty())
                        listing->rows = pageRows;
                    else
                        listing->rows.append(pageRows);
                    ApiError stop;
                    const bool more = mayFollow(listing.get(), page.next, &stop);
                    // The next page is asked for before this one is shown, so
                    // that its transfer overlaps the model's work on this one.
                    if (more)
                        fetchConnectionPage(guard.data(), page.next, listing, done);
                    if (listing->progress)
                        listing->progress(pageRows, loaded, std::max(listing->total, loaded));
                    if (more || !guard)
                        return; // the next page goes on; or closed by its progress
                    if (stop.isError())
                        done({}, stop);
                    else {
                        // Held for the next request: a list in one page with
                        // a validator (If-None-Match), or one the server
                        // offers changes for (changed_since).
                        const bool etag = listing->pages == 1 && !conditional->etag.isEmpty();
                        const bool delta = !listing->changesToken.isEmpty();
                        dropHeldList();
                        if (etag || delta) {
                            m_listCache = listing->rows;
                            m_listEtag = etag ? conditional->etag : QByteArray();
                            m_listPath = listing->firstPath;
                            m_changesToken = listing->changesToken;
                            m_listEpoch = m_epoch;
                            m_listCredential = credential;
                        }
                        done(listing->rows, ApiError{});
                    }
                });
        },
        limits::kMaxListBodyBytes, conditional);
}

void PlatformClient::fetchConnectionChanges(QObject *context, Callback<QVector<Connection>> done)
{
    const QString path = QStringLiteral("/connections?changed_since=")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_changesToken));
    QPointer<QObject> guard(context);
    const int epoch = m_epoch;
    send(
        "GET", path, {}, context,
        [this, guard, done, epoch](const QByteArray &body, const ApiError &error) {
            if (error.isError()) {
                // 410: the server no longer holds the changes since the
                // token; 422: it does not know the token. Either way, the
                // whole list again, paged so that it offers a new token.
                if (error.httpStatus == 410 || error.kind == ApiError::Kind::Validation) {
                    ++m_listDeltaExpired;
                    dropHeldList();
                    if (guard) {
                        fetchConnections(
                            guard.data(), done, [](const QVector<Connection> &, qint64, qint64) {});
                    }
                    return;
                }
                done({}, error);
                return;
            }
            QFuture<DecodedPage> decoded = QtConcurrent::run([body] {
                DecodedPage page;
                page.ok = json::decodeConnectionPage(body, &page.rows, &page.next, &page.error)
                    && json::decodeListMeta(body, &page.meta, &page.error);
                return page;
            });
            if (!guard)
                return;
            decoded.then(this, [this, guard, done, epoch](DecodedPage page) {
                if (!guard || epoch != m_epoch)
                    return;
                if (!page.ok) {
                    done({}, malformed(page.error));
                    return;
                }
                if (!page.meta.isDelta) {
                    // A server that ignored changed_since answered the whole
                    // list: it replaces what is held, and offers no delta.
                    dropHeldList();
                    done(page.rows, ApiError{});
                    return;
                }
                ++m_listDeltas;
                applyDelta(&m_listCache, page.rows, page.meta.removed);
                m_changesToken = page.meta.changesToken;
                if (m_changesToken.isEmpty()) {
                    const QVector<Connection> rows = m_listCache;
                    dropHeldList();
                    done(rows, ApiError{});
                    return;
                }
                done(m_listCache, ApiError{});
            });
        },
        limits::kMaxListBodyBytes);
}

void PlatformClient::fetchConnection(QObject *context, const QString &id, Callback<Connection> done)
{
    send("GET", idPath(id), {}, context,
        decodeWith<Connection>(json::decodeConnectionBody, std::move(done)));
}

void PlatformClient::fetchState(QObject *context, const QString &id, Callback<ConnectionState> done)
{
    send("GET", idPath(id, "/status"), {}, context,
        decodeWith<ConnectionState>(json::decodeState, std::move(done)));
}

void PlatformClient::fetchRuns(
    QObject *context, const QString &id, int limit, Callback<QVector<SyncRun>> done)
{
    send("GET", idPath(id, "/runs") + QStringLiteral("?limit=%1").arg(limit), {}, context,
        decodeWith<QVector<SyncRun>>(json::decodeRuns, std::move(done)));
}

void PlatformClient::fetchRunsSince(
    QObject *context, const QString &id, qint64 sinceMs, Callback<QVector<SyncRun>> done)
{
    const QString since = QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC).toString(Qt::ISODate);
    send("GET",
        idPath(id, "/runs") + QStringLiteral("?limit=5000&since=")
            + QString::fromLatin1(QUrl::toPercentEncoding(since)),
        {}, context, decodeWith<QVector<SyncRun>>(json::decodeRuns, std::move(done)));
}

void PlatformClient::fetchWorkspaceFailures(
    QObject *context, qint64 sinceMs, Callback<QVector<WorkspaceRun>> done)
{
    fetchWorkspacePage(
        context, sinceMs, QString(), std::make_shared<Listing<WorkspaceRun>>(), std::move(done));
}

void PlatformClient::fetchWorkspacePage(QObject *context, qint64 sinceMs, const QString &cursor,
    std::shared_ptr<Listing<WorkspaceRun>> listing, Callback<QVector<WorkspaceRun>> done)
{
    QString path = QStringLiteral("/runs?status=failed,partial&limit=5000&since=")
        + QString::fromLatin1(QUrl::toPercentEncoding(
            QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC).toString(Qt::ISODate)));
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    QPointer<QObject> guard(context);
    send(
        "GET", path, {}, context,
        [this, guard, sinceMs, listing, done](const QByteArray &body, const ApiError &error) {
            if (error.isError()) {
                done({}, error);
                return;
            }
            QJsonObject o;
            json::Error je;
            if (!json::parseObject(body, &o, &je) || !o.value(QLatin1String("runs")).isArray()) {
                if (je.message.isEmpty())
                    je = {QStringLiteral("runs"), QStringLiteral("is missing")};
                done({}, malformed(je));
                return;
            }
            const QJsonArray list = o.value(QLatin1String("runs")).toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                WorkspaceRun w;
                if (!json::decodeRun(
                        list.at(i).toObject(), &w.run, &je, QStringLiteral("runs[%1]").arg(i))) {
                    done({}, malformed(je));
                    return;
                }
                w.connectionId
                    = list.at(i).toObject().value(QLatin1String("connection_id")).toString();
                w.connectorType
                    = list.at(i).toObject().value(QLatin1String("connector_type")).toString();
                listing->rows.push_back(std::move(w));
            }
            const QString next = o.value(QLatin1String("next_cursor")).toString();
            ApiError stop;
            if (mayFollow(listing.get(), next, &stop) && guard)
                fetchWorkspacePage(guard.data(), sinceMs, next, listing, done);
            else if (stop.isError())
                done({}, stop);
            else
                done(listing->rows, ApiError{});
        },
        limits::kMaxListBodyBytes);
}

void PlatformClient::connectConnector(
    QObject *context, const OAuthConnectRequest &request, Callback<ConnectResult> done)
{
    send("POST", QStringLiteral("/connections"), json::encode(request), context,
        decodeWith<ConnectResult>(json::decodeConnectResult, std::move(done)));
}

void PlatformClient::connectConnector(
    QObject *context, const ApiKeyConnectRequest &request, Callback<ConnectResult> done)
{
    send("POST", QStringLiteral("/connections"), json::encode(request), context,
        decodeWith<ConnectResult>(json::decodeConnectResult, std::move(done)));
}

void PlatformClient::connectConnector(
    QObject *context, const HandleConnectRequest &request, Callback<ConnectResult> done)
{
    send("POST", QStringLiteral("/connections"), json::encode(request), context,
        decodeWith<ConnectResult>(json::decodeConnectResult, std::move(done)));
}

void PlatformClient::connectConnector(
    QObject *context, const WebhookConnectRequest &request, Callback<ConnectResult> done)
{
    send("POST", QStringLiteral("/connections"), json::encode(request), context,
        decodeWith<ConnectResult>(json::decodeConnectResult, std::move(done)));
}

void PlatformClient::reconnect(QObject *context, const QString &id, const ReconnectRequest &request,
    Callback<ConnectResult> done)
{
    send("POST", idPath(id, "/reconnect"), json::encode(request), context,
        decodeWith<ConnectResult>(json::decodeConnectResult, std::move(done)));
}

void PlatformClient::disconnectConnection(
    QObject *context, const QString &id, Callback<QString> done)
{
    send("DELETE", idPath(id), {}, context,
        decodeWith<QString>(
            [](const QByteArray &body, QString *out, json::Error *error) {
                QJsonObject o;
                if (!json::parseObject(body, &o, error))
                    return false;
                if (!o.value(QLatin1String("disconnected")).toBool()) {
                    *error = {QStringLiteral("disconnected"), QStringLiteral("must be true")};
                    return false;
                }
                *out = o.value(QLatin1String("id")).toString();
                return true;
            },
            std::move(done)));
}

void PlatformClient::patchConnection(
    QObject *context, const QString &id, const ConnectionPatch &patch, Callback<Connection> done)
{
    send("PATCH", idPath(id), json::encode(patch), context,
        decodeWith<Connection>(json::decodeConnectionBody, std::move(done)));
}

void PlatformClient::triggerSync(QObject *context, const QString &id, Callback<SyncAck> done)
{
    send("POST", idPath(id, "/sync"), {}, context,
        decodeWith<SyncAck>(json::decodeSyncAck, std::move(done)));
}

void PlatformClient::resolveHandle(QObject *context, const QString &connectorType,
    const QString &handle, Callback<ResolvedHandle> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("connector_type"),
        QString::fromLatin1(QUrl::toPercentEncoding(connectorType)));
    q.addQueryItem(QStringLiteral("handle"), QString::fromLatin1(QUrl::toPercentEncoding(handle)));
    send("GET", QStringLiteral("/connections/resolve-handle?") + q.toString(QUrl::FullyEncoded), {},
        context, decodeWith<ResolvedHandle>(json::decodeResolvedHandle, std::move(done)));
}

void PlatformClient::fetchCadences(QObject *context, Callback<QHash<QString, QString>> done)
{
    send("GET", QStringLiteral("/api/admin/connector-cadence"), {}, context,
        decodeWith<QHash<QString, QString>>(
            [](const QByteArray &body, QHash<QString, QString> *out, json::Error *error) {
                QJsonObject o;
                if (!json::parseObject(body, &o, error))
                    return false;
                const QJsonObject map = o.value(QLatin1String("cadences")).toObject();
                for (auto it = map.begin(); it != map.end(); ++it)
                    out->insert(it.key(), it.value().toString());
                return true;
            },
            std::move(done)));
}

void PlatformClient::fetchCadenceTable(QObject *context, Callback<CadenceTable> done)
{
    send("GET", QStringLiteral("/api/admin/connector-cadence"), {}, context,
        decodeWith<CadenceTable>(
            [](const QByteArray &body, CadenceTable *out, json::Error *error) {
                QJsonObject o;
                if (!json::parseObject(body, &o, error))
                    return false;
                const auto strings = [&o](QLatin1String key, QHash<QString, QString> *into) {
                    const QJsonObject map = o.value(key).toObject();
                    for (auto it = map.begin(); it != map.end(); ++it) {
                        if (it.value().isString())
                            into->insert(it.key(), it.value().toString());
                    }
                };
                strings(QLatin1String("cadences"), &out->current);
                strings(QLatin1String("defaults"), &out->defaults);
                const QJsonArray overrides = o.value(QLatin1String("overrides")).toArray();
                for (const QJsonValue &v : overrides) {
                    if (v.isString())
                        out->overrides.insert(v.toString());
                }
                return true;
            },
            std::move(done)));
}

void PlatformClient::setCadence(QObject *context, const QString &connectorType,
    const std::optional<QString> &preset, Callback<QString> done)
{
    const QJsonObject body{
        {QStringLiteral("cadence"), preset ? QJsonValue(*preset) : QJsonValue(QJsonValue::Null)}};
    send("PUT",
        QStringLiteral("/api/admin/connector-cadence/")
            + QString::fromLatin1(QUrl::toPercentEncoding(connectorType)),
        QJsonDocument(body).toJson(QJsonDocument::Compact), context,
        decodeWith<QString>(
            [](const QByteArray &answer, QString *out, json::Error *error) {
                QJsonObject o;
                if (!json::parseObject(answer, &o, error))
                    return false;
                *out = o.value(QLatin1String("cadence")).toString();
                return true;
            },
            std::move(done)));
}

void PlatformClient::fetchAvatar(QObject *context, const QUrl &url, Callback<QByteArray> done)
{
    QPointer<QObject> guard(context);
    const auto fail = [guard, done](ApiError::Kind kind, const QString &detail) {
        ApiError e;
        e.kind = kind;
        e.detail = detail;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, e] {
                if (guard)
                    done({}, e);
            },
            Qt::QueuedConnection);
    };
    if (!isAllowedOrigin(
            url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))) {
        fail(ApiError::Kind::InsecureServer, QStringLiteral("avatar URL"));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(limits::kAvatarDeadlineMs);
    request.setRawHeader("Accept", "image/png, image/jpeg, image/svg+xml");
    // No Authorization header, whoever hosts it: an avatar is public.
    QNetworkReply *reply = m_nam->get(request);
    Q_EMIT requestSent("GET", url.path());
    // The whole exchange has a deadline, not only each idle gap.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(limits::kAvatarDeadlineMs);
    auto tooBig = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply,
        [reply, tooBig](qint64 received, qint64 total) {
            if (received > limits::kMaxAvatarBytes || total > limits::kMaxAvatarBytes) {
                *tooBig = true;
                reply->abort();
            }
        });
    connect(reply, &QNetworkReply::finished, this, [guard, done, reply, tooBig] {
        reply->deleteLater();
        if (!guard)
            return;
        ApiError e;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader)
                                    .toByteArray()
                                    .split(';')
                                    .first()
                                    .trimmed();
        if (*tooBig) {
            e.kind = ApiError::Kind::Malformed;
            e.detail = QStringLiteral("the image is larger than 1 MiB");
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            e.kind = ApiError::Kind::Timeout;
        } else if (status == 0) {
            e.kind = ApiError::Kind::Network;
            e.detail = reply->errorString();
        } else if (status != 200) {
            e = ApiError::fromResponse(status, {}, {});
            if (status >= 300 && status < 400)
                e.detail = QStringLiteral("the image redirects; redirects are not followed");
        } else if (type != "image/png" && type != "image/jpeg" && type != "image/svg+xml") {
            e.kind = ApiError::Kind::Malformed;
            e.detail = QStringLiteral("not a PNG, JPEG or SVG image (%1)")
                           .arg(QString::fromLatin1(type));
        }
        if (e.isError()) {
            done({}, e);
            return;
        }
        done(reply->readAll(), ApiError{});
    });
}

} // namespace cc
