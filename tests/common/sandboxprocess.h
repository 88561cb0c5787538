#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Starts the real connections-sandbox executable (path from $CONNECTIONS_SANDBOX)
// on an ephemeral loopback port and reads its "listening" / "api-key" lines.
// Stops it with SIGTERM on destruction. Used by every integration test.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Waits for the "listening" line; false (with the reason) if it never comes.
    bool start(QString *error = nullptr);
    void stop(); // SIGTERM, then wait
    void kill(); // SIGKILL: a crash, no clean shutdown
    bool isRunning() const;

    QString origin() const { return m_origin; }
    QString apiKey() const { return m_apiKey; }
    QUrl url(const QString &pathAndQuery) const; // origin + path
    QUrl api(const QString &pathAndQuery) const; // origin + /api/platform/v1 + path
    // Everything the sandbox wrote to stderr so far (its request log).
    QByteArray log();

    static QString executable();

private:
    QStringList m_arguments;
    QProcess m_process;
    QString m_origin;
    QString m_apiKey;
    QByteArray m_stderr;
};

// One HTTP exchange, synchronous for test readability (it spins an event loop).
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
};

class HttpClient
{
public:
    HttpClient();
    // No redirect is followed: tests look at 302s themselves.
    HttpResult send(const QByteArray &method, const QUrl &url, const QString &bearer = {},
        const QByteArray &body = {}, const QByteArray &contentType = "application/json",
        int timeoutMs = 15000);
    HttpResult get(const QUrl &url, const QString &bearer = {}) { return send("GET", url, bearer); }
    HttpResult postJson(const QUrl &url, const QString &bearer, const QJsonObject &body)
    {
        return send("POST", url, bearer, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult postForm(const QUrl &url, const QByteArray &form)
    {
        return send("POST", url, {}, form, "application/x-www-form-urlencoded");
    }

private:
    QNetworkAccessManager m_nam;
};
