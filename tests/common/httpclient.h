#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

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
        int timeoutMs = 15000, const QList<QPair<QByteArray, QByteArray>> &headers = {});
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
