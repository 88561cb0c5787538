// Each --faults kind is produced as documented, only on API routes, and can be
// switched at run time through the sandbox's control extension.
#include "faults.h"
#include "httpclient.h"
#include "httpserver.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void specParsing_data();
    void specParsing();
    void latency();
    void serverErrors();
    void burstOf429WithRetryAfter();
    void malformedJson();
    void truncatedJson();
    void runnerOutage();
    void switchedAtRunTime();
    void onlyThePlatformAdminSwitchesFaults();
    void aRestartReplacesTheLauncherKey();
    void badSpecStopsTheSandbox();
    void logRedactsSecretParameters();

private:
    HttpClient m_http;
};

void TestFaults::specParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("all") << "latency=200ms,5xx=0.1,burst429=3/"
                            "10,retry-after=5,malformed=0.2,truncated=0.3,runner=down"
                         << true;
    QTest::newRow("seconds") << "latency=2s" << true;
    QTest::newRow("unknown") << "earthquake=1" << false;
    QTest::newRow("rate above 1") << "5xx=1.5" << false;
    QTest::newRow("burst larger than period") << "burst429=5/2" << false;
    QTest::newRow("bad latency") << "latency=fast" << false;
}

void TestFaults::specParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    sandbox::FaultSpec parsed;
    QString error;
    QCOMPARE(sandbox::FaultSpec::parse(spec, &parsed, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        sandbox::FaultSpec again;
        QVERIFY(sandbox::FaultSpec::parse(parsed.toString(), &again, &error));
        QCOMPARE(again.toString(), parsed.toString());
    }
}

void TestFaults::latency()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("latency=400ms")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    QElapsedTimer t;
    t.start();
    QCOMPARE(m_http.get(sb.api(QStringLiteral("/me")), sb.apiKey()).status, 200);
    QVERIFY2(t.elapsed() >= 400, qPrintable(QString::number(t.elapsed())));
    // A client whose timeout is shorter than the latency sees a timeout.
    const HttpResult timedOut
        = m_http.send("GET", sb.api(QStringLiteral("/me")), sb.apiKey(), {}, {}, 100);
    QCOMPARE(timedOut.error, QNetworkReply::OperationCanceledError);
}

void TestFaults::serverErrors()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("5xx=1")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    for (int i = 0; i < 5; ++i) {
        const HttpResult r = m_http.get(sb.api(QStringLiteral("/connections")), sb.apiKey());
        QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503,
            qPrintable(QString::number(r.status)));
        QCOMPARE(r.errorCode(), QStringLiteral("internal_error"));
    }
    // Pages are exempt: a browser flow still works.
    QCOMPARE(
        m_http.get(sb.url(QStringLiteral("/.well-known/oauth-authorization-server"))).status, 200);
}

void TestFaults::burstOf429WithRetryAfter()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("burst429=2/4,retry-after=7")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    QList<int> statuses;
    for (int i = 0; i < 6; ++i) {
        const HttpResult r = m_http.get(sb.api(QStringLiteral("/me")), sb.apiKey());
        statuses << r.status;
        if (r.status == 429) {
            QCOMPARE(r.header("Retry-After"), QByteArray("7"));
            QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
        }
    }
    QCOMPARE(statuses, (QList<int>{429, 429, 200, 200, 429, 429}));
}

void TestFaults::malformedJson()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("malformed=1")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const HttpResult r = m_http.get(sb.api(QStringLiteral("/connections")), sb.apiKey());
    QCOMPARE(r.status, 200);
    QJsonParseError pe;
    QJsonDocument::fromJson(r.body, &pe);
    QVERIFY(pe.error != QJsonParseError::NoError);
}

void TestFaults::truncatedJson()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("truncated=1"),
        QStringLiteral("--seed"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const HttpResult r = m_http.get(sb.api(QStringLiteral("/connections")), sb.apiKey());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError); // framing is intact, the JSON is not
    QVERIFY(r.body.startsWith("{\"connections\":["));
    QJsonParseError pe;
    QJsonDocument::fromJson(r.body, &pe);
    QVERIFY(pe.error != QJsonParseError::NoError);
}

void TestFaults::runnerOutage()
{
    SandboxProcess sb({QStringLiteral("--faults"), QStringLiteral("runner=down"),
        QStringLiteral("--seed"), QStringLiteral("demo")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const QJsonArray list = m_http.get(sb.api(QStringLiteral("/connections")), sb.apiKey())
                                .json()[QStringLiteral("connections")]
                                .toArray();
    QVERIFY(!list.isEmpty());
    const QString id = list.first()[QStringLiteral("id")].toString();
    const HttpResult r = m_http.send("POST",
        sb.api(QStringLiteral("/connections/") + id + QStringLiteral("/sync")), sb.apiKey());
    QCOMPARE(r.status, 503);
    QCOMPARE(r.errorCode(), QStringLiteral("runner_unavailable"));
    QVERIFY(r.header("Retry-After").toInt() > 0);
}

void TestFaults::switchedAtRunTime()
{
    SandboxProcess sb({QStringLiteral("--viewer-key"), QStringLiteral("demo=faults-viewer-key")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const QUrl faults = sb.url(QStringLiteral("/api/sandbox/faults"));
    // Only a platform admin may switch the server-wide faults.
    const HttpResult refused
        = m_http.send("PUT", faults, QStringLiteral("faults-viewer-key"), R"({"faults":"5xx=1"})");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(m_http.get(faults, QStringLiteral("faults-viewer-key")).status, 403);
    QCOMPARE(m_http.get(sb.api(QStringLiteral("/me")), sb.apiKey()).status, 200);
    HttpResult r = m_http.send("PUT", faults, sb.apiKey(), R"({"faults":"5xx=1"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("faults")).toString(), QStringLiteral("5xx=1"));
    QVERIFY(m_http.get(sb.api(QStringLiteral("/me")), sb.apiKey()).status >= 500);
    // The control endpoint itself is never faulted, so it can switch faults off.
    r = m_http.send("PUT", faults, sb.apiKey(), R"({"faults":""})");
    QCOMPARE(r.status, 200);
    QCOMPARE(m_http.get(sb.api(QStringLiteral("/me")), sb.apiKey()).status, 200);
    r = m_http.send("PUT", faults, sb.apiKey(), R"({"faults":"tornado=1"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()[QStringLiteral("details")][0][QStringLiteral("field")].toString(),
        QStringLiteral("faults"));
}

void TestFaults::onlyThePlatformAdminSwitchesFaults()
{
    // Two workspaces: the second one's admin may write its own workspace, not
    // the server-wide faults.
    SandboxProcess sb({QStringLiteral("--workspace"), QStringLiteral("acme=acme-admin-key-f1"),
        QStringLiteral("--workspace"), QStringLiteral("globex=globex-admin-key-f2")});
    QString error;
    QVERIFY2(sb.start(&error), qPrintable(error));
    const QUrl faults = sb.url(QStringLiteral("/api/sandbox/faults"));
    const HttpResult refused = m_http.send(
        "PUT", faults, QStringLiteral("globex-admin-key-f2"), R"({"faults":"5xx=1"})");
    QCOMPARE(refused.status, 403);
    QCOMPARE(
        m_http.get(sb.api(QStringLiteral("/me")), QStringLiteral("globex-admin-key-f2")).status,
        200);
    QCOMPARE(
        m_http.send("PUT", faults, QStringLiteral("acme-admin-key-f1"), R"({"faults":""})").status,
        200);
}

void TestFaults::aRestartReplacesTheLauncherKey()
{
    // What the console's --sandbox does: no --workspace, the same database.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sandbox.sqlite"));
    QString first;
    {
        SandboxProcess sb({QStringLiteral("--database"), db});
        QString error;
        QVERIFY2(sb.start(&error), qPrintable(error));
        first = sb.apiKey();
        QCOMPARE(m_http.get(sb.api(QStringLiteral("/me")), first).status, 200);
    }
    SandboxProcess again({QStringLiteral("--database"), db});
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    QVERIFY(again.apiKey() != first);
    QCOMPARE(m_http.get(again.api(QStringLiteral("/me")), again.apiKey()).status, 200);
    // The previous start's key no longer works.
    QCOMPARE(m_http.get(again.api(QStringLiteral("/me")), first).status, 401);
}

void TestFaults::badSpecStopsTheSandbox()
{
    QProcess p;
    p.start(SandboxProcess::executable(),
        {QStringLiteral("--faults"), QStringLiteral("5xx=2"), QStringLiteral("--database"),
            QStringLiteral(":memory:")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("5xx"));
}

void TestFaults::logRedactsSecretParameters()
{
    const QString target = sandbox::HttpServer::redactedTarget(QUrl(QStringLiteral(
        "http://127.0.0.1/oauth/providers/callback?state=s3cr3t&code=c0d3&provider=hubspot")));
    QVERIFY(!target.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!target.contains(QStringLiteral("c0d3")));
    QVERIFY(target.contains(QStringLiteral("provider=hubspot")));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
