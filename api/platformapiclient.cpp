#include "platformapiclient.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace cc {

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString workspacePath(const QString &id, const char *suffix = "")
{
    return QStringLiteral("/v1/workspaces/") + segment(id) + QLatin1String(suffix);
}

QString dataSourcesPath(const QString &workspaceId)
{
    return QStringLiteral("/v1/") + segment(workspaceId) + QStringLiteral("/data-sources");
}

QString dataSourcePath(const QString &workspaceId, const QString &id, const char *suffix = "")
{
    return dataSourcesPath(workspaceId) + u'/' + segment(id) + QLatin1String(suffix);
}

ApiError malformed(const json::Error &je)
{
    ApiError e;
    e.kind = ApiError::Kind::Malformed;
    e.detail = je.text();
    return e;
}

template<typename T> struct Decoded
{
    bool ok = false;
    T value{};
    json::Error error;
};

bool decodeNothing(const QByteArray &, QString *, json::Error *)
{
    return true;
}

} // namespace

template<typename T> struct PlatformApiClient::Pages
{
    QVector<T> items;
    qint64 token = 0;
    int pages = 0;
};

PlatformApiClient::PlatformApiClient(PlatformClient *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

PlatformApiClient::~PlatformApiClient()
{
    // A list still being decoded finishes while its continuation's context
    // (this) exists; its answer is then dropped with the posted event.
    QThreadPool::globalInstance()->waitForDone();
}

template<typename T, typename Decoder>
void PlatformApiClient::call(const QByteArray &verb, const QString &path, const QByteArray &body,
    QObject *context, Decoder decoder, Callback<T> done, bool offThread)
{
    QPointer<QObject> guard(context);
    const int epoch = m_transport->epoch();
    m_transport->request(verb, path, body, context,
        [this, guard, epoch, decoder, offThread, done = std::move(done)](
            const QByteArray &reply, const ApiError &error) {
            if (error.isError()) {
                done(T{}, error);
                return;
            }
            auto decode = [decoder, reply] {
                Decoded<T> d;
                d.ok = decoder(reply, &d.value, &d.error);
                return d;
            };
            auto deliver = [done](const Decoded<T> &d) {
                if (d.ok)
                    done(d.value, ApiError{});
                else
                    done(T{}, malformed(d.error));
            };
            if (!offThread) {
                deliver(decode());
                return;
            }
            // Lists: parse on the thread pool, answer on the context's thread.
            if (!guard)
                return;
            // The continuation's context is this client, which outlives the
            // decode (see the destructor): Qt 6.4 asserts when a
            // continuation's context is gone before the future finishes, and a
            // request's context may go at any time (a superseded search).
            QtConcurrent::run(decode).then(this, [this, guard, epoch, deliver](Decoded<T> d) {
                if (guard && epoch == m_transport->epoch())
                    deliver(d);
            });
        });
}

template<typename T, typename FetchPage>
void PlatformApiClient::followPages(QObject *context, std::shared_ptr<Pages<T>> pages,
    FetchPage fetchPage, Callback<QVector<T>> done)
{
    QPointer<QObject> guard(context);
    fetchPage(context, pages->token,
        [this, guard, pages, fetchPage, done](const PlatformPage<T> &page, const ApiError &error) {
            if (error.isError()) {
                done({}, error);
                return;
            }
            pages->items.append(page.items);
            ++pages->pages;
            if (!page.hasMore) {
                done(pages->items, ApiError{});
                return;
            }
            ApiError stop;
            if (!page.continuationToken || *page.continuationToken <= pages->token) {
                stop.kind = ApiError::Kind::Malformed;
                stop.detail = QCoreApplication::translate(
                    "ApiError", "The server's continuation token did not move forward.");
            } else if (pages->pages >= m_transport->maxPages()) {
                stop.kind = ApiError::Kind::TooLarge;
                stop.detail = QCoreApplication::translate(
                    "ApiError", "The list has more than %n page(s).", nullptr, pages->pages);
            }
            if (stop.isError()) {
                done({}, stop);
                return;
            }
            pages->token = *page.continuationToken;
            if (guard)
                followPages(guard.data(), pages, fetchPage, done);
        });
}

void PlatformApiClient::fetchWorkspacePage(
    QObject *context, qint64 token, int limit, Callback<PlatformPage<Workspace>> done)
{
    call<PlatformPage<Workspace>>("GET",
        QStringLiteral("/v1/workspaces?limit=%1&continuation_token=%2")
            .arg(std::clamp(limit, 1, kWorkspacePageLimit))
            .arg(token),
        {}, context, json::decodeWorkspacePage, std::move(done), true);
}

void PlatformApiClient::fetchAllWorkspaces(QObject *context, Callback<QVector<Workspace>> done)
{
    followPages<Workspace>(
        context, std::make_shared<Pages<Workspace>>(),
        [this](QObject *ctx, qint64 token, Callback<PlatformPage<Workspace>> page) {
            fetchWorkspacePage(ctx, token, kWorkspacePageLimit, std::move(page));
        },
        std::move(done));
}

void PlatformApiClient::fetchWorkspace(
    QObject *context, const QString &id, Callback<Workspace> done)
{
    call<Workspace>("GET", workspacePath(id), {}, context, json::decodeWorkspace, std::move(done));
}

void PlatformApiClient::updateWorkspace(
    QObject *context, const QString &id, const WorkspacePatch &patch, Callback<Workspace> done)
{
    call<Workspace>("PATCH", workspacePath(id), patch.toJson(), context, json::decodeWorkspace,
        std::move(done));
}

void PlatformApiClient::provisionWorkspace(
    QObject *context, const QString &id, Callback<Workspace> done)
{
    call<Workspace>("POST", workspacePath(id, "/provision"), {}, context, json::decodeProvision,
        std::move(done));
}

void PlatformApiClient::archiveWorkspace(
    QObject *context, const QString &id, const QString &slug, Callback<Workspace> done)
{
    call<Workspace>("POST", workspacePath(id, "/archive"), json::encodeArchive(slug), context,
        json::decodeWorkspace, std::move(done));
}

void PlatformApiClient::checkEnvironment(
    QObject *context, const QString &id, const QString &target, Callback<EnvironmentCheck> done)
{
    call<EnvironmentCheck>("GET",
        workspacePath(id, "/environment-check") + QStringLiteral("?target=") + segment(target), {},
        context, json::decodeEnvironmentCheck, std::move(done));
}

void PlatformApiClient::convertEnvironment(QObject *context, const QString &id,
    const QString &target, const QString &confirmSlug, Callback<Workspace> done)
{
    call<Workspace>("POST", workspacePath(id, "/convert-environment"),
        json::encodeConversion(target, confirmSlug), context, json::decodeWorkspace,
        std::move(done));
}

void PlatformApiClient::fetchTestCallers(
    QObject *context, const QString &id, Callback<QStringList> done)
{
    call<QStringList>("GET", workspacePath(id, "/test-caller-numbers"), {}, context,
        json::decodeTestCallers, std::move(done));
}

void PlatformApiClient::updateTestCallers(
    QObject *context, const QString &id, const QStringList &numbers, Callback<QStringList> done)
{
    call<QStringList>("PUT", workspacePath(id, "/test-caller-numbers"),
        json::encodeTestCallers(numbers), context, json::decodeTestCallers, std::move(done));
}

void PlatformApiClient::fetchDataSourcePage(QObject *context, const QString &workspaceId,
    const DataSourceFilter &filter, qint64 token, int limit,
    Callback<PlatformPage<DataSource>> done)
{
    call<PlatformPage<DataSource>>("GET",
        dataSourcesPath(workspaceId) + u'?'
            + filter.toQuery(std::clamp(limit, 1, kDataSourcePageLimit), token),
        {}, context, json::decodeDataSourcePage, std::move(done), true);
}

void PlatformApiClient::fetchAllDataSources(QObject *context, const QString &workspaceId,
    const DataSourceFilter &filter, Callback<QVector<DataSource>> done)
{
    followPages<DataSource>(
        context, std::make_shared<Pages<DataSource>>(),
        [this, workspaceId, filter](
            QObject *ctx, qint64 token, Callback<PlatformPage<DataSource>> page) {
            fetchDataSourcePage(
                ctx, workspaceId, filter, token, kDataSourcePageLimit, std::move(page));
        },
        std::move(done));
}

void PlatformApiClient::fetchDataSource(
    QObject *context, const QString &workspaceId, const QString &id, Callback<DataSource> done)
{
    call<DataSource>("GET", dataSourcePath(workspaceId, id), {}, context, json::decodeDataSource,
        std::move(done));
}

void PlatformApiClient::createDataSource(QObject *context, const QString &workspaceId,
    const DataSourceCreate &request, Callback<DataSource> done)
{
    call<DataSource>("POST", dataSourcesPath(workspaceId), request.toJson(), context,
        json::decodeDataSource, std::move(done));
}

void PlatformApiClient::updateDataSource(QObject *context, const QString &workspaceId,
    const QString &id, const DataSourcePatch &patch, Callback<DataSource> done)
{
    call<DataSource>("PATCH", dataSourcePath(workspaceId, id), patch.toJson(), context,
        json::decodeDataSource, std::move(done));
}

void PlatformApiClient::deleteDataSource(
    QObject *context, const QString &workspaceId, const QString &id, Callback<QString> done)
{
    call<QString>("DELETE", dataSourcePath(workspaceId, id), {}, context, decodeNothing,
        [id, done = std::move(done)](const QString &, const ApiError &error) {
            done(error.isError() ? QString() : id, error);
        });
}

void PlatformApiClient::fetchDataSourceStatus(QObject *context, const QString &workspaceId,
    const QString &id, Callback<DataSourceStatus> done)
{
    call<DataSourceStatus>("GET", dataSourcePath(workspaceId, id, "/status"), {}, context,
        json::decodeDataSourceStatus, std::move(done));
}

void PlatformApiClient::fetchDataSourceHistory(QObject *context, const QString &workspaceId,
    const QString &id, int days, Callback<DataSourceHistory> done)
{
    call<DataSourceHistory>("GET",
        dataSourcePath(workspaceId, id, "/sync-history")
            + QStringLiteral("?days=%1").arg(std::clamp(days, 1, 90)),
        {}, context, json::decodeDataSourceHistory, std::move(done), true);
}

void PlatformApiClient::triggerDataSourceSync(QObject *context, const QString &workspaceId,
    const QString &id, Callback<DataSourceSyncAck> done)
{
    call<DataSourceSyncAck>("POST", dataSourcePath(workspaceId, id, "/sync"), {}, context,
        json::decodeDataSourceSyncAck, std::move(done));
}

namespace {
QString integrationsPath(const QString &workspaceId, const QString &tail = {})
{
    return QStringLiteral("/v1/") + segment(workspaceId) + QStringLiteral("/integrations") + tail;
}
} // namespace

void PlatformApiClient::fetchIntegrationPage(QObject *context, const QString &workspaceId,
    const IntegrationFilter &filter, qint64 token, int limit,
    Callback<PlatformPage<Integration>> done)
{
    call<PlatformPage<Integration>>("GET",
        integrationsPath(workspaceId) + u'?'
            + filter.toQuery(std::clamp(limit, 1, kIntegrationPageLimit), token),
        {}, context, json::decodeIntegrationPage, std::move(done), true);
}

void PlatformApiClient::fetchAllIntegrations(QObject *context, const QString &workspaceId,
    const IntegrationFilter &filter, Callback<QVector<Integration>> done)
{
    followPages<Integration>(
        context, std::make_shared<Pages<Integration>>(),
        [this, workspaceId, filter](
            QObject *ctx, qint64 token, Callback<PlatformPage<Integration>> page) {
            fetchIntegrationPage(
                ctx, workspaceId, filter, token, kIntegrationPageLimit, std::move(page));
        },
        std::move(done));
}

void PlatformApiClient::fetchIntegration(
    QObject *context, const QString &workspaceId, const QString &id, Callback<Integration> done)
{
    call<Integration>("GET", integrationsPath(workspaceId, u'/' + segment(id)), {}, context,
        json::decodeIntegration, std::move(done));
}

void PlatformApiClient::createIntegration(QObject *context, const QString &workspaceId,
    const IntegrationDraft &draft, const IntegrationSecrets &secrets, Callback<Integration> done)
{
    call<Integration>("POST", integrationsPath(workspaceId), draft.toJson(secrets), context,
        json::decodeIntegration, std::move(done));
}

void PlatformApiClient::updateIntegration(QObject *context, const QString &workspaceId,
    const QString &id, const IntegrationDraft &draft, const IntegrationSecrets &secrets,
    Callback<Integration> done)
{
    call<Integration>("PUT", integrationsPath(workspaceId, u'/' + segment(id)),
        draft.toJson(secrets), context, json::decodeIntegration, std::move(done));
}

void PlatformApiClient::deleteIntegration(
    QObject *context, const QString &workspaceId, const QString &id, Callback<QString> done)
{
    call<QString>("DELETE", integrationsPath(workspaceId, u'/' + segment(id)), {}, context,
        decodeNothing, [id, done = std::move(done)](const QString &, const ApiError &error) {
            done(error.isError() ? QString() : id, error);
        });
}

void PlatformApiClient::checkIntegrationHealth(
    QObject *context, const QString &workspaceId, Callback<IntegrationHealth> done)
{
    call<IntegrationHealth>("GET", integrationsPath(workspaceId, QStringLiteral("/health-check")),
        {}, context, json::decodeIntegrationHealth, std::move(done), true);
}

void PlatformApiClient::testEndpoint(QObject *context, const QString &workspaceId,
    const QString &integrationId, const QString &endpoint, const QJsonObject &params,
    Callback<EndpointTestResult> done)
{
    call<EndpointTestResult>("POST",
        integrationsPath(workspaceId,
            u'/' + segment(integrationId) + QStringLiteral("/endpoints/") + segment(endpoint)
                + QStringLiteral("/test")),
        json::encodeEndpointTest(params), context, json::decodeEndpointTest, std::move(done), true);
}

} // namespace cc
