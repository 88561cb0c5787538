#include "loopbacklistener.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcLoopback, "console.auth.loopback", QtInfoMsg)

namespace cc {

namespace {
const char *kBuffer = "cc_request_buffer";
} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        qCInfo(lcLoopback) << "timed out waiting for the browser";
        close();
        Q_EMIT timedOut();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT countdown(secondsLeft()); });
    m_successTitle = QCoreApplication::translate("LoopbackListener", "Done");
    m_successMessage = QCoreApplication::translate(
        "LoopbackListener", "Connections Console received the answer.");
}

LoopbackListener::~LoopbackListener()
{
    close();
}

bool LoopbackListener::start(const QString &path, const QString &stateParameter,
    const QString &expectedState, QString *error)
{
    close();
    m_done = false;
    m_path = path.startsWith(u'/') ? path : u'/' + path;
    m_stateParameter = stateParameter;
    m_expectedState = expectedState;
    m_server = new QTcpServer(this);
    // RFC 8252 §7.3 / §8.3: an IP literal loopback interface, never "any".
    if (!m_server->listen(QHostAddress::LocalHost, 0)
        && !m_server->listen(QHostAddress::LocalHostIPv6, 0)) {
        if (error)
            *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::accept);
    m_started.start();
    m_timeout.start(m_timeoutMs);
    m_tick.start();
    qCDebug(lcLoopback) << "listening on" << m_server->serverAddress().toString()
                        << m_server->serverPort();
    return true;
}

void LoopbackListener::setSuccessMessage(const QString &title, const QString &message)
{
    m_successTitle = title;
    m_successMessage = message;
}

bool LoopbackListener::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress LoopbackListener::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 LoopbackListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackListener::redirectUri() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(m_path);
    return url;
}

int LoopbackListener::secondsLeft() const
{
    if (!m_timeout.isActive())
        return 0;
    return int(qMax<qint64>(0, (m_timeoutMs - m_started.elapsed() + 999) / 1000));
}

void LoopbackListener::cancel()
{
    close();
}

void LoopbackListener::close()
{
    m_timeout.stop();
    m_tick.stop();
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    Q_EMIT closed();
}

void LoopbackListener::accept()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Owned by us, not the server: closing the server after the first
        // valid callback must not cut the answer being written.
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its request does not hold the flow.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    }
}

namespace {
LoopbackListener::PageColours &colours(bool dark)
{
    static LoopbackListener::PageColours light{QColor(0xf4f5f7), QColor(0x1d2433), QColor(0xffffff),
        QColor(0xd8dce3), QColor(0xeef1f6), QColor(0x1e7b34), QColor(0xb3261e)};
    static LoopbackListener::PageColours darkColours{QColor(0x1b1d22), QColor(0xe6e8ec),
        QColor(0x23262d), QColor(0x3a3f4a), QColor(0x30343d), QColor(0x6fcf87), QColor(0xf28b82)};
    return dark ? darkColours : light;
}
} // namespace

void LoopbackListener::setPageColours(const PageColours &light, const PageColours &dark)
{
    colours(false) = light;
    colours(true) = dark;
}

LoopbackListener::PageColours LoopbackListener::pageColours(bool dark)
{
    return colours(dark);
}

QString LoopbackListener::resultPage(bool ok, const QString &title, const QString &message)
{
    QFile file(QStringLiteral(":/loopback-result.html"));
    QString page = file.open(QIODevice::ReadOnly)
        ? QString::fromUtf8(file.readAll())
        : QStringLiteral("<!DOCTYPE html><title>{{TITLE}}</title><h1 "
                         "class=\"{{CLASS}}\">{{TITLE}}</h1><p>{{MESSAGE}}</p>");
    auto esc = [](const QString &s) {
        QString out = s.toHtmlEscaped();
        out.replace(u'\'', QStringLiteral("&#39;"));
        return out;
    };
    // The colours, as CSS custom properties: {{LIGHT_OK}}, {{DARK_WINDOW}} …
    for (const bool dark : {false, true}) {
        const PageColours &c = colours(dark);
        const QString prefix = dark ? QStringLiteral("{{DARK_") : QStringLiteral("{{LIGHT_");
        for (const auto &[name, colour] :
            {std::pair{"WINDOW", c.window}, {"TEXT", c.text}, {"SURFACE", c.surface},
                {"BORDER", c.border}, {"CODE", c.code}, {"OK", c.ok}, {"ERROR", c.error}})
            page.replace(
                prefix + QLatin1String(name) + QStringLiteral("}}"), colour.name(QColor::HexRgb));
    }
    page.replace(QStringLiteral("{{CLASS}}"), ok ? QStringLiteral("ok") : QStringLiteral("error"));
    page.replace(QStringLiteral("{{TITLE}}"), esc(title));
    page.replace(QStringLiteral("{{MESSAGE}}"), esc(message));
    return page;
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QByteArray &reason,
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: text/html; charset=utf-8\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Referrer-Policy: no-referrer\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    for (const auto &h : extra)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
    socket->write(out);
    socket->disconnectFromHost();
}

LoopbackListener::Verdict LoopbackListener::parseRequest(
    const QByteArray &buffer, const Expectation &expect)
{
    Verdict v;
    const auto answer
        = [&v](int status, const char *reason, const QString &title, const QString &message) {
              v.status = status;
              v.reason = reason;
              v.title = title;
              v.message = message;
              return v;
          };
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 && buffer.size() <= expect.maxRequestBytes) {
        v.needMore = true; // wait for the rest (split across segments)
        return v;
    }
    if (end < 0 || end > expect.maxRequestBytes) {
        return answer(431, "Request Header Fields Too Large", tr("Request too large"),
            tr("The request was larger than a browser redirect can be."));
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return answer(400, "Bad Request", tr("Bad request"), tr("That was not an HTTP request."));
    QByteArray host;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "host")
            host = line.mid(colon + 1).trimmed();
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    if (target.path() != expect.path)
        return answer(404, "Not Found", tr("Not found"), tr("Nothing is waiting at this address."));
    if (requestLine.at(0) != "GET") {
        answer(
            405, "Method Not Allowed", tr("Method not allowed"), tr("Only GET is accepted here."));
        v.extraHeaders = {{"Allow", "GET"}};
        return v;
    }
    // DNS rebinding: a page on another name resolved to 127.0.0.1 sends its own Host.
    if (host != expect.host) {
        return answer(403, "Forbidden", tr("Refused"),
            tr("This address only answers the browser redirect it is waiting for."));
    }
    // The redirect's parameters are form-encoded (RFC 6749 §4.1.2, Appendix
    // B): a '+' is a space; a literal plus arrives as %2B.
    const QUrlQuery query(target.query(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%20")));
    const QString state = query.queryItemValue(expect.stateParameter, QUrl::FullyDecoded);
    if (expect.done || expect.expectedState.isEmpty() || state != expect.expectedState) {
        return answer(400, "Bad Request", tr("Not the expected answer"),
            tr("This link does not belong to the sign-in or connection that Connections "
               "Console is waiting for. "
               "Nothing was changed."));
    }
    // The truth, from the query: an error, or what the flow calls success
    // (the caller fills in its success words).
    v.isCallback = true;
    v.query = query;
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString connectionError
        = query.queryItemValue(QStringLiteral("connection_error"), QUrl::FullyDecoded);
    const QString failure = !error.isEmpty() ? error : connectionError;
    if (!failure.isEmpty()) {
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        answer(200, "OK", tr("It did not work"),
            tr("The provider answered: %1")
                .arg(description.isEmpty() ? failure
                                           : failure + QStringLiteral(" — ") + description));
        return v;
    }
    v.ok = true;
    v.status = 200;
    v.reason = "OK";
    return v;
}

void LoopbackListener::read(QTcpSocket *socket)
{
    const QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    Expectation expect;
    expect.maxRequestBytes = m_maxRequestBytes;
    expect.path = m_path;
    const QString addr = m_server ? m_server->serverAddress().toString() : QString();
    expect.host = (m_server && m_server->serverAddress().protocol() == QAbstractSocket::IPv6Protocol
                          ? QByteArray("[" + addr.toLatin1() + "]")
                          : addr.toLatin1())
        + ':' + QByteArray::number(port());
    expect.stateParameter = m_stateParameter;
    expect.expectedState = m_expectedState;
    expect.done = m_done;
    const Verdict v = parseRequest(buffer, expect);
    if (v.needMore) {
        socket->setProperty(kBuffer, buffer);
        return;
    }
    socket->setProperty(kBuffer, QVariant());
    if (!v.isCallback) {
        respond(socket, v.status, v.reason, resultPage(false, v.title, v.message).toUtf8(),
            v.extraHeaders);
        return;
    }
    const QUrlQuery query = v.query;
    m_done = true;
    // callbackReceived() comes once the page is delivered (the browser has
    // it, or gave up on it): a flow that ends on it, even a process that exits,
    // never leaves the browser with "empty reply from server".
    auto announced = std::make_shared<bool>(false);
    const auto announce = [self = QPointer<LoopbackListener>(this), announced, query] {
        if (*announced || !self)
            return;
        *announced = true;
        Q_EMIT self->callbackReceived(query);
    };
    connect(socket, &QTcpSocket::disconnected, this, announce);
    QTimer::singleShot(3000, this, announce);
    respond(socket, v.status, v.reason,
        (v.ok ? resultPage(true, m_successTitle, m_successMessage)
              : resultPage(false, v.title, v.message))
            .toUtf8());
    // Single use: no second callback can be accepted.
    close();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        announce(); // written and closed at once
}

} // namespace cc
