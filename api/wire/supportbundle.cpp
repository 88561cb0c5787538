#include "supportbundle.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cc::json {

namespace {

QJsonValue iso(qint64 ms)
{
    return ms > 0
        ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
        : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject runJson(const SyncRun &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("status"), r.statusText},
        {QStringLiteral("triggered_by"), r.triggeredBy},
        {QStringLiteral("started_at"), iso(r.startedAtMs)},
        {QStringLiteral("finished_at"), iso(r.finishedAtMs)},
        {QStringLiteral("streams_total"), r.streamsTotal},
        {QStringLiteral("streams_failed"), r.streamsFailed},
        {QStringLiteral("records_written"), r.recordsWritten},
        {QStringLiteral("error_reason"), textOrNull(r.errorReason)}};
}

bool isFailure(const SyncRun &r)
{
    return r.status == RunStatus::Failed
        || (r.status == RunStatus::Completed && r.streamsFailed > 0);
}

QString csvField(QString s)
{
    // A cell starting with = + - @ (or a tab / CR that hides one) runs as a formula.
    if (!s.isEmpty()
        && (s.front() == u'=' || s.front() == u'+' || s.front() == u'-' || s.front() == u'@'
            || s.front() == u'\t' || s.front() == u'\r'))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + s + u'"';
    }
    return s;
}

} // namespace

QByteArray encodeSupportBundle(const SupportBundle &b)
{
    const Connection &c = b.connection;
    QJsonObject state{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
        {QStringLiteral("connector_type"), c.connectorType},
        {QStringLiteral("status"), c.statusText()}, {QStringLiteral("health"), c.healthText()},
        {QStringLiteral("scope"), c.scopeText()},
        {QStringLiteral("owner_user_id"), textOrNull(c.ownerUserId())},
        {QStringLiteral("is_syncing"), c.isSyncing},
        {QStringLiteral("last_synced_at"), iso(c.lastSyncedAtMs)},
        {QStringLiteral("last_error"), textOrNull(c.lastError)},
        {QStringLiteral("created_at"), iso(c.createdAtMs)},
        {QStringLiteral("last_run"), c.lastRun ? QJsonValue(runJson(*c.lastRun)) : QJsonValue()}};
    if (!c.handle().isEmpty())
        state.insert(QStringLiteral("handle"), c.handle());
    QJsonArray runs;
    QJsonArray failures;
    for (const SyncRun &r : b.runs) {
        runs.append(runJson(r));
        if (isFailure(r))
            failures.append(runJson(r));
    }
    QJsonArray daily;
    for (const DailyRunTotals &d : b.daysUtc) {
        daily.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("runs"), d.runs}, {QStringLiteral("completed"), d.completed},
            {QStringLiteral("partial"), d.partial}, {QStringLiteral("failed"), d.failed},
            {QStringLiteral("rate_limited"), d.rateLimited},
            {QStringLiteral("records_written"), d.recordsWritten}});
    }
    const QJsonObject bundle{{QStringLiteral("bundle_version"), 1},
        {QStringLiteral("generated_at"), iso(b.generatedAtMs)},
        {QStringLiteral("generator"), b.generator}, {QStringLiteral("connection"), state},
        {QStringLiteral("runs"), runs}, {QStringLiteral("daily_utc"), daily},
        {QStringLiteral("failures"), failures}};
    return QJsonDocument(bundle).toJson();
}

QByteArray encodeRunsCsv(const QVector<SyncRun> &runs)
{
    QByteArray out = "id,status,triggered_by,started_at,finished_at,streams_total,streams_failed,"
                     "records_written,error_reason\n";
    for (const SyncRun &r : runs) {
        const QStringList fields
            = {r.id, r.statusText, r.triggeredBy, iso(r.startedAtMs).toString(),
                iso(r.finishedAtMs).toString(), QString::number(r.streamsTotal),
                QString::number(r.streamsFailed), QString::number(r.recordsWritten), r.errorReason};
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out += escaped.join(u',').toUtf8() + '\n';
    }
    return out;
}

} // namespace cc::json
