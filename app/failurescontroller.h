#pragma once

#include "apierror.h"
#include "records.h"

#include <QObject>

namespace cc {

class ConnectionsModel;
class FailuresModel;
class FailuresPage;
class PlatformClient;

// Feeds the Failures page. One request when the platform has the workspace
// runs extension (GET /runs?since=…&status=failed,partial, paged); otherwise
// the runs of every connection, four requests at a time with a progress bar,
// so the UI stays responsive however many connections there are. Results are
// cached for the session; a range change only re-clusters (FailuresModel).
class FailuresController : public QObject
{
    Q_OBJECT

public:
    FailuresController(PlatformClient *client, ConnectionsModel *connections,
        FailuresModel *failures, FailuresPage *page, QObject *parent = nullptr);

    void load();
    // Signed out or switched workspace: forgets the load in progress (its
    // answers are dropped by the client) so the next load starts afresh.
    void reset();
    bool usedFallback() const { return m_fallback; }
    static constexpr int kConcurrency = 4;

Q_SIGNALS:
    void loaded();

private:
    void fallback(qint64 sinceMs);
    void next();

    PlatformClient *const m_client;
    ConnectionsModel *const m_connections;
    FailuresModel *const m_failures;
    FailuresPage *const m_page;
    QStringList m_queue;
    QVector<WorkspaceRun> m_collected;
    QHash<QString, QString> m_types;
    int m_inFlight = 0;
    int m_total = 0;
    int m_done = 0;
    int m_unreadable = 0; // fallback: connections whose runs could not be read
    ApiError m_lastError;
    bool m_fallback = false;
    bool m_loading = false;
};

} // namespace cc
