#pragma once

#include "platformclient.h"
#include "platformrecords.h"

#include <QObject>

namespace cc {

// The platform API beside the connections API: one typed call per operation
// of platform-workspaces, platform-data-sources and platform-integrations
// .openapi.json (shared/specs).
// Every exchange goes through the PlatformClient (origin, token, redirects,
// caps, deadline, epoch: see its promises), so this class only builds paths
// and bodies and decodes answers.
//
// Promises, beyond PlatformClient's:
//  - Errors in both of the platform's shapes become a typed ApiError; a 422's
//    FastAPI locations are in ApiError::fields (location, field, type).
//  - Lists are parsed and decoded off the UI thread.
//  - "All pages" calls follow continuation_token at most maxPages() pages and
//    stop at a token that does not move forward (Malformed).
class PlatformApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = PlatformClient::Callback<T>;

    explicit PlatformApiClient(PlatformClient *transport, QObject *parent = nullptr);
    ~PlatformApiClient() override;

    // The list operations' page size limits (the files' maxima).
    static constexpr int kWorkspacePageLimit = 100;
    static constexpr int kDataSourcePageLimit = 100;

    // Workspaces.
    void fetchWorkspacePage(
        QObject *context, qint64 token, int limit, Callback<PlatformPage<Workspace>> done);
    void fetchAllWorkspaces(QObject *context, Callback<QVector<Workspace>> done);
    void fetchWorkspace(QObject *context, const QString &id, Callback<Workspace> done);
    void updateWorkspace(
        QObject *context, const QString &id, const WorkspacePatch &patch, Callback<Workspace> done);
    void provisionWorkspace(QObject *context, const QString &id, Callback<Workspace> done);
    void archiveWorkspace(
        QObject *context, const QString &id, const QString &slug, Callback<Workspace> done);
    void checkEnvironment(QObject *context, const QString &id, const QString &target,
        Callback<EnvironmentCheck> done);
    void convertEnvironment(QObject *context, const QString &id, const QString &target,
        const QString &confirmSlug, Callback<Workspace> done);
    void fetchTestCallers(QObject *context, const QString &id, Callback<QStringList> done);
    void updateTestCallers(QObject *context, const QString &id, const QStringList &numbers,
        Callback<QStringList> done);

    // Data sources of a workspace.
    void fetchDataSourcePage(QObject *context, const QString &workspaceId,
        const DataSourceFilter &filter, qint64 token, int limit,
        Callback<PlatformPage<DataSource>> done);
    void fetchAllDataSources(QObject *context, const QString &workspaceId,
        const DataSourceFilter &filter, Callback<QVector<DataSource>> done);
    void fetchDataSource(
        QObject *context, const QString &workspaceId, const QString &id, Callback<DataSource> done);
    void createDataSource(QObject *context, const QString &workspaceId,
        const DataSourceCreate &request, Callback<DataSource> done);
    void updateDataSource(QObject *context, const QString &workspaceId, const QString &id,
        const DataSourcePatch &patch, Callback<DataSource> done);
    // Answers the id that was deleted.
    void deleteDataSource(
        QObject *context, const QString &workspaceId, const QString &id, Callback<QString> done);
    void fetchDataSourceStatus(QObject *context, const QString &workspaceId, const QString &id,
        Callback<DataSourceStatus> done);
    // days: 1..90, the file's range (clamped).
    void fetchDataSourceHistory(QObject *context, const QString &workspaceId, const QString &id,
        int days, Callback<DataSourceHistory> done);
    // 409 (a poll is running): ApiError::syncConflict names it.
    void triggerDataSourceSync(QObject *context, const QString &workspaceId, const QString &id,
        Callback<DataSourceSyncAck> done);

    // Integrations of a workspace (the file's page limit is 20).
    static constexpr int kIntegrationPageLimit = 20;
    void fetchIntegrationPage(QObject *context, const QString &workspaceId,
        const IntegrationFilter &filter, qint64 token, int limit,
        Callback<PlatformPage<Integration>> done);
    void fetchAllIntegrations(QObject *context, const QString &workspaceId,
        const IntegrationFilter &filter, Callback<QVector<Integration>> done);
    void fetchIntegration(QObject *context, const QString &workspaceId, const QString &id,
        Callback<Integration> done);
    // The secrets go into this one request body and nowhere else: not kept,
    // not logged (PlatformClient logs a method and a path, never a body).
    void createIntegration(QObject *context, const QString &workspaceId,
        const IntegrationDraft &draft, const IntegrationSecrets &secrets,
        Callback<Integration> done);
    void updateIntegration(QObject *context, const QString &workspaceId, const QString &id,
        const IntegrationDraft &draft, const IntegrationSecrets &secrets,
        Callback<Integration> done);
    void deleteIntegration(
        QObject *context, const QString &workspaceId, const QString &id, Callback<QString> done);
    void checkIntegrationHealth(
        QObject *context, const QString &workspaceId, Callback<IntegrationHealth> done);
    void testEndpoint(QObject *context, const QString &workspaceId, const QString &integrationId,
        const QString &endpoint, const QJsonObject &params, Callback<EndpointTestResult> done);

private:
    template<typename T, typename Decoder>
    void call(const QByteArray &verb, const QString &path, const QByteArray &body, QObject *context,
        Decoder decoder, Callback<T> done, bool offThread = false);
    template<typename T> struct Pages;
    template<typename T, typename FetchPage>
    void followPages(QObject *context, std::shared_ptr<Pages<T>> pages, FetchPage fetchPage,
        Callback<QVector<T>> done);

    PlatformClient *const m_transport;
};

} // namespace cc
