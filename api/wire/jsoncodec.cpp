#include "jsoncodec.h"

#include "clampedinteger.h"
#include "connectionkeys.h"
#include "connectionlistreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cc::json {

namespace {

// Reads fields of one object, remembering the first failure.
class Reader
{
public:
    Reader(const QJsonObject &o, QString path, Error *error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    { }

    QString required(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString()) {
            fail(key,
                v.isUndefined() ? QStringLiteral("is missing")
                                : QStringLiteral("must be a string"));
            return {};
        }
        return v.toString();
    }
    QString optional(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isString() ? v.toString() : QString();
    }
    double number(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : 0;
    }
    bool boolean(const char *key) const { return m_o.value(QLatin1String(key)).toBool(false); }
    qint64 time(const char *key) const { return parseTimestamp(optional(key)); }
    bool ok() const { return m_ok; }
    void fail(const char *key, const QString &message)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = {m_path + u'.' + QLatin1String(key), message};
    }

private:
    const QJsonObject &m_o;
    const QString m_path;
    Error *m_error;
    bool m_ok = true;
};

bool arrayField(const QJsonObject &o, const char *key, QJsonArray *out, Error *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray()) {
        *error = {QLatin1String(key),
            v.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be an array")};
        return false;
    }
    *out = v.toArray();
    return true;
}

} // namespace

QString Error::text() const
{
    return field.isEmpty() ? message : field + u' ' + message;
}

qint64 parseTimestamp(const QString &iso)
{
    if (iso.isEmpty())
        return 0;
    const QByteArray latin = iso.toLatin1();
    return parseIsoTimestampFast(latin.constData(), latin.size());
}

bool parseObject(const QByteArray &body, QJsonObject *out, Error *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = {QString(),
            QStringLiteral("is not valid JSON (%1 at byte %2)")
                .arg(pe.errorString())
                .arg(pe.offset)};
        return false;
    }
    if (!doc.isObject()) {
        *error = {QString(), QStringLiteral("is not a JSON object")};
        return false;
    }
    *out = doc.object();
    return true;
}

bool decodeRun(const QJsonObject &o, SyncRun *out, Error *error, const QString &path)
{
    Reader r(o, path, error);
    for (const keys::RunKey &k : keys::kRun) {
        switch (k.kind) {
        case keys::Kind::Text:
        case keys::Kind::InternedText:
            keys::setText(out, k.field, k.required ? r.required(k.name) : r.optional(k.name));
            break;
        case keys::Kind::Time:
            keys::setTime(out, k.field, r.time(k.name));
            break;
        case keys::Kind::Number:
            keys::setNumber(out, k.field, r.number(k.name));
            break;
        case keys::Kind::Bool:
            break;
        }
    }
    return r.ok();
}

namespace {
quint64 fingerprintOf(const Connection &c)
{
    quint64 h = 1469598103934665603ULL;
    auto feed = [&h](const void *data, size_t size) {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (size_t i = 0; i < size; ++i) {
            h ^= bytes[i];
            h *= 1099511628211ULL;
        }
    };
    for (const QString &s :
        {c.id, c.connectorType, c.name, c.statusText(), c.healthText(), c.scopeText(),
            c.ownerUserId(), c.lastError, c.handle(), c.displayName(), c.avatarUrl()}) {
        feed(s.constData(), size_t(s.size()) * sizeof(QChar));
        feed("\x1f", 1);
    }
    const qint64 numbers[] = {c.lastSyncedAtMs, c.createdAtMs, c.isSyncing ? 1 : 0,
        c.lastRun ? c.lastRun->startedAtMs : -1, c.lastRun ? c.lastRun->finishedAtMs : -1,
        c.lastRun ? c.lastRun->streamsFailed : -1, c.lastRun ? c.lastRun->streamsTotal : -1,
        c.lastRun ? c.lastRun->recordsWritten : -1};
    feed(numbers, sizeof numbers);
    if (c.lastRun) {
        for (const QString *s : {&c.lastRun->id, &c.lastRun->statusText, &c.lastRun->triggeredBy,
                 &c.lastRun->errorReason})
            feed(s->constData(), size_t(s->size()) * sizeof(QChar));
    }
    return h ? h : 1;
}
} // namespace

void finishConnection(Connection *c)
{
    c->fingerprint = fingerprintOf(*c);
}

bool decodeConnection(const QJsonObject &o, Connection *out, Error *error, const QString &path)
{
    Reader r(o, path, error);
    for (const keys::ConnectionKey &k : keys::kConnection) {
        switch (k.kind) {
        case keys::Kind::Text:
        case keys::Kind::InternedText:
            keys::setText(out, k.field, k.required ? r.required(k.name) : r.optional(k.name));
            break;
        case keys::Kind::Time:
            keys::setTime(out, k.field, r.time(k.name));
            break;
        case keys::Kind::Bool:
            keys::setBool(out, k.field, r.boolean(k.name));
            break;
        case keys::Kind::Number:
            break;
        }
    }
    if (!r.ok())
        return false; // the first problem in the table's order is the one named
    const QJsonValue run = o.value(QLatin1String(keys::kLastRun));
    out->lastRun.reset();
    if (run.isObject()) {
        SyncRun s;
        if (!decodeRun(run.toObject(), &s, error, path + QStringLiteral(".last_run")))
            return false;
        out->lastRun = std::move(s);
    }
    finishConnection(out);
    return r.ok();
}

bool decodeConnectionPage(
    const QByteArray &body, QVector<Connection> *out, QString *nextCursor, Error *error)
{
    return readConnectionPage(body, out, nextCursor, error);
}

bool decodeConnectionPageDom(
    const QByteArray &body, QVector<Connection> *out, QString *nextCursor, Error *error)
{
    QJsonObject o;
    QJsonArray list;
    nextCursor->clear();
    if (!parseObject(body, &o, error) || !arrayField(o, "connections", &list, error))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("connections[%1]").arg(i);
        if (!list.at(i).isObject()) {
            *error = {path, QStringLiteral("must be an object")};
            return false;
        }
        Connection c;
        if (!decodeConnection(list.at(i).toObject(), &c, error, path))
            return false;
        out->push_back(std::move(c));
    }
    const QJsonValue next = o.value(QLatin1String("next_cursor"));
    if (next.isString())
        *nextCursor = next.toString();
    return true;
}

bool decodeListMeta(const QByteArray &body, ListMeta *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    const QJsonValue total = o.value(QLatin1String("total"));
    out->total = total.isDouble() && total.toDouble() >= 0 ? qint64(total.toDouble()) : -1;
    const QJsonValue token = o.value(QLatin1String("changes_token"));
    out->changesToken = token.isString() ? token.toString() : QString();
    const QJsonValue removed = o.value(QLatin1String("removed"));
    out->isDelta = !removed.isUndefined();
    out->removed.clear();
    if (!out->isDelta)
        return true;
    if (!removed.isArray()) {
        *error = {QStringLiteral("removed"), QStringLiteral("must be an array")};
        return false;
    }
    const QJsonArray ids = removed.toArray();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!ids.at(i).isString() || ids.at(i).toString().isEmpty()) {
            *error = {QStringLiteral("removed[%1]").arg(i), QStringLiteral("must be an id")};
            return false;
        }
        out->removed << ids.at(i).toString();
    }
    return true;
}

bool decodeRuns(const QByteArray &body, QVector<SyncRun> *out, Error *error)
{
    QJsonObject o;
    QJsonArray list;
    if (!parseObject(body, &o, error) || !arrayField(o, "runs", &list, error))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        SyncRun run;
        if (!decodeRun(list.at(i).toObject(), &run, error, QStringLiteral("runs[%1]").arg(i)))
            return false;
        out->push_back(std::move(run));
    }
    return true;
}

bool decodeCatalog(const QByteArray &body, QVector<Connector> *out, Error *error)
{
    QJsonObject o;
    QJsonArray list;
    if (!parseObject(body, &o, error) || !arrayField(o, "connectors", &list, error))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject c = list.at(i).toObject();
        Reader r(c, QStringLiteral("connectors[%1]").arg(i), error);
        Connector k;
        k.type = r.required("type");
        k.name = r.required("name");
        k.category = r.optional("category");
        k.authMethodText = r.required("authMethod");
        k.authMethod = authMethodFromString(k.authMethodText);
        k.scope = scopeFromString(r.optional("scope"));
        k.direction = r.optional("direction");
        k.connectable = c.value(QLatin1String("connectable")).toBool(true);
        k.notConnectableReason = r.optional("not_connectable_reason");
        k.description = r.optional("description");
        const QJsonArray streams = c.value(QLatin1String("streams")).toArray();
        for (const QJsonValue &s : streams)
            k.streams << s.toString();
        if (!r.ok())
            return false;
        out->push_back(std::move(k));
    }
    return true;
}

bool decodeMe(const QByteArray &body, Me *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("me"), error);
    out->userId = r.required("user_id");
    out->name = r.optional("name");
    out->email = r.optional("email");
    out->role = r.required("role");
    out->platformAdmin = r.boolean("platform_admin");
    const QJsonObject ws = o.value(QLatin1String("workspace")).toObject();
    out->workspaceId = ws.value(QLatin1String("id")).toString();
    out->workspaceName = ws.value(QLatin1String("name")).toString();
    out->workspaceSlug = ws.value(QLatin1String("slug")).toString();
    return r.ok();
}

bool decodeMembers(const QByteArray &body, QVector<Member> *out, Error *error)
{
    QJsonObject o;
    QJsonArray list;
    if (!parseObject(body, &o, error) || !arrayField(o, "members", &list, error))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Reader r(list.at(i).toObject(), QStringLiteral("members[%1]").arg(i), error);
        Member m{r.required("user_id"), r.optional("name"), r.optional("email")};
        if (!r.ok())
            return false;
        out->push_back(std::move(m));
    }
    return true;
}

bool decodeState(const QByteArray &body, ConnectionState *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("status"), error);
    out->id = r.required("id");
    out->statusText = r.required("status");
    out->status = connectionStatusFromString(out->statusText);
    out->health = healthFromString(r.optional("health"));
    out->isSyncing = r.boolean("is_syncing");
    out->lastSyncedAtMs = r.time("last_synced_at");
    out->lastError = r.optional("last_error");
    return r.ok();
}

bool decodeSyncAck(const QByteArray &body, SyncAck *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("sync"), error);
    out->connectionId = r.required("connection_id");
    out->syncRunId = r.optional("sync_run_id");
    out->triggeredAtMs = r.time("triggered_at");
    return r.ok();
}

bool decodeConnectResult(const QByteArray &body, ConnectResult *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("result"), error);
    out->mode = r.required("mode");
    out->authorizeUrl = r.optional("authorize_url");
    out->existingId = r.optional("existing_id");
    out->webhookUrl = r.optional("webhook_url");
    out->signingSecret = r.optional("signing_secret");
    if (!r.ok())
        return false;
    if (o.value(QLatin1String("connection")).isObject()) {
        Connection c;
        if (!decodeConnection(o.value(QLatin1String("connection")).toObject(), &c, error))
            return false;
        out->connection = std::move(c);
    }
    if (out->mode == u"oauth_redirect" && out->authorizeUrl.isEmpty()) {
        *error = {QStringLiteral("result.authorize_url"), QStringLiteral("is missing")};
        return false;
    }
    return true;
}

bool decodeResolvedHandle(const QByteArray &body, ResolvedHandle *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("account"), error);
    out->externalAccountId = r.required("external_account_id");
    out->displayName = r.optional("display_name");
    out->followers = clampedInteger<qint64>(r.number("followers"));
    out->avatarUrl = r.optional("avatar_url");
    return r.ok();
}

bool decodeConnectionBody(const QByteArray &body, Connection *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    if (o.value(QLatin1String("connection")).isObject())
        return decodeConnection(o.value(QLatin1String("connection")).toObject(), out, error);
    return decodeConnection(o, out, error);
}

qint64 cadenceSeconds(const QString &cadence)
{
    constexpr qint64 kYear = 366LL * 86400;
    const qint64 unit = cadence.endsWith(u'm') ? 60
        : cadence.endsWith(u'h')               ? 3600
        : cadence.endsWith(u'd')               ? 86400
                                               : 0;
    bool ok = false;
    const qint64 n = cadence.left(cadence.size() - 1).toLongLong(&ok);
    if (!ok || unit == 0 || n <= 0 || n > kYear / unit)
        return 0;
    return n * unit;
}

} // namespace cc::json
