// The sandbox keeps its state in SQLite (WAL) across real process restarts,
// after a clean stop and after a crash, and a restart does not re-seed.
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestPersistence : public QObject
{
    Q_OBJECT

private slots:
    void survivesRestartAndCrash();
    void walMode();
    void integrationsFollowTheUpstream();
};

namespace {
const QString kKey = QStringLiteral("persist-admin-key-1");
QStringList args(const QString &db)
{
    return {QStringLiteral("--database"), db, QStringLiteral("--workspace"),
        QStringLiteral("acme=") + kKey, QStringLiteral("--seed"), QStringLiteral("demo")};
}
} // namespace

void TestPersistence::survivesRestartAndCrash()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("sandbox.sqlite"));
    HttpClient http;
    QString id;
    int count = 0;
    {
        SandboxProcess first(args(db));
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        const HttpResult created = http.postJson(first.api(QStringLiteral("/connections")), kKey,
            {{QStringLiteral("connector_type"), QStringLiteral("pipedrive")},
                {QStringLiteral("api_key"), QStringLiteral("pipedrive-key-1")},
                {QStringLiteral("name"), QStringLiteral("Survivor")}});
        QCOMPARE(created.status, 201);
        id = created.json()[QStringLiteral("connection")][QStringLiteral("id")].toString();
        count = http.get(first.api(QStringLiteral("/connections")), kKey)
                    .json()[QStringLiteral("connections")]
                    .toArray()
                    .size();
        QVERIFY(count > 25);
        first.stop();
    }
    {
        SandboxProcess second(args(db));
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        const HttpResult got = http.get(second.api(QStringLiteral("/connections/") + id), kKey);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(QStringLiteral("name")).toString(), QStringLiteral("Survivor"));
        QCOMPARE(http.get(second.api(QStringLiteral("/connections")), kKey)
                     .json()[QStringLiteral("connections")]
                     .toArray()
                     .size(),
            count);
        QCOMPARE(http.send("PATCH", second.api(QStringLiteral("/connections/") + id), kKey,
                         R"({"name":"Survivor 2"})")
                     .status,
            200);
        second.kill(); // no clean shutdown
    }
    {
        SandboxProcess third(args(db));
        QString error;
        QVERIFY2(third.start(&error), qPrintable(error));
        QCOMPARE(http.get(third.api(QStringLiteral("/connections/") + id), kKey)
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Survivor 2"));
        QCOMPARE(http.get(third.api(QStringLiteral("/connections")), kKey)
                     .json()[QStringLiteral("connections")]
                     .toArray()
                     .size(),
            count);
    }
}

void TestPersistence::walMode()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("wal.sqlite"));
    SandboxProcess sb(args(db));
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    QVERIFY(QFile::exists(db + QStringLiteral("-wal")));
}

// Each start gets a new fake upstream port; the seeded integrations stored
// with the old one are pointed at the new one, so their endpoints still answer.
void TestPersistence::integrationsFollowTheUpstream()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("upstream.sqlite"));
    HttpClient http;
    const auto searchPatients = [&http](const SandboxProcess &sb) {
        const QString ws = http.get(sb.api(QStringLiteral("/me")), kKey)
                               .json()[QStringLiteral("workspace")][QStringLiteral("id")]
                               .toString();
        const QJsonArray items
            = http.get(sb.url(
                           QStringLiteral("/v1/%1/integrations?limit=20&search=fhir_patient_search")
                               .arg(ws)),
                      kKey)
                  .json()[QStringLiteral("items")]
                  .toArray();
        QString id;
        for (const QJsonValue &i : items) {
            if (i[QStringLiteral("name")].toString() == u"fhir_patient_search")
                id = i[QStringLiteral("id")].toString();
        }
        return http
            .send("POST",
                sb.url(QStringLiteral("/v1/%1/integrations/%2/endpoints/search_patients/test")
                           .arg(ws, id)),
                kKey, R"({"params":{"name":"hopper"}})")
            .json();
    };
    {
        SandboxProcess first(args(db));
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QCOMPARE(searchPatients(first)[QStringLiteral("status_code")].toInt(), 200);
        first.stop();
        QVERIFY2(!first.log().contains("query failed"), first.log().constData());
    }
    SandboxProcess second(args(db));
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    const QJsonObject t = searchPatients(second);
    QCOMPARE(t[QStringLiteral("status_code")].toInt(), 200);
    QVERIFY(t[QStringLiteral("error")].isNull());
    QVERIFY2(!second.log().contains("query failed"), second.log().constData());
}

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
