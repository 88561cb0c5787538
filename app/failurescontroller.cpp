#include "failurescontroller.h"

#include "connectionsmodel.h"
#include "failuresmodel.h"
#include "failurespage.h"
#include "platformclient.h"

#include <QDateTime>

namespace cc {

namespace {
constexpr qint64 kNinetyDaysMs = 90LL * 24 * 3600 * 1000;
}

FailuresController::FailuresController(PlatformClient *client, ConnectionsModel *connections,
    FailuresModel *failures, FailuresPage *page, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connections(connections)
    , m_failures(failures)
    , m_page(page)
{
    connect(page, &FailuresPage::refreshRequested, this, &FailuresController::load);
}

void FailuresController::load()
{
    if (m_loading)
        return;
    m_loading = true;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - kNinetyDaysMs;
    m_page->setSource(tr("Loading…"));
    m_client->fetchWorkspaceFailures(
        this, since, [this, since](const QVector<WorkspaceRun> &runs, const ApiError &e) {
            if (e.kind == ApiError::Kind::NotFound || e.kind == ApiError::Kind::Http) {
                fallback(since); // a platform without the extension
                return;
            }
            m_loading = false;
            if (e.isError()) {
                m_page->setSource(e.message());
                return;
            }
            m_fallback = false;
            QHash<QString, QString> names;
            for (int r = 0; r < m_connections->rowCount(); ++r)
                names.insert(m_connections->connectionAt(r).connectorType,
                    m_connections->connectorName(m_connections->connectionAt(r).connectorType));
            m_failures->setConnectorNames(names);
            m_failures->setRuns(runs, QDateTime::currentMSecsSinceEpoch());
            m_page->setSource(tr("From the platform's workspace runs"));
            Q_EMIT loaded();
        });
}

void FailuresController::reset()
{
    m_loading = false;
    m_queue.clear();
    m_collected.clear();
    m_types.clear();
    m_inFlight = m_total = m_done = m_unreadable = 0;
    m_lastError = {};
}

void FailuresController::fallback(qint64)
{
    m_fallback = true;
    m_queue.clear();
    m_collected.clear();
    m_types.clear();
    for (int r = 0; r < m_connections->rowCount(); ++r) {
        const Connection &c = m_connections->connectionAt(r);
        m_queue << c.id;
        m_types.insert(c.id, c.connectorType);
    }
    m_total = int(m_queue.size());
    m_done = 0;
    m_unreadable = 0;
    m_page->setSource(tr("Fetched per connection (the platform has no workspace runs call)"));
    m_page->setProgress(0, m_total);
    for (int i = 0; i < kConcurrency; ++i)
        next();
    if (m_total == 0) {
        m_loading = false;
        m_failures->setRuns({}, QDateTime::currentMSecsSinceEpoch());
        Q_EMIT loaded();
    }
}

void FailuresController::next()
{
    if (m_queue.isEmpty())
        return;
    const QString id = m_queue.takeFirst();
    ++m_inFlight;
    m_client->fetchRuns(this, id, 100, [this, id](const QVector<SyncRun> &runs, const ApiError &e) {
        --m_inFlight;
        ++m_done;
        if (e.isError()) {
            ++m_unreadable;
            m_lastError = e;
        }
        for (const SyncRun &r : runs)
            m_collected.push_back({r, id, m_types.value(id)});
        m_page->setProgress(m_done, m_total);
        if (m_done == m_total) {
            m_loading = false;
            m_failures->setRuns(m_collected, QDateTime::currentMSecsSinceEpoch());
            if (m_unreadable > 0) {
                // Not a silent gap: say how much is missing and why.
                m_page->setSource(tr("Fetched per connection; the runs of %n connection(s) could "
                                     "not be read: %1",
                    nullptr, m_unreadable)
                                      .arg(m_lastError.message()));
            }
            Q_EMIT loaded();
            return;
        }
        next();
    });
}

} // namespace cc
