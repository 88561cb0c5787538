#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cc {

JsonObjectText JsonObjectText::parse(const QString &text)
{
    JsonObjectText r;
    if (text.trimmed().isEmpty()) {
        r.ok = true;
        return r;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        r.ok = true;
        r.object = doc.object();
        return r;
    }
    // QJsonParseError's offset counts UTF-8 bytes; the editor counts characters.
    const int byteOffset = error.error == QJsonParseError::NoError ? 0 : error.offset;
    r.offset = int(QString::fromUtf8(utf8.left(byteOffset)).size());
    r.line = 1;
    int lineStart = 0;
    for (int i = 0; i < r.offset && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++r.line;
            lineStart = i + 1;
        }
    }
    r.column = r.offset - lineStart + 1;
    const QString why = error.error == QJsonParseError::NoError
        ? QCoreApplication::translate("JsonObjectText", "a JSON object ({…}) is expected here")
        : error.errorString();
    r.message = QCoreApplication::translate("JsonObjectText", "Line %1, column %2: %3")
                    .arg(r.line)
                    .arg(r.column)
                    .arg(why);
    return r;
}

QString JsonObjectText::format(const QJsonObject &object, bool emptyAsBlank)
{
    if (emptyAsBlank && object.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

namespace {

constexpr int kMaxDepth = 32; // deeper than anyone reads: the indented text has it all

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QCoreApplication::translate(
            "JsonNode", "[%n item(s)]", nullptr, int(v.toArray().size()));
    case QJsonValue::Object:
        return QCoreApplication::translate(
            "JsonNode", "{%n key(s)}", nullptr, int(v.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

JsonNode node(const QString &key, const QJsonValue &v, int depth);

QVector<JsonNode> childrenOf(const QJsonValue &value, int depth)
{
    QVector<JsonNode> out;
    if (depth > kMaxDepth)
        return out;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.push_back(node(it.key(), it.value(), depth + 1));
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            out.push_back(node(QString::number(i), a.at(i), depth + 1));
    }
    return out;
}

JsonNode node(const QString &key, const QJsonValue &v, int depth)
{
    JsonNode n;
    n.key = key;
    n.value = scalarText(v);
    n.children = childrenOf(v, depth);
    return n;
}

} // namespace

QVector<JsonNode> JsonNode::fromObject(const QJsonObject &object)
{
    return childrenOf(object, 0);
}

} // namespace cc
