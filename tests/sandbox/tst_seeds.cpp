// --seed demo tells the stories the issue asks for; --seed scale:N makes N
// rows; and a given --random-seed replays the same workspace.
#include "httpclient.h"
#include "sandboxprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

class TestSeeds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoStories();
    void demoPeopleAndHandles();
    void scaleCountAndDeterminism();

private:
    QJsonObject byName(const QString &name);
    QJsonArray runs(const QString &id);

    SandboxProcess m_sandbox{{QStringLiteral("--seed"), QStringLiteral("demo")}};
    HttpClient m_http;
    QJsonArray m_all;
};

void TestSeeds::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_all = m_http.get(m_sandbox.api(QStringLiteral("/connections")), m_sandbox.apiKey())
                .json()[QStringLiteral("connections")]
                .toArray();
    QVERIFY(m_all.size() >= 24 && m_all.size() <= 30);
}

QJsonObject TestSeeds::byName(const QString &name)
{
    for (const QJsonValue &v : std::as_const(m_all)) {
        if (v[QStringLiteral("name")].toString() == name)
            return v.toObject();
    }
    return {};
}

QJsonArray TestSeeds::runs(const QString &id)
{
    return m_http
        .get(
            m_sandbox.api(QStringLiteral("/connections/") + id + QStringLiteral("/runs?limit=100")),
            m_sandbox.apiKey())
        .json()[QStringLiteral("runs")]
        .toArray();
}

void TestSeeds::demoStories()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto at = [](const QJsonValue &v) {
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    };

    // Revoked yesterday: needs_reauth, the failing run about a day ago.
    const QJsonObject bob = byName(QStringLiteral("Bob's Gmail"));
    QCOMPARE(bob[QStringLiteral("health")].toString(), QStringLiteral("needs_reauth"));
    QCOMPARE(bob[QStringLiteral("last_run")][QStringLiteral("error_reason")].toString(),
        QStringLiteral("auth"));
    const qint64 revokedHoursAgo
        = at(bob[QStringLiteral("last_run")][QStringLiteral("started_at")]).secsTo(now) / 3600;
    QVERIFY2(revokedHoursAgo >= 12 && revokedHoursAgo <= 36,
        qPrintable(QString::number(revokedHoursAgo)));

    // Went stale last week: the last good sync is 5-8 days old, runs since are skipped.
    const QJsonObject notion = byName(QStringLiteral("Notion wiki"));
    QCOMPARE(notion[QStringLiteral("health")].toString(), QStringLiteral("stale"));
    const qint64 staleDays = at(notion[QStringLiteral("last_synced_at")]).daysTo(now);
    QVERIFY2(staleDays >= 5 && staleDays <= 8, qPrintable(QString::number(staleDays)));
    QCOMPARE(notion[QStringLiteral("last_run")][QStringLiteral("status")].toString(),
        QStringLiteral("skipped_locked"));

    // Rate-limited most afternoons: every rate_limit failure starts 12:00-17:59 UTC, and there are
    // many.
    const QJsonObject gong = byName(QStringLiteral("Gong calls"));
    QCOMPARE(gong[QStringLiteral("health")].toString(), QStringLiteral("rate_limited"));
    int limited = 0;
    const QJsonArray gongRuns = runs(gong[QStringLiteral("id")].toString());
    for (qsizetype i = 1; i < gongRuns.size(); ++i) { // [0] is the forced current one
        const QJsonValue r = gongRuns.at(i);
        if (r[QStringLiteral("error_reason")].toString() == u"rate_limit") {
            const int hour = at(r[QStringLiteral("started_at")]).time().hour();
            QVERIFY2(hour >= 12 && hour < 18, qPrintable(QString::number(hour)));
            ++limited;
        }
    }
    QVERIFY2(limited >= 10, qPrintable(QString::number(limited)));

    // Partial stream failures: degraded now, and partial runs in its history.
    const QJsonObject sf = byName(QStringLiteral("Salesforce (prod)"));
    QCOMPARE(sf[QStringLiteral("health")].toString(), QStringLiteral("degraded"));
    int partial = 0;
    const QJsonArray sfRuns = runs(sf[QStringLiteral("id")].toString());
    for (const QJsonValue &r : sfRuns)
        partial += r[QStringLiteral("status")].toString() == u"completed"
            && r[QStringLiteral("streams_failed")].toInt() > 0;
    QVERIFY(partial >= 20);

    // 90 days of history: a daily connector's oldest of 100 runs is ~90 days back.
    const QJsonArray acme = runs(byName(QStringLiteral("@acme"))[QStringLiteral("id")].toString());
    QVERIFY2(acme.size() >= 85 && acme.size() <= 95, qPrintable(QString::number(acme.size())));
    QVERIFY(at(acme.last()[QStringLiteral("started_at")]).daysTo(now) >= 85);
}

void TestSeeds::demoPeopleAndHandles()
{
    const QJsonArray members
        = m_http.get(m_sandbox.api(QStringLiteral("/members")), m_sandbox.apiKey())
              .json()[QStringLiteral("members")]
              .toArray();
    QSet<QString> memberIds;
    for (const QJsonValue &m : members)
        memberIds.insert(m[QStringLiteral("user_id")].toString());
    int owned = 0;
    int social = 0;
    for (const QJsonValue &v : std::as_const(m_all)) {
        if (v[QStringLiteral("scope")].toString() == u"personal"
            && !v[QStringLiteral("owner_user_id")].isNull()) {
            QVERIFY(memberIds.contains(v[QStringLiteral("owner_user_id")].toString()));
            ++owned;
        }
        const QString type = v[QStringLiteral("connector_type")].toString();
        if (type == u"twitter" || type == u"linkedin") {
            QVERIFY(!v[QStringLiteral("display_name")].toString().isEmpty());
            ++social;
        }
    }
    QVERIFY(owned >= 3);
    QVERIFY(social >= 3);
}

void TestSeeds::scaleCountAndDeterminism()
{
    auto snapshot = [this](quint32 seed) {
        SandboxProcess sb({QStringLiteral("--seed"), QStringLiteral("scale:3000"),
            QStringLiteral("--random-seed"), QString::number(seed)});
        QString error;
        if (!sb.start(&error))
            return QStringList{error};
        QStringList rows;
        const QJsonArray listed = m_http.get(sb.api(QStringLiteral("/connections")), sb.apiKey())
                                      .json()[QStringLiteral("connections")]
                                      .toArray();
        for (const QJsonValue &v : listed) {
            rows << v[QStringLiteral("id")].toString() + u' ' + v[QStringLiteral("name")].toString()
                    + u' ' + v[QStringLiteral("status")].toString() + u' '
                    + v[QStringLiteral("last_run")][QStringLiteral("status")].toString();
        }
        return rows;
    };
    const QStringList a = snapshot(42);
    QCOMPARE(a.size(), 3000);
    const QStringList b = snapshot(42);
    QCOMPARE(b.size(), a.size());
    // Same seed, same workspace. The runner is live, though: an overdue connection may
    // start, and even finish, its catch-up sync within the first seconds of either run
    // (a short run's outcome then depends on when it ran). So the seeded facts (id and
    // name) must match row for row, and the run state may differ in a few rows at most.
    const auto seeded = [](const QString &row) {
        return row.section(u' ', 0, -3);
    };
    int live = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) == b.at(i))
            continue;
        QVERIFY2(seeded(a.at(i)) == seeded(b.at(i)), qPrintable(a.at(i) + u" / " + b.at(i)));
        ++live;
    }
    QVERIFY2(live <= 10, qPrintable(QString::number(live)));
    QVERIFY(snapshot(43) != a);
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
