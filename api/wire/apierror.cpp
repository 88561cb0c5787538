#include "apierror.h"

#include "jsoncodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {

int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // RFC 9110 §10.2.3 also allows an HTTP-date.
    const QDateTime when
        = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace

ApiError ApiError::fromResponse(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    switch (status) {
    case 401:
        e.kind = ApiError::Kind::Unauthorized;
        break;
    case 403:
        e.kind = ApiError::Kind::Forbidden;
        break;
    case 404:
        e.kind = ApiError::Kind::NotFound;
        break;
    case 409:
        e.kind = ApiError::Kind::Conflict;
        break;
    case 422:
        e.kind = ApiError::Kind::Validation;
        break;
    case 429:
        e.kind = ApiError::Kind::RateLimited;
        break;
    default:
        e.kind = status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Http;
    }
    e.retryAfterSeconds = parseRetryAfter(retryAfter);
    // The body is the contract's error object when the server is well behaved;
    // a broken one still yields a typed error from the status alone.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.code = o.value(QLatin1String("error")).toString();
    e.serverMessage = o.value(QLatin1String("message")).toString();
    const QJsonValue details = o.value(QLatin1String("details"));
    if (details.isArray()) {
        const QJsonArray list = details.toArray();
        for (const QJsonValue &d : list) {
            FieldError f;
            f.field = d.toObject().value(QLatin1String("field")).toString();
            f.message = d.toObject().value(QLatin1String("message")).toString();
            e.fields.push_back(f);
        }
    } else if (details.isObject()
        && (e.code == u"already_syncing"
            || details.toObject().contains(QLatin1String("last_poll_at")))) {
        const QJsonObject d = details.toObject();
        SyncConflict c;
        c.lastPollAtMs = json::parseTimestamp(d.value(QLatin1String("last_poll_at")).toString());
        c.lastPollDurationMs = qint64(d.value(QLatin1String("last_poll_duration_ms")).toDouble());
        c.syncRunId = d.value(QLatin1String("sync_run_id")).toString();
        e.syncConflict = c;
    }
    // FastAPI: {"detail": "…"} or {"detail": [{"loc": […], "msg": "…", "type": "…"}]}.
    const QJsonValue fastApi = o.value(QLatin1String("detail"));
    if (fastApi.isString() && e.serverMessage.isEmpty()) {
        e.serverMessage = fastApi.toString();
    } else if (fastApi.isArray()) {
        const QJsonArray items = fastApi.toArray();
        for (const QJsonValue &item : items) {
            FieldError f;
            const QJsonArray loc = item[QLatin1String("loc")].toArray();
            for (const QJsonValue &part : loc) {
                f.location << (part.isDouble() ? QString::number(qint64(part.toDouble()))
                                               : part.toString());
            }
            QStringList field = f.location;
            if (!field.isEmpty()
                && (field.first() == u"body" || field.first() == u"query"
                    || field.first() == u"path"))
                field.removeFirst();
            f.field = field.join(u'.');
            f.message = item[QLatin1String("msg")].toString();
            f.type = item[QLatin1String("type")].toString();
            e.fields.push_back(f);
        }
    }
    return e;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Malformed:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::InsecureServer:
        return QStringLiteral("insecure_server");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    }
    return QString();
}

QString ApiError::message() const
{
    QString base;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        base = QCoreApplication::translate("ApiError",
            "Cannot reach the platform. Check the network and that the server is running.");
        break;
    case Kind::Timeout:
        base = QCoreApplication::translate("ApiError", "The platform did not answer in time.");
        break;
    case Kind::InsecureServer:
        base = QCoreApplication::translate("ApiError",
            "Refused to send credentials over plain http: it goes only to this computer's "
            "address 127.0.0.1 or [::1] (not to a name such as localhost). Use an https:// "
            "address.");
        break;
    case Kind::Unauthorized:
        base = QCoreApplication::translate(
            "ApiError", "The platform no longer accepts your sign-in. Sign in again.");
        break;
    case Kind::Forbidden:
        base = QCoreApplication::translate("ApiError", "Your role does not allow this action.");
        break;
    case Kind::NotFound:
        base = QCoreApplication::translate(
            "ApiError", "The connection no longer exists or is not in this workspace.");
        break;
    case Kind::Conflict:
        base = QCoreApplication::translate(
            "ApiError", "The connection changed state; the action was not applied.");
        break;
    case Kind::Validation:
        base = QCoreApplication::translate("ApiError", "The platform rejected the request.");
        break;
    case Kind::RateLimited:
        base = retryAfterSeconds >= 0
            ? QCoreApplication::translate(
                "ApiError", "Too many requests. Try again in %n s.", nullptr, retryAfterSeconds)
            : QCoreApplication::translate("ApiError", "Too many requests. Try again shortly.");
        break;
    case Kind::Server:
        base = QCoreApplication::translate(
            "ApiError", "The platform had an internal problem (HTTP %1). Try again.")
                   .arg(httpStatus);
        break;
    case Kind::Malformed:
        base = QCoreApplication::translate(
            "ApiError", "The platform sent an answer the console cannot read.");
        break;
    case Kind::Http:
        base = QCoreApplication::translate("ApiError", "The platform answered HTTP %1.")
                   .arg(httpStatus);
        break;
    case Kind::TooLarge:
        // detail names the cap ("more than 64 MiB", "more than 2000 pages").
        base = QCoreApplication::translate("ApiError",
            "The platform's answer was larger than the console accepts (%1), so it was stopped. "
            "Ask the platform's operators to check the server.")
                   .arg(detail);
        break;
    }
    if (!serverMessage.isEmpty() && kind != Kind::Server)
        return base + u' ' + serverMessage;
    return base;
}

} // namespace cc
