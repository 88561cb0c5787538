#include "runsapi.h"

#include "store.h"
#include "syncrunner.h"

#include <QDateTime>
#include <QJsonArray>

namespace sandbox {

namespace {

using Method = QHttpServerRequest::Method;

bool isRunning(const ConnectionRecord &c)
{
    return c.lastRun && (c.lastRun->status == u"running" || c.lastRun->status == u"pending");
}

} // namespace

RunsApi::RunsApi(ApiRoutes *routes, SyncRunner *runner, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
    , m_store(routes->store())
    , m_runner(runner)
{
    using P = const QStringList &;
    using R = const HttpRequest &;
    using W = const Principal &;
    routes->add(Method::Get, QStringLiteral("/runs"), Access::Read,
        [this](W w, R r, P) { return workspaceRuns(w, r); });
    routes->add(Method::Get, QStringLiteral("/connections/:id/runs"), Access::Read,
        [this](W w, R r, P p) { return runs(w, r, p[0]); });
    routes->add(Method::Post, QStringLiteral("/connections/:id/sync"), Access::Write,
        [this](W w, R, P p) { return sync(w, p[0]); });
}

QJsonObject RunsApi::runJson(const RunRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("status"), r.status},
        {QStringLiteral("triggered_by"), r.triggeredBy},
        {QStringLiteral("started_at"), reply::iso(r.startedAt)},
        {QStringLiteral("finished_at"), reply::iso(r.finishedAt)},
        {QStringLiteral("streams_total"), r.streamsTotal},
        {QStringLiteral("streams_failed"), r.streamsFailed},
        {QStringLiteral("records_written"), r.recordsWritten},
        {QStringLiteral("error_reason"), reply::stringOrNull(r.errorReason)}};
}
HttpReply RunsApi::runs(const Principal &who, const HttpRequest &req, const QString &id)
{
    const std::optional<ConnectionRecord> c = m_store->connection(who.workspaceId, id);
    if (!c)
        return reply::notFound();
    int limit = 25;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return reply::validation(
                QStringLiteral("limit"), QStringLiteral("must be a positive integer"));
    }
    // Extension (choice, docs/sandbox.md): with ?since=<ISO-8601> the runs
    // started since then come back, up to 5000, so a 90-day chart can be
    // drawn; without it the contract's cap of 100 applies.
    qint64 since = 0;
    if (req.query.hasQueryItem(QStringLiteral("since"))) {
        const QDateTime dt = QDateTime::fromString(
            req.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded),
            Qt::ISODateWithMs);
        if (!dt.isValid())
            return reply::validation(
                QStringLiteral("since"), QStringLiteral("must be an ISO-8601 time"));
        since = dt.toMSecsSinceEpoch();
        if (!req.query.hasQueryItem(QStringLiteral("limit")))
            limit = 5000;
        limit = qMin(limit, 5000);
    } else {
        limit = qMin(limit, 100);
    }
    QJsonArray list;
    for (const RunRecord &r : m_store->runs(c->id, limit, since))
        list.append(runJson(r));
    return HttpReply::json(200, {{QStringLiteral("runs"), list}});
}
HttpReply RunsApi::workspaceRuns(const Principal &who, const HttpRequest &req)
{
    // Extension (choice, docs/sandbox.md): runs across the workspace for the
    // Failures page. ?since=ISO (required) &status=failed,partial &limit=N
    // (1..5000, default 1000) &cursor=C; newest first; next_cursor is null on
    // the last page. Each run adds connection_id and connector_type.
    const QDateTime since = QDateTime::fromString(
        req.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!since.isValid())
        return reply::validation(
            QStringLiteral("since"), QStringLiteral("is required: an ISO-8601 time"));
    const QString status = req.query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != u"failed,partial" && status != u"partial,failed")
        return reply::validation(
            QStringLiteral("status"), QStringLiteral("must be failed,partial or absent"));
    int limit = 1000;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 5000)
            return reply::validation(QStringLiteral("limit"), QStringLiteral("must be 1 to 5000"));
    }
    qint64 beforeStarted = 0;
    QString beforeId;
    if (req.query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto decoded = QByteArray::fromBase64Encoding(
            req.query.queryItemValue(QStringLiteral("cursor")).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QString text = decoded ? QString::fromUtf8(*decoded) : QString();
        bool ok = false;
        beforeStarted = text.section(u':', 0, 0).toLongLong(&ok);
        beforeId = text.section(u':', 1);
        if (!ok || !beforeId.startsWith(u"run_"))
            return reply::validation(
                QStringLiteral("cursor"), QStringLiteral("is not a cursor this server issued"));
    }
    QVector<Store::WorkspaceRun> rows = m_store->workspaceRuns(who.workspaceId,
        since.toMSecsSinceEpoch(), !status.isEmpty(), limit + 1, beforeStarted, beforeId);
    QJsonValue next = QJsonValue::Null;
    if (rows.size() > limit) {
        rows.resize(limit);
        next = QString::fromLatin1(
            QStringLiteral("%1:%2")
                .arg(rows.last().run.startedAt)
                .arg(rows.last().run.id)
                .toUtf8()
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    QJsonArray list;
    for (const Store::WorkspaceRun &w : std::as_const(rows)) {
        QJsonObject o = runJson(w.run);
        o.insert(QStringLiteral("connection_id"), w.run.connectionId);
        o.insert(QStringLiteral("connector_type"), w.connectorType);
        list.append(o);
    }
    return HttpReply::json(
        200, {{QStringLiteral("runs"), list}, {QStringLiteral("next_cursor"), next}});
}
HttpReply RunsApi::sync(const Principal &who, const QString &id)
{
    std::optional<ConnectionRecord> c = m_store->connection(who.workspaceId, id);
    if (!c)
        return reply::notFound();
    if (m_routes->server()->faults().spec().runnerDown) {
        return HttpReply::error(503, QStringLiteral("runner_unavailable"),
            QStringLiteral("The sync runner is unreachable. Try again shortly."))
            .withHeader("Retry-After", "30");
    }
    if (c->status == u"disconnected" || c->status == u"pending") {
        return HttpReply::error(409, QStringLiteral("connection_disconnected"),
            c->status == u"pending"
                ? QStringLiteral("\"%1\" has not been authorized yet; finish connecting it first.")
                      .arg(c->name)
                : QStringLiteral("\"%1\" is disconnected; reconnect it before syncing.")
                      .arg(c->name));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (isRunning(*c)) {
        const qint64 elapsed = now - c->lastRun->startedAt;
        HttpReply r = HttpReply::error(409, QStringLiteral("already_syncing"),
            QStringLiteral("\"%1\" is already syncing (for %2 s).")
                .arg(c->name)
                .arg(elapsed / 1000),
            QJsonObject{{QStringLiteral("last_poll_at"), reply::iso(c->lastRun->startedAt)},
                {QStringLiteral("last_poll_duration_ms"), elapsed},
                {QStringLiteral("sync_run_id"), c->lastRun->id}});
        return r;
    }
    const qint64 last = m_lastManualSync.value(c->id, 0);
    const qint64 wait = last + m_runner->manualCooldownMs() - now;
    if (last > 0 && wait > 0) {
        const qint64 seconds = qMax<qint64>(1, (wait + 999) / 1000);
        return HttpReply::error(429, QStringLiteral("rate_limited"),
            QStringLiteral("Manual syncs of \"%1\" are limited; try again in %2 s.")
                .arg(c->name)
                .arg(seconds))
            .withHeader("Retry-After", QByteArray::number(seconds));
    }
    m_lastManualSync.insert(c->id, now);
    const RunRecord run = m_runner->startRun(*c, QStringLiteral("manual"));
    return HttpReply::json(202,
        {{QStringLiteral("status"), QStringLiteral("started")},
            {QStringLiteral("connection_id"), c->id},
            {QStringLiteral("triggered_at"), reply::iso(now)},
            {QStringLiteral("sync_run_id"), run.id}});
}
} // namespace sandbox
