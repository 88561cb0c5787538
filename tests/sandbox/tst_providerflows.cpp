// The fake OAuth providers behind connector connect / reconnect: consent page,
// Approve and Deny, the platform callback, return_to handling and the row's
// way from pending through its first sync to connected.
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

class TestProviderFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void approveGoesThroughFirstSyncToConnected();
    void denyReturnsAccessDenied();
    void foreignReturnToFallsBackToOwnPage();
    void resultPageEscapesErrorCode();
    void reconnectNeedsReauthKeepsIdAndHistory();
    void autoApproveSkipsTheConsentPage();

private:
    QJsonObject connect(const QString &type, const QString &returnTo);
    // Answers the consent page, follows the provider's redirect to the
    // platform callback, and returns the callback's answer.
    HttpResult consent(const QString &authorizeUrl, const QString &decision);
    QString idOf(const QString &name);

    SandboxProcess m_sandbox{{QStringLiteral("--seed"), QStringLiteral("demo"),
        QStringLiteral("--time-scale"), QStringLiteral("200")}};
    HttpClient m_http;
};

void TestProviderFlows::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
}

QJsonObject TestProviderFlows::connect(const QString &type, const QString &returnTo)
{
    QJsonObject body{{QStringLiteral("connector_type"), type}};
    if (!returnTo.isEmpty())
        body.insert(QStringLiteral("return_to"), returnTo);
    return m_http.postJson(m_sandbox.api(QStringLiteral("/connections")), m_sandbox.apiKey(), body)
        .json();
}

HttpResult TestProviderFlows::consent(const QString &authorizeUrl, const QString &decision)
{
    const HttpResult page = m_http.get(QUrl(authorizeUrl));
    if (page.status != 200)
        return page;
    const QString state = QUrlQuery(QUrl(authorizeUrl)).queryItemValue(QStringLiteral("state"));
    const HttpResult answer = m_http.postForm(QUrl(authorizeUrl),
        "state=" + QUrl::toPercentEncoding(state) + "&decision=" + decision.toLatin1());
    if (answer.status != 302)
        return answer;
    return m_http.get(QUrl::fromEncoded(answer.header("Location")));
}

QString TestProviderFlows::idOf(const QString &name)
{
    const QJsonArray all
        = m_http.get(m_sandbox.api(QStringLiteral("/connections")), m_sandbox.apiKey())
              .json()
              .value(QStringLiteral("connections"))
              .toArray();
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

void TestProviderFlows::approveGoesThroughFirstSyncToConnected()
{
    const QJsonObject started = connect(
        QStringLiteral("hubspot"), QStringLiteral("http://127.0.0.1:45678/cb?nonce=n-123"));
    const QString id = started[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const QString authorizeUrl = started[QStringLiteral("authorize_url")].toString();

    const HttpResult page = m_http.get(QUrl(authorizeUrl));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(page.body.contains("Approve"));
    QVERIFY(page.body.contains("Deny"));
    QVERIFY(page.body.contains("HubSpot"));
    QVERIFY(!page.body.contains("<script"));

    const HttpResult back = consent(authorizeUrl, QStringLiteral("approve"));
    QCOMPARE(back.status, 302);
    const QUrl location = QUrl::fromEncoded(back.header("Location"));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), 45678);
    QCOMPARE(location.path(), QStringLiteral("/cb"));
    const QUrlQuery q(location);
    QCOMPARE(q.queryItemValue(QStringLiteral("nonce")), QStringLiteral("n-123"));
    QCOMPARE(q.queryItemValue(QStringLiteral("connected")), QStringLiteral("hubspot"));

    const QUrl status = m_sandbox.api(QStringLiteral("/connections/") + id);
    // The first sync runs at once (triggered_by connect). The simulation fails a clean
    // connection's sync transiently 1 time in 100: then the connection is in error with
    // that reason, and the next scheduled sync (1 h cadence = 18 s here) connects it.
    QJsonObject c;
    QTRY_VERIFY_WITH_TIMEOUT(
        (c = m_http.get(status, m_sandbox.apiKey()).json(),
            c[QStringLiteral("last_run")][QStringLiteral("status")].toString() != u"running"),
        15000);
    QCOMPARE(c[QStringLiteral("last_run")][QStringLiteral("triggered_by")].toString(),
        QStringLiteral("connect"));
    if (c[QStringLiteral("last_run")][QStringLiteral("status")].toString() == u"failed") {
        QCOMPARE(c[QStringLiteral("last_run")][QStringLiteral("error_reason")].toString(),
            QStringLiteral("transient"));
        QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("error"));
        QTRY_VERIFY_WITH_TIMEOUT((c = m_http.get(status, m_sandbox.apiKey()).json(),
                                     c[QStringLiteral("status")].toString() == u"connected"),
            30000);
    }
    QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("connected"));
    QVERIFY(!c.value(QStringLiteral("last_synced_at")).isNull());

    // The state is single use: replaying the callback finds nothing.
    const HttpResult replay = consent(authorizeUrl, QStringLiteral("approve"));
    QCOMPARE(replay.status, 400);
}

void TestProviderFlows::denyReturnsAccessDenied()
{
    const QJsonObject started
        = connect(QStringLiteral("salesforce"), QStringLiteral("http://[::1]:40000/done"));
    const QString id = started[QStringLiteral("connection")][QStringLiteral("id")].toString();
    const HttpResult back
        = consent(started[QStringLiteral("authorize_url")].toString(), QStringLiteral("deny"));
    QCOMPARE(back.status, 302);
    const QUrl location = QUrl::fromEncoded(back.header("Location"));
    QCOMPARE(location.host(), QStringLiteral("::1"));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("connection_error")),
        QStringLiteral("access_denied"));
    QVERIFY(!QUrlQuery(location).hasQueryItem(QStringLiteral("connected")));
    QCOMPARE(m_http.get(m_sandbox.api(QStringLiteral("/connections/") + id), m_sandbox.apiKey())
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("pending"));
}

void TestProviderFlows::foreignReturnToFallsBackToOwnPage()
{
    for (const QString &rt :
        {QStringLiteral("https://evil.example/cb"), QStringLiteral("http://localhost:5000/cb"),
            QStringLiteral("http://127.0.0.1.evil.example/cb")}) {
        const QJsonObject started = connect(QStringLiteral("slack"), rt);
        const HttpResult back = consent(
            started[QStringLiteral("authorize_url")].toString(), QStringLiteral("approve"));
        QCOMPARE(back.status, 200);
        QVERIFY(back.header("Location").isEmpty());
        QVERIFY(back.body.contains("is connected"));
        QCOMPARE(back.header("Referrer-Policy"), QByteArray("no-referrer"));
    }
    // No return_to at all: the same page.
    const QJsonObject none = connect(QStringLiteral("notion"), QString());
    QCOMPARE(
        consent(none[QStringLiteral("authorize_url")].toString(), QStringLiteral("deny")).status,
        200);
}

void TestProviderFlows::resultPageEscapesErrorCode()
{
    const QJsonObject started
        = connect(QStringLiteral("gong"), QStringLiteral("https://evil.example/"));
    const QString state = QUrlQuery(QUrl(started[QStringLiteral("authorize_url")].toString()))
                              .queryItemValue(QStringLiteral("state"));
    QUrl callback = m_sandbox.url(QStringLiteral("/oauth/providers/callback"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("error"), QStringLiteral("<img src=x onerror=alert(1)>"));
    callback.setQuery(q);
    const HttpResult page = m_http.get(callback);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<img src=x"));
    QVERIFY(page.body.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

void TestProviderFlows::reconnectNeedsReauthKeepsIdAndHistory()
{
    const QString bob = idOf(QStringLiteral("Bob's Gmail"));
    QVERIFY(!bob.isEmpty());
    const QUrl url = m_sandbox.api(QStringLiteral("/connections/") + bob);
    QCOMPARE(m_http.get(url, m_sandbox.apiKey()).json().value(QStringLiteral("health")).toString(),
        QStringLiteral("needs_reauth"));
    const QUrl runsUrl
        = m_sandbox.api(QStringLiteral("/connections/") + bob + QStringLiteral("/runs?limit=100"));
    const QJsonArray before
        = m_http.get(runsUrl, m_sandbox.apiKey()).json().value(QStringLiteral("runs")).toArray();

    const HttpResult r = m_http.send("POST",
        m_sandbox.api(QStringLiteral("/connections/") + bob + QStringLiteral("/reconnect")),
        m_sandbox.apiKey(), R"({"return_to":"http://127.0.0.1:40001/cb"})");
    QCOMPARE(r.status, 200);
    const HttpResult back = consent(
        r.json().value(QStringLiteral("authorize_url")).toString(), QStringLiteral("approve"));
    QCOMPARE(back.status, 302);
    QCOMPARE(QUrlQuery(QUrl::fromEncoded(back.header("Location")))
                 .queryItemValue(QStringLiteral("connected")),
        QStringLiteral("gmail"));

    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(url, m_sandbox.apiKey()).json().value(QStringLiteral("status")).toString(),
        QStringLiteral("connected"), 30000);
    const QJsonObject after = m_http.get(url, m_sandbox.apiKey()).json();
    QCOMPARE(after.value(QStringLiteral("id")).toString(), bob);
    QVERIFY(after.value(QStringLiteral("health")).toString() != u"needs_reauth");
    const QJsonArray runsAfter
        = m_http.get(runsUrl, m_sandbox.apiKey()).json().value(QStringLiteral("runs")).toArray();
    // The fast simulation may already have started a scheduled run on top:
    // look for the reconnect run among the runs newer than the old history.
    const QString oldNewest = before.at(0)[QStringLiteral("id")].toString();
    qsizetype oldAt = -1;
    bool reconnected = false;
    for (qsizetype i = 0; i < runsAfter.size() && oldAt < 0; ++i) {
        if (runsAfter.at(i)[QStringLiteral("id")].toString() == oldNewest)
            oldAt = i;
        else
            reconnected = reconnected
                || runsAfter.at(i)[QStringLiteral("triggered_by")].toString() == u"reconnect";
    }
    QVERIFY2(oldAt >= 1, "the history before the reconnect is kept");
    QVERIFY(reconnected);
}

void TestProviderFlows::autoApproveSkipsTheConsentPage()
{
    SandboxProcess auto_(
        {QStringLiteral("--auto-approve"), QStringLiteral("--time-scale"), QStringLiteral("2000")});
    QString error;
    QVERIFY2(auto_.start(&error), qPrintable(error));
    const QJsonObject started
        = m_http
              .postJson(auto_.api(QStringLiteral("/connections")), auto_.apiKey(),
                  {{QStringLiteral("connector_type"), QStringLiteral("notion")},
                      {QStringLiteral("return_to"), QStringLiteral("http://127.0.0.1:40002/cb")}})
              .json();
    const HttpResult first = m_http.get(QUrl(started[QStringLiteral("authorize_url")].toString()));
    QCOMPARE(first.status, 302);
    const HttpResult back = m_http.get(QUrl::fromEncoded(first.header("Location")));
    QCOMPARE(back.status, 302);
    QCOMPARE(QUrlQuery(QUrl::fromEncoded(back.header("Location")))
                 .queryItemValue(QStringLiteral("connected")),
        QStringLiteral("notion"));
}

QTEST_GUILESS_MAIN(TestProviderFlows)
#include "tst_providerflows.moc"
