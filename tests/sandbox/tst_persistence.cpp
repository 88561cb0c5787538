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

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
