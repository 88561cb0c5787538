#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace sandbox {

// The external API the seeded integrations call: a small FHIR-like and
// REST-like server with patients, appointments and encounters, an OAuth
// token endpoint and an MCP (JSON-RPC over HTTP) tool server, on its own
// 127.0.0.1 port. Deterministic data; switches for failures, slowness and
// 5xx so that retries show (docs/sandbox.md, "The fake upstream"):
//   /flaky/…        the first two requests of every three to a path are 503
//   /down/…         always 502
//   /slow/…         answers after 1.5 s
//   /ratelimited/…  every other request is 429 with Retry-After: 1
//   POST /_control/fail-next {"status":503,"count":N}  the next N requests fail
// Every data path wants a credential: X-API-Key: upstream-demo-key, or
// Authorization: Bearer upstream-demo-token or a token from /oauth/token
// (client cc-demo-client, secret upstream-demo-secret).
class FakeUpstream : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr const char *kApiKey = "upstream-demo-key";
    static constexpr const char *kBearerToken = "upstream-demo-token";
    static constexpr const char *kClientId = "cc-demo-client";
    static constexpr const char *kClientSecret = "upstream-demo-secret";

    explicit FakeUpstream(QObject *parent = nullptr);

    // Binds 127.0.0.1 only. Returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port);
    QString origin() const { return m_origin; }
    int requestCount() const { return m_requests; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        Answer(int s, QByteArray b, QByteArray type = "application/json",
            QList<QPair<QByteArray, QByteArray>> extra = {})
            : status(s)
            , body(std::move(b))
            , contentType(std::move(type))
            , headers(std::move(extra))
        { }
        int status = 200;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    Answer answer(const QHttpServerRequest &request, const QString &path);
    Answer route(const QHttpServerRequest &request, const QString &path);
    bool authorized(const QHttpServerRequest &request) const;

    QString m_origin;
    int m_requests = 0;
    QHash<QString, int> m_flakyCounts;
    int m_failNextStatus = 0;
    int m_failNextCount = 0;
    QSet<QString> m_issuedTokens;
};

} // namespace sandbox
