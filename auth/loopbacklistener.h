#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace cc {

// The loopback redirect receiver of a native-app browser flow (RFC 8252 §7.3),
// for console sign-in and connector flows alike. Written here instead of Qt
// Network Authorization, whose 6.4 reply handler listens on all interfaces,
// answers any path and checks state late (see docs/decisions.md).
//
// Promises:
//  - binds 127.0.0.1 only (falls back to [::1] only when IPv4 loopback is not
//    available), on an ephemeral port (RFC 8252 §7.3);
//  - accepts only GET on the expected path carrying the flow's state (or
//    nonce); a wrong path is 404, another method 405, a wrong or missing state
//    400 — and the flow keeps waiting;
//  - refuses a Host header that is not the loopback address and port (DNS
//    rebinding), bounds the request size, and copes with requests split
//    across TCP segments;
//  - answers with a self-contained page (resources/loopback-result.html) that
//    tells the truth, escaped, with Cache-Control: no-store and
//    Referrer-Policy: no-referrer;
//  - closes after the first valid callback, on cancel() and on timeout
//    (5 minutes by default), emitting countdown() every second meanwhile.
class LoopbackListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // `stateParameter` is the query item that must equal `expectedState`
    // ("state" for OAuth sign-in, "nonce" for connector return_to URLs).
    bool start(const QString &path, const QString &stateParameter, const QString &expectedState,
        QString *error = nullptr);
    void cancel();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/path (the redirect_uri / return_to to register).
    QUrl redirectUri() const;
    int secondsLeft() const;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxRequestBytes(int bytes) { m_maxRequestBytes = bytes; }
    // What the success page says (the flow knows what success means).
    void setSuccessMessage(const QString &title, const QString &message);

    static QString resultPage(bool ok, const QString &title, const QString &message);

    // The colours of the result page, for a light and a dark browser
    // (prefers-color-scheme). The composition root sets them once from the
    // console's own palettes and status palette, so the page the browser
    // shows is the console's; until then, the same values as literals.
    struct PageColours
    {
        QColor window, text, surface, border, code, ok, error;
    };
    static void setPageColours(const PageColours &light, const PageColours &dark);
    static PageColours pageColours(bool dark);

    // The request parser, apart from any socket (so it can be fuzzed): what
    // to answer to the bytes received so far on one connection.
    struct Expectation
    {
        int maxRequestBytes = 8192;
        QString path;
        QByteArray host; // "127.0.0.1:PORT" (or "[::1]:PORT")
        QString stateParameter;
        QString expectedState;
        bool done = false; // a valid callback was already taken
    };
    struct Verdict
    {
        bool needMore = false; // the head is not complete yet: wait
        int status = 0;
        QByteArray reason;
        QString title;
        QString message;
        bool ok = false; // the result page's tone
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
        bool isCallback = false; // the one valid callback: query carries it
        QUrlQuery query;
    };
    static Verdict parseRequest(const QByteArray &buffer, const Expectation &expect);

Q_SIGNALS:
    void callbackReceived(const QUrlQuery &query);
    void timedOut();
    void countdown(int secondsLeft);
    void closed();

private:
    void accept();
    void read(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &extra = {});
    void close();

    QTcpServer *m_server = nullptr;
    QString m_path;
    QString m_stateParameter;
    QString m_expectedState;
    QString m_successTitle;
    QString m_successMessage;
    int m_timeoutMs = 5 * 60 * 1000;
    int m_maxRequestBytes = 8192;
    QTimer m_timeout;
    QTimer m_tick;
    QElapsedTimer m_started;
    bool m_done = false;
};

} // namespace cc
