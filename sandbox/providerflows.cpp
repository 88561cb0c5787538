#include "providerflows.h"

#include "catalog.h"
#include "pages.h"
#include "returnto.h"
#include "secrets.h"
#include "stablehash.h"
#include "store.h"
#include "syncrunner.h"

#include <QDateTime>

namespace sandbox {

namespace {
using Method = QHttpServerRequest::Method;
using Kind = HttpServer::RouteKind;

QString humanError(const QString &code)
{
    if (code == u"access_denied")
        return QStringLiteral("You denied access, so nothing was connected.");
    if (code == u"expired")
        return QStringLiteral("This authorization link expired or was already used.");
    return QStringLiteral("The provider reported an error.");
}
} // namespace

ProviderFlows::ProviderFlows(
    Store *store, SyncRunner *runner, HttpServer *server, AutoConsent autoConsent, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_server(server)
    , m_autoConsent(autoConsent)
{
    m_server->addRoute(Method::Get, QStringLiteral("/sandbox/providers/:type/authorize"),
        Kind::Page,
        [this](const HttpRequest &r, const QStringList &p) { return consentPage(r, p[0]); });
    m_server->addRoute(Method::Post, QStringLiteral("/sandbox/providers/:type/authorize"),
        Kind::Page,
        [this](const HttpRequest &r, const QStringList &p) { return consentAnswer(r, p[0]); });
    m_server->addRoute(Method::Get, QStringLiteral("/oauth/providers/callback"), Kind::Page,
        [this](const HttpRequest &r, const QStringList &) { return callback(r); });
    m_server->addRoute(Method::Get, QStringLiteral("/sandbox/avatars/:file"), Kind::Page,
        [this](const HttpRequest &r, const QStringList &p) { return avatar(r, p[0]); });
    m_server->addRoute(Method::Post, QStringLiteral("/hooks/:id"), Kind::Page,
        [this](const HttpRequest &r, const QStringList &p) { return webhook(r, p[0]); });
}

HttpReply ProviderFlows::consentPage(const HttpRequest &req, const QString &type)
{
    const QString state = req.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const Connector *connector = findConnector(type);
    const std::optional<Store::ProviderFlow> flow = m_store->providerFlow(state);
    if (!connector || !flow || QDateTime::currentMSecsSinceEpoch() - flow->createdAt > kFlowTtlMs) {
        return HttpReply::html(400,
            page(QStringLiteral("Link expired"),
                QStringLiteral("<h1 class=\"err\">This authorization link is not valid</h1><p>%1 "
                               "Start again from Connections Console.</p>")
                    .arg(escaped(humanError(QStringLiteral("expired"))))));
    }
    if (m_autoConsent != AutoConsent::Off)
        return decide(type, state, m_autoConsent == AutoConsent::Approve);
    const std::optional<Workspace> ws = m_store->workspace(flow->workspaceId);
    QString streams;
    for (const QString &s : connector->streams)
        streams += QStringLiteral("<li>%1</li>").arg(escaped(s));
    return HttpReply::html(200,
        page(QStringLiteral("Authorize %1").arg(connector->name),
            QStringLiteral(
                "<h1>%1 (sandbox provider)</h1>"
                "<p><strong>%2</strong> is asking for read access to your %1 account:</p>"
                "<ul>%3</ul>"
                "<form method=\"post\"><input type=\"hidden\" name=\"state\" value=\"%4\">"
                "<div class=\"actions\"><button class=\"primary\" type=\"submit\" "
                "name=\"decision\" value=\"approve\">Approve</button>"
                "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>"
                "</div></form>"
                "<p style=\"font-size:13px;color:#687385\">This is a simulated provider: "
                "no real %1 account is involved.</p>")
                .arg(escaped(connector->name),
                    escaped(ws ? ws->name : QStringLiteral("A workspace")), streams,
                    escaped(state))));
}

HttpReply ProviderFlows::consentAnswer(const HttpRequest &req, const QString &type)
{
    const QUrlQuery form = req.formBody();
    return decide(type, form.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
        form.queryItemValue(QStringLiteral("decision")) == u"approve");
}

HttpReply ProviderFlows::decide(const QString &type, const QString &state, bool approved)
{
    // The provider sends the browser to the platform's callback, as a real
    // provider would, with a code or error=access_denied.
    QUrl url(m_server->origin() + QStringLiteral("/oauth/providers/callback"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("provider"), type);
    if (approved)
        q.addQueryItem(QStringLiteral("code"), randomToken(16));
    else
        q.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    url.setQuery(q);
    return HttpReply::redirect(url);
}

HttpReply ProviderFlows::callback(const HttpRequest &req)
{
    const QString state = req.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const std::optional<Store::ProviderFlow> flow = m_store->providerFlow(state);
    if (!flow || QDateTime::currentMSecsSinceEpoch() - flow->createdAt > kFlowTtlMs)
        return finish(QString(), QString(), QStringLiteral("expired"), QString());
    m_store->deleteProviderFlow(state); // single use
    std::optional<ConnectionRecord> c = m_store->connectionById(flow->connectionId);
    if (!c)
        return finish(QString(), QString(), QStringLiteral("expired"), QString());
    const QString error = req.query.queryItemValue(QStringLiteral("error"));
    if (!error.isEmpty() || req.query.queryItemValue(QStringLiteral("code")).isEmpty()) {
        return finish(flow->returnTo, c->connectorType,
            error.isEmpty() ? QStringLiteral("server_error") : error, c->name);
    }
    // Fresh credentials on the same row; the first sync takes it to connected.
    c->credentialDigest = QStringLiteral("oauth:") + secretDigest(randomToken(16));
    c->authState = QStringLiteral("ok");
    c->paused = false;
    c->lastError.clear();
    if (c->profile == u"token_revoked")
        c->profile = QStringLiteral("clean");
    if (c->status == u"disconnected" || c->status == u"error" || c->status == u"paused")
        c->status = QStringLiteral("connected");
    m_runner->startRun(*c,
        flow->purpose == u"reconnect" ? QStringLiteral("reconnect") : QStringLiteral("connect"));
    return finish(flow->returnTo, c->connectorType, QString(), c->name);
}

HttpReply ProviderFlows::finish(const QString &returnTo, const QString &type, const QString &error,
    const QString &connectionName)
{
    QUrl target = firstPartyReturnTo(returnTo);
    if (target.isValid() && !type.isEmpty()) {
        QUrlQuery q(target);
        if (error.isEmpty())
            q.addQueryItem(QStringLiteral("connected"), type);
        else
            q.addQueryItem(QStringLiteral("connection_error"), error);
        target.setQuery(q);
        return HttpReply::redirect(target);
    }
    // Not first-party (or none): the platform's own terminal page (guide).
    const Connector *connector = findConnector(type);
    const QString provider = connector ? connector->name : QStringLiteral("The provider");
    if (error.isEmpty()) {
        return HttpReply::html(200,
            page(QStringLiteral("%1 connected").arg(provider),
                QStringLiteral(
                    "<h1 class=\"ok\">%1 is connected</h1><p>\"%2\" is running its first "
                    "sync now. You can close this tab and return to the console.</p>")
                    .arg(escaped(provider), escaped(connectionName))));
    }
    return HttpReply::html(error == u"expired" ? 400 : 200,
        page(QStringLiteral("Connection failed"),
            QStringLiteral("<h1 class=\"err\">Connection failed</h1><p>%1</p><p>Error code: "
                           "<code>%2</code>. You can close this tab and try again from the "
                           "console.</p>")
                .arg(escaped(humanError(error)), escaped(error))));
}

HttpReply ProviderFlows::avatar(const HttpRequest &, const QString &file)
{
    QString handle = file;
    if (!handle.endsWith(u".svg"))
        return HttpReply::error(
            404, QStringLiteral("not_found"), QStringLiteral("No such avatar."));
    handle.chop(4);
    const QString letter = handle.isEmpty() ? QStringLiteral("?") : handle.left(1).toUpper();
    const int hue = int(stableHash(0, handle) % 360);
    HttpReply r;
    r.body = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">"
                            "<rect width=\"64\" height=\"64\" rx=\"32\" fill=\"hsl(%1,55%,45%)\"/>"
                            "<text x=\"32\" y=\"42\" font-size=\"28\" text-anchor=\"middle\" "
                            "fill=\"#fff\" font-family=\"sans-serif\">%2</text></svg>")
                 .arg(hue)
                 .arg(escaped(letter))
                 .toUtf8();
    r.withHeader("Content-Type", "image/svg+xml");
    return r;
}

HttpReply ProviderFlows::webhook(const HttpRequest &, const QString &id)
{
    const std::optional<ConnectionRecord> c = m_store->connectionById(id);
    if (!c || c->status == u"disconnected")
        return HttpReply::error(
            404, QStringLiteral("not_found"), QStringLiteral("No such webhook."));
    return HttpReply::json(202, {{QStringLiteral("accepted"), true}});
}

} // namespace sandbox
