#include "integrationsapi.h"

#include "fakeupstream.h"
#include "pipeline.h"
#include "platformids.h"
#include "secretbox.h"
#include "store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

namespace sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Need = PlatformRoutes::Need;
using Scope = PlatformRoutes::Scope;

const QStringList kProtocols{QStringLiteral("rest"), QStringLiteral("fhir"), QStringLiteral("mcp")};
const QStringList kTransports{
    QStringLiteral("stdio"), QStringLiteral("sse"), QStringLiteral("http")};
const QStringList kAuthTypes{QStringLiteral("api_key_header"), QStringLiteral("bearer_token"),
    QStringLiteral("oauth2_client_credentials"), QStringLiteral("oauth2_jwt_bearer"),
    QStringLiteral("gcp_wif"), QStringLiteral("smart_backend_services")};
const QStringList kMethods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
    QStringLiteral("PATCH"), QStringLiteral("DELETE")};
const QStringList kSorts{QStringLiteral("name"), QStringLiteral("-name"),
    QStringLiteral("created_at"), QStringLiteral("-created_at"), QStringLiteral("updated_at"),
    QStringLiteral("-updated_at")};
const QString kNamePattern = QStringLiteral("^[a-z0-9][a-z0-9_-]*$");
constexpr int kAttemptTimeoutMs = 10000;
constexpr int kMaxRawBytes = 1024 * 1024;

// A secret's request field, the path field it becomes, and the kind in its path.
struct SecretField
{
    const char *valueKey;
    const char *pathKey;
    const char *kind;
};
const SecretField kSecretFields[] = {
    {"api_key_value", "ssm_param_path", "api_key"},
    {"bearer_token_value", "token_ssm_param_path", "bearer_token"},
    {"client_secret_value", "client_secret_ssm_param_path", "client_secret"},
    {"private_key_value", "private_key_ssm_param_path", "private_key"},
};

// The AuthConfig fields a response shows, with their defaults.
const char *const kAuthStringFields[]
    = {"header_name", "ssm_param_path", "token_ssm_param_path", "token_url", "client_id",
        "client_secret_ssm_param_path", "private_key_ssm_param_path", "assertion_issuer",
        "assertion_subject", "assertion_audience", "assertion_algorithm", "assertion_kid"};

bool isLoopbackUrl(const QUrl &url)
{
    const QHostAddress host(url.host());
    return (url.scheme() == u"http" || url.scheme() == u"https") && !host.isNull()
        && host.isLoopback();
}

QJsonValue parsedBody(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError) {
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
    }
    return QString::fromUtf8(body);
}

QString percent(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

struct IntegrationsApi::Secrets
{
    QHash<QString, QString> values; // pathKey -> value
};

IntegrationsApi::IntegrationsApi(PlatformRoutes *routes, const SecretBox *box, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
    , m_box(box)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    auto bind = [this](HttpReply (IntegrationsApi::*fn)(const PlatformCall &)) {
        return [this, fn](const PlatformCall &call) {
            return (this->*fn)(call);
        };
    };
    const QString all = QStringLiteral("/v1/:workspace/integrations");
    const QString one = all + QStringLiteral("/:id");
    // health-check before /:id, so the literal wins.
    routes->add(Method::Get, all + QStringLiteral("/health-check"), Scope::Workspace, Need::Read,
        bind(&IntegrationsApi::healthCheck));
    routes->add(Method::Get, all, Scope::Workspace, Need::Read, bind(&IntegrationsApi::list));
    routes->add(Method::Post, all, Scope::Workspace, Need::Admin, bind(&IntegrationsApi::create));
    routes->add(Method::Get, one, Scope::Workspace, Need::Read, bind(&IntegrationsApi::get));
    routes->add(Method::Put, one, Scope::Workspace, Need::Admin, bind(&IntegrationsApi::update));
    routes->add(Method::Delete, one, Scope::Workspace, Need::Admin, bind(&IntegrationsApi::remove));
    routes->add(Method::Post, one + QStringLiteral("/endpoints/:endpoint/test"), Scope::Workspace,
        Need::Read, bind(&IntegrationsApi::test));
}

QJsonObject IntegrationsApi::toJson(const IntegrationRecord &i) const
{
    QJsonValue auth = QJsonValue::Null;
    if (i.auth) {
        QJsonObject a;
        a.insert(QStringLiteral("type"), i.auth->value(QStringLiteral("type")));
        for (const char *key : kAuthStringFields) {
            const QJsonValue v = i.auth->value(QLatin1String(key));
            a.insert(QLatin1String(key), v.isString() ? v : QJsonValue(QJsonValue::Null));
        }
        for (const char *key : {"scopes", "gcp_scopes"}) {
            const QJsonValue v = i.auth->value(QLatin1String(key));
            a.insert(QLatin1String(key), v.isArray() ? v : QJsonValue(QJsonValue::Null));
        }
        a.insert(QStringLiteral("token_lifetime_seconds"),
            i.auth->value(QStringLiteral("token_lifetime_seconds")).toInt(3600));
        a.insert(QStringLiteral("assertion_scopes_in_jwt"),
            i.auth->value(QStringLiteral("assertion_scopes_in_jwt")).toBool(false));
        auth = a;
    }
    auto optional = [](const std::optional<QString> &s) {
        return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("workspace_id"), i.workspaceId},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("display_name"), i.displayName},
        {QStringLiteral("protocol"), i.protocol},
        {QStringLiteral("base_url"), i.baseUrl},
        {QStringLiteral("auth"), auth},
        {QStringLiteral("endpoints"), i.endpoints},
        {QStringLiteral("enabled"), i.enabled},
        {QStringLiteral("builtin"), i.builtin},
        {QStringLiteral("created_at"), fastapi::iso(i.createdAt)},
        {QStringLiteral("updated_at"), fastapi::iso(i.updatedAt)},
        {QStringLiteral("mcp_transport"), optional(i.mcpTransport)},
        {QStringLiteral("mcp_command"), optional(i.mcpCommand)},
        {QStringLiteral("mcp_args"),
            i.mcpArgs ? QJsonValue(QJsonArray::fromStringList(*i.mcpArgs))
                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("mcp_url"), optional(i.mcpUrl)},
        {QStringLiteral("mcp_headers"),
            i.mcpHeaders ? QJsonValue(*i.mcpHeaders) : QJsonValue(QJsonValue::Null)},
    };
}

namespace {

// One endpoint of a request body, checked and with its defaults filled in.
QJsonObject readEndpoint(const QJsonValue &value, int index, fastapi::Errors *errors)
{
    const QJsonArray base{QStringLiteral("body"), QStringLiteral("endpoints"), index};
    auto loc = [&base](const char *key) {
        QJsonArray l = base;
        l.append(QLatin1String(key));
        return l;
    };
    if (!value.isObject()) {
        errors->add(base,
            QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
            QStringLiteral("model_attributes_type"), value);
        return {};
    }
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (const char *key : {"name", "description", "path"}) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (v.isUndefined())
            errors->add(loc(key), QStringLiteral("Field required"), QStringLiteral("missing"), in);
        else if (!v.isString())
            errors->add(loc(key), QStringLiteral("Input should be a valid string"),
                QStringLiteral("string_type"), v);
        else
            out.insert(QLatin1String(key), v);
    }
    if (out.value(QStringLiteral("name")).isString()
        && !QRegularExpression(QStringLiteral("^[A-Za-z0-9_.-]{1,128}$"))
                .match(out.value(QStringLiteral("name")).toString())
                .hasMatch()) {
        errors->add(loc("name"),
            QStringLiteral(
                "Value error, an endpoint name is 1 to 128 letters, digits, '_', '.' or '-'"),
            QStringLiteral("value_error"), out.value(QStringLiteral("name")));
    }
    auto choice = [&](const char *key, const QStringList &choices, const char *fallback) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (v.isUndefined()) {
            out.insert(QLatin1String(key), QLatin1String(fallback));
        } else if (!v.isString() || !choices.contains(v.toString())) {
            const QString expected = fastapi::expectedChoices(choices);
            errors->add(loc(key), QStringLiteral("Input should be ") + expected,
                QStringLiteral("literal_error"), v,
                QJsonObject{{QStringLiteral("expected"), expected}});
        } else {
            out.insert(QLatin1String(key), v);
        }
    };
    choice("method", kMethods, "POST");
    choice("result_delivery", {QStringLiteral("interrupt"), QStringLiteral("queue")}, "interrupt");
    choice("body_format", {QStringLiteral("json"), QStringLiteral("form")}, "json");
    auto nullableString = [&](const char *key) {
        const QJsonValue v = in.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            out.insert(QLatin1String(key), QJsonValue::Null);
        else if (!v.isString())
            errors->add(loc(key), QStringLiteral("Input should be a valid string"),
                QStringLiteral("string_type"), v);
        else
            out.insert(QLatin1String(key), v);
    };
    nullableString("base_url");
    nullableString("result_template");
    nullableString("result_key");
    // Objects of strings, or any object.
    auto object
        = [&](const char *key, bool stringValues, bool nullable, const QJsonValue &fallback) {
              const QJsonValue v = in.value(QLatin1String(key));
              if (v.isUndefined() || (nullable && v.isNull())) {
                  out.insert(QLatin1String(key), fallback);
                  return;
              }
              if (!v.isObject()) {
                  errors->add(loc(key), QStringLiteral("Input should be a valid dictionary"),
                      QStringLiteral("dict_type"), v);
                  return;
              }
              if (stringValues) {
                  const QJsonObject o = v.toObject();
                  for (auto it = o.begin(); it != o.end(); ++it) {
                      if (!it.value().isString()) {
                          QJsonArray l = loc(key);
                          l.append(it.key());
                          errors->add(l, QStringLiteral("Input should be a valid string"),
                              QStringLiteral("string_type"), it.value());
                      }
                  }
              }
              out.insert(QLatin1String(key), v);
          };
    object("input_schema", false, false, QJsonObject{});
    object("response_mapping", true, true, QJsonValue::Null);
    object("headers", true, false, QJsonObject{});
    const QJsonValue filter = in.value(QStringLiteral("response_filter"));
    if (filter.isUndefined() || filter.isNull()) {
        out.insert(QStringLiteral("response_filter"), QJsonValue::Null);
    } else if (!filter.isArray()) {
        errors->add(loc("response_filter"), QStringLiteral("Input should be a valid list"),
            QStringLiteral("list_type"), filter);
    } else {
        out.insert(QStringLiteral("response_filter"), filter);
    }
    const QJsonValue max = in.value(QStringLiteral("max_result_length"));
    if (max.isUndefined()) {
        out.insert(QStringLiteral("max_result_length"), 0);
    } else if (!max.isDouble() || max.toDouble() != double(qint64(max.toDouble()))
        || max.toDouble() < 0) {
        errors->add(loc("max_result_length"),
            QStringLiteral("Input should be a non-negative integer"), QStringLiteral("int_type"),
            max);
    } else {
        out.insert(QStringLiteral("max_result_length"), max);
    }
    QJsonObject retry{{QStringLiteral("max_retries"), 2},
        {QStringLiteral("retry_on_status"), QJsonArray{429, 502, 503, 504}}};
    const QJsonValue r = in.value(QStringLiteral("retry_config"));
    if (r.isObject()) {
        const QJsonObject ro = r.toObject();
        if (ro.contains(QStringLiteral("max_retries"))) {
            const QJsonValue n = ro.value(QStringLiteral("max_retries"));
            if (!n.isDouble() || n.toInt(-1) < 0 || n.toInt() > 10) {
                QJsonArray l = loc("retry_config");
                l.append(QStringLiteral("max_retries"));
                errors->add(l, QStringLiteral("Value error, max_retries is 0 to 10"),
                    QStringLiteral("value_error"), n);
            } else {
                retry.insert(QStringLiteral("max_retries"), n.toInt());
            }
        }
        if (ro.value(QStringLiteral("retry_on_status")).isArray())
            retry.insert(
                QStringLiteral("retry_on_status"), ro.value(QStringLiteral("retry_on_status")));
    } else if (!r.isUndefined()) {
        errors->add(loc("retry_config"), QStringLiteral("Input should be a valid dictionary"),
            QStringLiteral("dict_type"), r);
    }
    out.insert(QStringLiteral("retry_config"), retry);
    const QJsonValue endpointAuth = in.value(QStringLiteral("auth"));
    out.insert(QStringLiteral("auth"),
        endpointAuth.isObject() ? endpointAuth : QJsonValue(QJsonValue::Null));
    return out;
}

// The fields each auth type needs, beyond `type`. A secret may be given as its
// value (sealed by the sandbox) or as an existing path.
struct AuthRule
{
    QStringList required;
    QList<QPair<QString, QString>> secrets; // value key, path key
};

AuthRule ruleFor(const QString &type)
{
    if (type == u"api_key_header")
        return {{QStringLiteral("header_name")},
            {{QStringLiteral("api_key_value"), QStringLiteral("ssm_param_path")}}};
    if (type == u"bearer_token")
        return {
            {}, {{QStringLiteral("bearer_token_value"), QStringLiteral("token_ssm_param_path")}}};
    if (type == u"oauth2_client_credentials")
        return {{QStringLiteral("token_url"), QStringLiteral("client_id")},
            {{QStringLiteral("client_secret_value"),
                QStringLiteral("client_secret_ssm_param_path")}}};
    if (type == u"oauth2_jwt_bearer")
        return {{QStringLiteral("token_url"), QStringLiteral("assertion_issuer"),
                    QStringLiteral("assertion_audience")},
            {{QStringLiteral("private_key_value"), QStringLiteral("private_key_ssm_param_path")}}};
    if (type == u"gcp_wif")
        return {{QStringLiteral("assertion_audience"), QStringLiteral("gcp_scopes")}, {}};
    if (type == u"smart_backend_services")
        return {{QStringLiteral("token_url"), QStringLiteral("client_id"),
                    QStringLiteral("assertion_algorithm")},
            {{QStringLiteral("private_key_value"), QStringLiteral("private_key_ssm_param_path")}}};
    return {};
}

} // namespace

void IntegrationsApi::readBody(const PlatformCall &call, bool creating, IntegrationRecord *out,
    Secrets *secrets, fastapi::Errors *errors) const
{
    fastapi::Body body(call.request, errors);
    if (!body.isValid())
        return;
    const QJsonObject in = body.object();
    if (creating) {
        fastapi::Body::StringRule name;
        name.required = true;
        name.minLength = 1;
        name.maxLength = 128;
        name.pattern = kNamePattern;
        if (auto v = body.string(QStringLiteral("name"), name))
            out->name = *v;
    }
    fastapi::Body::StringRule display;
    display.required = creating;
    display.nullable = !creating;
    display.minLength = 1;
    display.maxLength = 256;
    if (auto v = body.string(QStringLiteral("display_name"), display))
        out->displayName = *v;
    fastapi::Body::StringRule protocol;
    protocol.nullable = !creating;
    protocol.choices = kProtocols;
    if (auto v = body.string(QStringLiteral("protocol"), protocol))
        out->protocol = *v;
    fastapi::Body::StringRule url;
    url.nullable = !creating;
    url.maxLength = 2048;
    if (auto v = body.string(QStringLiteral("base_url"), url))
        out->baseUrl = *v;
    if (auto v = body.boolean(QStringLiteral("enabled")))
        out->enabled = *v;
    fastapi::Body::StringRule transport;
    transport.nullable = true;
    transport.choices = kTransports;
    if (auto v = body.string(QStringLiteral("mcp_transport"), transport))
        out->mcpTransport = *v;
    fastapi::Body::StringRule command;
    command.nullable = true;
    command.maxLength = 512;
    if (auto v = body.string(QStringLiteral("mcp_command"), command))
        out->mcpCommand = *v;
    fastapi::Body::StringRule mcpUrl;
    mcpUrl.nullable = true;
    mcpUrl.maxLength = 2048;
    if (auto v = body.string(QStringLiteral("mcp_url"), mcpUrl))
        out->mcpUrl = *v;
    if (auto v = body.stringList(QStringLiteral("mcp_args"), 0, -1, -1, false, true))
        out->mcpArgs = *v;
    if (in.value(QStringLiteral("mcp_headers")).isObject())
        out->mcpHeaders = in.value(QStringLiteral("mcp_headers")).toObject();
    else if (auto v = body.object(QStringLiteral("mcp_headers"), true))
        out->mcpHeaders = QJsonDocument::fromJson(*v).object();

    // Endpoints: each checked, names unique.
    const QJsonValue endpoints = in.value(QStringLiteral("endpoints"));
    if (!endpoints.isUndefined() && !endpoints.isNull()) {
        if (!endpoints.isArray()) {
            errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("endpoints")},
                QStringLiteral("Input should be a valid list"), QStringLiteral("list_type"),
                endpoints);
        } else {
            QJsonArray checked;
            QSet<QString> names;
            const QJsonArray list = endpoints.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject e = readEndpoint(list.at(i), int(i), errors);
                const QString name = e.value(QStringLiteral("name")).toString();
                if (!name.isEmpty() && names.contains(name)) {
                    errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("endpoints"),
                                    int(i), QStringLiteral("name")},
                        QStringLiteral(
                            "Value error, another endpoint of this integration has this name"),
                        QStringLiteral("value_error"), name);
                }
                names.insert(name);
                checked.append(e);
            }
            out->endpoints = checked;
        }
    }

    // Auth: the type's fields, and its secret as a value or a path.
    const QJsonValue auth = in.value(QStringLiteral("auth"));
    if (!auth.isUndefined() && !auth.isNull()) {
        if (!auth.isObject()) {
            errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("auth")},
                QStringLiteral("Input should be a valid dictionary"), QStringLiteral("dict_type"),
                auth);
        } else {
            const QJsonObject a = auth.toObject();
            auto aloc = [](const QString &key) {
                return QJsonArray{QStringLiteral("body"), QStringLiteral("auth"), key};
            };
            const QString type = a.value(QStringLiteral("type")).toString();
            QJsonObject kept;
            if (!a.contains(QStringLiteral("type"))) {
                errors->add(aloc(QStringLiteral("type")), QStringLiteral("Field required"),
                    QStringLiteral("missing"), a);
            } else if (!kAuthTypes.contains(type)) {
                const QString expected = fastapi::expectedChoices(kAuthTypes);
                errors->add(aloc(QStringLiteral("type")),
                    QStringLiteral("Input should be ") + expected, QStringLiteral("literal_error"),
                    a.value(QStringLiteral("type")),
                    QJsonObject{{QStringLiteral("expected"), expected}});
            } else {
                kept.insert(QStringLiteral("type"), type);
                for (const char *key : kAuthStringFields) {
                    const QJsonValue v = a.value(QLatin1String(key));
                    if (v.isString())
                        kept.insert(QLatin1String(key), v);
                    else if (!v.isUndefined() && !v.isNull())
                        errors->add(aloc(QLatin1String(key)),
                            QStringLiteral("Input should be a valid string"),
                            QStringLiteral("string_type"), v);
                }
                for (const char *key : {"scopes", "gcp_scopes"}) {
                    const QJsonValue v = a.value(QLatin1String(key));
                    if (v.isArray())
                        kept.insert(QLatin1String(key), v);
                }
                if (a.value(QStringLiteral("token_lifetime_seconds")).isDouble())
                    kept.insert(QStringLiteral("token_lifetime_seconds"),
                        a.value(QStringLiteral("token_lifetime_seconds")));
                if (a.value(QStringLiteral("assertion_scopes_in_jwt")).isBool())
                    kept.insert(QStringLiteral("assertion_scopes_in_jwt"),
                        a.value(QStringLiteral("assertion_scopes_in_jwt")));
                const QString algorithm
                    = kept.value(QStringLiteral("assertion_algorithm")).toString();
                if (!algorithm.isEmpty() && algorithm != u"RS384" && algorithm != u"ES384") {
                    errors->add(aloc(QStringLiteral("assertion_algorithm")),
                        QStringLiteral("Input should be 'RS384' or 'ES384'"),
                        QStringLiteral("literal_error"), algorithm,
                        QJsonObject{
                            {QStringLiteral("expected"), QStringLiteral("'RS384' or 'ES384'")}});
                }
                for (const SecretField &f : kSecretFields) {
                    const QJsonValue v = a.value(QLatin1String(f.valueKey));
                    if (v.isUndefined() || v.isNull())
                        continue;
                    const QString value = v.toObject().value(QStringLiteral("value")).toString();
                    if (!v.isObject() || !v.toObject().value(QStringLiteral("value")).isString()) {
                        QJsonArray l = aloc(QLatin1String(f.valueKey));
                        l.append(QStringLiteral("value"));
                        // Never echo a secret, not even a malformed one.
                        errors->add(l, QStringLiteral("Field required"), QStringLiteral("missing"));
                    } else if (value.isEmpty()) {
                        QJsonArray l = aloc(QLatin1String(f.valueKey));
                        l.append(QStringLiteral("value"));
                        errors->add(l, QStringLiteral("Value error, a secret cannot be empty"),
                            QStringLiteral("value_error"));
                    } else {
                        secrets->values.insert(QLatin1String(f.pathKey), value);
                    }
                }
                const AuthRule rule = ruleFor(type);
                for (const QString &key : rule.required) {
                    const QJsonValue v = kept.value(key);
                    if (v.isUndefined() || (v.isString() && v.toString().isEmpty())
                        || (v.isArray() && v.toArray().isEmpty())) {
                        errors->add(aloc(key),
                            QStringLiteral("Value error, %1 needs %2").arg(type, key),
                            QStringLiteral("value_error"));
                    }
                }
                for (const auto &[valueKey, pathKey] : rule.secrets) {
                    const bool previous = !creating && out->auth
                        && out->auth->value(QStringLiteral("type")).toString() == type
                        && out->auth->value(pathKey).isString();
                    if (!secrets->values.contains(pathKey) && !kept.value(pathKey).isString()
                        && !previous) {
                        errors->add(aloc(valueKey),
                            QStringLiteral("Value error, %1 needs %2 (or %3)")
                                .arg(type, valueKey, pathKey),
                            QStringLiteral("value_error"));
                    }
                }
                out->auth = kept;
            }
        }
    }

    // The protocol's own fields.
    if (out->protocol == u"mcp") {
        if (!out->mcpTransport) {
            errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("mcp_transport")},
                QStringLiteral("Value error, an mcp integration needs mcp_transport"),
                QStringLiteral("value_error"));
        } else if (*out->mcpTransport == u"stdio"
            && out->mcpCommand.value_or(QString()).isEmpty()) {
            errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("mcp_command")},
                QStringLiteral("Value error, a stdio mcp integration needs mcp_command"),
                QStringLiteral("value_error"));
        } else if (*out->mcpTransport != u"stdio" && out->mcpUrl.value_or(QString()).isEmpty()) {
            errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("mcp_url")},
                QStringLiteral("Value error, an %1 mcp integration needs mcp_url")
                    .arg(*out->mcpTransport),
                QStringLiteral("value_error"));
        }
    } else if (!out->protocol.isEmpty()) {
        const QUrl u(out->baseUrl);
        if (out->baseUrl.isEmpty() || !u.isValid()
            || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty()) {
            errors->add(QJsonArray{QStringLiteral("body"), QStringLiteral("base_url")},
                QStringLiteral("Value error, a %1 integration needs an http(s) base_url")
                    .arg(out->protocol),
                QStringLiteral("value_error"), out->baseUrl);
        }
    }
}

void IntegrationsApi::storeSecrets(const Workspace &ws, IntegrationRecord *record,
    const Secrets &secrets, const std::optional<QJsonObject> &previousAuth)
{
    if (!record->auth)
        return;
    QJsonObject auth = *record->auth;
    for (const SecretField &f : kSecretFields) {
        const QString pathKey = QLatin1String(f.pathKey);
        if (secrets.values.contains(pathKey)) {
            const QString path = QStringLiteral("/sandbox/%1/integrations/%2/%3")
                                     .arg(ws.slug, record->name, QLatin1String(f.kind));
            m_routes->store()->putSecret(
                path, record->id, m_box->seal(secrets.values.value(pathKey).toUtf8()));
            auth.insert(pathKey, path);
        } else if (!auth.value(pathKey).isString() && previousAuth
            && previousAuth->value(QStringLiteral("type")) == auth.value(QStringLiteral("type"))
            && previousAuth->value(pathKey).isString()) {
            // Left empty on edit: the stored secret stays.
            auth.insert(pathKey, previousAuth->value(pathKey));
        }
    }
    record->auth = auth;
}

QString IntegrationsApi::secretValue(const QJsonObject &auth, const char *pathKey) const
{
    const QString path = auth.value(QLatin1String(pathKey)).toString();
    if (path.isEmpty())
        return {};
    const std::optional<QByteArray> box = m_routes->store()->secret(path);
    if (!box)
        return {};
    const std::optional<QByteArray> plain = m_box->open(*box);
    return plain ? QString::fromUtf8(*plain) : QString();
}

HttpReply IntegrationsApi::list(const PlatformCall &call)
{
    fastapi::Errors errors;
    Store::IntegrationFilter filter;
    bool valid = true;
    filter.enabled = fastapi::queryBool(call.request, QStringLiteral("enabled"), &errors, &valid);
    filter.protocol
        = call.request.query.queryItemValue(QStringLiteral("protocol"), QUrl::FullyDecoded);
    if (call.request.query.hasQueryItem(QStringLiteral("search"))) {
        filter.search
            = call.request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
        if (filter.search.isEmpty() || filter.search.size() > 200) {
            const bool empty = filter.search.isEmpty();
            errors.add(QJsonArray{QStringLiteral("query"), QStringLiteral("search")},
                empty ? QStringLiteral("String should have at least 1 character")
                      : QStringLiteral("String should have at most 200 characters"),
                empty ? QStringLiteral("string_too_short") : QStringLiteral("string_too_long"),
                filter.search,
                empty ? QJsonObject{{QStringLiteral("min_length"), 1}}
                      : QJsonObject{{QStringLiteral("max_length"), 200}});
        }
    }
    if (call.request.query.hasQueryItem(QStringLiteral("sort_by"))) {
        const QString sort
            = call.request.query.queryItemValue(QStringLiteral("sort_by"), QUrl::FullyDecoded);
        if (!kSorts.contains(sort)) {
            const QString expected = fastapi::expectedChoices(kSorts);
            errors.add(QJsonArray{QStringLiteral("query"), QStringLiteral("sort_by")},
                QStringLiteral("Value error, sort_by must be one of ") + expected,
                QStringLiteral("value_error"), sort);
        } else {
            filter.descending = sort.startsWith(u'-');
            filter.sortColumn = filter.descending ? sort.mid(1) : sort;
        }
    }
    const auto limit = fastapi::queryInt(
        call.request, QStringLiteral("limit"), 10, 0, std::nullopt, 20, &errors);
    const auto offset = fastapi::queryInt(call.request, QStringLiteral("continuation_token"), 0,
        std::nullopt, std::nullopt, std::nullopt, &errors);
    if (!errors.isEmpty())
        return errors.reply();
    int total = 0;
    const int start = int(std::clamp<qint64>(*offset, 0, std::numeric_limits<int>::max()));
    const QVector<IntegrationRecord> rows
        = m_routes->store()->integrations(call.workspace.id, filter, start, int(*limit), &total);
    QJsonArray items;
    for (const IntegrationRecord &i : rows)
        items.append(toJson(i));
    return fastapi::page(items, start, total);
}

HttpReply IntegrationsApi::create(const PlatformCall &call)
{
    fastapi::Errors errors;
    IntegrationRecord record;
    Secrets secrets;
    readBody(call, true, &record, &secrets, &errors);
    if (!errors.isEmpty())
        return errors.reply();
    if (m_routes->store()->integrationByName(call.workspace.id, record.name))
        return fastapi::detail(
            409, QStringLiteral("Integration name already taken in this workspace."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.workspaceId = call.workspace.id;
    record.createdAt = record.updatedAt = now;
    storeSecrets(call.workspace, &record, secrets, std::nullopt);
    m_routes->store()->insertIntegration(record);
    return HttpReply::json(201, toJson(record));
}

HttpReply IntegrationsApi::get(const PlatformCall &call)
{
    const std::optional<IntegrationRecord> i
        = m_routes->store()->integration(call.workspace.id, call.params.value(0));
    if (!i)
        return fastapi::detail(404, QStringLiteral("Integration not found"));
    return HttpReply::json(200, toJson(*i));
}

HttpReply IntegrationsApi::update(const PlatformCall &call)
{
    const std::optional<IntegrationRecord> existing
        = m_routes->store()->integration(call.workspace.id, call.params.value(0));
    if (!existing)
        return fastapi::detail(404, QStringLiteral("Integration not found"));
    fastapi::Errors errors;
    IntegrationRecord record = *existing;
    Secrets secrets;
    readBody(call, false, &record, &secrets, &errors);
    if (!errors.isEmpty())
        return errors.reply();
    record.updatedAt = QDateTime::currentMSecsSinceEpoch();
    storeSecrets(call.workspace, &record, secrets, existing->auth);
    m_routes->store()->updateIntegration(record);
    return HttpReply::json(200, toJson(record));
}

HttpReply IntegrationsApi::remove(const PlatformCall &call)
{
    const std::optional<IntegrationRecord> i
        = m_routes->store()->integration(call.workspace.id, call.params.value(0));
    if (!i)
        return fastapi::detail(404, QStringLiteral("Integration not found"));
    if (i->builtin) {
        fastapi::Errors errors;
        errors.add(QJsonArray{QStringLiteral("path"), QStringLiteral("integration_id")},
            QStringLiteral(
                "Value error, a built-in integration cannot be deleted; disable it instead"),
            QStringLiteral("value_error"), i->id);
        return errors.reply();
    }
    m_routes->store()->deleteIntegration(i->id);
    HttpReply reply;
    reply.status = 204;
    return reply;
}

HttpReply IntegrationsApi::healthCheck(const PlatformCall &call)
{
    Store::IntegrationFilter filter;
    filter.enabled = true;
    int total = 0;
    const QVector<IntegrationRecord> all
        = m_routes->store()->integrations(call.workspace.id, filter, 0, 10000, &total);
    struct State
    {
        QJsonObject results;
        int pending = 0;
        std::shared_ptr<DeferredReply> deferred = std::make_shared<DeferredReply>();
        qint64 checkedAt = QDateTime::currentMSecsSinceEpoch();
        void done()
        {
            if (--pending > 0)
                return;
            deferred->resolve(HttpReply::json(200,
                QJsonObject{{QStringLiteral("checked_at"), fastapi::iso(checkedAt)},
                    {QStringLiteral("integrations"), results}}));
        }
    };
    auto state = std::make_shared<State>();
    state->pending = int(all.size()) + 1;
    for (const IntegrationRecord &i : all) {
        QJsonObject entry{
            {QStringLiteral("name"), i.name}, {QStringLiteral("protocol"), i.protocol}};
        const bool mcp = i.protocol == u"mcp";
        if (mcp && i.mcpTransport.value_or(QString()) == u"stdio") {
            entry.insert(QStringLiteral("status"), QStringLiteral("not_checked"));
            entry.insert(QStringLiteral("error"),
                QStringLiteral("The sandbox does not start stdio MCP servers."));
            state->results.insert(i.id, entry);
            --state->pending;
            continue;
        }
        const QUrl url(mcp ? i.mcpUrl.value_or(QString()) : i.baseUrl);
        entry.insert(QStringLiteral("url"), url.toString());
        if (!isLoopbackUrl(url)) {
            entry.insert(QStringLiteral("status"), QStringLiteral("unreachable"));
            entry.insert(QStringLiteral("error"),
                QStringLiteral("The sandbox only calls loopback addresses; %1 was not contacted.")
                    .arg(url.host()));
            state->results.insert(i.id, entry);
            --state->pending;
            continue;
        }
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = mcp
            ? m_nam.post(
                request, QByteArrayLiteral(R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})"))
            : m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this,
            [reply, state, timer, entry, id = i.id]() mutable {
                reply->deleteLater();
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                entry.insert(QStringLiteral("latency_ms"), timer.elapsed());
                entry.insert(QStringLiteral("status_code"),
                    status ? QJsonValue(status) : QJsonValue(QJsonValue::Null));
                const bool healthy = status > 0 && status < 500;
                entry.insert(QStringLiteral("status"),
                    healthy ? QStringLiteral("healthy") : QStringLiteral("unhealthy"));
                entry.insert(QStringLiteral("error"),
                    healthy ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(status ? QStringLiteral("HTTP %1").arg(status)
                                                : reply->errorString()));
                state->results.insert(id, entry);
                state->done();
            });
    }
    state->done(); // the +1: resolves now when nothing was sent
    return HttpReply::later(state->deferred);
}

HttpReply IntegrationsApi::test(const PlatformCall &call)
{
    const std::optional<IntegrationRecord> integration
        = m_routes->store()->integration(call.workspace.id, call.params.value(0));
    if (!integration)
        return fastapi::detail(404, QStringLiteral("Integration not found"));
    const QString endpointName = call.params.value(1);
    QJsonObject endpoint;
    for (const QJsonValue &e : integration->endpoints) {
        if (e[QStringLiteral("name")].toString() == endpointName)
            endpoint = e.toObject();
    }
    if (endpoint.isEmpty())
        return fastapi::detail(404, QStringLiteral("Endpoint not found"));
    fastapi::Errors errors;
    QJsonObject params;
    if (!call.request.body.trimmed().isEmpty()) {
        fastapi::Body body(call.request, &errors);
        if (body.isValid()) {
            const QJsonValue p = body.object().value(QStringLiteral("params"));
            if (p.isObject())
                params = p.toObject();
            else if (!p.isUndefined())
                errors.add(QJsonArray{QStringLiteral("body"), QStringLiteral("params")},
                    QStringLiteral("Input should be a valid dictionary"),
                    QStringLiteral("dict_type"), p);
        }
    }
    if (errors.isEmpty())
        pipeline::validateParams(
            endpoint.value(QStringLiteral("input_schema")).toObject(), params, &errors);
    if (!errors.isEmpty())
        return errors.reply();

    // The request: URL with {param} placeholders filled, the rest as query or body.
    const bool mcp = integration->protocol == u"mcp";
    QString method = endpoint.value(QStringLiteral("method")).toString(QStringLiteral("POST"));
    QJsonObject rest = params;
    QString base = endpoint.value(QStringLiteral("base_url")).toString();
    if (base.isEmpty())
        base = mcp ? integration->mcpUrl.value_or(QString()) : integration->baseUrl;
    QString path = mcp ? QString() : endpoint.value(QStringLiteral("path")).toString();
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    for (auto it = placeholder.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        path.replace(m.captured(0), percent(scalarText(params.value(m.captured(1)))));
        rest.remove(m.captured(1));
    }
    QUrl url(base.endsWith(u'/') && path.startsWith(u'/') ? base + path.mid(1) : base + path);
    QByteArray body;
    QByteArray contentType;
    if (mcp) {
        method = QStringLiteral("POST");
        body = QJsonDocument(
            QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                {QStringLiteral("id"), 1}, {QStringLiteral("method"), QStringLiteral("tools/call")},
                {QStringLiteral("params"),
                    QJsonObject{{QStringLiteral("name"), endpoint.value(QStringLiteral("path"))},
                        {QStringLiteral("arguments"), params}}}})
                   .toJson(QJsonDocument::Compact);
        contentType = "application/json";
    } else if (method == u"GET" || method == u"DELETE") {
        QUrlQuery q(url);
        for (auto it = rest.begin(); it != rest.end(); ++it) {
            if (it.value().isArray()) {
                const QJsonArray values = it.value().toArray();
                for (const QJsonValue &v : values)
                    q.addQueryItem(it.key(), percent(scalarText(v)));
            } else {
                q.addQueryItem(it.key(), percent(scalarText(it.value())));
            }
        }
        url.setQuery(q);
    } else if (endpoint.value(QStringLiteral("body_format")).toString() == u"form") {
        QUrlQuery form;
        for (auto it = rest.begin(); it != rest.end(); ++it)
            form.addQueryItem(it.key(), percent(scalarText(it.value())));
        body = form.toString(QUrl::FullyEncoded).toUtf8();
        contentType = "application/x-www-form-urlencoded";
    } else {
        body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        contentType = "application/json";
    }

    struct Run
    {
        std::shared_ptr<DeferredReply> deferred = std::make_shared<DeferredReply>();
        QElapsedTimer timer;
        int retries = 0;
        int maxRetries = 2;
        QList<int> retryOn;
        QNetworkRequest request;
        QByteArray verb;
        QByteArray body;
        QJsonObject endpoint;
        void finish(std::optional<int> status, const QJsonValue &raw, const QString &error)
        {
            QJsonObject out{{QStringLiteral("status_code"),
                                status ? QJsonValue(*status) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("duration_ms"), double(timer.nsecsElapsed()) / 1e6},
                {QStringLiteral("retries"), retries}, {QStringLiteral("raw_response"), raw},
                {QStringLiteral("after_filter"), QJsonValue::Null},
                {QStringLiteral("after_mapping"), QJsonValue::Null},
                {QStringLiteral("final_result"), QJsonValue::Null},
                {QStringLiteral("error"),
                    error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)}};
            if (error.isEmpty()) {
                QStringList filter;
                const QJsonArray paths
                    = endpoint.value(QStringLiteral("response_filter")).toArray();
                for (const QJsonValue &f : paths)
                    filter << f.toString();
                const QJsonValue filtered = pipeline::applyFilter(raw, filter);
                const QJsonValue mapped = pipeline::applyMapping(
                    filtered, endpoint.value(QStringLiteral("response_mapping")).toObject());
                const QString key = endpoint.value(QStringLiteral("result_key")).toString();
                const QJsonValue keyed = key.isEmpty() ? mapped : pipeline::select(mapped, key);
                const QJsonValue tpl = endpoint.value(QStringLiteral("result_template"));
                const QString rendered
                    = pipeline::applyTemplate(keyed, tpl.toString(), tpl.isString());
                out.insert(QStringLiteral("after_filter"), filtered);
                out.insert(QStringLiteral("after_mapping"), mapped);
                out.insert(QStringLiteral("final_result"),
                    pipeline::truncate(
                        rendered, endpoint.value(QStringLiteral("max_result_length")).toInt()));
            }
            deferred->resolve(HttpReply::json(200, out));
        }
    };
    auto run = std::make_shared<Run>();
    run->timer.start();
    run->endpoint = endpoint;
    const QJsonObject retry = endpoint.value(QStringLiteral("retry_config")).toObject();
    run->maxRetries = retry.value(QStringLiteral("max_retries")).toInt(2);
    const QJsonArray retryStatuses = retry.value(QStringLiteral("retry_on_status")).toArray();
    for (const QJsonValue &s : retryStatuses)
        run->retryOn << s.toInt();
    run->verb = method.toLatin1();
    run->body = body;
    if (!isLoopbackUrl(url)) {
        run->finish(std::nullopt, QJsonValue::Null,
            QStringLiteral("The sandbox only calls loopback addresses; %1 was not contacted.")
                .arg(url.host().isEmpty() ? url.toString() : url.host()));
        return HttpReply::later(run->deferred);
    }
    if (mcp && integration->mcpTransport.value_or(QString()) == u"stdio") {
        run->finish(std::nullopt, QJsonValue::Null,
            QStringLiteral("The sandbox does not start stdio MCP servers."));
        return HttpReply::later(run->deferred);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kAttemptTimeoutMs);
    request.setRawHeader("Accept", "application/json, application/fhir+json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    const QJsonObject headers = endpoint.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    if (integration->mcpHeaders) {
        for (auto it = integration->mcpHeaders->begin(); it != integration->mcpHeaders->end(); ++it)
            request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    }
    // The integration's auth (an endpoint's own auth wins).
    const QJsonObject auth = endpoint.value(QStringLiteral("auth")).isObject()
        ? endpoint.value(QStringLiteral("auth")).toObject()
        : integration->auth.value_or(QJsonObject{});
    const QString type = auth.value(QStringLiteral("type")).toString();

    QPointer<IntegrationsApi> self(this);
    auto attemptHolder = std::make_shared<std::function<void()>>();
    *attemptHolder = [self, run, attemptHolder]() {
        if (!self)
            return;
        QNetworkReply *reply = self->m_nam.sendCustomRequest(run->request, run->verb, run->body);
        QObject::connect(
            reply, &QNetworkReply::finished, self.data(), [self, run, reply, attemptHolder] {
                reply->deleteLater();
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray payload = reply->read(kMaxRawBytes);
                if (status == 0) {
                    run->finish(std::nullopt, QJsonValue::Null,
                        QStringLiteral("The request failed: %1").arg(reply->errorString()));
                    return;
                }
                if (run->retryOn.contains(status) && run->retries < run->maxRetries && self) {
                    ++run->retries;
                    const int wait
                        = std::min(2000, self->m_retryDelayMs * (1 << (run->retries - 1)));
                    QTimer::singleShot(wait, self.data(), [attemptHolder] { (*attemptHolder)(); });
                    return;
                }
                const QJsonValue raw = parsedBody(payload);
                if (status >= 400) {
                    run->finish(status, raw,
                        QStringLiteral("HTTP %1 from the upstream%2")
                            .arg(status)
                            .arg(run->retries == 0 ? QString()
                                    : run->retries == 1
                                    ? QStringLiteral(" after 1 retry")
                                    : QStringLiteral(" after %1 retries").arg(run->retries)));
                    return;
                }
                run->finish(status, raw, QString());
            });
    };

    auto startWith
        = [run, attemptHolder, request](const QByteArray &name, const QByteArray &value) mutable {
              if (!name.isEmpty())
                  request.setRawHeader(name, value);
              run->request = request;
              (*attemptHolder)();
          };
    if (type.isEmpty()) {
        startWith({}, {});
    } else if (type == u"api_key_header") {
        startWith(auth.value(QStringLiteral("header_name")).toString().toUtf8(),
            secretValue(auth, "ssm_param_path").toUtf8());
    } else if (type == u"bearer_token") {
        startWith("Authorization", "Bearer " + secretValue(auth, "token_ssm_param_path").toUtf8());
    } else if (type == u"oauth2_client_credentials") {
        // A real client-credentials grant first, to the token_url (loopback only).
        const QUrl tokenUrl(auth.value(QStringLiteral("token_url")).toString());
        if (!isLoopbackUrl(tokenUrl)) {
            run->finish(std::nullopt, QJsonValue::Null,
                QStringLiteral("The sandbox only calls loopback addresses; the token URL %1 was "
                               "not contacted.")
                    .arg(tokenUrl.host()));
            return HttpReply::later(run->deferred);
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"),
            percent(auth.value(QStringLiteral("client_id")).toString()));
        form.addQueryItem(QStringLiteral("client_secret"),
            percent(secretValue(auth, "client_secret_ssm_param_path")));
        QStringList scopes;
        const QJsonArray scopeList = auth.value(QStringLiteral("scopes")).toArray();
        for (const QJsonValue &s : scopeList)
            scopes << s.toString();
        if (!scopes.isEmpty())
            form.addQueryItem(QStringLiteral("scope"), percent(scopes.join(u' ')));
        QNetworkRequest tokenRequest(tokenUrl);
        tokenRequest.setTransferTimeout(kAttemptTimeoutMs);
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8());
        connect(reply, &QNetworkReply::finished, this, [reply, run, startWith]() mutable {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject token = QJsonDocument::fromJson(reply->read(kMaxRawBytes)).object();
            const QString access = token.value(QStringLiteral("access_token")).toString();
            if (status != 200 || access.isEmpty()) {
                run->finish(std::nullopt, QJsonValue::Null,
                    QStringLiteral(
                        "The token endpoint refused the client credentials (HTTP %1, %2).")
                        .arg(status)
                        .arg(token.value(QStringLiteral("error"))
                                 .toString(QStringLiteral("no error code"))));
                return;
            }
            startWith("Authorization", "Bearer " + access.toUtf8());
        });
    } else {
        // oauth2_jwt_bearer, gcp_wif, smart_backend_services need an RS384 /
        // ES384 signature (or Google's STS) the sandbox cannot produce: say so.
        run->finish(std::nullopt, QJsonValue::Null,
            QStringLiteral(
                "The sandbox cannot mint %1 credentials (it has no RS384/ES384 signer or "
                "token exchange); the request was not sent.")
                .arg(type));
    }
    return HttpReply::later(run->deferred);
}

QStringList IntegrationsApi::environmentWarnings(const Workspace &ws, const QString &target) const
{
    if (target != u"production")
        return {};
    Store::IntegrationFilter filter;
    filter.enabled = true;
    int total = 0;
    QStringList names;
    static const QRegularExpression nonProduction(QStringLiteral(
        "(^|[.-])(sandbox|staging|stage|test|dev|qa|localhost)([.-]|$)|^127\\.|^\\[?::1"));
    for (const IntegrationRecord &i :
        m_routes->store()->integrations(ws.id, filter, 0, 10000, &total)) {
        const QString host
            = QUrl(i.protocol == u"mcp" ? i.mcpUrl.value_or(QString()) : i.baseUrl).host();
        if (!host.isEmpty() && nonProduction.match(host).hasMatch())
            names << QStringLiteral("%1 (%2)").arg(i.name, host);
    }
    if (names.isEmpty())
        return {};
    return {QStringLiteral("%1 enabled integration(s) point at a non-production host: %2.")
                .arg(names.size())
                .arg(names.join(QStringLiteral(", ")))};
}

} // namespace sandbox
