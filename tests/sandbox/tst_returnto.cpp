// Which return_to values count as first-party for a native app (RFC 8252 §7.3
// loopback IP literals only).
#include "returnto.h"

#include <QTest>

class TestReturnTo : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void keepsPathAndQuery();
};

void TestReturnTo::table_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("127.0.0.1 with port") << "http://127.0.0.1:53124/done?nonce=abc" << true;
    QTest::newRow("127.0.0.1 other port") << "http://127.0.0.1:1/x" << true;
    QTest::newRow("127.0.0.1 without port") << "http://127.0.0.1/connected" << true;
    QTest::newRow("[::1] with port") << "http://[::1]:4711/cb" << true;
    QTest::newRow("[::1] without port") << "http://[::1]/cb" << true;

    QTest::newRow("localhost") << "http://localhost:53124/done" << false;
    QTest::newRow("look-alike host") << "http://127.0.0.1.evil.example/done" << false;
    QTest::newRow("look-alike with port") << "http://127.0.0.1.evil.example:80/" << false;
    QTest::newRow("user@host, loopback as user") << "http://127.0.0.1@evil.example/" << false;
    QTest::newRow("user@host, port as user") << "http://127.0.0.1:80@evil.example/" << false;
    QTest::newRow("user@loopback") << "http://evil.example@127.0.0.1:80/" << false;
    QTest::newRow("https elsewhere") << "https://evil.example/cb" << false;
    QTest::newRow("scheme-relative") << "//evil.example/cb" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("https loopback") << "https://127.0.0.1:443/cb" << false;
    QTest::newRow("backslash trick") << "http://127.0.0.1:80\\@evil.example/" << false;
    QTest::newRow("shorthand IPv4") << "http://127.1:80/" << false;
    QTest::newRow("hex IPv4") << "http://0x7f.0.0.1/" << false;
    QTest::newRow("other loopback address") << "http://127.0.0.2:80/" << false;
    QTest::newRow("leading space") << " http://127.0.0.1:80/" << false;
    QTest::newRow("embedded newline") << "http://127.0.0.1:80/\nLocation: x" << false;
    QTest::newRow("uppercase scheme") << "HTTP://127.0.0.1:80/" << false;
    QTest::newRow("empty") << "" << false;
}

void TestReturnTo::table()
{
    QFETCH(QString, candidate);
    QFETCH(bool, accepted);
    QCOMPARE(sandbox::firstPartyReturnTo(candidate).isValid(), accepted);
}

void TestReturnTo::keepsPathAndQuery()
{
    const QUrl url
        = sandbox::firstPartyReturnTo(QStringLiteral("http://127.0.0.1:5000/cb?nonce=n1"));
    QCOMPARE(url.port(), 5000);
    QCOMPARE(url.path(), QStringLiteral("/cb"));
    QCOMPARE(url.query(), QStringLiteral("nonce=n1"));
}

QTEST_GUILESS_MAIN(TestReturnTo)
#include "tst_returnto.moc"
