#include "platformroutes.h"

#include "platformids.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sandbox {

namespace fastapi {

HttpReply detail(int status, const QString &message)
{
    return HttpReply::json(status, QJsonObject{{QStringLiteral("detail"), message}});
}

void Errors::add(const QJsonArray &loc, const QString &msg, const QString &type,
    const QJsonValue &input, const QJsonObject &ctx)
{
    QJsonObject item{
        {QStringLiteral("loc"), loc}, {QStringLiteral("msg"), msg}, {QStringLiteral("type"), type}};
    if (!input.isUndefined())
        item.insert(QStringLiteral("input"), input);
    if (!ctx.isEmpty())
        item.insert(QStringLiteral("ctx"), ctx);
    m_items.append(item);
}

HttpReply Errors::reply() const
{
    return HttpReply::json(422, QJsonObject{{QStringLiteral("detail"), m_items}});
}

QString expectedChoices(const QStringList &choices)
{
    QStringList quoted;
    for (const QString &c : choices)
        quoted << u'\'' + c + u'\'';
    if (quoted.size() <= 1)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return quoted.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QJsonValue iso(std::optional<qint64> ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

HttpReply page(const QJsonArray &items, qint64 start, qint64 total)
{
    const qint64 end = start + items.size();
    const bool more = end < total;
    return HttpReply::json(200,
        QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("has_more"), more},
            {QStringLiteral("continuation_token"), more ? QJsonValue(end) : QJsonValue::Null},
            {QStringLiteral("total"), total}});
}

Body::Body(const HttpRequest &request, Errors *errors)
    : m_errors(errors)
{
    if (request.body.trimmed().isEmpty()) {
        errors->add(QJsonArray{QStringLiteral("body")}, QStringLiteral("Field required"),
            QStringLiteral("missing"), QJsonValue::Null);
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        errors->add(QJsonArray{QStringLiteral("body"), pe.offset},
            QStringLiteral("JSON decode error"), QStringLiteral("json_invalid"), QJsonObject{},
            QJsonObject{{QStringLiteral("error"), pe.errorString()}});
        return;
    }
    if (!doc.isObject()) {
        errors->add(QJsonArray{QStringLiteral("body")},
            QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
            QStringLiteral("model_attributes_type"),
            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue());
        return;
    }
    m_object = doc.object();
    m_valid = true;
}

QJsonArray Body::loc(const QString &key) const
{
    return QJsonArray{QStringLiteral("body"), key};
}

std::optional<QString> Body::string(const QString &key, const StringRule &rule)
{
    if (!m_valid)
        return std::nullopt;
    if (!m_object.contains(key)) {
        if (rule.required)
            m_errors->add(loc(key), QStringLiteral("Field required"), QStringLiteral("missing"),
                QJsonValue(m_object));
        return std::nullopt;
    }
    const QJsonValue v = m_object.value(key);
    if (v.isNull()) {
        if (!rule.nullable)
            m_errors->add(loc(key), QStringLiteral("Input should be a valid string"),
                QStringLiteral("string_type"), v);
        return std::nullopt;
    }
    if (!v.isString()) {
        m_errors->add(loc(key), QStringLiteral("Input should be a valid string"),
            QStringLiteral("string_type"), v);
        return std::nullopt;
    }
    QString s = v.toString();
    if (rule.strip)
        s = s.trimmed();
    if (!rule.choices.isEmpty()) {
        if (!rule.choices.contains(s)) {
            const QString expected = expectedChoices(rule.choices);
            m_errors->add(loc(key), QStringLiteral("Input should be ") + expected,
                QStringLiteral("literal_error"), v,
                QJsonObject{{QStringLiteral("expected"), expected}});
            return std::nullopt;
        }
        return s;
    }
    if (s.size() < rule.minLength) {
        m_errors->add(loc(key),
            QStringLiteral("String should have at least %1 character%2")
                .arg(rule.minLength)
                .arg(rule.minLength == 1 ? QString() : QStringLiteral("s")),
            QStringLiteral("string_too_short"), v,
            QJsonObject{{QStringLiteral("min_length"), rule.minLength}});
        return std::nullopt;
    }
    if (rule.maxLength >= 0 && s.size() > rule.maxLength) {
        m_errors->add(loc(key),
            QStringLiteral("String should have at most %1 characters").arg(rule.maxLength),
            QStringLiteral("string_too_long"), v,
            QJsonObject{{QStringLiteral("max_length"), rule.maxLength}});
        return std::nullopt;
    }
    if (!rule.pattern.isEmpty() && !QRegularExpression(rule.pattern).match(s).hasMatch()) {
        m_errors->add(loc(key),
            QStringLiteral("String should match pattern '%1'").arg(rule.pattern),
            QStringLiteral("string_pattern_mismatch"), v,
            QJsonObject{{QStringLiteral("pattern"), rule.pattern}});
        return std::nullopt;
    }
    return s;
}

std::optional<bool> Body::boolean(const QString &key, bool required)
{
    if (!m_valid)
        return std::nullopt;
    if (!m_object.contains(key)) {
        if (required)
            m_errors->add(loc(key), QStringLiteral("Field required"), QStringLiteral("missing"),
                QJsonValue(m_object));
        return std::nullopt;
    }
    const QJsonValue v = m_object.value(key);
    if (v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        m_errors->add(loc(key), QStringLiteral("Input should be a valid boolean"),
            QStringLiteral("bool_type"), v);
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QByteArray> Body::object(const QString &key, bool nullable)
{
    if (!m_valid || !m_object.contains(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isNull() && nullable)
        return std::nullopt;
    if (!v.isObject()) {
        m_errors->add(loc(key), QStringLiteral("Input should be a valid dictionary"),
            QStringLiteral("dict_type"), v);
        return std::nullopt;
    }
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

std::optional<QStringList> Body::stringList(
    const QString &key, int itemMin, int itemMax, int maxItems, bool required, bool nullable)
{
    if (!m_valid)
        return std::nullopt;
    if (!m_object.contains(key)) {
        if (required)
            m_errors->add(loc(key), QStringLiteral("Field required"), QStringLiteral("missing"),
                QJsonValue(m_object));
        return std::nullopt;
    }
    const QJsonValue v = m_object.value(key);
    if (v.isNull() && nullable)
        return std::nullopt;
    if (!v.isArray()) {
        m_errors->add(loc(key), QStringLiteral("Input should be a valid list"),
            QStringLiteral("list_type"), v);
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (maxItems >= 0 && a.size() > maxItems) {
        m_errors->add(loc(key),
            QStringLiteral("List should have at most %1 items after validation, not %2")
                .arg(maxItems)
                .arg(a.size()),
            QStringLiteral("too_long"), v,
            QJsonObject{{QStringLiteral("field_type"), QStringLiteral("List")},
                {QStringLiteral("max_length"), maxItems},
                {QStringLiteral("actual_length"), a.size()}});
        return std::nullopt;
    }
    QStringList out;
    bool ok = true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonArray itemLoc{QStringLiteral("body"), key, int(i)};
        if (!a.at(i).isString()) {
            m_errors->add(itemLoc, QStringLiteral("Input should be a valid string"),
                QStringLiteral("string_type"), a.at(i));
            ok = false;
            continue;
        }
        const QString s = a.at(i).toString();
        if (s.size() < itemMin) {
            m_errors->add(itemLoc,
                QStringLiteral("String should have at least %1 character%2")
                    .arg(itemMin)
                    .arg(itemMin == 1 ? QString() : QStringLiteral("s")),
                QStringLiteral("string_too_short"), s,
                QJsonObject{{QStringLiteral("min_length"), itemMin}});
            ok = false;
        } else if (itemMax >= 0 && s.size() > itemMax) {
            m_errors->add(itemLoc,
                QStringLiteral("String should have at most %1 characters").arg(itemMax),
                QStringLiteral("string_too_long"), s,
                QJsonObject{{QStringLiteral("max_length"), itemMax}});
            ok = false;
        }
        out << s;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<qint64> queryInt(const HttpRequest &request, const QString &name, qint64 fallback,
    std::optional<qint64> greaterThan, std::optional<qint64> atLeast, std::optional<qint64> atMost,
    Errors *errors)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    const QJsonArray loc{QStringLiteral("query"), name};
    static const QRegularExpression intRe(QStringLiteral("^\\s*[+-]?[0-9]+\\s*$"));
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!intRe.match(text).hasMatch() || !ok) {
        errors->add(loc,
            QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
            QStringLiteral("int_parsing"), text);
        return std::nullopt;
    }
    if (greaterThan && value <= *greaterThan) {
        errors->add(loc, QStringLiteral("Input should be greater than %1").arg(*greaterThan),
            QStringLiteral("greater_than"), text,
            QJsonObject{{QStringLiteral("gt"), *greaterThan}});
        return std::nullopt;
    }
    if (atLeast && value < *atLeast) {
        errors->add(loc,
            QStringLiteral("Input should be greater than or equal to %1").arg(*atLeast),
            QStringLiteral("greater_than_equal"), text,
            QJsonObject{{QStringLiteral("ge"), *atLeast}});
        return std::nullopt;
    }
    if (atMost && value > *atMost) {
        errors->add(loc, QStringLiteral("Input should be less than or equal to %1").arg(*atMost),
            QStringLiteral("less_than_equal"), text, QJsonObject{{QStringLiteral("le"), *atMost}});
        return std::nullopt;
    }
    return value;
}

std::optional<QString> queryChoice(const HttpRequest &request, const QString &name,
    const QString &fallback, const QStringList &choices, Errors *errors)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (choices.contains(text))
        return text;
    const QString expected = expectedChoices(choices);
    errors->add(QJsonArray{QStringLiteral("query"), name},
        QStringLiteral("Input should be ") + expected, QStringLiteral("literal_error"), text,
        QJsonObject{{QStringLiteral("expected"), expected}});
    return std::nullopt;
}

std::optional<bool> queryBool(
    const HttpRequest &request, const QString &name, Errors *errors, bool *valid)
{
    *valid = true;
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded).toLower();
    // pydantic's accepted spellings of a boolean.
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
        QStringLiteral("on"), QStringLiteral("y"), QStringLiteral("t")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
        QStringLiteral("off"), QStringLiteral("n"), QStringLiteral("f")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    *valid = false;
    errors->add(QJsonArray{QStringLiteral("query"), name},
        QStringLiteral("Input should be a valid boolean, unable to interpret input"),
        QStringLiteral("bool_parsing"), request.query.queryItemValue(name, QUrl::FullyDecoded));
    return std::nullopt;
}

} // namespace fastapi

PlatformRoutes::PlatformRoutes(Store *store, HttpServer *server)
    : m_store(store)
    , m_server(server)
{ }

QString PlatformRoutes::roleIn(const Principal &who, const QString &workspaceId)
{
    if (who.workspaceId == workspaceId)
        return who.role;
    return who.platformAdmin ? QStringLiteral("admin") : QString();
}

void PlatformRoutes::add(
    QHttpServerRequest::Method method, const QString &path, Scope scope, Need need, Handler handler)
{
    m_server->addRoute(method, path, HttpServer::RouteKind::Api,
        [this, scope, need, handler = std::move(handler)](
            const HttpRequest &request, const QStringList &params) {
            const Principal who = m_store->principalForBearer(
                request.bearerToken(), QDateTime::currentMSecsSinceEpoch());
            if (!who.isValid()) {
                return fastapi::detail(401, QStringLiteral("Missing or invalid API key."))
                    .withHeader("WWW-Authenticate", "Bearer");
            }
            PlatformCall call{who, who.role, {}, request, params};
            if (scope == Scope::Workspace) {
                const std::optional<QString> id = canonicalUuid(params.value(0));
                if (!id) {
                    fastapi::Errors errors;
                    errors.add(QJsonArray{QStringLiteral("path"), QStringLiteral("workspace_id")},
                        QStringLiteral("Input should be a valid UUID"),
                        QStringLiteral("uuid_parsing"), params.value(0));
                    return errors.reply();
                }
                call.role = roleIn(who, *id);
                std::optional<Workspace> ws;
                if (!call.role.isEmpty())
                    ws = m_store->workspace(*id);
                if (!ws)
                    return fastapi::detail(404, QStringLiteral("Workspace not found"));
                call.workspace = *ws;
                call.params = params.mid(1);
            }
            const QString &role = call.role;
            switch (need) {
            case Need::Read:
                break;
            case Need::Write:
                if (role == u"viewer")
                    return fastapi::detail(403, QStringLiteral("This key is read-only."));
                break;
            case Need::Admin:
                if (role != u"admin" && role != u"owner")
                    return fastapi::detail(
                        403, QStringLiteral("Requires the admin or owner role."));
                break;
            case Need::Owner:
                if (role != u"owner")
                    return fastapi::detail(
                        403, QStringLiteral("Only the workspace owner may do this."));
                break;
            }
            return handler(call);
        });
}

} // namespace sandbox
