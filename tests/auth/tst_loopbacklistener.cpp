// LoopbackListener conformance, checked with a raw QTcpSocket client: bound
// address, 404 / 405 / 400, the Host check, single use, timeout closing the
// port, oversize and split requests, and escaped output.
#include "loopbacklistener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using cc::LoopbackListener;

namespace {
struct Reply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

Reply exchange(quint16 port, const QList<QByteArray> &chunks, int pauseMs = 0)
{
    // The listener lives on this thread: pump events, never block in waitFor*.
    QTcpSocket s;
    QByteArray all;
    QObject::connect(&s, &QTcpSocket::readyRead, &s, [&] { all += s.readAll(); });
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 3000))
        return {};
    for (const QByteArray &chunk : chunks) {
        s.write(chunk);
        s.flush();
        if (pauseMs)
            QTest::qWait(pauseMs);
    }
    const bool closedByServer
        = QTest::qWaitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 5000);
    Q_UNUSED(closedByServer) // a missing reply shows as status 0 below
    all += s.readAll();
    Reply r;
    const qsizetype end = all.indexOf("\r\n\r\n");
    r.head = all.left(end);
    r.body = all.mid(end + 4);
    r.status = all.mid(9, 3).toInt();
    return r;
}

QByteArray get(const QByteArray &target, quint16 port, const QByteArray &host = {})
{
    return "GET " + target
        + " HTTP/1.1\r\nHost: " + (host.isEmpty() ? "127.0.0.1:" + QByteArray::number(port) : host)
        + "\r\nUser-Agent: test\r\n\r\n";
}
} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private slots:
    void bindsLoopbackOnAnEphemeralPort();
    void wrongPathMethodAndState();
    void hostHeaderIsChecked();
    void validCallbackIsSingleUseAndCloses();
    void errorIsShownEscaped();
    void timeoutClosesThePort();
    void oversizeAndSplitRequests();
    void cancelCloses();
};

void TestLoopbackListener::bindsLoopbackOnAnEphemeralPort()
{
    LoopbackListener l;
    QVERIFY(l.start(QStringLiteral("/callback"), QStringLiteral("state"), QStringLiteral("s1")));
    QCOMPARE(l.address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(l.port() >= 1024);
    QCOMPARE(
        l.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(l.port()));
    LoopbackListener other;
    QVERIFY(
        other.start(QStringLiteral("/callback"), QStringLiteral("state"), QStringLiteral("s2")));
    QVERIFY(other.port() != l.port());
}

void TestLoopbackListener::wrongPathMethodAndState()
{
    LoopbackListener l;
    QSignalSpy got(&l, &LoopbackListener::callbackReceived);
    QVERIFY(l.start(
        QStringLiteral("/callback"), QStringLiteral("state"), QStringLiteral("expected-state")));
    const quint16 port = l.port();
    QCOMPARE(exchange(port, {get("/other?state=expected-state", port)}).status, 404);
    const Reply post = exchange(port,
        {"POST /callback?state=expected-state HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(port) + "\r\nContent-Length: 0\r\n\r\n"});
    QCOMPARE(post.status, 405);
    QVERIFY(post.head.contains("Allow: GET"));
    QCOMPARE(exchange(port, {get("/callback?code=x", port)}).status, 400);
    QCOMPARE(exchange(port, {get("/callback?code=x&state=wrong", port)}).status, 400);
    // Still waiting after all that.
    QVERIFY(l.isListening());
    QCOMPARE(got.count(), 0);
    const Reply ok = exchange(port, {get("/callback?code=abc&state=expected-state", port)});
    QCOMPARE(ok.status, 200);
    QCOMPARE(got.count(), 1);
    QCOMPARE(got.first().first().value<QUrlQuery>().queryItemValue(QStringLiteral("code")),
        QStringLiteral("abc"));
    for (const QByteArray &h :
        {QByteArray("Cache-Control: no-store"), QByteArray("Referrer-Policy: no-referrer"),
            QByteArray("Content-Type: text/html; charset=utf-8")}) {
        QVERIFY2(ok.head.contains(h), h.constData());
    }
    QVERIFY(!ok.body.contains("http://") || !ok.body.contains("<script"));
    QVERIFY(!ok.body.contains("src=")); // self-contained: no external resources
}

void TestLoopbackListener::hostHeaderIsChecked()
{
    LoopbackListener l;
    QSignalSpy got(&l, &LoopbackListener::callbackReceived);
    QVERIFY(l.start(QStringLiteral("/callback"), QStringLiteral("state"), QStringLiteral("st")));
    const quint16 port = l.port();
    QCOMPARE(exchange(port,
                 {get("/callback?state=st", port, "evil.example:" + QByteArray::number(port))})
                 .status,
        403);
    QCOMPARE(
        exchange(port, {get("/callback?state=st", port, "localhost:" + QByteArray::number(port))})
            .status,
        403);
    QCOMPARE(exchange(port, {get("/callback?state=st", port, "127.0.0.1:1")}).status, 403);
    QCOMPARE(got.count(), 0);
    QCOMPARE(exchange(port, {get("/callback?state=st", port)}).status, 200);
}

void TestLoopbackListener::validCallbackIsSingleUseAndCloses()
{
    LoopbackListener l;
    QSignalSpy got(&l, &LoopbackListener::callbackReceived);
    QSignalSpy closed(&l, &LoopbackListener::closed);
    QVERIFY(l.start(QStringLiteral("/connected"), QStringLiteral("nonce"), QStringLiteral("n1")));
    const quint16 port = l.port();
    QCOMPARE(exchange(port, {get("/connected?nonce=n1&connected=hubspot", port)}).status, 200);
    QCOMPARE(got.count(), 1);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!l.isListening());
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!again.waitForConnected(1000)); // the port is closed (nothing to pump for)
    QCOMPARE(got.count(), 1);
}

void TestLoopbackListener::errorIsShownEscaped()
{
    LoopbackListener l;
    QVERIFY(l.start(QStringLiteral("/connected"), QStringLiteral("nonce"), QStringLiteral("n2")));
    const quint16 port = l.port();
    const Reply r = exchange(port,
        {get("/connected?nonce=n2&connection_error=%3Cscript%3Ealert(1)%3C%2Fscript%3E", port)});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("<script>"));
    QVERIFY(r.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(r.body.contains("did not work"));
}

void TestLoopbackListener::timeoutClosesThePort()
{
    LoopbackListener l;
    l.setTimeoutMs(1200);
    QSignalSpy timedOut(&l, &LoopbackListener::timedOut);
    QSignalSpy countdown(&l, &LoopbackListener::countdown);
    QVERIFY(l.start(QStringLiteral("/callback"), QStringLiteral("state"), QStringLiteral("s")));
    const quint16 port = l.port();
    QCOMPARE(l.secondsLeft(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 5000);
    QVERIFY(countdown.count() >= 1);
    QVERIFY(!l.isListening());
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!s.waitForConnected(1000));
}

void TestLoopbackListener::oversizeAndSplitRequests()
{
    LoopbackListener l;
    QSignalSpy got(&l, &LoopbackListener::callbackReceived);
    QVERIFY(l.start(QStringLiteral("/callback"), QStringLiteral("state"), QStringLiteral("split")));
    const quint16 port = l.port();
    const QByteArray huge
        = "GET /callback?state=split&pad=" + QByteArray(20000, 'a') + " HTTP/1.1\r\n";
    QCOMPARE(exchange(port, {huge}).status, 431);
    QCOMPARE(got.count(), 0);
    const QByteArray request = get("/callback?state=split&code=c", port);
    QList<QByteArray> pieces;
    for (int i = 0; i < request.size(); i += 7)
        pieces << request.mid(i, 7);
    QCOMPARE(exchange(port, pieces, 5).status, 200);
    QCOMPARE(got.count(), 1);
}

void TestLoopbackListener::cancelCloses()
{
    LoopbackListener l;
    QVERIFY(l.start(QStringLiteral("/callback"), QStringLiteral("state"), QStringLiteral("s")));
    const quint16 port = l.port();
    l.cancel();
    QVERIFY(!l.isListening());
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!s.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
