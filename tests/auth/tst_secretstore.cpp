// The keychain through QtKeychain against a real Secret Service (the test
// session runs gnome-keyring on a private D-Bus): store, read back from a new
// process, rotate, delete — each step confirmed from outside with secret-tool
// — and the actionable error when there is no Secret Service at all.
#include "secretservice.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using cc::KeychainSecretStore;
using cc::SecretStore;

namespace {

SecretStore::Result runSync(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> result;
    call([&result](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return {SecretStore::Error::Other, {}, QStringLiteral("no answer")};
    return *result;
}

// Child mode: read one key in a fresh process and print it.
int childRead(const QString &key)
{
    KeychainSecretStore store;
    const SecretStore::Result r = runSync([&](SecretStore::Callback cb) { store.read(key, cb); });
    std::printf("%d:%s\n", int(r.error), qPrintable(r.secret));
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void storeReadRotateDelete();
    void noSecretServiceGivesAnActionableError();
};

void TestSecretStore::storeReadRotateDelete()
{
    CC_REQUIRE_SECRET_SERVICE();
    KeychainSecretStore store;
    const QString key
        = QStringLiteral("http://127.0.0.1:1/test-%1").arg(QCoreApplication::applicationPid());
    SecretStore::Result r = runSync([&](SecretStore::Callback cb) {
        store.write(key, QStringLiteral("first-secret-value"), cb);
    });
    QVERIFY2(r.error == SecretStore::Error::None, qPrintable(r.detail));
    QCOMPARE(secretToolLookup(key), QStringLiteral("first-secret-value"));

    // Read back from a new process.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read-key"), key});
    QVERIFY(child.waitForFinished(20000));
    QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("0:first-secret-value"));

    r = runSync([&](SecretStore::Callback cb) {
        store.write(key, QStringLiteral("rotated-secret-value"), cb);
    });
    QCOMPARE(r.error, SecretStore::Error::None);
    QCOMPARE(secretToolLookup(key), QStringLiteral("rotated-secret-value"));
    r = runSync([&](SecretStore::Callback cb) { store.read(key, cb); });
    QCOMPARE(r.secret, QStringLiteral("rotated-secret-value"));

    r = runSync([&](SecretStore::Callback cb) { store.remove(key, cb); });
    QCOMPARE(r.error, SecretStore::Error::None);
    QVERIFY(secretToolLookup(key).isEmpty());
    r = runSync([&](SecretStore::Callback cb) { store.read(key, cb); });
    QCOMPARE(r.error, SecretStore::Error::NotFound);
    QVERIFY(SecretStore::userMessage(SecretStore::Error::NotFound, false)
                .isEmpty()); // never saved: nothing to say
    QVERIFY(SecretStore::userMessage(SecretStore::Error::NotFound, true)
                .contains(QStringLiteral("unlock")));
}

void TestSecretStore::noSecretServiceGivesAnActionableError()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--read-key"), QStringLiteral("anything")});
    QVERIFY(child.waitForFinished(20000));
    const QByteArray out = child.readAllStandardOutput().trimmed();
    const int error = out.left(out.indexOf(':')).toInt();
    QVERIFY2(error == int(SecretStore::Error::NoBackend) || error == int(SecretStore::Error::Other),
        out.constData());
    const QString message = SecretStore::userMessage(SecretStore::Error(error));
    QVERIFY(message.contains(QStringLiteral("sign in again next time")));
    QVERIFY(message.contains(QStringLiteral("keychain")));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--read-key") == 0)
        return childRead(QString::fromUtf8(argv[2]));
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
