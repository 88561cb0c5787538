#pragma once

#include <QHash>
#include <QObject>
#include <functional>

namespace cc {

// Where the console keeps secrets (a refresh token or an API key per server
// origin): the OS keychain, and nowhere else. Never a file, never a log.
// Asynchronous; the callback runs on the caller's thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        NotFound, // also what a locked keyring reports: see ReadPolicy
        NoBackend, // no D-Bus session / no Secret Service
        AccessDenied, // locked collection refused, or the user said no
        Other,
    };
    struct Result
    {
        Error error = Error::None;
        QString secret;
        QString detail; // the backend's words, for logs and "Details"
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    // What the user should do about an error (translated). `lostSavedSecret`
    // is true when a secret had been saved before (a locked keyring answers
    // NotFound, which must not look like "never signed in").
    static QString userMessage(Error error, bool lostSavedSecret = false);
};

// The real thing: QtKeychain with service "connections-console", one entry per
// key. QtKeychain's insecure plain-text fallback is never enabled.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    static QString service() { return QStringLiteral("connections-console"); }

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
};

// For tests that are not about the keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;
    QHash<QString, QString> entries;
    Error failWith = Error::None;
};

} // namespace cc
