// Decoding: unknown fields and enum values tolerated, wrong types of required
// fields named, truncated bodies reported.
#include "jsoncodec.h"
#include "records.h"

#include <QTest>

using namespace cc;

class TestJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void cadences_data();
    void cadences();
    void unknownFieldsAndEnumValues();
    void wrongTypeNamesTheField_data();
    void wrongTypeNamesTheField();
    void truncatedAndNotJson();
    void optionalFieldsOfWrongTypeAreIgnored();
    void connectResultModes();
    void everyWireValueIsKnown();
};

static const QByteArray kRow
    = R"({"id":"con_1","kind":"first_party","connector_type":"hubspot","name":"A",
 "status":"connected","scope":"business","last_synced_at":"2026-11-20T10:00:00.000Z","last_error":null,
 "is_syncing":false,"health":"healthy","owner_user_id":null,
 "last_run":{"id":"run_1","status":"completed","triggered_by":"schedule","started_at":"2026-11-20T09:59:00Z",
 "finished_at":"2026-11-20T10:00:00Z","streams_total":4,"streams_failed":0,"records_written":120,"error_reason":null}})";

void TestJsonCodec::unknownFieldsAndEnumValues()
{
    QByteArray body = "{\"connections\":[" + kRow + ","
        + QByteArray(R"({"id":"con_2","connector_type":"future","name":"B","status":"hibernating",
          "health":"sparkly","brand_new_field":{"x":1},"last_run":{"status":"teleported"}})")
        + "],\"extra\":true}";
    QVector<Connection> rows;
    QString next;
    json::Error error;
    QVERIFY2(json::decodeConnectionPage(body, &rows, &next, &error), qPrintable(error.text()));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].health, Health::Healthy);
    QCOMPARE(rows[0].lastRun->recordsWritten, 120);
    QCOMPARE(rows[0].lastSyncedAtMs,
        QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00Z"), Qt::ISODate)
            .toMSecsSinceEpoch());
    QCOMPARE(rows[1].health, Health::Unknown);
    QCOMPARE(rows[1].healthText(), QStringLiteral("sparkly"));
    QCOMPARE(rows[1].status, ConnectionStatus::Unknown);
    QCOMPARE(rows[1].lastRun->status, RunStatus::Unknown);
    QVERIFY(next.isEmpty());
}

void TestJsonCodec::wrongTypeNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("id number") << QByteArray(
        R"({"connections":[{"id":5,"connector_type":"a","name":"n","status":"connected"}]})")
                               << "connections[0].id";
    QTest::newRow("name missing") << QByteArray(
        R"({"connections":[{"id":"x","connector_type":"a","status":"connected"}]})")
                                  << "connections[0].name";
    QTest::newRow("second row status") << QByteArray("{\"connections\":[" + kRow
        + R"(,{"id":"y","connector_type":"a","name":"n","status":[]}]})")
                                       << "connections[1].status";
    QTest::newRow("run status") << QByteArray(
        R"({"connections":[{"id":"x","connector_type":"a","name":"n","status":"connected","last_run":{"status":7}}]})")
                                << "connections[0].last_run.status";
    QTest::newRow("not an array") << QByteArray(R"({"connections":{}})") << "connections";
}

void TestJsonCodec::wrongTypeNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QVector<Connection> rows;
    QString next;
    json::Error error;
    QVERIFY(!json::decodeConnectionPage(body, &rows, &next, &error));
    QCOMPARE(error.field, field);
    QVERIFY(error.text().startsWith(field));
}

void TestJsonCodec::truncatedAndNotJson()
{
    const QByteArray full = "{\"connections\":[" + kRow + "]}";
    QVector<Connection> rows;
    QString next;
    json::Error error;
    QVERIFY(!json::decodeConnectionPage(full.left(full.size() / 2), &rows, &next, &error));
    QVERIFY(error.field.isEmpty());
    QVERIFY(error.message.contains(QStringLiteral("not valid JSON")));
    QVERIFY(!json::decodeConnectionPage("<html>502</html>", &rows, &next, &error));
    QVERIFY(!json::decodeConnectionPage("[]", &rows, &next, &error));
    QCOMPARE(error.message, QStringLiteral("is not a JSON object"));
}

void TestJsonCodec::optionalFieldsOfWrongTypeAreIgnored()
{
    Connection c;
    json::Error error;
    QVERIFY(json::decodeConnectionBody(
        R"({"id":"x","connector_type":"a","name":"n","status":"connected",
        "last_error":42,"is_syncing":"yes","last_synced_at":"yesterday"})",
        &c, &error));
    QVERIFY(c.lastError.isEmpty());
    QCOMPARE(c.isSyncing, false);
    QCOMPARE(c.lastSyncedAtMs, 0);
}

void TestJsonCodec::connectResultModes()
{
    ConnectResult r;
    json::Error error;
    QVERIFY(!json::decodeConnectResult(R"({"mode":"oauth_redirect"})", &r, &error));
    QCOMPARE(error.field, QStringLiteral("result.authorize_url"));
    QVERIFY(json::decodeConnectResult(
        R"({"mode":"already_connected","existing_id":"con_9"})", &r, &error));
    QCOMPARE(r.existingId, QStringLiteral("con_9"));
}

void TestJsonCodec::everyWireValueIsKnown()
{
    // Every value connections-api.md lists decodes to its own enum value, never
    // to Unknown: a spelling drift between the contract and the code fails here.
    const QList<QPair<const char *, Health>> health = {{"disconnected", Health::Disconnected},
        {"needs_reauth", Health::NeedsReauth}, {"syncing", Health::Syncing},
        {"rate_limited", Health::RateLimited}, {"error", Health::Error},
        {"degraded", Health::Degraded}, {"stale", Health::Stale}, {"healthy", Health::Healthy}};
    for (const auto &[wire, value] : health) {
        QCOMPARE(healthFromString(QString::fromLatin1(wire)), value);
        QCOMPARE(healthToString(value), QString::fromLatin1(wire));
    }
    QCOMPARE(allHealthValues().size(), health.size()); // and nothing the contract lacks
    const QList<QPair<const char *, ConnectionStatus>> status
        = {{"pending", ConnectionStatus::Pending}, {"connected", ConnectionStatus::Connected},
            {"syncing", ConnectionStatus::Syncing}, {"error", ConnectionStatus::Error},
            {"paused", ConnectionStatus::Paused}, {"disconnected", ConnectionStatus::Disconnected}};
    for (const auto &[wire, value] : status)
        QCOMPARE(connectionStatusFromString(QString::fromLatin1(wire)), value);
    const QList<QPair<const char *, RunStatus>> runs = {{"pending", RunStatus::Pending},
        {"running", RunStatus::Running}, {"completed", RunStatus::Completed},
        {"failed", RunStatus::Failed}, {"skipped_locked", RunStatus::SkippedLocked}};
    for (const auto &[wire, value] : runs)
        QCOMPARE(runStatusFromString(QString::fromLatin1(wire)), value);
    const QList<QPair<const char *, AuthMethod>> methods
        = {{"oauth_redirect", AuthMethod::OAuthRedirect}, {"api_key", AuthMethod::ApiKey},
            {"webhook", AuthMethod::Webhook}, {"handle", AuthMethod::Handle}};
    for (const auto &[wire, value] : methods)
        QCOMPARE(authMethodFromString(QString::fromLatin1(wire)), value);
    // And only those: a near miss is Unknown.
    QCOMPARE(healthFromString(u"Healthy"), Health::Unknown);
    QCOMPARE(healthFromString(u"needs-reauth"), Health::Unknown);
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"

void TestJsonCodec::cadences_data()
{
    QTest::addColumn<QString>("cadence");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("minutes") << "15m" << qint64(900);
    QTest::newRow("hours") << "6h" << qint64(21600);
    QTest::newRow("a day") << "1d" << qint64(86400);
    QTest::newRow("a year of days") << "366d" << qint64(31622400);
    QTest::newRow("past a year") << "367d" << qint64(0);
    // n * unit would overflow a qint64: refused, not wrapped.
    QTest::newRow("overflow") << "9223372036854775807d" << qint64(0);
    QTest::newRow("huge minutes") << "153722867280912931m" << qint64(0);
    QTest::newRow("zero") << "0h" << qint64(0);
    QTest::newRow("negative") << "-5m" << qint64(0);
    QTest::newRow("no unit") << "15" << qint64(0);
    QTest::newRow("empty") << "" << qint64(0);
    QTest::newRow("not a number") << "xh" << qint64(0);
}

void TestJsonCodec::cadences()
{
    QFETCH(QString, cadence);
    QFETCH(qint64, seconds);
    QCOMPARE(json::cadenceSeconds(cadence), seconds);
}
