#include "secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "console.auth.secrets", QtInfoMsg)

namespace cc {

namespace {

SecretStore::Error mapError(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Error::Other;
}

template<typename Job>
void run(Job *job, QObject *context, SecretStore::Callback done, bool readsSecret)
{
    job->setAutoDelete(true);
    // Secrets go to the keychain or nowhere: never QtKeychain's plain-text file.
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [job, done, guard, readsSecret](QKeychain::Job *) {
            Q_UNUSED(readsSecret); // read only by the ReadPasswordJob instantiation
            SecretStore::Result r;
            r.error = mapError(job->error());
            r.detail = job->error() == QKeychain::NoError ? QString() : job->errorString();
            if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
                if (readsSecret && r.error == SecretStore::Error::None)
                    r.secret = job->textData();
            }
            // Only the outcome is logged, never the key's value.
            qCDebug(lcSecrets) << "keychain job finished:" << int(r.error);
            if (guard)
                done(r);
        });
    job->start();
}

} // namespace

QString SecretStore::userMessage(Error error, bool lostSavedSecret)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("SecretStore", text);
    };
    switch (error) {
    case Error::None:
        return QString();
    case Error::NotFound:
        return lostSavedSecret
            ? QCoreApplication::translate("SecretStore",
                "Your saved sign-in could not be read. If your keyring is locked, unlock it (for "
                "example by "
                "logging in again) and restart the console; otherwise sign in again.")
            : QString();
    case Error::NoBackend:
        return tr(
            "No keychain is available (no Secret Service on the session bus). Install and start "
            "gnome-keyring or KWallet to stay signed in. You can go on now, but you will need to "
            "sign "
            "in again next time.");
    case Error::AccessDenied:
        return QCoreApplication::translate("SecretStore",
            "The keychain refused access (it may be locked). Unlock it to stay signed in. "
            "You can go on "
            "now, but you will need to sign in again next time.");
    case Error::Other:
        break;
    }
    return QCoreApplication::translate("SecretStore",
        "The keychain reported an error. You can go on now, but you will need to sign in "
        "again next time.");
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    run(job, this, std::move(done), true);
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(secret);
    run(job, this, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    run(job, this, std::move(done), false);
}

void MemorySecretStore::read(const QString &key, Callback done)
{
    Result r;
    r.error = failWith != Error::None ? failWith
                                      : (entries.contains(key) ? Error::None : Error::NotFound);
    if (r.error == Error::None)
        r.secret = entries.value(key);
    QTimer::singleShot(0, this, [done, r] { done(r); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, Callback done)
{
    Result r;
    r.error = failWith;
    if (failWith == Error::None)
        entries.insert(key, secret);
    QTimer::singleShot(0, this, [done, r] { done(r); });
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    Result r;
    r.error = failWith;
    if (failWith == Error::None)
        entries.remove(key);
    QTimer::singleShot(0, this, [done, r] { done(r); });
}

} // namespace cc
