// Console sign-in against the sandbox's authorization server: RFC 8414
// metadata, PKCE S256 only (RFC 7636), exact redirect matching but for the
// loopback port (RFC 8252 §7.3), one-time codes, rotating refresh tokens with
// reuse detection, RFC 6749 §5.2 errors, and a request log without secrets.
#include "authserver.h"
#include "httpclient.h"
#include "httpserver.h"
#include "sandboxprocess.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace {
const QString kClient = QStringLiteral("connections-console");
// RFC 7636 Appendix B: this verifier's S256 challenge is this.
const QString kRfcVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString kRfcChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

// BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 §4.2), written
// here from the RFC rather than taken from the sandbox under test.
QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
QString verifierFor(const char *tag)
{
    // 43+ characters from the unreserved set.
    return QStringLiteral("verifier-%1-0123456789abcdefghijklmnopqrstuvwxyz")
        .arg(QString::fromLatin1(tag));
}
} // namespace

class TestAuthServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void metadata();
    void happyPathAndRefreshRotation();
    void wrongVerifierBurnsTheCode();
    void missingVerifier();
    void plainMethodIsRejected();
    void missingChallenge();
    void reusedCodeRevokesItsTokens();
    void reusedRefreshTokenRevokesTheChain();
    void redirectUriMatching();
    void denyRedirectsWithAccessDenied();
    void tokenEndpointErrors();
    void accessTokensExpire();
    void authorizationCodesExpire();
    void revocation();
    void requestLogHasNoSecrets();
    void unansweredConsentsArePrunedWithoutANewSignIn();

private:
    // Runs the browser half: authorize -> consent page -> Approve. Returns the
    // redirect back to the client (302) or whatever the server answered.
    HttpResult authorize(const QString &challenge, const QString &redirectUri,
        const QString &method = QStringLiteral("S256"),
        const QString &decision = QStringLiteral("approve"));
    QString codeFrom(const HttpResult &redirect);
    HttpResult exchange(const QString &code, const QString &verifier, const QString &redirectUri);
    HttpResult refresh(const QString &refreshToken);

    SandboxProcess m_sandbox{
        {QStringLiteral("--workspace"), QStringLiteral("acme=acme-admin-key-zz1"),
            QStringLiteral("--seed"), QStringLiteral("empty")}};
    HttpClient m_http;
    QString m_redirect = QStringLiteral("http://127.0.0.1:51234/callback");
    SandboxProcess *m_current = &m_sandbox;
    QStringList m_secretsSeen;
};

void TestAuthServer::initTestCase()
{
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_secretsSeen << QStringLiteral("acme-admin-key-zz1");
}

HttpResult TestAuthServer::authorize(const QString &challenge, const QString &redirectUri,
    const QString &method, const QString &decision)
{
    QUrl url = m_current->url(QStringLiteral("/oauth/authorize"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), kClient);
    q.addQueryItem(
        QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("st-12345"));
    if (!challenge.isEmpty())
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
    if (!method.isEmpty())
        q.addQueryItem(QStringLiteral("code_challenge_method"), method);
    url.setQuery(q);
    const HttpResult page = m_http.get(url);
    if (page.status != 200)
        return page;
    const QRegularExpressionMatch ticket
        = QRegularExpression(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""))
              .match(QString::fromUtf8(page.body));
    const QRegularExpressionMatch ws
        = QRegularExpression(QStringLiteral("name=\"workspace\" value=\"([^\"]+)\""))
              .match(QString::fromUtf8(page.body));
    if (!ticket.hasMatch() || !ws.hasMatch())
        return page;
    return m_http.postForm(m_current->url(QStringLiteral("/oauth/authorize")),
        "ticket=" + QUrl::toPercentEncoding(ticket.captured(1)) + "&workspace="
            + QUrl::toPercentEncoding(ws.captured(1)) + "&decision=" + decision.toLatin1());
}

QString TestAuthServer::codeFrom(const HttpResult &redirect)
{
    const QUrlQuery q(QUrl::fromEncoded(redirect.header("Location")));
    const QString code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!code.isEmpty())
        m_secretsSeen << code;
    return code;
}

HttpResult TestAuthServer::exchange(
    const QString &code, const QString &verifier, const QString &redirectUri)
{
    QByteArray form = "grant_type=authorization_code&client_id=" + kClient.toLatin1() + "&code="
        + QUrl::toPercentEncoding(code) + "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri);
    if (!verifier.isEmpty()) {
        form += "&code_verifier=" + QUrl::toPercentEncoding(verifier);
        m_secretsSeen << verifier;
    }
    const HttpResult r = m_http.postForm(m_current->url(QStringLiteral("/oauth/token")), form);
    for (const char *k : {"access_token", "refresh_token"}) {
        const QString t = r.json().value(QString::fromLatin1(k)).toString();
        if (!t.isEmpty())
            m_secretsSeen << t;
    }
    return r;
}

HttpResult TestAuthServer::refresh(const QString &refreshToken)
{
    const HttpResult r = m_http.postForm(m_current->url(QStringLiteral("/oauth/token")),
        "grant_type=refresh_token&client_id=" + kClient.toLatin1()
            + "&refresh_token=" + QUrl::toPercentEncoding(refreshToken));
    for (const char *k : {"access_token", "refresh_token"}) {
        const QString t = r.json().value(QString::fromLatin1(k)).toString();
        if (!t.isEmpty())
            m_secretsSeen << t;
    }
    return r;
}

void TestAuthServer::metadata()
{
    const HttpResult r
        = m_http.get(m_sandbox.url(QStringLiteral("/.well-known/oauth-authorization-server")));
    QCOMPARE(r.status, 200);
    const QJsonObject m = r.json();
    QCOMPARE(m.value(QStringLiteral("issuer")).toString(), m_sandbox.origin());
    QCOMPARE(m.value(QStringLiteral("authorization_endpoint")).toString(),
        m_sandbox.origin() + QStringLiteral("/oauth/authorize"));
    QCOMPARE(m.value(QStringLiteral("token_endpoint")).toString(),
        m_sandbox.origin() + QStringLiteral("/oauth/token"));
    QCOMPARE(m.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
        QJsonArray{QStringLiteral("S256")});
}

void TestAuthServer::happyPathAndRefreshRotation()
{
    // The RFC's own example pair: the server must accept exactly it.
    QCOMPARE(challengeOf(kRfcVerifier), kRfcChallenge); // (and the helper agrees with the RFC)
    const QString verifier = kRfcVerifier;
    const HttpResult back = authorize(kRfcChallenge, m_redirect);
    QCOMPARE(back.status, 302);
    const QUrl location = QUrl::fromEncoded(back.header("Location"));
    QCOMPARE(location.toString(QUrl::RemoveQuery), m_redirect);
    QCOMPARE(
        QUrlQuery(location).queryItemValue(QStringLiteral("state")), QStringLiteral("st-12345"));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
        m_sandbox.origin());
    const QString code = codeFrom(back);
    QVERIFY(code.size() >= 40);

    const HttpResult tokens = exchange(code, verifier, m_redirect);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject t = tokens.json();
    QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(t.value(QStringLiteral("expires_in")).toInt() > 0);
    const QString access = t.value(QStringLiteral("access_token")).toString();
    const QString refresh1 = t.value(QStringLiteral("refresh_token")).toString();

    const HttpResult me = m_http.get(m_sandbox.api(QStringLiteral("/me")), access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json()[QStringLiteral("workspace")][QStringLiteral("slug")].toString(),
        QStringLiteral("acme"));

    const HttpResult rotated = refresh(refresh1);
    QCOMPARE(rotated.status, 200);
    const QString refresh2 = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(refresh2 != refresh1);
    QCOMPARE(m_http
                 .get(m_sandbox.api(QStringLiteral("/me")),
                     rotated.json().value(QStringLiteral("access_token")).toString())
                 .status,
        200);
    QCOMPARE(refresh(refresh2).status, 200);
}

void TestAuthServer::wrongVerifierBurnsTheCode()
{
    const QString verifier = verifierFor("right");
    const QString code = codeFrom(authorize(challengeOf(verifier), m_redirect));
    const HttpResult wrong = exchange(code, verifierFor("wrong"), m_redirect);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_grant"));
    QVERIFY(!wrong.json().value(QStringLiteral("error_description")).toString().isEmpty());
    QCOMPARE(exchange(code, verifier, m_redirect).errorCode(), QStringLiteral("invalid_grant"));
}

void TestAuthServer::missingVerifier()
{
    const QString code = codeFrom(authorize(challengeOf(verifierFor("missing")), m_redirect));
    const HttpResult r = exchange(code, QString(), m_redirect);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_request"));
}

void TestAuthServer::plainMethodIsRejected()
{
    const HttpResult r = authorize(verifierFor("plain"), m_redirect, QStringLiteral("plain"));
    QCOMPARE(r.status, 302);
    const QUrlQuery q(QUrl::fromEncoded(r.header("Location")));
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-12345"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
}

void TestAuthServer::missingChallenge()
{
    const HttpResult r = authorize(QString(), m_redirect, QString());
    QCOMPARE(r.status, 302);
    QCOMPARE(
        QUrlQuery(QUrl::fromEncoded(r.header("Location"))).queryItemValue(QStringLiteral("error")),
        QStringLiteral("invalid_request"));
}

void TestAuthServer::reusedCodeRevokesItsTokens()
{
    const QString verifier = verifierFor("reuse");
    const QString code = codeFrom(authorize(challengeOf(verifier), m_redirect));
    const HttpResult first = exchange(code, verifier, m_redirect);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_http.get(m_sandbox.api(QStringLiteral("/me")), access).status, 200);
    const HttpResult second = exchange(code, verifier, m_redirect);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.errorCode(), QStringLiteral("invalid_grant"));
    QCOMPARE(m_http.get(m_sandbox.api(QStringLiteral("/me")), access).status, 401);
    QCOMPARE(refresh(first.json().value(QStringLiteral("refresh_token")).toString()).errorCode(),
        QStringLiteral("invalid_grant"));
}

void TestAuthServer::reusedRefreshTokenRevokesTheChain()
{
    const QString verifier = verifierFor("chain");
    const HttpResult t1
        = exchange(codeFrom(authorize(challengeOf(verifier), m_redirect)), verifier, m_redirect);
    const QString r1 = t1.json().value(QStringLiteral("refresh_token")).toString();
    const HttpResult t2 = refresh(r1);
    QCOMPARE(t2.status, 200);
    const QString r2 = t2.json().value(QStringLiteral("refresh_token")).toString();
    const QString access2 = t2.json().value(QStringLiteral("access_token")).toString();

    const HttpResult reuse = refresh(r1); // an attacker replays the old token
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.errorCode(), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(r2).errorCode(), QStringLiteral("invalid_grant")); // the whole chain is gone
    QCOMPARE(m_http.get(m_sandbox.api(QStringLiteral("/me")), access2).status, 401);
}

void TestAuthServer::redirectUriMatching()
{
    const QString verifier = verifierFor("ports");
    // Any loopback port, IPv4 or IPv6.
    for (const QString &ok : {QStringLiteral("http://127.0.0.1:1/callback"),
             QStringLiteral("http://[::1]:60000/callback")}) {
        const HttpResult r = authorize(challengeOf(verifier), ok);
        QCOMPARE(r.status, 302);
        QVERIFY(QUrl::fromEncoded(r.header("Location")).toString().startsWith(ok));
    }
    // Anything else gets an error page and no redirect at all.
    for (const QString &bad :
        {QStringLiteral("http://127.0.0.1:1/other"), QStringLiteral("http://localhost:1/callback"),
            QStringLiteral("https://127.0.0.1:1/callback"),
            QStringLiteral("http://evil.example/callback"),
            QStringLiteral("http://127.0.0.1:1/callback?x=1")}) {
        const HttpResult r = authorize(challengeOf(verifier), bad);
        QVERIFY2(r.status == 400, qPrintable(bad));
        QVERIFY(r.header("Location").isEmpty());
    }
    // The token request must repeat the exact redirect_uri.
    const QString code = codeFrom(authorize(challengeOf(verifier), m_redirect));
    const HttpResult r = exchange(code, verifier, QStringLiteral("http://127.0.0.1:9999/callback"));
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_grant"));
}

void TestAuthServer::denyRedirectsWithAccessDenied()
{
    const HttpResult r = authorize(challengeOf(verifierFor("deny")), m_redirect,
        QStringLiteral("S256"), QStringLiteral("deny"));
    QCOMPARE(r.status, 302);
    const QUrlQuery q(QUrl::fromEncoded(r.header("Location")));
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-12345"));
}

void TestAuthServer::tokenEndpointErrors()
{
    const QUrl token = m_sandbox.url(QStringLiteral("/oauth/token"));
    HttpResult r = m_http.postForm(token, "grant_type=password&client_id=connections-console");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("unsupported_grant_type"));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    r = m_http.postForm(token, "grant_type=authorization_code&client_id=someone-else&code=x");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_client"));
    r = m_http.postForm(token,
        "grant_type=authorization_code&client_id=connections-console&code=nope&code_verifier="
            + verifierFor("x").toLatin1());
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_grant"));
    r = m_http.send("POST", token, {}, R"({"grant_type":"refresh_token"})");
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_request"));

    QUrl unknownClient
        = m_sandbox.url(QStringLiteral("/oauth/"
                                       "authorize?response_type=code&client_id=evil&redirect_uri="
                                       "http%3A%2F%2F127.0.0.1%3A1%2Fcallback"));
    r = m_http.get(unknownClient);
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("Location").isEmpty());
}

void TestAuthServer::accessTokensExpire()
{
    SandboxProcess shortLived({QStringLiteral("--access-token-ttl"), QStringLiteral("1")});
    QString error;
    QVERIFY2(shortLived.start(&error), qPrintable(error));
    m_current = &shortLived;
    const QString verifier = verifierFor("ttl");
    const HttpResult t
        = exchange(codeFrom(authorize(challengeOf(verifier), m_redirect)), verifier, m_redirect);
    m_current = &m_sandbox;
    QCOMPARE(t.json().value(QStringLiteral("expires_in")).toInt(), 1);
    const QString access = t.json().value(QStringLiteral("access_token")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(shortLived.api(QStringLiteral("/me")), access).status, 401, 5000);
    // The refresh token still works and yields a fresh access token.
    m_current = &shortLived;
    const HttpResult renewed = refresh(t.json().value(QStringLiteral("refresh_token")).toString());
    m_current = &m_sandbox;
    QCOMPARE(renewed.status, 200);
    QCOMPARE(m_http
                 .get(shortLived.api(QStringLiteral("/me")),
                     renewed.json().value(QStringLiteral("access_token")).toString())
                 .status,
        200);
}

void TestAuthServer::authorizationCodesExpire()
{
    SandboxProcess shortCodes({QStringLiteral("--auth-code-ttl"), QStringLiteral("1")});
    QString error;
    QVERIFY2(shortCodes.start(&error), qPrintable(error));
    m_current = &shortCodes;
    const QString verifier = verifierFor("codettl");
    const QString code = codeFrom(authorize(challengeOf(verifier), m_redirect));
    QVERIFY(!code.isEmpty());
    // The lifetime itself is what is under test: let it run out.
    QTest::qWait(1500);
    const HttpResult late = exchange(code, verifier, m_redirect);
    QCOMPARE(late.status, 400);
    QCOMPARE(
        late.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(late.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QStringLiteral("expired")));
    // A fresh code exchanged at once still works.
    const QString verifier2 = verifierFor("codettl2");
    const HttpResult prompt
        = exchange(codeFrom(authorize(challengeOf(verifier2), m_redirect)), verifier2, m_redirect);
    m_current = &m_sandbox;
    QCOMPARE(prompt.status, 200);
}

void TestAuthServer::revocation()
{
    const QString verifier = verifierFor("revoke");
    const HttpResult t
        = exchange(codeFrom(authorize(challengeOf(verifier), m_redirect)), verifier, m_redirect);
    const QString access = t.json().value(QStringLiteral("access_token")).toString();
    const HttpResult r = m_http.postForm(m_sandbox.url(QStringLiteral("/oauth/revoke")),
        "token="
            + QUrl::toPercentEncoding(t.json().value(QStringLiteral("refresh_token")).toString()));
    QCOMPARE(r.status, 200);
    QCOMPARE(m_http.get(m_sandbox.api(QStringLiteral("/me")), access).status, 401);
}

void TestAuthServer::requestLogHasNoSecrets()
{
    const QByteArray log = m_sandbox.log();
    QVERIFY2(log.contains("POST /oauth/token"), "the request log is written");
    QVERIFY(log.contains("state=[redacted]"));
    QVERIFY(m_secretsSeen.size() > 10);
    for (const QString &secret : std::as_const(m_secretsSeen)) {
        const qsizetype at = log.indexOf(secret.toUtf8());
        const qsizetype lineStart = at < 0 ? 0 : log.lastIndexOf('\n', at) + 1;
        QVERIFY2(at < 0,
            qPrintable(QStringLiteral("secret in log line: ")
                + QString::fromUtf8(log.mid(lineStart, at - lineStart))));
    }
}

QTEST_GUILESS_MAIN(TestAuthServer)
#include "tst_authserver.moc"

void TestAuthServer::unansweredConsentsArePrunedWithoutANewSignIn()
{
    // In-process, so the test can count the consents held.
    QTemporaryDir dir;
    sandbox::Store store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
    store.ensureWorkspace(QStringLiteral("acme"));
    sandbox::HttpServer server;
    sandbox::AuthServer auth(&store, &server, {});
    const quint16 port = server.listenLoopback(0);
    QVERIFY(port != 0);
    QUrl url(QStringLiteral("http://127.0.0.1:%1/oauth/authorize").arg(port));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), kClient);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect);
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("st-1"));
    q.addQueryItem(QStringLiteral("code_challenge"), QString(43, u'a'));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http.get(url).status, 200); // the consent page, waiting for the user
    QCOMPARE(auth.pendingConsents(), 3);
    // Nothing prunes a consent younger than ten minutes ...
    auth.pruneConsents(QDateTime::currentMSecsSinceEpoch() + 9 * 60 * 1000);
    QCOMPARE(auth.pendingConsents(), 3);
    // ... and what the timer runs forgets the older ones with no new sign-in.
    auth.pruneConsents(QDateTime::currentMSecsSinceEpoch() + 11 * 60 * 1000);
    QCOMPARE(auth.pendingConsents(), 0);
    const auto timers = auth.findChildren<QTimer *>();
    QVERIFY(std::any_of(timers.cbegin(), timers.cend(),
        [](const QTimer *t) { return t->isActive() && t->interval() <= 60000; }));
}
