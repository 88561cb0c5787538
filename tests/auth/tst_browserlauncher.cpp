// BrowserLauncher: only https or loopback http, no control characters;
// SystemBrowser runs $BROWSER with the URL as its only argument, and says so
// when there is no display to open a browser on; ProgramBrowser never starts
// its program for a refused link.
#include "browserlauncher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestBrowserLauncher : public QObject
{
    Q_OBJECT

private slots:
    void safety_data();
    void safety();
    void browserVariableGetsTheUrlAsOnlyArgument();
    void unstartableBrowserIsReported();
    void noDisplayNoBrowser();
    void refusedLinkStartsNothing();
};

void TestBrowserLauncher::safety_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << "https://provider.example/authorize?x=1" << true;
    QTest::newRow("loopback http")
        << "http://127.0.0.1:4000/sandbox/providers/hubspot/authorize" << true;
    QTest::newRow("ipv6 loopback") << "http://[::1]:4000/x" << true;
    QTest::newRow("remote http") << "http://provider.example/authorize" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("data") << "data:text/html,<b>x</b>" << false;
    QTest::newRow("control character") << QStringLiteral("https://provider.example/a") + QChar(0x0a)
            + QStringLiteral("b") << false;
    QTest::newRow("encoded control character in the query")
        << "https://provider.example/a?state=x%0D%0ASet-Cookie:1" << false;
    QTest::newRow("encoded control character in the user info")
        << "https://us%0Aer:pa%0Dss@provider.example/a" << false;
}

void TestBrowserLauncher::safety()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QString why;
    QCOMPARE(cc::BrowserLauncher::isSafeToOpen(QUrl(url), &why), ok);
    QCOMPARE(why.isEmpty(), ok);
}

void TestBrowserLauncher::browserVariableGetsTheUrlAsOnlyArgument()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("args.txt"));
    const QString script = dir.filePath(QStringLiteral("fake-browser.sh"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '" + out.toUtf8() + "'\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    qputenv("BROWSER", script.toUtf8());
    const QUrl url(QStringLiteral("https://provider.example/authorize?state=a%20b&x=1"));
    QString error;
    cc::SystemBrowser browser;
    QVERIFY2(browser.open(url, &error), qPrintable(error));
    QTRY_VERIFY(QFile::exists(out) && QFile(out).size() > 0);
    QFile result(out);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = result.readAll().trimmed().split('\n');
    QCOMPARE(lines.value(0), QByteArray("1"));
    QCOMPARE(lines.value(1), url.toEncoded());
    qunsetenv("BROWSER");
}

void TestBrowserLauncher::unstartableBrowserIsReported()
{
    qputenv("BROWSER", "/nonexistent/browser-binary");
    QString error;
    cc::SystemBrowser browser;
    QVERIFY(!browser.open(QUrl(QStringLiteral("https://provider.example/")), &error));
    QVERIFY(error.contains(QStringLiteral("BROWSER")));
    qunsetenv("BROWSER");
}

void TestBrowserLauncher::noDisplayNoBrowser()
{
    // connections-console --sign-in over ssh: no GUI in the process, no display, no $BROWSER.
    const QByteArray display = qgetenv("DISPLAY");
    qunsetenv("BROWSER");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    cc::SystemBrowser browser;
    QString error;
    QVERIFY(!browser.open(QUrl(QStringLiteral("https://provider.example/")), &error));
    QVERIFY2(error.contains(QStringLiteral("no display")), qPrintable(error));
    if (!display.isEmpty())
        qputenv("DISPLAY", display);
}

void TestBrowserLauncher::refusedLinkStartsNothing()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("started.txt"));
    const QString script = dir.filePath(QStringLiteral("fake-browser.sh"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\necho started > '" + out.toUtf8() + "'\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    cc::ProgramBrowser browser(script);
    QString error;
    QVERIFY(!browser.open(QUrl(QStringLiteral("http://provider.example/authorize")), &error));
    QVERIFY(error.contains(QStringLiteral("https")));
    QVERIFY(!browser.open(QUrl(QStringLiteral("file:///etc/passwd")), &error));
    // And a link it accepts does start it (so the two refusals above were refusals).
    QVERIFY2(
        browser.open(QUrl(QStringLiteral("https://provider.example/")), &error), qPrintable(error));
    QTRY_VERIFY(QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestBrowserLauncher)
#include "tst_browserlauncher.moc"
