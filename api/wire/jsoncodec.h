#pragma once

#include "records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// Decoding of the contract's JSON into records. Tolerant where the contract
// says a platform may differ (unknown fields ignored, unknown enum values kept
// as Unknown, optional fields of the wrong type treated as absent), strict
// where it must be: a missing or wrong-typed required field fails and names
// the field, e.g. "connections[3].id". Pure functions, safe on any thread.
namespace cc::json {

struct Error
{
    QString field; // empty for a body that is not JSON at all
    QString message;
    QString text() const;
};

bool parseObject(const QByteArray &body, QJsonObject *out, Error *error);

bool decodeConnection(const QJsonObject &o, Connection *out, Error *error,
    const QString &path = QStringLiteral("connection"));
bool decodeRun(const QJsonObject &o, SyncRun *out, Error *error, const QString &path);
// {"connections":[...], "next_cursor"?}
bool decodeConnectionPage(
    const QByteArray &body, QVector<Connection> *out, QString *nextCursor, Error *error);
// The same page decoded through QJsonDocument and decodeConnection(): the
// reference the streaming decoder is held to (tst_wire's differential test).
// About three times slower; not used on the hot path.
bool decodeConnectionPageDom(
    const QByteArray &body, QVector<Connection> *out, QString *nextCursor, Error *error);
// What a listing says around its rows (the sandbox's documented extensions):
// "total" on a paged list, "changes_token" where GET
// /connections?changed_since is offered, and "removed" in a delta. Absent or
// wrong-typed total and changes_token are treated as not offered; "removed",
// when present, must be an array of strings.
struct ListMeta
{
    qint64 total = -1;
    QString changesToken;
    bool isDelta = false; // "removed" was present
    QStringList removed;
};
bool decodeListMeta(const QByteArray &body, ListMeta *out, Error *error);
bool decodeRuns(const QByteArray &body, QVector<SyncRun> *out, Error *error);
bool decodeCatalog(const QByteArray &body, QVector<Connector> *out, Error *error);
bool decodeMe(const QByteArray &body, Me *out, Error *error);
bool decodeMembers(const QByteArray &body, QVector<Member> *out, Error *error);
bool decodeState(const QByteArray &body, ConnectionState *out, Error *error);
bool decodeSyncAck(const QByteArray &body, SyncAck *out, Error *error);
bool decodeConnectResult(const QByteArray &body, ConnectResult *out, Error *error);
bool decodeResolvedHandle(const QByteArray &body, ResolvedHandle *out, Error *error);
// PATCH's {"updated":true,"connection":{...}} and GET /connections/:id.
bool decodeConnectionBody(const QByteArray &body, Connection *out, Error *error);

qint64 parseTimestamp(const QString &iso); // 0 when empty or invalid
// A connector cadence ("15m", "6h", "1d") in seconds; 0 when it is not one,
// or longer than a year (no n * unit overflows).
qint64 cadenceSeconds(const QString &cadence);
// Fills the derived field (fingerprint) once the others are set.
void finishConnection(Connection *c);

} // namespace cc::json
