#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace cc {

// Every failure of a platform call, typed. Never a crash, never a silently
// empty result: callers switch on kind and show message() to the user.
struct ApiError
{
    enum class Kind {
        None,
        Network, // connection refused, DNS, reset, TLS, a cross-origin redirect
        Timeout,
        InsecureServer, // plain http to a non-loopback host: refused before sending
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409, see code
        Validation, // 422, see fields
        RateLimited, // 429, see retryAfterSeconds
        Server, // 5xx
        Malformed, // a body that is not the JSON the contract promises
        Http, // any other non-2xx status
    };
    struct FieldError
    {
        QString field;
        QString message;
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the contract's "error" code, e.g. already_syncing
    QString serverMessage; // the contract's "message", may be empty
    QString detail; // transport error text or the decoding problem (names the field)
    QVector<FieldError> fields; // 422 details
    QJsonObject details; // e.g. already_syncing's last_poll_at / last_poll_duration_ms
    int retryAfterSeconds = -1; // 429 / 503 Retry-After, -1 when absent

    bool isError() const { return kind != Kind::None; }
    // Whether retrying the same request later may succeed.
    bool isTransient() const;
    // A sentence for the user: what happened (translated via QCoreApplication).
    QString message() const;
    static QString kindName(Kind kind);
};

} // namespace cc
