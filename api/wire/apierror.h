#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace cc {

// The details of a 409 already_syncing: the poll that is running.
struct SyncConflict
{
    qint64 lastPollAtMs = 0; // when it started (0: not said)
    qint64 lastPollDurationMs = 0; // how long it has been running
    QString syncRunId; // its run, when the platform names it
};

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
        TooLarge, // the answer passed the console's size or page cap (httplimits.h); see detail
    };
    struct FieldError
    {
        QString field; // the contract's field, or a FastAPI location without its
                       // "body" / "query" / "path" part, joined with '.'
        QString message;
        // FastAPI's whole location, e.g. {"body", "endpoints", "2", "path"}
        // (indices as digits); empty for the connections API's shape.
        QStringList location;
        QString type; // FastAPI's error type, e.g. string_too_short
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // the contract's "error" code, e.g. already_syncing
    QString serverMessage; // the contract's "message", may be empty
    QString detail; // transport error text or the decoding problem (names the field)
    QVector<FieldError> fields; // 422 details
    std::optional<SyncConflict> syncConflict; // 409 already_syncing
    int retryAfterSeconds = -1; // 429 / 503 Retry-After, -1 when absent

    bool isError() const { return kind != Kind::None; }
    // Whether retrying the same request later may succeed.
    bool isTransient() const;
    // A sentence for the user: what happened (translated via QCoreApplication).
    QString message() const;
    static QString kindName(Kind kind);

    // The typed error of a non-2xx answer: its status, its Retry-After header,
    // and the body in either of the platform's shapes: the connections API's
    // {error, message, details} or FastAPI's {detail} (a string, or the 422's
    // [{loc, msg, type}]); a 409 {message, details:{last_poll_at, …}} names the
    // running poll. A broken body still yields a typed error from the status.
    static ApiError fromResponse(
        int httpStatus, const QByteArray &body, const QByteArray &retryAfter);
};

} // namespace cc
