#include "catalog.h"

#include <QJsonArray>

namespace sandbox {

namespace {

Connector make(const char *type, const char *name, const char *category, const char *method,
    const char *scope, const char *direction, QStringList streams, const char *description,
    const char *cadence)
{
    Connector c;
    c.type = QString::fromLatin1(type);
    c.name = QString::fromUtf8(name);
    c.category = QString::fromLatin1(category);
    c.authMethod = QString::fromLatin1(method);
    c.scope = QString::fromLatin1(scope);
    c.direction = QString::fromLatin1(direction);
    c.streams = std::move(streams);
    c.description = QString::fromUtf8(description);
    c.defaultCadence = QString::fromLatin1(cadence);
    return c;
}

QVector<Connector> buildCatalog()
{
    using L = QStringList;
    QVector<Connector> list = {
        make("hubspot", "HubSpot", "crm", "oauth_redirect", "business", "inbound",
            L{"contacts", "companies", "deals", "engagements"},
            "Contacts, companies, deals and engagement history from HubSpot CRM.", "1h"),
        make("salesforce", "Salesforce", "crm", "oauth_redirect", "business", "inbound",
            L{"accounts", "contacts", "opportunities", "leads", "tasks"},
            "Accounts, contacts, opportunities and activity from Salesforce.", "1h"),
        make("pipedrive", "Pipedrive", "crm", "api_key", "business", "inbound",
            L{"persons", "organizations", "deals", "activities"},
            "People, organizations and deals from Pipedrive. Needs an API token.", "1h"),
        make("gong", "Gong", "calls", "oauth_redirect", "business", "inbound",
            L{"calls", "transcripts", "users"}, "Call recordings and transcripts from Gong.",
            "30m"),
        make("fathom", "Fathom", "calls", "api_key", "business", "inbound",
            L{"meetings", "transcripts", "summaries"},
            "Meeting recordings, transcripts and summaries from Fathom.", "30m"),
        make("granola", "Granola", "calls", "api_key", "business", "inbound",
            L{"notes", "transcripts"}, "Meeting notes from Granola.", "30m"),
        make("fireflies", "Fireflies", "calls", "api_key", "business", "inbound",
            L{"meetings", "transcripts"},
            "Transcripts from Fireflies. API access needs a Fireflies Business-tier plan.", "30m"),
        make("grain", "Grain", "calls", "api_key", "business", "inbound",
            L{"recordings", "highlights"}, "Recordings and highlights from Grain.", "30m"),
        make("aircall", "Aircall", "calls", "api_key", "business", "inbound",
            L{"calls", "contacts", "users"}, "Phone calls and contacts from Aircall.", "30m"),
        make("circleback", "Circleback", "calls", "api_key", "business", "inbound",
            L{"meetings", "notes"}, "Meeting notes from Circleback.", "30m"),
        make("gmail", "Gmail", "comms", "oauth_redirect", "personal", "inbound",
            L{"messages", "threads", "labels"}, "A member's own Gmail mailbox.", "10m"),
        make("outlook", "Outlook", "comms", "oauth_redirect", "personal", "inbound",
            L{"messages", "folders", "events"}, "A member's own Outlook mailbox and calendar.",
            "10m"),
        make("slack", "Slack", "comms", "oauth_redirect", "business", "inbound",
            L{"channels", "messages", "users"}, "Public channels and messages from Slack.", "10m"),
        make("notion", "Notion", "docs", "oauth_redirect", "business", "inbound",
            L{"pages", "databases", "users"}, "Pages and databases shared with the integration.",
            "6h"),
        make("notion_knowledge_sync", "Notion Knowledge Sync", "docs", "oauth_redirect", "business",
            "outbound", L{"knowledge_articles"},
            "Mirrors your knowledge base out into a Notion database you own.", "6h"),
        make("pylon", "Pylon", "support", "api_key", "business", "inbound",
            L{"issues", "accounts", "messages"}, "Support issues and accounts from Pylon.", "1h"),
        make("zendesk", "Zendesk (webhook)", "support", "webhook", "business", "inbound",
            L{"tickets", "ticket_events"},
            "Ticket events pushed by Zendesk to a signed webhook URL.", "1h"),
        make("twitter", "X / Twitter", "social", "handle", "business", "inbound",
            L{"posts", "metrics"}, "Track a public X account by its handle.", "1d"),
        make("linkedin", "LinkedIn", "social", "handle", "business", "inbound",
            L{"posts", "metrics"}, "Track a public LinkedIn page by its handle.", "1d"),
    };
    for (Connector &c : list) {
        if (c.type == u"circleback") {
            c.connectable = false;
            c.notConnectableReason = QStringLiteral("coming_soon");
        }
    }
    return list;
}

} // namespace

QJsonObject Connector::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type}, {QStringLiteral("name"), name},
        {QStringLiteral("category"), category}, {QStringLiteral("authMethod"), authMethod},
        {QStringLiteral("scope"), scope}, {QStringLiteral("direction"), direction},
        {QStringLiteral("connectable"), connectable},
        {QStringLiteral("streams"), QJsonArray::fromStringList(streams)},
        {QStringLiteral("description"), description}};
    if (!connectable)
        o.insert(QStringLiteral("not_connectable_reason"), notConnectableReason);
    return o;
}

const QVector<Connector> &catalog()
{
    static const QVector<Connector> list = buildCatalog();
    return list;
}

const Connector *findConnector(const QString &type)
{
    for (const Connector &c : catalog()) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

bool isCadencePreset(const QString &cadence)
{
    return cadenceSeconds(cadence) > 0;
}

qint64 cadenceSeconds(const QString &cadence)
{
    if (cadence == u"1m")
        return 60;
    if (cadence == u"10m")
        return 600;
    if (cadence == u"30m")
        return 1800;
    if (cadence == u"1h")
        return 3600;
    if (cadence == u"6h")
        return 6 * 3600;
    if (cadence == u"1d")
        return 24 * 3600;
    return 0;
}

} // namespace sandbox
