// Session without a server: the refresh timer's delay, and an OAuth sign-in
// whose provider issued no refresh token (it works until the access token
// expires, and the user is told when; nothing is written to the keychain).
#include "secretstore.h"
#include "session.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void refreshDelay_data();
    void refreshDelay();
    void noRefreshTokenIsSaidPlainly();
    void keysNameTheOriginOnly();
    void defaultScope_data();
    void defaultScope();
};

void TestSession::refreshDelay_data()
{
    QTest::addColumn<qint64>("expiresInMs");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("an hour: a minute early") << qint64(3600000) << qint64(3540000);
    QTest::newRow("two minutes: half") << qint64(120000) << qint64(60000);
    QTest::newRow("60 s: half, not every second") << qint64(60000) << qint64(30000);
    QTest::newRow("20 s: half") << qint64(20000) << qint64(10000);
    QTest::newRow("4 s: at least 5 s") << qint64(4000) << qint64(5000);
    QTest::newRow("already expired: 5 s") << qint64(-1000) << qint64(5000);
    QTest::newRow("a year: capped at a day") << qint64(365LL * 86400000) << qint64(86400000);
}

void TestSession::refreshDelay()
{
    QFETCH(qint64, expiresInMs);
    QFETCH(qint64, delayMs);
    QCOMPARE(Session::refreshDelayMs(expiresInMs), delayMs);
}

void TestSession::noRefreshTokenIsSaidPlainly()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QNetworkAccessManager nam;
    MemorySecretStore store;
    Session session(&nam, &store, &settings);
    QSignalSpy stored(&session, &Session::stored);
    QSignalSpy expires(&session, &Session::willExpire);
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("at-only");
    tokens.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + 600000;
    const QUrl origin(QStringLiteral("https://idp.example.com"));
    session.adoptTokens(origin, tokens);
    QVERIFY(session.isSignedIn());
    QCOMPARE(session.accessToken(), QStringLiteral("at-only"));
    QVERIFY(session.endsAtExpiry());
    QCOMPARE(expires.count(), 1);
    QCOMPARE(expires.first().first().toLongLong(), tokens.expiresAtMs);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.first().at(0).toBool(), false);
    const QString until = QDateTime::fromMSecsSinceEpoch(tokens.expiresAtMs)
                              .toLocalTime()
                              .toString(QStringLiteral("HH:mm"));
    QVERIFY2(stored.first().at(1).toString().contains(QStringLiteral("no refresh token"))
            && stored.first().at(1).toString().contains(until),
        qPrintable(stored.first().at(1).toString()));
    QVERIFY(store.entries.isEmpty()); // an access token is never stored
    // Nothing to refresh with: refresh() says no at once, without a request.
    std::optional<bool> refreshed;
    session.refresh([&refreshed](bool ok) { refreshed = ok; });
    QVERIFY(refreshed.has_value());
    QVERIFY(!*refreshed);
}

void TestSession::keysNameTheOriginOnly()
{
    // A typed password or path never reaches the keychain's entry name (or server/last).
    QCOMPARE(
        Session::keyFor(QUrl(QStringLiteral("https://ann:pw@platform.example.com:8443/x?y#z"))),
        QStringLiteral("https://platform.example.com:8443"));
}

void TestSession::defaultScope_data()
{
    QTest::addColumn<QStringList>("supported");
    QTest::addColumn<bool>("viaOpenId");
    QTest::addColumn<QString>("scope");
    const QString both = QStringLiteral("openid offline_access");
    QTest::newRow("listed") << QStringList{QStringLiteral("openid"), QStringLiteral("profile"),
        QStringLiteral("offline_access")}
                            << false << both;
    QTest::newRow("only openid listed")
        << QStringList{QStringLiteral("openid")} << true << QStringLiteral("openid");
    QTest::newRow("unlisted, OpenID discovery") << QStringList{} << true << both;
    QTest::newRow("unlisted, RFC 8414 discovery") << QStringList{} << false << QString();
    QTest::newRow("others listed") << QStringList{QStringLiteral("read")} << true << QString();
}

void TestSession::defaultScope()
{
    QFETCH(QStringList, supported);
    QFETCH(bool, viaOpenId);
    QFETCH(QString, scope);
    QCOMPARE(SignInFlow::defaultScope(supported, viaOpenId), scope);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
